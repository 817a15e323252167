// /check result: "talk to a counsellor about this". The text that was checked is on the page (a no-store page,
// this browser only) in a disabled field, so it is not part of the form's request: it is enabled only while
// "attach the text I checked" is ticked (off by default). Without JavaScript the choice is not offered and the
// chat starts without the text.
const form = document.getElementById("check-talk-form");
const choice = document.getElementById("attach-choice");
const attach = document.getElementById("attach");
const text = document.getElementById("checked-text");

if (form && choice && attach && text) {
  const sync = () => {
    text.disabled = !attach.checked;
  };
  choice.hidden = false;
  attach.addEventListener("change", sync);
  // The browser may restore the box's state on back/forward: follow it, and check once more on send.
  window.addEventListener("pageshow", sync);
  form.addEventListener("submit", sync);
  sync();
}
