// The optional PIN lock of the installed app: a device lock, not encryption.
//
// The PIN (4-6 digits) is kept only on this device, as a salted PBKDF2-SHA-256 hash (WebCrypto) in localStorage
// under LOCK_KEY; it never goes to the server. While a PIN is set, the cookie `ondam_lock=1` (it says only "this
// device has a lock") makes the server render youth pages with <body data-lock="closed">, and device.css hides
// the page's content and shows the lock screen before anything is painted: no script has to run first (the CSP
// allows no inline script). This module opens the lock when the right PIN is typed, for this tab only
// (sessionStorage), and closes it again after LOCK_AFTER_HIDDEN_MS hidden. Without JavaScript a <noscript>
// style sheet shows the content (the lock cannot work without it).
//
// "Forgot the PIN": the lock screen's form posts to /me/forget with data-forget-device, so quick-exit.mjs wipes
// everything the app kept on this device (the PIN too) and the server signs the device out; nothing on the
// server is lost. The quick exit wipes the rest but keeps the lock (see quick-exit.mjs).
export const LOCK_KEY = "ondam-pin-lock";
const UNLOCKED_KEY = "ondam-unlocked";
const HIDDEN_AT_KEY = "ondam-hidden-at";
const FAILS_KEY = "ondam-pin-fails";
const COOKIE = "ondam_lock";
const ITERATIONS = 200_000;
const LOCK_AFTER_HIDDEN_MS = 5 * 60 * 1000;
const FREE_TRIES = 5;
const WAIT_MS = 30_000;
const PIN_PATTERN = /^[0-9]{4,6}$/;

const $ = (id) => document.getElementById(id);
const body = document.body;

function storage(kind) {
  try {
    return window[kind];
  } catch {
    return null; // storage disabled
  }
}

function readLock() {
  try {
    const lock = JSON.parse(storage("localStorage")?.getItem(LOCK_KEY) || "null");
    return lock && lock.hash && lock.salt ? lock : null;
  } catch {
    return null;
  }
}

function setCookie(on) {
  const secure = window.location.protocol === "https:" ? "; Secure" : "";
  document.cookie = on
    ? `${COOKIE}=1; Path=/; Max-Age=34560000; SameSite=Strict${secure}`
    : `${COOKIE}=; Path=/; Max-Age=0; SameSite=Strict${secure}`;
}

const toBase64 = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)));
const fromBase64 = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(pin, salt, iterations) {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(pin), "PBKDF2", false, ["deriveBits"]);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, key, 256));
}

/** Keep a new PIN on this device (salted PBKDF2 hash) and turn the lock on. */
export async function setPin(pin) {
  if (!PIN_PATTERN.test(pin)) throw new Error("the PIN must be 4 to 6 digits");
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(pin, salt, ITERATIONS);
  storage("localStorage").setItem(
    LOCK_KEY,
    JSON.stringify({ v: 1, salt: toBase64(salt), iterations: ITERATIONS, hash: toBase64(hash) }),
  );
  storage("localStorage").removeItem(FAILS_KEY);
  setCookie(true);
}

/** Turn the lock off on this device. */
export function removePin() {
  storage("localStorage")?.removeItem(LOCK_KEY);
  storage("localStorage")?.removeItem(FAILS_KEY);
  setCookie(false);
}

async function matches(pin, lock) {
  const hash = await derive(pin, fromBase64(lock.salt), lock.iterations || ITERATIONS);
  const expected = fromBase64(lock.hash);
  let diff = hash.length ^ expected.length;
  for (let i = 0; i < hash.length; i += 1) diff |= hash[i] ^ expected[i];
  return diff === 0;
}

function isOpen() {
  return storage("sessionStorage")?.getItem(UNLOCKED_KEY) === "1";
}

function close() {
  storage("sessionStorage")?.removeItem(UNLOCKED_KEY);
  body.dataset.lock = "closed";
  if ($("pin-lock")) $("pin-lock").hidden = false;
  const input = $("pin-lock-input");
  if (input) {
    input.value = "";
    input.focus();
  }
}

