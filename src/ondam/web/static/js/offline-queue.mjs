// Outbox for submissions that must survive going offline: kept on the device (IndexedDB) with their idempotency
// key and sent when the network is back: at once, on page load, when the browser fires `online`, through
// Background Sync where the browser has it (the service worker, /sw.js, sends then), and every 30 s while
// something waits. Each send first fetches a fresh CSRF token (GET tokenUrl), then POSTs the JSON with the
// X-CSRF-Token header. Retrying is safe: the server answers a repeated key with the first answer.
//
// Entries: {key, kind, url, tokenUrl, body (JSON text), state, attempts, createdAt, response, error}.
//   state "pending": waiting to be sent; "sent": the server answered 2xx, `response` holds its JSON and `body`
//   is dropped; "failed": the server refused it (4xx other than 408/429), `error` holds its JSON.
// A sent or failed entry stays until the page takes it with takeEntry() (the answer may hold a case code and
// PIN shown once). The quick exit (quick-exit.mjs, wipeLocalState) deletes the whole database.
// /sw.js has its own copy of send(): keep the two in step (same database, store, states and requests).

export const DB_NAME = "ondam-outbox";
export const STORE = "outbox";
export const SYNC_TAG = "ondam-outbox";
const RETRY_MS = 30_000;

const listeners = new Set();

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function openOutbox() {
  const req = indexedDB.open(DB_NAME, 1);
  req.onupgradeneeded = () => {
    const db = req.result;
    if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: "key" });
  };
  return request(req);
}

async function withStore(mode, fn) {
  const db = await openOutbox();
  try {
    const tx = db.transaction(STORE, mode);
    const result = await fn(tx.objectStore(STORE));
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    return result;
  } finally {
    db.close();
  }
}

export async function allEntries(kind) {
  const entries = await withStore("readonly", (store) => request(store.getAll()));
  return entries
    .filter((e) => !kind || e.kind === kind)
    .sort((a, b) => a.createdAt - b.createdAt);
}

async function putEntry(entry) {
  await withStore("readwrite", (store) => request(store.put(entry)));
}

async function getEntry(key) {
  return withStore("readonly", (store) => request(store.get(key)));
}

/** A random UUID v4, the idempotency key of one submission. */
export function newKey() {
  if (globalThis.crypto.randomUUID) return globalThis.crypto.randomUUID();
  const b = globalThis.crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function emit(type, entry) {
  for (const listener of listeners) {
    try {
      listener({ type, entry });
    } catch (err) {
      console.warn("outbox listener failed", err);
    }
  }
}

/** listener({type: "queued"|"sending"|"sent"|"failed"|"waiting"|"changed", entry}); returns an unsubscribe. */
export function onOutboxChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Keep a submission (the payload must hold its idempotency key as `idempotency_key`) and try to send it. */
export async function enqueue({ kind, url, tokenUrl, payload }) {
  if (!payload.idempotency_key) throw new Error("outbox: the payload needs an idempotency_key");
  const entry = {
    key: payload.idempotency_key,
    kind,
    url,
    tokenUrl,
    body: JSON.stringify(payload),
    state: "pending",
    attempts: 0,
    createdAt: Date.now(),
    response: null,
    error: null,
  };
  await putEntry(entry);
  emit("queued", entry);
  flush();
  return entry;
}

async function requestBackgroundSync() {
  try {
    const registration = await navigator.serviceWorker?.getRegistration?.();
    if (registration?.sync) await registration.sync.register(SYNC_TAG);
  } catch {
    // No service worker, no Background Sync, or not allowed: `online` and page loads still send.
  }
}

/** One attempt: "sent", "failed" (refused for good) or "waiting" (offline, server trouble: try again later). */
export async function send(entry) {
  let token;
  let response;
  try {
    const tokenResponse = await fetch(entry.tokenUrl, { credentials: "same-origin", cache: "no-store" });
    if (!tokenResponse.ok) return "waiting";
    token = (await tokenResponse.json()).token;
    response = await fetch(entry.url, {
      method: "POST",
      credentials: "same-origin",
      cache: "no-store",
      headers: { "content-type": "application/json", "x-csrf-token": token },
      body: entry.body,
    });
  } catch {
    return "waiting"; // offline or the server could not be reached
  }
  let json = null;
  try {
    json = await response.json();
  } catch {
    json = null;
  }
  if (response.ok) {
    Object.assign(entry, { state: "sent", response: json, body: null, error: null });
    return "sent";
  }
  if (response.status === 408 || response.status === 429 || response.status >= 500) return "waiting";
  Object.assign(entry, { state: "failed", error: json || { error: `http_${response.status}` } });
  return "failed";
}

let flushing = null;
let flushAgain = false;
let retryTimer = null;

/** Send every pending entry once (one run at a time; a call during a run makes another run after it). */
export function flush() {
  if (flushing) {
    flushAgain = true;
    return flushing;
  }
  flushing = (async () => {
    try {
      let pending;
      try {
        pending = (await allEntries()).filter((e) => e.state === "pending");
      } catch {
        return []; // no IndexedDB here (some private modes): nothing can be waiting
      }
      for (const entry of pending) {
        emit("sending", entry);
        entry.attempts += 1;
        const outcome = await send(entry);
        const current = await getEntry(entry.key);
        if (!current) continue; // wiped meanwhile (quick exit)
        if (current.state !== "pending") {
          emit("changed", current); // the service worker sent it first
          continue;
        }
        await putEntry(entry);
        emit(outcome, entry);
        // Not sent now: let the browser send it later, even if this page is closed by then.
        if (outcome === "waiting") await requestBackgroundSync();
      }
      return await allEntries();
    } finally {
      flushing = null;
      if (flushAgain) {
        flushAgain = false;
        flush();
      } else {
        scheduleRetry();
      }
    }
  })();
  return flushing;
}

async function scheduleRetry() {
  clearTimeout(retryTimer);
  try {
    const waiting = (await allEntries()).some((e) => e.state === "pending");
    if (waiting) retryTimer = setTimeout(() => flush(), RETRY_MS);
  } catch {
    // no IndexedDB: nothing to retry
  }
}

/** The entry with its answer, removed from the device (a case code and PIN are shown once). */
export async function takeEntry(key) {
  const entry = await getEntry(key);
  if (entry) await withStore("readwrite", (store) => request(store.delete(key)));
  return entry || null;
}

/**
 * Keep a visible status element (role=status) up to date for entries of `kind`: `strings.queued` ("waiting to
 * send") while something waits, `strings.sending` while it is being sent, nothing otherwise.
 */
export function bindStatus(element, strings, kind) {
  element.setAttribute("role", "status");
  element.setAttribute("aria-live", "polite");
  let sending = false;
  const render = async () => {
    let pending = [];
    try {
      pending = (await allEntries(kind)).filter((e) => e.state === "pending");
    } catch {
      pending = [];
    }
    let state = "idle";
    if (pending.length) state = sending && navigator.onLine ? "sending" : "waiting";
    const text = { idle: "", sending: strings.sending, waiting: strings.queued }[state];
    if (element.textContent !== text) element.textContent = text;
    element.dataset.state = state;
  };
  onOutboxChange(({ type }) => {
    sending = type === "sending";
    render();
  });
  window.addEventListener("online", render);
  window.addEventListener("offline", render);
  return render();
}

/** Wire the outbox to the page: send on load, on `online` and when the service worker reports a change. */
export function startOutbox() {
  window.addEventListener("online", () => flush());
  navigator.serviceWorker?.addEventListener?.("message", (event) => {
    if (event.data && event.data.type === "outbox-changed") emit("changed", null);
  });
  return flush();
}
