// Quick exit: the button, or Shift pressed three times within 1.5 s, leaves at once for a neutral site.
// location.replace() keeps this page out of the back-button history; local state is wiped first.
const EXIT_URL = document.body.dataset.exitUrl || "https://www.weather.go.kr/w/index.do";
const WINDOW_MS = 1500;

// The PIN lock's record (pin-lock.mjs, LOCK_KEY): the quick exit keeps it, so that the app is still locked when
// it is opened again; "forget this device" and "forgot the PIN" wipe it with the rest.
const LOCK_KEY = "ondam-pin-lock";

export function wipeLocalState({ keepLock = false } = {}) {
  try { window.sessionStorage.clear(); } catch { /* storage may be disabled */ }
  try {
    const lock = keepLock ? window.localStorage.getItem(LOCK_KEY) : null;
    window.localStorage.clear();
    if (lock) window.localStorage.setItem(LOCK_KEY, lock);
  } catch { /* storage may be disabled */ }
  try {
    // The outbox of queued submissions (offline-queue.mjs) by name, for browsers without indexedDB.databases().
    if (window.indexedDB) indexedDB.deleteDatabase("ondam-outbox");
  } catch { /* best effort */ }
  try {
    if (window.indexedDB && indexedDB.databases) {
      indexedDB.databases().then((dbs) => dbs.forEach((db) => db.name && indexedDB.deleteDatabase(db.name)));
    }
  } catch { /* best effort */ }
  try {
    if (window.caches) caches.keys().then((keys) => keys.forEach((k) => caches.delete(k)));
  } catch { /* best effort */ }
}

export function quickExit() {
  wipeLocalState({ keepLock: true });
  document.body.hidden = true; // nothing stays visible while the next page loads
  window.location.replace(EXIT_URL);
}

// The button is a plain link to the exit site, so it works without JavaScript; with it, local state is
// wiped too and the page is replaced rather than pushed onto the history.
const button = document.getElementById("quick-exit");
if (button) {
  button.addEventListener("click", (event) => {
    event.preventDefault();
    quickExit();
  });
}

let presses = [];
document.addEventListener("keydown", (event) => {
  if (event.key !== "Shift" || event.repeat) return;
  const now = Date.now();
  presses = presses.filter((t) => now - t < WINDOW_MS);
  presses.push(now);
  if (presses.length >= 3) {
    presses = [];
    quickExit();
  }
});

// "Forget this device" and "delete my data": clear what the app kept here before the form goes to the server.
for (const form of document.querySelectorAll("form[data-forget-device]")) {
  form.addEventListener("submit", () => wipeLocalState());
}