function open() {
  const wasClosed = body.dataset.lock === "closed";
  storage("sessionStorage")?.setItem(UNLOCKED_KEY, "1");
  body.dataset.lock = "open";
  if ($("pin-lock")) $("pin-lock").hidden = true;
  const main = $("main");
  if (wasClosed && main) main.focus();
}

// -- the lock screen (youth/_lock.html) -----------------------------------------------------------------

function wireLockScreen() {
  const form = $("pin-lock-form");
  if (!form) return;
  const strings = JSON.parse(form.dataset.lockStrings);
  const input = $("pin-lock-input");
  const error = $("pin-lock-error");
  const say = (text) => {
    error.textContent = text;
    error.hidden = !text;
    if (text) input.setAttribute("aria-describedby", "pin-lock-error");
    else input.removeAttribute("aria-describedby");
  };
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const lock = readLock();
    if (!lock) {
      setCookie(false);
      open();
      return;
    }
    const local = storage("localStorage");
    const fails = JSON.parse(local.getItem(FAILS_KEY) || '{"n":0,"at":0}');
    const wait = fails.n >= FREE_TRIES ? fails.at + WAIT_MS - Date.now() : 0;
    if (wait > 0) {
      say(strings.wait.replace("{s}", String(Math.ceil(wait / 1000))));
      return;
    }
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    try {
      if (PIN_PATTERN.test(input.value) && (await matches(input.value, lock))) {
        local.removeItem(FAILS_KEY);
        say("");
        input.value = "";
        open();
      } else {
        local.setItem(FAILS_KEY, JSON.stringify({ n: fails.n + 1, at: Date.now() }));
        say(strings.wrong);
        input.value = "";
        input.focus();
      }
    } finally {
      button.disabled = false;
    }
  });
}

// -- the settings on my page (youth/_pin_lock_settings.html) ---------------------------------------------

function wireSettings() {
  const section = $("pin-settings");
  if (!section) return;
  const strings = JSON.parse(section.dataset.pinStrings);
  const setForm = $("pin-set-form");
  const removeForm = $("pin-remove-form");
  const message = $("pin-settings-status");
  const error = $("pin-settings-error");
  const show = () => {
    const on = readLock() !== null;
    $("pin-state").textContent = on ? strings.on : strings.off;
    removeForm.hidden = !on;
  };
  section.hidden = false;
  show();
  setForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const pin = $("pin-new").value;
    const again = $("pin-again").value;
    error.hidden = true;
    message.textContent = "";
    let problem = null;
    if (!PIN_PATTERN.test(pin)) problem = strings.digits;
    else if (pin !== again) problem = strings.mismatch;
    if (problem) {
      error.textContent = problem;
      error.hidden = false;
      $("pin-new").focus();
      return;
    }
    try {
      await setPin(pin);
    } catch {
      error.textContent = strings.unavailable;
      error.hidden = false;
      return;
    }
    setForm.reset();
    message.textContent = strings.saved;
    show();
  });
  removeForm.addEventListener("submit", (event) => {
    event.preventDefault();
    removePin();
    message.textContent = strings.removed;
    show();
  });
}

// -- start ------------------------------------------------------------------------------------------------

const lock = readLock();
if (lock) {
  setCookie(true); // keep the cookie in step (it may have expired), so the next page is covered at once
  if (isOpen()) open();
  else close();
} else if (body.dataset.lock === "closed") {
  setCookie(false); // the lock was wiped on this device (forgot PIN, forget this device): nothing to ask
  body.dataset.lock = "";
  if ($("pin-lock")) $("pin-lock").hidden = true;
}
wireLockScreen();
wireSettings();

document.addEventListener("visibilitychange", () => {
  const session = storage("sessionStorage");
  if (!session || !readLock()) return;
  if (document.visibilityState === "hidden") {
    session.setItem(HIDDEN_AT_KEY, String(Date.now()));
    return;
  }
  const hiddenAt = Number(session.getItem(HIDDEN_AT_KEY) || 0);
  session.removeItem(HIDDEN_AT_KEY);
  if (hiddenAt && Date.now() - hiddenAt > LOCK_AFTER_HIDDEN_MS) close();
});
