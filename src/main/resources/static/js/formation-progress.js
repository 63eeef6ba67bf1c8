// While a formation run solves, keep its progress bar and status up to date, and show the
// best result so far when it changes; without this script the page's "See the latest" link does it.
document.addEventListener("DOMContentLoaded", () => {
  const section = document.getElementById("run-progress");
  if (!section || section.dataset.finished === "true") {
    return;
  }
  const bar = document.getElementById("run-progress-bar");
  const value = document.getElementById("run-progress-value");
  const url = section.dataset.progressUrl;
  const poll = async () => {
    try {
      const response = await fetch(url, { headers: { Accept: "application/json" } });
      if (response.ok) {
        const run = await response.json();
        bar.value = run.progress;
        bar.textContent = run.progress + "%";
        value.textContent = run.progress + "%";
        if (run.finished) {
          window.location.reload();
          return;
        }
      }
    } catch (e) {
      // the link on the page still works
    }
    setTimeout(poll, 1000);
  };
  setTimeout(poll, 1000);
});
