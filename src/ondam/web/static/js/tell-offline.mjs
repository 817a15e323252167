// /tell with a bad connection: the filled form (answers and screenshots, as Blobs) goes into the outbox
// (offline-queue.mjs) under the page's idempotency key and is sent from there: at once when online, else when
// the network comes back, on the next page load, or by the service worker's Background Sync. The server answers
// a repeated key with its first answer, so however often it is sent, one report is made.
// The page shows "waiting to send" (role=status) while it waits, then the receipt (case code and PIN, shown
// once: the answer is taken off the device as it is shown). Refused answers are shown next to the fields, with
// the answers put back into the form when it was sent from an earlier visit.
// Without JavaScript, or without IndexedDB (some private modes), the form is posted the ordinary way.
import {
  allEntries,
  bindStatus,
  enqueueForm,
  onOutboxChange,
  startOutbox,
  takeEntry,
} from "./offline-queue.mjs";

const KIND = "report";
const form = document.querySelector("form[data-offline-form]");

if (form) {
  const strings = JSON.parse(form.dataset.strings);
  const limits = JSON.parse(form.dataset.limits);
  const $ = (id) => document.getElementById(id);
  const button = form.querySelector("button[type=submit]");
  const status = $("tell-status");
  const waitingNote = $("tell-waiting-note");
  const receipt = $("tell-receipt");
  let ourKey = null;

  function setBusy(busy) {
    button.disabled = busy;
    waitingNote.hidden = !busy;
  }

  // -- errors ---------------------------------------------------------------------------------------------

  function clearErrors() {
    for (const el of form.querySelectorAll("[data-client-error]")) el.remove();
    for (const el of form.querySelectorAll("[data-described]")) {
      el.removeAttribute("aria-describedby");
      delete el.dataset.described;
    }
  }

  function fieldError(name, message) {
    const field = form.elements[name];
    const target = field instanceof RadioNodeList ? field[0]?.closest("fieldset") : field;
    const p = document.createElement("p");
    p.className = "error";
    p.id = `${name}-client-error`;
    p.dataset.clientError = "";
    p.setAttribute("role", "alert");
    p.textContent = message;
    if (target) {
      target.insertAdjacentElement("afterend", p);
      target.setAttribute("aria-describedby", p.id);
      target.dataset.described = "";
    } else {
      form.prepend(p);
    }
    return target;
  }

  function showErrors(error) {
    clearErrors();
    let first = null;
    for (const [name, message] of Object.entries((error && error.fields) || {})) {
      const target = fieldError(name in form.elements ? name : "form", message);
      first = first || target;
    }
    const top = document.createElement("p");
    top.className = "error";
    top.dataset.clientError = "";
    top.setAttribute("role", "alert");
    top.textContent = (error && error.message) || strings.failed;
    form.prepend(top);
    const focusable = first && (first.matches("fieldset") ? first.querySelector("input") : first);
    (focusable || form.querySelector("input, select, textarea")).focus();
  }

  // Type and size checks on the phone, so that a wrong file is said at once (the server checks again).
  function checkFiles() {
    const files = Array.from(form.elements.evidence.files || []);
    if (files.length > limits.files) return strings.count;
    if (files.some((f) => f.size > limits.bytes)) return strings.size;
    if (files.some((f) => f.type && !limits.types.includes(f.type))) return strings.type;
    return null;
  }

  // -- answers put back (a refused report sent from an earlier visit) --------------------------------------

  function restore(pairs) {
    const files = new DataTransfer();
    for (const [name, value] of pairs || []) {
      const field = form.elements[name];
      if (!field || name === "csrf_token") continue;
      if (typeof value !== "string") {
        files.items.add(new File([value.blob], value.filename, { type: value.blob.type }));
      } else if (field instanceof RadioNodeList) {
        for (const radio of field) radio.checked = radio.value === value;
      } else if (field.type === "checkbox") {
        field.checked = field.value === value;
      } else if (name !== "idempotency_key") {
        field.value = value;
      }
    }
    if (files.items.length) form.elements.evidence.files = files.files;
  }

  // -- receipt ---------------------------------------------------------------------------------------------

  function showReceipt(answer) {
    form.hidden = true;
    for (const el of document.querySelectorAll("[data-hide-when-sent]")) el.hidden = true;
    const reference = $("receipt-reference");
    reference.textContent = reference.dataset.template.replace("{ref}", (answer && answer.reference) || "");
    $("receipt-danger").hidden = !(answer && answer.danger_now);
    const credentials = answer && answer.credentials;
    if (credentials) {
      $("case-code").textContent = credentials.code;
      $("case-pin").textContent = credentials.pin;
    }
    $("receipt-credentials").hidden = !credentials;
    receipt.hidden = false;
    receipt.focus();
  }

  async function settle() {
    let entries = [];
    try {
      entries = await allEntries(KIND);
    } catch {
      return; // no IndexedDB on this device: the form is posted the ordinary way
    }
    for (const entry of entries) {
      if (entry.state === "sent") {
        await takeEntry(entry.key);
        ourKey = null;
        setBusy(false);
        showReceipt(entry.response);
        return;
      }
      if (entry.state === "failed") {
        await takeEntry(entry.key);
        const mine = entry.key === ourKey;
        ourKey = null;
        setBusy(false);
        if (!mine) restore(entry.form);
        showErrors(entry.error);
      } else if (entry.state === "pending" && !ourKey) {
        ourKey = entry.key; // sent from an earlier visit and still waiting: one report at a time
        setBusy(true);
      }
    }
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (ourKey) return; // already on its way
    clearErrors();
    const problem = checkFiles();
    if (problem) {
      fieldError("evidence", problem);
      form.elements.evidence.focus();
      return;
    }
    const key = form.elements.idempotency_key.value;
    const formData = new FormData(form);
    ourKey = key;
    setBusy(true);
    try {
      await enqueueForm({ kind: KIND, url: form.action, tokenUrl: form.dataset.tokenUrl, key, formData });
    } catch {
      // Nothing can be kept on this device: post the form the ordinary way (the server answers with a page).
      ourKey = null;
      setBusy(false);
      form.submit();
    }
  });

  bindStatus(status, strings, KIND);
  onOutboxChange(({ type }) => {
    if (type === "sent" || type === "failed" || type === "changed") settle();
  });
  settle().then(() => startOutbox()).then(settle);
}
