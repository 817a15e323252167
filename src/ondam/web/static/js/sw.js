// Service worker of the youth app, served at /sw.js (scope "/") by ondam/youth/pwa.py as a module worker
// (registered with type "module" by pwa.mjs). pwa.py puts in front of this file the import of the outbox
// (SYNC_TAG, sendPending from offline-queue.mjs, by its versioned URL) and two constants: SHELL_VERSION and
// SHELL ({page path: [the CSS, scripts and icons it needs]}, the pages kept for offline use). A new version of
// any of these files changes this script, so the browser updates it.
// The start page and its files are kept when the worker installs; another shell page and its files when it is
// first opened (a first visit stays small on a phone's data plan).
//
// What it keeps: only the shell pages (they hold nothing about the visitor) and files under /static/. It never
// keeps any other page, nor the answer of any request that is not a GET (submissions, sign-in, my page...).
// Pages: network first, the kept copy when offline. Versioned static files (?v=...): kept copy first.
// Background Sync: sends the outbox with offline-queue.mjs's own code.
/* global SHELL_VERSION, SHELL, SYNC_TAG, sendPending */

const CACHE = `ondam-shell-${SHELL_VERSION}`;
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
// The database code and send() are those of offline-queue.mjs, imported by pwa.py's header (one copy).

async function flushOutbox() {
  const waiting = await sendPending();
  const clients = await self.clients.matchAll({ type: "window" });
  for (const client of clients) client.postMessage({ type: "outbox-changed" });
  if (waiting) throw new Error("outbox: some entries are still waiting"); // the browser retries the sync later
}

self.addEventListener("sync", (event) => {
  if (event.tag === SYNC_TAG) event.waitUntil(flushOutbox());
});
