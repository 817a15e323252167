// Registers the service worker (/sw.js, scope "/"): offline shell for the youth pages and the outbox's
// Background Sync. It is a module worker (it imports offline-queue.mjs); a browser that cannot run one refuses
// the registration. Without service workers (or on an insecure origin) the site works as before, and pages send
// their queued submissions themselves when opened and when the network comes back.
if ("serviceWorker" in navigator && window.isSecureContext) {
  navigator.serviceWorker.register("/sw.js", { scope: "/", type: "module" }).catch(() => {
    // Private modes and some browsers refuse service workers; nothing else depends on it.
  });
}
