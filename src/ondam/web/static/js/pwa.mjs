// Registers the service worker (/sw.js, scope "/"): offline shell for the youth pages and the outbox's
// Background Sync. Without service workers (or on an insecure origin) the site works as before.
if ("serviceWorker" in navigator && window.isSecureContext) {
  navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
    // Private modes and some browsers refuse service workers; nothing else depends on it.
  });
}
