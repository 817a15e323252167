// Counsellor console (staff/chat.html) on top of chat.mjs: canned responses fill the composer (the counsellor
// still sends), the risk panel follows the socket's risk updates, and its message links focus the message.
const consoleRoot = document.getElementById("console");
if (consoleRoot) start(consoleRoot);

function start(root) {
  const chat = document.getElementById("chat");
  const input = document.getElementById("chat-body");
  const region = document.getElementById("risk-region");

  // Canned responses -------------------------------------------------------------------------------------
  const picker = document.getElementById("canned-picker");
  if (picker && input) {
    picker.addEventListener("click", (event) => {
      const button = event.target.closest("button.canned-use");
      if (!button) return;
      const text = button.dataset.body || "";
      const start = input.selectionStart ?? input.value.length;
      const end = input.selectionEnd ?? input.value.length;
      input.value = input.value.slice(0, start) + text + input.value.slice(end);
      input.focus();
      input.setSelectionRange(start + text.length, start + text.length);
      input.dispatchEvent(new Event("input", { bubbles: true })); // the young person sees "typing"
      picker.open = false;
    });
  }

  // Risk panel ---------------------------------------------------------------------------------------------
  let riskKey = null;
  let loading = false;
  async function reloadRisk() {
    if (loading || !region) return;
    loading = true;
    try {
      const response = await fetch(root.dataset.riskUrl, { credentials: "same-origin", headers: { Accept: "text/html" } });
      if (!response.ok) return;
      const html = await response.text();
      const doc = new DOMParser().parseFromString(html, "text/html");
      const panel = doc.getElementById("risk-panel");
      const current = document.getElementById("risk-panel");
      if (panel && current) current.replaceWith(document.importNode(panel, true));
    } catch {
      /* offline: the next change tries again */
    } finally {
      loading = false;
    }
  }
  function onRisk(risk) {
    if (!risk || typeof risk !== "object") return;
    const key = JSON.stringify([risk.level, risk.danger_now, risk.categories, (risk.evidence || []).length]);
    if (key === riskKey) return; // the first frame after (re)connecting re-reads once: it may have changed since

    riskKey = key;
    reloadRisk();
  }
  if (chat) {
    chat.addEventListener("chat:frame", (event) => {
      const frame = event.detail || {};
      if (frame.type === "risk") onRisk(frame);
      else if (frame.type === "status" && frame.risk) onRisk(frame.risk);
    });
  }

  // Links from a warning sign to the message that showed it ---------------------------------------------------
  root.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-seq]");
    if (!link || !region || !region.contains(link)) return;
    const item = document.querySelector(`#messages li[data-seq="${CSS.escape(link.dataset.seq)}"]`);
    if (!item) return;
    event.preventDefault();
    for (const other of document.querySelectorAll("#messages li.highlight")) other.classList.remove("highlight");
    item.classList.add("highlight");
    item.tabIndex = -1;
    item.scrollIntoView({ block: "center" });
    item.focus();
  });
}
