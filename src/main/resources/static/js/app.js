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
});
