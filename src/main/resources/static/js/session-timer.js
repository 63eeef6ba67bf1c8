// The session runner's countdown for the current step's time box. It is a guide, never a
// cut-off: nothing happens when it runs out except a quiet word. The visible clock is hidden
// from screen readers; a polite live region speaks only at five minutes, one minute and the end.
// Without this script the page says when the step ends, with a link to refresh.
document.addEventListener("DOMContentLoaded", () => {
  const timer = document.querySelector(".timer[data-ends-at]");
  if (!timer) {
    return;
  }
  const endsAt = Date.parse(timer.dataset.endsAt);
  const clock = timer.querySelector(".timer-clock");
  const status = timer.querySelector(".timer-status");
  if (Number.isNaN(endsAt) || !clock || !status) {
    return;
  }
  // With reduced motion the clock changes once a minute instead of every second.
  const calm = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const spoken = new Set();
  const say = (key, text) => {
    if (!spoken.has(key)) {
      spoken.add(key);
      status.textContent = text;
    }
  };
  const minutesText = (seconds) => {
    const minutes = Math.ceil(seconds / 60);
    return minutes === 1 ? "1 minute" : minutes + " minutes";
  };
  const tick = () => {
    const left = Math.round((endsAt - Date.now()) / 1000);
    if (left <= 0) {
      clock.textContent = timer.dataset.over;
      say("over", timer.dataset.over);
      return false;
    }
    const m = Math.floor(left / 60);
    const s = String(left % 60).padStart(2, "0");
    clock.textContent = calm ? timer.dataset.left.replace("{0}", minutesText(left)) : m + ":" + s;
    if (left <= 60) {
      say("one", timer.dataset.left.replace("{0}", "1 minute"));
    } else if (left <= 300) {
      say("five", timer.dataset.left.replace("{0}", minutesText(left)));
    }
    return true;
  };
  clock.hidden = false;
  if (tick()) {
    const every = calm ? 60000 : 1000;
    const id = window.setInterval(() => {
      if (!tick()) {
        window.clearInterval(id);
      }
    }, every);
  }
});
