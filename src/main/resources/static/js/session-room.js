// The session room, enhanced. Without this script the room still works: the step shows when its
// time box ends, a link refreshes, and every form posts.
//
// - The countdown for the current step's time box. It is a guide, never a cut-off: nothing happens
//   when it runs out except a quiet word. The visible clock is hidden from screen readers; a polite
//   live region speaks only at five minutes, one minute and the end. With reduced motion the clock
//   changes once a minute instead of every second.
// - When the others move on (htmx swaps the step in, see room.html), the parts the new step needs
//   open, without closing a part someone is typing in, and the countdown starts again.
(() => {
  let ticking = null;

  const startTimer = () => {
    if (ticking !== null) {
      window.clearInterval(ticking);
      ticking = null;
    }
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
      return minutes === 1 ? timer.dataset.minute : timer.dataset.minutes.replace("{0}", String(minutes));
    };
    const left = (text) => timer.dataset.left.replace("{0}", text);
    const tick = () => {
      const seconds = Math.round((endsAt - Date.now()) / 1000);
      if (seconds <= 0) {
        clock.textContent = timer.dataset.over;
        clock.classList.add("is-over");
        say("over", timer.dataset.over);
        return false;
      }
      const m = Math.floor(seconds / 60);
      const s = String(seconds % 60).padStart(2, "0");
      clock.textContent = calm ? left(minutesText(seconds)) : m + ":" + s;
      if (seconds <= 60) {
        say("one", left(timer.dataset.minute));
      } else if (seconds <= 300) {
        say("five", left(minutesText(seconds)));
      }
      return true;
    };
    clock.hidden = false;
    if (tick()) {
      ticking = window.setInterval(() => {
        if (!tick()) {
          window.clearInterval(ticking);
          ticking = null;
        }
      }, calm ? 60000 : 1000);
    }
  };

  // A part someone is working in stays open: it holds the focus, or text not yet sent.
  const inUse = (part) =>
    part.contains(document.activeElement) ||
    Array.from(part.querySelectorAll("textarea, input[type=text]")).some((f) => f.value !== f.defaultValue);

  const openWhatTheStepNeeds = (step) => {
    const needs = (step.dataset.needs || "").split(" ").filter(Boolean);
    document.querySelectorAll("details[data-tool]").forEach((part) => {
      if (needs.includes(part.dataset.tool)) {
        part.open = true;
      } else if (!inUse(part)) {
        part.open = false;
      }
    });
  };

  const following = () => {
    // while the page follows the others, say so next to the link that refreshes
    document.querySelectorAll(".room-follows").forEach((hint) => {
      hint.hidden = document.getElementById("room-poller") === null;
    });
  };

  document.addEventListener("DOMContentLoaded", () => {
    startTimer();
    following();
  });
  document.addEventListener("htmx:afterSettle", following);
  // the step came back changed (swapped in by its id, hx-swap-oob): another partner moved on
  document.addEventListener("htmx:oobAfterSwap", (event) => {
    if (event.detail && event.detail.target && event.detail.target.id === "room-step") {
      startTimer();
      openWhatTheStepNeeds(document.getElementById("room-step"));
      following();
    }
  });
})();
