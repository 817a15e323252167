// Service worker of the youth app, served at /sw.js (scope "/") by ondam/youth/pwa.py, which puts two constants
// in front of this file: SHELL_VERSION and SHELL ({page path: [the CSS, scripts and icons it needs]}, the pages
// kept for offline use). A new version of any file changes this script, so the browser updates it.
// The start page and its files are kept when the worker installs; another shell page and its files when it is
// first opened (a first visit stays small on a phone's data plan).
//
// What it keeps: only the shell pages (they hold nothing about the visitor) and files under /static/. It never
// keeps any other page, nor the answer of any request that is not a GET (submissions, sign-in, my page...).
// Pages: network first, the kept copy when offline. Versioned static files (?v=...): kept copy first.
// Background Sync: sends the outbox of offline-queue.mjs (same database, store and rules: keep in step).
/* global SHELL_VERSION, SHELL */
"use strict";

const CACHE = `ondam-shell-${SHELL_VERSION}`;
const OUTBOX_DB = "ondam-outbox";
const OUTBOX_STORE = "outbox";
const SYNC_TAG = "ondam-outbox";
const SHELL_PAGES = Object.keys(SHELL);
const START = "/";

// Keep the files that are not kept yet; one missing file must not stop the rest.
async function keep(cache, urls) {
  await Promise.allSettled(
    urls.map(async (url) => {
      if (await cache.match(url)) return;
      const response = await fetch(url, { credentials: "same-origin", cache: "no-store" });
      if (response.ok && !response.redirected) await cache.put(url, response);
    }),
  );
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      await keep(await caches.open(CACHE), [START, ...SHELL[START]]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith("ondam-shell-") && n !== CACHE).map((n) => caches.delete(n)));
      await self.clients.claim();
    })(),
  );
});

function isShellPage(url, request) {
  return request.mode === "navigate" && url.search === "" && SHELL_PAGES.includes(url.pathname);
}

async function pageNetworkFirst(event, path) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(event.request);
    if (response.ok && !response.redirected && response.type === "basic") {
      await cache.put(path, response.clone());
      event.waitUntil(keep(cache, SHELL[path] || []));
    }
    return response;
  } catch (err) {
    const kept = await cache.match(path);
    if (kept) return kept;
    throw err;
  }
}

async function staticFile(request, url) {
  const cache = await caches.open(CACHE);
  const versioned = url.searchParams.has("v");
  if (versioned) {
    const kept = await cache.match(request);
    if (kept) return kept;
  }
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic") await cache.put(request, response.clone());
    return response;
  } catch (err) {
    const kept = await cache.match(request, { ignoreSearch: !versioned });
    if (kept) return kept;
    throw err;
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return; // submissions go straight to the network, never through a cache
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (isShellPage(url, request)) {
    event.respondWith(pageNetworkFirst(event, url.pathname));
  } else if (url.pathname.startsWith("/static/")) {
    event.respondWith(staticFile(request, url));
  }
  // Anything else (my page, sign-in, tokens, JSON): not handled here, so never kept.
});

// -- outbox (Background Sync) --------------------------------------------------------------------------

function idb(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openOutbox() {
  const req = indexedDB.open(OUTBOX_DB, 1);
  req.onupgradeneeded = () => {
    const db = req.result;
    if (!db.objectStoreNames.contains(OUTBOX_STORE)) db.createObjectStore(OUTBOX_STORE, { keyPath: "key" });
  };
  return idb(req);
}

async function inStore(mode, fn) {
  const db = await openOutbox();
  try {
    const tx = db.transaction(OUTBOX_STORE, mode);
    const result = await fn(tx.objectStore(OUTBOX_STORE));
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

// Same requests and outcomes as send() in offline-queue.mjs.
async function sendEntry(entry) {
  let response;
  try {
    const tokenResponse = await fetch(entry.tokenUrl, { credentials: "same-origin", cache: "no-store" });
    if (!tokenResponse.ok) return "waiting";
    const { token } = await tokenResponse.json();
    response = await fetch(entry.url, {
      method: "POST",
      credentials: "same-origin",
      cache: "no-store",
      headers: { "content-type": "application/json", "x-csrf-token": token },
      body: entry.body,
    });
  } catch {
    return "waiting";
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

async function flushOutbox() {
  const entries = await inStore("readonly", (store) => idb(store.getAll()));
  let waiting = false;
  for (const entry of entries.filter((e) => e.state === "pending")) {
    entry.attempts = (entry.attempts || 0) + 1;
    const outcome = await sendEntry(entry);
    if (outcome === "waiting") waiting = true;
    await inStore("readwrite", async (store) => {
      const current = await idb(store.get(entry.key));
      if (current && current.state === "pending") await idb(store.put(entry));
    });
  }
  const clients = await self.clients.matchAll({ type: "window" });
  for (const client of clients) client.postMessage({ type: "outbox-changed" });
  if (waiting) throw new Error("outbox: some entries are still waiting"); // the browser retries the sync later
}

self.addEventListener("sync", (event) => {
  if (event.tag === SYNC_TAG) event.waitUntil(flushOutbox());
});
