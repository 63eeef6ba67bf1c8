// While a reply is typed, a reply that opens with "but" gets a gentle suggestion to build on it
// instead, with the choice to rephrase or to post it as it is. Without this script the same choice
// is offered when the reply is sent, before anything is posted.
document.addEventListener("DOMContentLoaded", () => {
  const opensWithBut = (text) => /^[^\p{L}\p{N}]*but(?![\p{L}\p{N}])/iu.test(text);
  document.querySelectorAll("textarea[data-but-hint]").forEach((field) => {
    const choice = document.querySelector("#" + field.dataset.butHint + " .but-choice");
    if (!choice) {
      return;
    }
    const check = () => {
      choice.hidden = !opensWithBut(field.value);
    };
    field.addEventListener("input", check);
    check();
  });
});
