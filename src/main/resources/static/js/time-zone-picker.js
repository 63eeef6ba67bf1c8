// A field to search a time zone picker (time-zone-picker.html). Without this script the picker is a
// list grouped by region with the reader's zone and widely used ones first; with it, typing part of
// a place ("berl", "buenos", "new york") leaves only the zones that match, and chooses the first of
// them unless the one chosen still matches. A polite status says how many match.
document.addEventListener("DOMContentLoaded", () => {
  const fold = (text) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[_/]/g, " ").toLowerCase();
  document.querySelectorAll("[data-zone-find]").forEach((finder) => {
    const select = document.getElementById(finder.dataset.zoneFind);
    const field = finder.querySelector("input[type=search]");
    const count = finder.querySelector("[role=status]");
    if (!select || !field || !count) {
      return;
    }
    finder.hidden = false;
    const options = Array.from(select.options).map((option) => ({
      option,
      words: fold(option.value + " " + option.textContent),
    }));
    field.addEventListener("input", () => {
      const wanted = fold(field.value).split(/\s+/).filter(Boolean);
      const matches = new Set();
      let first = null;
      options.forEach(({ option, words }) => {
        const match = wanted.every((w) => words.includes(w));
        option.hidden = !match;
        if (match) {
          matches.add(option.value);
          first = first || option;
        }
      });
      select.querySelectorAll("optgroup").forEach((group) => {
        group.hidden = Array.from(group.children).every((o) => o.hidden);
      });
      if (wanted.length === 0) {
        count.textContent = "";
        return;
      }
      const chosen = select.options[select.selectedIndex];
      if (first && (!chosen || chosen.hidden)) {
        first.selected = true;
      }
      // a zone listed among the suggested and under its region counts once
      count.textContent =
        matches.size === 0
          ? count.dataset.none
          : matches.size === 1
            ? count.dataset.one
            : count.dataset.many.replace("{0}", String(matches.size));
    });
  });
});
