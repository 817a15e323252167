// Live chat over the /ws/chat protocol (counselling/realtime.py): reconnect with back-off and jitter, resume
// from the last message seen, an outbox of unacknowledged messages that survives a reload (sessionStorage;
// the quick exit clears it), delivery state per message, typing indicator, queue position.
// Messages are shown in seq order, each once: a seq already shown is ignored, a gap asks the server again.
const root = document.getElementById("chat");
if (root) start(root);

function start(root) {
  const side = root.dataset.side;
  const other = side === "youth" ? "staff" : "youth";
  const t = (name) => root.dataset[`t${name[0].toUpperCase()}${name.slice(1)}`] || "";
  const list = document.getElementById("messages");
  const statusLine = document.getElementById("chat-status");
  const connLine = document.getElementById("chat-connection");
  const typingLine = document.getElementById("typing");
  const composer = document.getElementById("composer");
  const input = document.getElementById("chat-body");
  const storeKey = `ondam-chat-${side}-${root.dataset.conversation}`;
  const labels = { youth: root.dataset.labelYouth, staff: root.dataset.labelStaff, system: root.dataset.labelSystem };

  const shown = new Map(); // seq -> <li>
  let lastSeq = 0; // every message 1..lastSeq is on the page
  for (const li of list.querySelectorAll("li[data-seq]")) {
    const seq = Number(li.dataset.seq);
    shown.set(seq, li);
    if (seq === lastSeq + 1) lastSeq = seq;
  }
  let otherRead = 0;
  let canSend = Boolean(composer);
  let ws = null;
  let ready = false; // hello answered (welcome received) on the current socket
  let attempt = 0;
  let reconnectTimer = null;
  let finished = false; // signed out or no access: stop reconnecting
  let lastFrameAt = Date.now();
  let readSent = 0;
  let typingSentAt = 0;
  let typingTimer = null;

  // Outbox ------------------------------------------------------------------------------------------------
  let outbox = load();
  function load() {
    try {
      const items = JSON.parse(sessionStorage.getItem(storeKey) || "[]");
      return Array.isArray(items) ? items.filter((i) => i && typeof i.id === "string" && typeof i.body === "string") : [];
    } catch {
      return [];
    }
  }
  function save() {
    try {
      if (outbox.length) sessionStorage.setItem(storeKey, JSON.stringify(outbox));
      else sessionStorage.removeItem(storeKey);
    } catch { /* storage may be full or disabled: the outbox still lives in memory */ }
  }
  function newId() {
    const bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return "c-" + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  // Rendering ---------------------------------------------------------------------------------------------
  function bubble(sender, body) {
    const li = document.createElement("li");
    li.className = `msg from-${sender}`;
    li.dataset.sender = sender;
    const who = document.createElement("span");
    who.className = "who";
    who.textContent = labels[sender] || sender;
    const text = document.createElement("p");
    text.className = "body";
    text.textContent = body;
    const state = document.createElement("span");
    state.className = "state";
    li.append(who, text, state);
    return li;
  }
  function firstPending() {
    return list.querySelector("li.pending");
  }
  function pendingFor(id) {
    return list.querySelector(`li.pending[data-cmid="${CSS.escape(id)}"]`);
  }
  function setState(li, state) {
    li.dataset.state = state;
    li.querySelector(".state").textContent = t(state);
  }
  function refreshReadStates() {
    for (const [seq, li] of shown) {
      if (li.dataset.sender === side && seq <= otherRead && li.dataset.state !== "read") setState(li, "read");
    }
  }
  for (const [seq, li] of shown) {
    if (li.dataset.sender === side) setState(li, "sent");
  }
  for (const item of outbox) {
    if (list.querySelector(`li[data-cmid="${CSS.escape(item.id)}"]:not(.pending)`)) continue; // stored already
    const li = bubble(side, item.body);
    li.classList.add("pending");
    li.dataset.cmid = item.id;
    setState(li, "sending");
    list.append(li);
  }
  outbox = outbox.filter((item) => pendingFor(item.id));
  save();

  function showMessage(frame) {
    const seq = frame.seq;
    if (shown.has(seq)) return; // already on the page: exactly once
    if (seq !== lastSeq + 1) {
      hello(); // a gap: ask again from the last contiguous message
      return;
    }
    let li = frame.sender === side && frame.client_msg_id ? pendingFor(frame.client_msg_id) : null;
    if (li) {
      li.classList.remove("pending");
      outbox = outbox.filter((item) => item.id !== frame.client_msg_id);
      save();
    } else {
      li = bubble(frame.sender, frame.body);
      if (frame.client_msg_id) li.dataset.cmid = frame.client_msg_id;
    }
    li.dataset.seq = String(seq);
    li.id = `m-${seq}`;
    list.insertBefore(li, firstPending()); // stored messages in seq order, unsent ones after them
    shown.set(seq, li);
    lastSeq = seq;
    if (frame.sender === side) setState(li, seq <= otherRead ? "read" : "sent");
    else {
      hideTyping();
      markRead();
    }
  }

  // Socket ------------------------------------------------------------------------------------------------
  function wsUrl() {
    const url = new URL(root.dataset.ws, window.location.href);
    url.protocol = window.location.protocol === "https:" ? "wss:" : "ws:";
    return url.href;
  }
  function setConnection(text) {
    connLine.hidden = !text;
    connLine.textContent = text || "";
  }
  function send(frame) {
    if (ws && ws.readyState === WebSocket.OPEN) {
      ws.send(JSON.stringify(frame));
      return true;
    }
    return false;
  }
  function hello() {
    send({ type: "hello", last_seq: lastSeq });
  }
  function connect() {
    clearTimeout(reconnectTimer);
    reconnectTimer = null;
    if (finished || ws || !navigator.onLine) {
      if (!navigator.onLine) setConnection(t("offline"));
      return;
    }
    setConnection(t("connecting"));
    const socket = new WebSocket(wsUrl());
    ws = socket;
    ready = false;
    socket.addEventListener("open", () => {
      lastFrameAt = Date.now();
      hello();
    });
    socket.addEventListener("message", (event) => {
      lastFrameAt = Date.now();
      let frame;
      try {
        frame = JSON.parse(event.data);
      } catch {
        return;
      }
      handle(frame);
    });
    socket.addEventListener("close", (event) => {
      if (ws !== socket) return;
      ws = null;
      ready = false;
      if (event.code === 4401) return finish(t("session"));
      if (event.code === 4404) return finish(t("gone"));
      setConnection(navigator.onLine ? t("connecting") : t("offline"));
      scheduleReconnect(event.code === 4408 ? 0 : undefined);
    });
  }
  function scheduleReconnect(delay) {
    if (finished || reconnectTimer) return;
    const base = delay ?? Math.min(30_000, 500 * 2 ** attempt);
    attempt = Math.min(attempt + 1, 10);
    reconnectTimer = setTimeout(connect, base * (0.5 + Math.random())); // jitter spreads a crowd of reconnects
  }
  function finish(text) {
    finished = true;
    setConnection(text);
    if (composer) composer.hidden = true;
  }
  function flushOutbox() {
    for (const item of outbox) send({ type: "send", client_msg_id: item.id, body: item.body });
  }

  function handle(frame) {
    root.dispatchEvent(new CustomEvent("chat:frame", { detail: frame })); // for the counsellor console
    switch (frame.type) {
      case "message":
        showMessage(frame);
        break;
      case "welcome":
        ready = true;
        attempt = 0;
        setConnection("");
        if (typeof frame.can_send === "boolean") setCanSend(frame.can_send);
        flushOutbox();
        markRead();
        break;
      case "ack": {
        const li = pendingFor(frame.client_msg_id);
        if (li) setState(li, "sent"); // stays pending until its message (with its place in order) arrives
        break;
      }
      case "error":
        onError(frame);
        break;
      case "status":
        onStatus(frame);
        break;
      case "read":
        if (frame.side === other && Number(frame.seq) > otherRead) {
          otherRead = Number(frame.seq);
          refreshReadStates();
        }
        break;
      case "typing":
        if (frame.side === other) showTyping();
        break;
      default:
        break; // pong, risk (the console shows it), anything newer
    }
  }

  function onError(frame) {
    const id = frame.client_msg_id;
    if (!id) return;
    const li = pendingFor(id);
    if (frame.code === "rate_limited" || frame.code === "busy" || frame.code === "server_error") {
      setTimeout(() => {
        const item = outbox.find((i) => i.id === id);
        if (item && ready) send({ type: "send", client_msg_id: item.id, body: item.body });
      }, 1000 * (Number(frame.retry_after) || 2));
      return;
    }
    // ended, not_allowed, rejected: this message cannot be delivered
    outbox = outbox.filter((item) => item.id !== id);
    save();
    if (li) setState(li, "failed");
  }

  function onStatus(frame) {
    if (frame.read && Number(frame.read[other]) > otherRead) {
      otherRead = Number(frame.read[other]);
      refreshReadStates();
    }
    if (typeof frame.can_send === "boolean") setCanSend(frame.can_send);
    let text = "";
    if (frame.status === "ended" || frame.status === "abandoned") text = t("ended");
    else if (frame.status === "active") text = side === "youth" ? t("active") : t("staffActive");
    else if (frame.status === "waiting" && frame.mode === "message" && side === "youth") text = t("messageMode");
    else if (frame.status === "waiting" && side === "youth") {
      text = frame.position
        ? t("waiting").replace("{position}", String(frame.position)).replace("{minutes}", String(frame.wait_minutes))
        : t("waitingUnknown");
    }
    if (text && statusLine.textContent !== text) statusLine.textContent = text;
    if (frame.status === "ended" || frame.status === "abandoned") {
      setCanSend(false);
      // The young person's page: no more "end" button, a link to the ended page (and its survey) instead.
      const endForm = document.querySelector("form.chat-end");
      if (endForm) endForm.hidden = true;
      const next = document.getElementById("chat-ended-next");
      if (next) next.hidden = false;
    }
  }

  function setCanSend(value) {
    canSend = value;
    if (composer) composer.hidden = !value;
  }

  // Reading, typing ---------------------------------------------------------------------------------------
  function markRead() {
    if (!ready || document.visibilityState !== "visible" || lastSeq <= readSent) return;
    readSent = lastSeq;
    send({ type: "read", seq: lastSeq });
  }
  function showTyping() {
    typingLine.textContent = side === "youth" ? t("typingStaff") : t("typingYouth");
    typingLine.hidden = false;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(hideTyping, 4000);
  }
  function hideTyping() {
    typingLine.hidden = true;
  }
  document.addEventListener("visibilitychange", markRead);

  // Sending -----------------------------------------------------------------------------------------------
  function submit() {
    const body = input.value.trim();
    if (!body || !canSend) return;
    const item = { id: newId(), body };
    outbox.push(item);
    save();
    const li = bubble(side, body);
    li.classList.add("pending");
    li.dataset.cmid = item.id;
    setState(li, "sending");
    list.append(li);
    input.value = "";
    if (ready) send({ type: "send", client_msg_id: item.id, body: item.body });
  }
  if (composer && input) {
    composer.addEventListener("submit", (event) => {
      event.preventDefault();
      submit();
      input.focus();
    });
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        submit();
      }
    });
    input.addEventListener("input", () => {
      const now = Date.now();
      if (ready && now - typingSentAt > 2000) {
        typingSentAt = now;
        send({ type: "typing" });
      }
    });
  }

  // Connection upkeep ---------------------------------------------------------------------------------------
  window.addEventListener("offline", () => {
    setConnection(t("offline"));
    if (ws) ws.close(); // the socket of a lost network may linger; messages wait in the outbox
  });
  window.addEventListener("online", () => {
    attempt = 0;
    connect();
  });
  setInterval(() => {
    if (!ws || ws.readyState !== WebSocket.OPEN) return;
    if (Date.now() - lastFrameAt > 45_000) ws.close(); // no answer to our pings: reconnect
    else send({ type: "ping" });
  }, 20_000);
  if (root.dataset.keepalive) {
    setInterval(() => {
      fetch(root.dataset.keepalive, {
        method: "POST",
        credentials: "same-origin",
        headers: { "X-CSRF-Token": root.dataset.csrf },
      }).catch(() => { /* offline: the next one tries again */ });
    }, 5 * 60_000);
  }
  if (root.dataset.open === "1") connect();
  else setCanSend(false);
}
