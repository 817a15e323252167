// Supervisor dashboard: polls the JSON endpoint and refreshes the numbers in place. Without JavaScript the page
// shows the numbers as they were when it was loaded (reload to refresh). Text comes localised from the server.
const root = document.getElementById("supervisor");

function cell(tag, text, attrs = {}) {
  const el = document.createElement(tag);
  el.textContent = String(text);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

function row(cells) {
  const tr = document.createElement("tr");
  for (const c of cells) tr.append(c);
  return tr;
}

function setField(name, text) {
  for (const el of root.querySelectorAll(`[data-field="${name}"]`)) el.textContent = String(text);
}

function renderAlerts(data) {
  const list = document.getElementById("alert-list");
  const items = data.alerts.map((a) => {
    const li = document.createElement("li");
    li.dataset.alertId = String(a.id);
    li.append(cell("strong", data.display.alert_kinds[a.id] || a.kind));
    li.append(` · ${data.display.alert_times[a.id] || ""} · `);
    const link = cell("a", root.dataset.conversationLabel.replace("{id}", a.conversation_id));
    link.href = `/staff/chat/${a.conversation_id}`;
    li.append(link, " ");
    const form = document.createElement("form");
    form.method = "post";
    form.action = `/staff/supervisor/alerts/${a.id}/ack`;
    form.className = "inline";
    const token = document.createElement("input");
    token.type = "hidden";
    token.name = root.dataset.csrfField;
    token.value = root.dataset.csrf;
    const button = cell("button", root.dataset.ackLabel, { type: "submit" });
    form.append(token, button);
    li.append(form);
    return li;
  });
  // Keep the element that has focus when nothing about it changed (a keyboard user is not thrown out).
  const focusedId = document.activeElement?.closest?.("li[data-alert-id]")?.dataset.alertId;
  const same = items.map((li) => li.dataset.alertId).join(",") ===
    [...list.children].map((li) => li.dataset.alertId).join(",");
  if (!same) list.replaceChildren(...items);
  document.getElementById("alerts-empty").hidden = data.alerts.length > 0;
  if (!same && focusedId) list.querySelector(`li[data-alert-id="${focusedId}"] button`)?.focus();
}

function render(data) {
  const d = data.display;
  const summary = document.getElementById("summary");
  if (summary.textContent !== d.summary) summary.textContent = d.summary; // announced (aria-live) only on change
  document.getElementById("updated").textContent = d.updated;
  for (const [key, count] of Object.entries(data.queue_by_level)) {
    const td = root.querySelector(`[data-level="${key}"]`);
    if (td) td.textContent = String(count);
  }
  setField("waiting", data.waiting);
  setField("median_wait", d.median_wait);
  setField("longest_wait", d.longest_wait);
  setField("load", d.load);
  const longest = document.getElementById("longest-link");
  longest.hidden = !data.longest_wait_conversation_id;
  if (data.longest_wait_conversation_id) longest.href = `/staff/chat/${data.longest_wait_conversation_id}`;
  document.getElementById("counsellors").replaceChildren(
    ...data.counsellors.map((c) =>
      row([cell("td", c.name), cell("td", d.statuses[c.staff_id] || c.status), cell("td", c.active_chats), cell("td", c.max_chats)])
    )
  );
  document.getElementById("counsellors-empty").hidden = data.counsellors.length > 0;
  document.getElementById("hours").replaceChildren(
    ...data.per_hour.map((h, i) => row([cell("th", d.hours[i], { scope: "row" }), cell("td", h.started), cell("td", h.accepted)]))
  );
  renderAlerts(data);
}

async function refresh() {
  try {
    const response = await fetch(root.dataset.url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
    if (response.status === 401 || response.redirected) {
      window.location.assign("/staff/login");
      return;
    }
    if (!response.ok) throw new Error(String(response.status));
    render(await response.json());
  } catch {
    document.getElementById("updated").textContent = root.dataset.stale;
  }
}

if (root) {
  const seconds = Math.max(5, Number(root.dataset.poll) || 10);
  setInterval(() => {
    if (document.visibilityState === "visible") refresh();
  }, seconds * 1000);
}
