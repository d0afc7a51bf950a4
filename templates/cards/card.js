(function () {
  "use strict";
  var d = document, root = d.documentElement, q = new URLSearchParams(location.search);
  // Light unless the host asks for dark, or for the reader's own setting (auto).
  var theme = q.get("theme");
  if (theme === "dark" || theme === "auto") root.setAttribute("data-theme", theme);
  var id = root.getAttribute("data-card");
  function report() {
    var h = Math.ceil(d.body.getBoundingClientRect().height);
    var msg = {}; msg[id] = h;
    if (window.parent !== window) window.parent.postMessage({ "datawrapper-height": msg }, "*");
  }
  var form = d.getElementById("guess"), answer = d.getElementById("answer");
  if (form && q.get("guess") === "1") {
    var range = d.getElementById("guess-range"), number = d.getElementById("guess-number");
    // Nothing that gives the answer away before the guess: the fact's sentence,
    // the number and the page's title (what a screen reader announces) wait.
    var fact = d.getElementById("fact"), title = d.title, card = d.querySelector("article");
    form.hidden = false; answer.hidden = true; fact.hidden = true;
    d.title = form.getAttribute("data-title");
    card.setAttribute("aria-labelledby", "question");
    range.addEventListener("input", function () { number.value = range.value; });
    number.addEventListener("input", function () { range.value = number.value; });
    var reveal = function (guess) {
      form.hidden = true; answer.hidden = false; fact.hidden = false; d.title = title;
      card.setAttribute("aria-labelledby", "fact");
      if (guess !== null) {
        // How close: the guess beside the figure (and the public's estimate, shown below).
        var actual = +form.getAttribute("data-actual"), gap = Math.round(Math.abs(guess - actual) * 10) / 10;
        var fmt = new Intl.NumberFormat(root.lang + "-u-nu-" + form.getAttribute("data-numbering"));
        var which = gap < 0.05 ? "data-exact" : guess < actual ? "data-below" : "data-above";
        d.getElementById("feedback").textContent = form.getAttribute(which)
          .replace("{guess}", fmt.format(guess)).replace("{gap}", fmt.format(gap));
        d.getElementById("feedback").hidden = false;
        var svg = answer.querySelector("svg.bars"), max = +svg.getAttribute("data-max"), span = +svg.getAttribute("data-span");
        var w = Math.max(0, Math.min(guess, max)) / max * span, text = form.getAttribute("data-percent").replace("{value}", fmt.format(guess));
        var g = d.getElementById("bar-guess");
        g.querySelector("rect").setAttribute("width", w.toFixed(1));
        g.querySelector("text").setAttribute("x", (w + 6).toFixed(1));
        g.querySelector("text").textContent = text;
        d.getElementById("your-guess-value").textContent = text;
        g.classList.remove("off");
        svg.setAttribute("viewBox", "0 0 370 " + 30 * (+svg.getAttribute("data-rows") + 1));
        d.getElementById("your-guess").hidden = false;
        d.getElementById("legend-guess").hidden = false;
      }
      answer.focus();
      report();
    };
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var v = Math.round(+number.value);
      reveal(isNaN(v) ? null : Math.max(0, Math.min(100, v)));
    });
    d.getElementById("just-show").addEventListener("click", function () { reveal(null); });
  }
  if (window.ResizeObserver) new ResizeObserver(report).observe(d.body);
  window.addEventListener("load", report);
  report();
})();
