// Marks the page as scripted before it is drawn: a phone's menu then starts folded behind its button.
document.documentElement.classList.add("js");
