// Small progressive enhancements; every page works without them.
document.addEventListener("DOMContentLoaded", () => {
  // After a form comes back with errors, start the reader at the summary that links to each field.
  const summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus();
  }
  // A new account starts in the browser's own time zone rather than UTC.
  document.querySelectorAll("input[type=hidden][data-browser-time-zone]").forEach((field) => {
    if (!field.value) {
      field.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    }
  });
  // A zone left at UTC (an account made without script) starts at the browser's own, if it is offered.
  document.querySelectorAll("[data-browser-zone-default=true] select").forEach((select) => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const option = zone && Array.from(select.options).find((o) => o.value === zone);
    if (option) {
      option.selected = true;
    }
  });
  menu();
  filterableChoices();
});

// The main menu: on a narrow screen its button shows and hides it; Escape closes what is open and
// returns to what opened it; opening one group closes the other, and a click elsewhere closes both.
function menu() {
  const button = document.querySelector(".menu-button");
  const nav = document.getElementById("site-nav");
  if (!nav) {
    return;
  }
  const groups = Array.from(nav.querySelectorAll(".nav-group details"));
  const setOpen = (open) => {
    button.setAttribute("aria-expanded", String(open));
    nav.classList.toggle("open", open);
  };
  if (button) {
    button.addEventListener("click", () => setOpen(button.getAttribute("aria-expanded") !== "true"));
  }
  groups.forEach((group) => {
    group.addEventListener("toggle", () => {
      if (group.open) {
        groups.filter((other) => other !== group).forEach((other) => { other.open = false; });
      }
    });
    // tabbing on past its last item closes a group, so that it no longer covers the page
    group.addEventListener("focusout", (event) => {
      if (event.relatedTarget && !group.contains(event.relatedTarget)) {
        group.open = false;
      }
    });
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") {
      return;
    }
    const group = groups.find((g) => g.open);
    if (group) {
      group.open = false;
      group.querySelector("summary").focus();
    } else if (button && button.getAttribute("aria-expanded") === "true"
        && (nav.contains(document.activeElement) || document.activeElement === button)) {
      setOpen(false);
      button.focus();
    }
  });
  document.addEventListener("click", (event) => {
    groups.filter((g) => g.open && !g.contains(event.target)).forEach((g) => { g.open = false; });
  });
}


// A long list of checkboxes narrows down to the choices whose names hold what is typed; a group
// (a level of places, say) with nothing left to show is hidden with it.
function filterableChoices() {
  document.querySelectorAll("[data-filter-for]").forEach((box) => {
    const list = document.getElementById(box.dataset.filterFor);
    const input = box.querySelector("input");
    if (!list || !input) {
      return;
    }
    box.hidden = false;
    input.addEventListener("input", () => {
      const words = input.value.trim().toLocaleLowerCase();
      list.querySelectorAll(".choices > li").forEach((item) => {
        item.hidden = words !== "" && !item.textContent.toLocaleLowerCase().includes(words);
      });
      list.querySelectorAll(".choice-group").forEach((group) => {
        group.hidden = group.querySelector(".choices > li:not([hidden])") === null;
      });
    });
    // Enter in the box narrows the list; it must not send the form
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        event.preventDefault();
      }
    });
  });
}
