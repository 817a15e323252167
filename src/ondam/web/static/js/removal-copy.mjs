// Removal letters: a "copy" button for the letter text. Without JavaScript (or without the clipboard API) the
// button stays hidden and the read-only text area can still be selected and copied by hand.
for (const button of document.querySelectorAll("button[data-copy-target]")) {
  const target = document.getElementById(button.dataset.copyTarget);
  const status = document.getElementById(button.dataset.copyStatus || "");
  if (!target || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(target.value);
      if (status) status.textContent = button.dataset.copied || "";
    } catch {
      target.focus();
      target.select();
      if (status) status.textContent = button.dataset.failed || "";
    }
  });
}
