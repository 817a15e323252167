// /photos: pick files, fingerprint them on the phone (photo-hash-worker.mjs), say where they appeared, consent,
// send through the outbox (offline-queue.mjs), then show the case code and PIN once.
// Every text comes from the page (data-strings), already in the visitor's language. Nothing picked is uploaded:
// only the hashes computed in the worker go into the submission; previews are drawn on canvases from bitmaps.
import {
  allEntries,
  bindStatus,
  enqueue,
  newKey,
  onOutboxChange,
  send,
  startOutbox,
  takeEntry,
} from "./offline-queue.mjs";

const KIND = "photos";
const SUBMIT_URL = "/photos/requests";
const TOKEN_URL = "/photos/token";

const form = document.getElementById("photos-form");

if (form) {
  const strings = JSON.parse(form.dataset.strings);
  const limits = JSON.parse(form.dataset.limits);
  const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, k) => (k in values ? String(values[k]) : `{${k}}`));
  const $ = (id) => document.getElementById(id);

  const fileInput = $("files");
  const fileList = $("file-list");
  const progressBox = $("hash-progress-box");
  const progress = $("hash-progress");
  const hashStatus = $("hash-status");
  const filesError = $("files-error");
  const placesBox = $("places");
  const placesError = $("places-error");
  const addPlace = $("add-place");
  const template = $("place-template");
  const formError = $("form-error");
  const outboxStatus = $("outbox-status");
  const done = $("done");

  form.hidden = false;

  // -- files ----------------------------------------------------------------------------------------------

  const files = []; // {id, file, state, result, li}
  let nextId = 1;
  let worker = null;
  let working = null; // the entry being fingerprinted

  function ensureWorker() {
    if (worker) return worker;
    worker = new Worker(form.dataset.workerUrl, { type: "module" });
    worker.addEventListener("message", (event) => finished(event.data));
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      if (working) finished({ id: working.id, status: "error" });
      worker.terminate();
      worker = null;
    });
    return worker;
  }

  function setFileState(entry, state, text) {
    entry.state = state;
    entry.li.dataset.state = state;
    entry.li.querySelector(".file-status").textContent = text;
  }

  function drawThumb(entry, bitmap) {
    const canvas = entry.li.querySelector("canvas");
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const ctx = canvas.getContext("bitmaprenderer");
    if (ctx) ctx.transferFromImageBitmap(bitmap);
    canvas.hidden = false;
  }

  function finished(message) {
    const entry = files.find((f) => f.id === message.id);
    working = null;
    if (entry) {
      if (message.status === "done") {
        entry.result = message;
        entry.li.dataset.kind = message.kind;
        let text = strings.fileGood;
        if (message.kind === "video") text = strings.fileVideo;
        else if (message.unreadable) text = strings.fileUnreadable;
        else if (message.quality < 50) text = strings.fileBlurry;
        setFileState(entry, "done", text);
        if (message.pdq) {
          entry.li.dataset.pdq = message.pdq;
          entry.li.dataset.quality = String(message.quality);
          const details = entry.li.querySelector("details");
          details.querySelector("code").textContent = message.pdq;
          details.hidden = false;
        }
        if (message.thumb) drawThumb(entry, message.thumb);
      } else if (message.status === "too_large") {
        setFileState(entry, "too_large", strings.fileTooLarge);
      } else {
        setFileState(entry, "error", strings.fileFailed);
      }
    } else if (message.thumb) {
      message.thumb.close();
    }
    next();
  }

  function next() {
    updateProgress();
    if (working) return;
    const entry = files.find((f) => f.state === "waiting");
    if (!entry) return;
    working = entry;
    setFileState(entry, "working", strings.fileWorking);
    ensureWorker().postMessage({ id: entry.id, file: entry.file, maxBytes: limits.fileBytes });
  }

  function updateProgress() {
    const total = files.length;
    const count = files.filter((f) => f.state !== "waiting" && f.state !== "working").length;
    progressBox.hidden = total === 0;
    progress.max = Math.max(total, 1);
    progress.value = count;
    const text = count < total ? fill(strings.hashing, { done: count, total }) : fill(strings.hashed, { total });
    if (hashStatus.textContent !== text) hashStatus.textContent = total ? text : "";
  }

  function addFileRow(file) {
    const entry = { id: nextId++, file, state: "waiting", result: null, li: document.createElement("li") };
    const li = entry.li;
    li.className = "file";
    const canvas = document.createElement("canvas");
    canvas.className = "thumb";
    canvas.hidden = true;
    canvas.setAttribute("aria-hidden", "true");
    const info = document.createElement("div");
    info.className = "file-info";
    const name = document.createElement("span");
    name.className = "file-name";
    name.textContent = file.name;
    const status = document.createElement("span");
    status.className = "file-status";
    const details = document.createElement("details");
    details.hidden = true;
    const summary = document.createElement("summary");
    summary.textContent = strings.showFingerprint;
    const code = document.createElement("code");
    code.className = "pdq";
    details.append(summary, code);
    info.append(name, status, details);
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "remove";
    remove.textContent = strings.remove;
    remove.setAttribute("aria-label", fill(strings.removeFile, { name: file.name }));
    remove.addEventListener("click", () => {
      files.splice(files.indexOf(entry), 1);
      li.remove();
      updateProgress();
      fileInput.focus();
    });
    li.append(canvas, info, remove);
    fileList.append(li);
    files.push(entry);
    setFileState(entry, "waiting", strings.fileWaiting);
  }

  fileInput.addEventListener("change", () => {
    hideError(filesError);
    const picked = Array.from(fileInput.files || []);
    const room = limits.files - files.length;
    picked.slice(0, Math.max(room, 0)).forEach(addFileRow);
    if (picked.length > room) showError(filesError, strings.tooManyFiles);
    fileInput.value = ""; // the same file can be picked again after removing it
    next();
  });

  // -- places ---------------------------------------------------------------------------------------------

  let placeSeq = 0;

  function renumberPlaces() {
    const rows = placesBox.querySelectorAll("fieldset.place");
    rows.forEach((row, i) => {
      row.querySelector("legend").textContent = fill(strings.place, { n: i + 1 });
      row.querySelector("[data-remove-place]").textContent = fill(strings.removePlace, { n: i + 1 });
    });
    addPlace.disabled = rows.length >= limits.places;
  }

  function addPlaceRow() {
    const row = template.content.firstElementChild.cloneNode(true);
    const n = ++placeSeq;
    for (const input of row.querySelectorAll("[data-field]")) {
      const field = input.dataset.field;
      input.id = `place-${n}-${field}`;
      const label = row.querySelector(`label[data-for="${field}"]`);
      if (label) label.htmlFor = input.id;
      const error = row.querySelector(`[data-error="${field}"]`);
      if (error) {
        error.id = `place-${n}-${field}-error`;
        input.setAttribute("aria-describedby", error.id);
      }
    }
    const select = row.querySelector("select");
    const other = row.querySelector("[data-other]");
    select.addEventListener("change", () => {
      other.hidden = select.value !== "other";
    });
    row.querySelector("[data-remove-place]").addEventListener("click", () => {
      row.remove();
      if (!placesBox.querySelector("fieldset.place")) addPlaceRow();
      renumberPlaces();
      addPlace.focus();
    });
    placesBox.append(row);
    renumberPlaces();
    return row;
  }

  addPlace.addEventListener("click", () => {
    if (placesBox.querySelectorAll("fieldset.place").length >= limits.places) return;
    addPlaceRow().querySelector("input").focus();
  });
  addPlaceRow();

  // -- validation and submission --------------------------------------------------------------------------

  function showError(element, text) {
    element.textContent = text;
    element.hidden = false;
  }

  function hideError(element) {
    element.textContent = "";
    element.hidden = true;
  }

  function clearErrors() {
    for (const el of form.querySelectorAll(".field-error")) hideError(el);
    for (const el of form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
    hideError(formError);
  }

  function fieldError(row, field, text) {
    const input = row.querySelector(`[data-field="${field}"]`);
    const error = row.querySelector(`[data-error="${field}"]`);
    if (field === "platform_other") row.querySelector("[data-other]").hidden = false;
    if (error) showError(error, text);
    if (input) input.setAttribute("aria-invalid", "true");
    return input;
  }

  function validUrl(text) {
    if (!/^https?:\/\//i.test(text)) return false;
    try {
      const host = new URL(text).hostname;
      return host.includes(".") || host === "localhost";
    } catch {
      return false;
    }
  }

  function collectPlaces() {
    const places = [];
    const rows = [];
    let firstBad = null;
    for (const row of placesBox.querySelectorAll("fieldset.place")) {
      const value = (field) => row.querySelector(`[data-field="${field}"]`).value.trim();
      const place = {
        url: value("url"),
        platform: value("platform"),
        platform_other: value("platform") === "other" ? value("platform_other") : "",
        account_names: value("account_names"),
      };
      if (!place.url && !place.platform && !place.account_names) continue; // an empty row is left out
      let bad = null;
      if (!place.url) bad = fieldError(row, "url", strings.urlRequired);
      else if (place.url.length > limits.url) bad = fieldError(row, "url", strings.urlTooLong);
      else if (!validUrl(place.url)) bad = fieldError(row, "url", strings.urlInvalid);
      if (place.platform === "other" && !place.platform_other) {
        bad = fieldError(row, "platform_other", strings.otherRequired) || bad;
      }
      firstBad = firstBad || bad;
      places.push(place);
      rows.push(row);
    }
    return { places, rows, firstBad };
  }

  let sentRows = [];
  let ourKey = null;

  function setBusy(busy) {
    for (const el of form.elements) el.disabled = busy;
    if (!busy) renumberPlaces();
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (ourKey) return; // already on its way
    clearErrors();
    if (files.some((f) => f.state === "waiting" || f.state === "working")) {
      showError(formError, strings.stillHashing);
      return;
    }
    const ready = files.filter((f) => f.state === "done");
    const { places, rows, firstBad } = collectPlaces();
    if (firstBad) {
      showError(formError, strings.checkAnswers);
      firstBad.focus();
      return;
    }
    if (!ready.length && !places.length) {
      showError(formError, strings.nothing);
      fileInput.focus();
      return;
    }
    const payload = {
      idempotency_key: newKey(),
      files: ready.map(({ result }) => {
        const item = { kind: result.kind, sha256: result.sha256, md5: result.md5 };
        if (result.pdq) Object.assign(item, { pdq: result.pdq, pdq_quality: result.quality });
        return item;
      }),
      places,
      consent_share_hashes: $("consent-share").checked,
      consent_forward_center: $("consent-center").checked,
      consent_text_version: form.dataset.consentVersion,
    };
    sentRows = rows;
    ourKey = payload.idempotency_key;
    setBusy(true);
    try {
      await enqueue({ kind: KIND, url: SUBMIT_URL, tokenUrl: TOKEN_URL, payload });
    } catch {
      // No storage on this device (some private modes): send it now without keeping it.
      const entry = { key: ourKey, url: SUBMIT_URL, tokenUrl: TOKEN_URL, body: JSON.stringify(payload) };
      const outcome = await send(entry);
      ourKey = null;
      if (outcome === "sent") {
        showDone(entry.response);
        return;
      }
      setBusy(false);
      if (outcome === "failed") showServerErrors(entry.error);
      else showError(formError, strings.failed);
    }
  });

  function showServerErrors(error) {
    const fields = (error && error.fields) || {};
    let first = null;
    for (const [path, problem] of Object.entries(fields)) {
      const parts = path.split(".");
      if (parts[0] === "places" && sentRows[Number(parts[1])]) {
        const field = parts[2] || "url";
        first = first || fieldError(sentRows[Number(parts[1])], field, problem.message);
      } else if (parts[0] === "files") {
        showError(filesError, problem.message);
        first = first || fileInput;
      }
    }
    showError(formError, (error && error.message) || strings.failed);
    if (first) first.focus();
  }

  // -- outcome --------------------------------------------------------------------------------------------

  function showDone(answer) {
    form.hidden = true;
    for (const entry of files) {
      const canvas = entry.li.querySelector("canvas");
      canvas.width = 0; // let the preview go
    }
    files.length = 0;
    fileList.replaceChildren();
    if (answer && answer.code) {
      $("case-code").textContent = answer.code;
      $("case-pin").textContent = answer.pin;
      $("done-new").hidden = false;
      $("done-kept").hidden = true;
    } else {
      $("done-new").hidden = true;
      $("done-kept").hidden = false;
    }
    done.hidden = false;
    done.focus();
  }

  // Sent and refused entries are taken off the device as they are shown. One submission at a time per device: a
  // submission still waiting from an earlier visit keeps the form locked until it is sent.
  async function settle() {
    let entries = [];
    try {
      entries = await allEntries(KIND);
    } catch {
      return; // no IndexedDB on this device: submissions are sent directly
    }
    for (const entry of entries) {
      if (entry.state === "sent") {
        await takeEntry(entry.key);
        ourKey = null;
        showDone(entry.response);
        return;
      }
      if (entry.state === "failed") {
        await takeEntry(entry.key);
        const mine = entry.key === ourKey;
        ourKey = null;
        setBusy(false);
        if (mine) showServerErrors(entry.error);
        else showError(formError, strings.failed);
      } else if (entry.state === "pending" && !ourKey) {
        ourKey = entry.key;
        setBusy(true);
      }
    }
  }

  for (const button of document.querySelectorAll("#done button[data-copy]")) {
    button.addEventListener("click", async () => {
      const target = $(button.dataset.copy);
      const status = $("copy-status");
      try {
        await navigator.clipboard.writeText(target.textContent.trim());
        status.textContent = strings.copied;
      } catch {
        const range = document.createRange();
        range.selectNodeContents(target);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        status.textContent = strings.copyFailed;
      }
    });
  }

  bindStatus(outboxStatus, strings, KIND);
  onOutboxChange(({ type }) => {
    if (type === "sent" || type === "failed" || type === "changed") settle();
  });
  startOutbox().then(settle);
}
