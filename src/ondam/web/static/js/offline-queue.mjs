// Outbox for submissions that must survive going offline: kept on the device (IndexedDB) with their idempotency
// key and sent when the network is back: at once, on page load, when the browser fires `online`, through
// Background Sync where the browser has it (the service worker, /sw.js, sends then), and every 30 s while
// something waits. Each send first fetches a fresh CSRF token (GET tokenUrl), then POSTs the JSON with the
// X-CSRF-Token header. Retrying is safe: the server answers a repeated key with the first answer.
//
// Entries: {key, kind, url, tokenUrl, body (JSON text) or form, state, attempts, createdAt, response, error}.
//   `form` (a multipart form, see enqueueForm) is a list of [name, value] pairs, a value being a string or
//   {blob, filename}: IndexedDB keeps the screenshots themselves as Blobs.
//   state "pending": waiting to be sent; "sent": the server answered 2xx, `response` holds its JSON and the
//   body or form is dropped; "failed": the server refused it (4xx other than 408/429), `error` holds its JSON.
// A sent or failed entry stays until the page takes it with takeEntry() (the answer may hold a case code and
// PIN shown once). The quick exit (quick-exit.mjs, wipeLocalState) deletes the whole database.
//
// This one module is used by the pages and by the service worker (/sw.js is a module worker that imports
// sendPending from here), so there is one copy of the database code and of send(). Nothing here touches
// `window` or `document` when the module is loaded: only the page functions (bindStatus, startOutbox) do.

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

function newEntry(key, kind, url, tokenUrl, fields) {
  return {
    key,
    kind,
    url,
    tokenUrl,
    body: null,
    form: null,
    ...fields,
    state: "pending",
    attempts: 0,
    createdAt: Date.now(),
    response: null,
    error: null,
  };
}

async function keepAndSend(entry) {
  await putEntry(entry);
  emit("queued", entry);
  flush();
  return entry;
}

/** Keep a JSON submission (the payload must hold its idempotency key as `idempotency_key`) and try to send it. */
export async function enqueue({ kind, url, tokenUrl, payload }) {
  if (!payload.idempotency_key) throw new Error("outbox: the payload needs an idempotency_key");
  const entry = newEntry(payload.idempotency_key, kind, url, tokenUrl, { body: JSON.stringify(payload) });
  return keepAndSend(entry);
}

/** A FormData as [name, value] pairs IndexedDB can keep: files become {blob, filename} (the bytes are copied). */
export async function formPairs(formData) {
  const pairs = [];
  for (const [name, value] of formData.entries()) {
    if (typeof value === "string") {
      pairs.push([name, value]);
    } else if (value.name) {
      const blob = new Blob([await value.arrayBuffer()], { type: value.type });
      pairs.push([name, { blob, filename: value.name }]);
    } // an empty file input sends a nameless empty file: nothing to keep
  }
  return pairs;
}

function toFormData(pairs) {
  const data = new FormData();
  for (const [name, value] of pairs) {
    if (typeof value === "string") data.append(name, value);
    else data.append(name, value.blob, value.filename);
  }
  return data;
}

/**
 * Keep a multipart form (the FormData of a <form>, screenshots included) under its idempotency key and try to
 * send it; the server is asked for a JSON answer.
 */
export async function enqueueForm({ kind, url, tokenUrl, key, formData }) {
  if (!key) throw new Error("outbox: the form needs an idempotency key");
  const entry = newEntry(key, kind, url, tokenUrl, { form: await formPairs(formData) });
  return keepAndSend(entry);
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
    const headers = { accept: "application/json", "x-csrf-token": token };
    if (!entry.form) headers["content-type"] = "application/json";
    response = await fetch(entry.url, {
      method: "POST",
      credentials: "same-origin",
      cache: "no-store",
      headers,
      body: entry.form ? toFormData(entry.form) : entry.body,
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
    Object.assign(entry, { state: "sent", response: json, body: null, form: null, error: null });
    return "sent";
  }
  if (response.status === 408 || response.status === 429 || response.status >= 500) return "waiting";
  Object.assign(entry, { state: "failed", error: json || { error: `http_${response.status}` } });
  return "failed";
}

/**
 * Send every pending entry once; an entry is written back only if it is still pending (a page or the service
 * worker may have sent it meanwhile; a quick exit may have wiped it). onOutcome(outcome, entry, current) is
 * called after each attempt, `current` being the stored entry after it (null when wiped). Used by flush() here
 * and by the service worker's Background Sync. Returns true when something is still waiting.
 */
export async function sendPending(onOutcome = () => {}, onSending = () => {}) {
  const pending = (await allEntries()).filter((e) => e.state === "pending");
  let waiting = false;
  for (const entry of pending) {
    onSending(entry);
    entry.attempts = (entry.attempts || 0) + 1;
    const outcome = await send(entry);
    const current = await withStore("readwrite", async (store) => {
      const stored = await request(store.get(entry.key));
      if (stored && stored.state === "pending") {
        await request(store.put(entry));
        return entry;
      }
      return stored || null;
    });
    if (current === entry && outcome === "waiting") waiting = true;
    onOutcome(outcome, entry, current);
  }
  return waiting;
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
      let waiting;
      try {
        waiting = await sendPending(
          (outcome, entry, current) => {
            if (!current) return; // wiped meanwhile (quick exit)
            if (current !== entry) emit("changed", current); // the service worker sent it first
            else emit(outcome, entry);
          },
          (entry) => emit("sending", entry),
        );
      } catch {
        return []; // no IndexedDB here (some private modes): nothing can be waiting
      }
      // Not sent now: let the browser send it later, even if this page is closed by then.
      if (waiting) await requestBackgroundSync();
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
