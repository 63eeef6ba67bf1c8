// While a reply is typed, a reply that opens with "but" gets a gentle suggestion to build on it
// instead. It never blocks posting; without this script the suggestion comes after posting.
document.addEventListener("DOMContentLoaded", () => {
  const opensWithBut = (text) => /^[^\p{L}\p{N}]*but(?![\p{L}\p{N}])/iu.test(text);
  document.querySelectorAll("textarea[data-but-hint]").forEach((field) => {
    const hint = document.getElementById(field.dataset.butHint);
    if (!hint) {
      return;
    }
    let shown = false;
    const check = () => {
      const show = opensWithBut(field.value);
      if (show !== shown) {
        hint.textContent = show ? hint.dataset.message : "";
        shown = show;
      }
    };
    field.addEventListener("input", check);
    check();
  });
});
