// The counselling queue page: re-read the list (/staff/queue/list) when /ws/staff/queue says it changed, and
// every 30 s anyway (waiting times grow, a lost socket); every 5 s while the socket is down. Keyboard focus
// stays on the same control when the list is replaced; screen readers hear the count and the first item.
const queueRoot = document.getElementById("queue");
if (queueRoot) start(queueRoot);

function start(root) {
  const url = root.dataset.url;
  const fast = Math.max(2, Number(root.dataset.refresh) || 5) * 1000;
  const slow = 30_000;
  const summary = document.getElementById("queue-summary");
  let last = null;
  let busy = false;
  let again = false;
  let ws = null;
  let attempt = 0;
  let finished = false;
  let lastRead = Date.now();
  let lastPing = Date.now();

  function focusKey() {
    const active = document.activeElement;
    if (!active || !root.contains(active)) return null;
    const form = active.closest("form");
    if (form) return { form: form.getAttribute("action") };
    if (active.getAttribute("href")) return { href: active.getAttribute("href") };
    return null;
  }
  function restoreFocus(key) {
    if (!key) return;
    const target = key.form
      ? root.querySelector(`form[action="${CSS.escape(key.form)}"] button`)
      : root.querySelector(`a[href="${CSS.escape(key.href)}"]`);
    if (target) target.focus();
  }

  async function refresh() {
    if (document.visibilityState !== "visible") return;
    if (busy) {
      again = true; // a change arrived during a read: read once more afterwards
      return;
    }
    busy = true;
    lastRead = Date.now();
    try {
      const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } });
      if (response.redirected || !response.ok) return; // signed out: the next navigation shows the sign-in page
      const html = await response.text();
      if (html === last) return;
      const key = focusKey();
      last = html;
      root.innerHTML = html;
      restoreFocus(key);
      const title = root.querySelector("#waiting-title");
      const next = root.querySelector("#waiting-list > li .queue-head");
      if (summary && title) {
        summary.textContent = [title.textContent, next ? next.textContent : ""].join(" ").replace(/\s+/g, " ").trim();
      }
    } catch {
      /* offline: try again next time */
    } finally {
      busy = false;
      if (again) {
        again = false;
        refresh();
      }
    }
  }

  function connect() {
    if (finished || ws) return;
    const address = new URL("/ws/staff/queue", window.location.href);
    address.protocol = window.location.protocol === "https:" ? "wss:" : "ws:";
    const socket = new WebSocket(address.href);
    ws = socket;
    socket.addEventListener("open", () => {
      attempt = 0;
      refresh(); // anything missed while connecting
    });
    socket.addEventListener("message", (event) => {
      let frame = null;
      try {
        frame = JSON.parse(event.data);
      } catch {
        return;
      }
      if (frame && frame.type === "queue") refresh();
    });
    socket.addEventListener("close", (event) => {
      if (ws !== socket) return;
      ws = null;
      if (event.code === 4401 || event.code === 4404) {
        finished = true; // signed out or no counselling: the slow poll shows the sign-in page on navigation
        return;
      }
      attempt = Math.min(attempt + 1, 8);
      setTimeout(connect, Math.min(30_000, 500 * 2 ** attempt) * (0.5 + Math.random()));
    });
  }

  setInterval(() => {
    const live = ws && ws.readyState === WebSocket.OPEN;
    if (Date.now() - lastRead >= (live ? slow : fast) - 250) refresh();
    if (live && Date.now() - lastPing > 20_000) {
      lastPing = Date.now();
      ws.send(JSON.stringify({ type: "ping" })); // keeps proxies from closing a quiet socket
    }
  }, fast);
  document.addEventListener("visibilitychange", refresh);
  connect();
}
