// The embed builder: the editor's choices (language, theme, guess) rewrite the
// snippets and the preview; the preview takes the height the card reports.
window.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("builder");
  if (!form) return;
  var preview = document.getElementById("preview");
  var areas = ["snippet", "pinned"].map(function (id) { return document.getElementById(id); });
  var originals = areas.map(function (a) { return a.value; });
  var update = function () {
    var lang = form.elements.lang.value, theme = form.elements.theme.value, guess = form.elements.guess.checked;
    var params = [];
    if (theme !== "light") params.push("theme=" + theme);
    if (guess) params.push("guess=1");
    var query = params.length ? "?" + params.join("&") : "";
    var current = form.getAttribute("data-lang");
    areas.forEach(function (area, i) {
      area.value = originals[i].replace(/src="([^"?]*)(\?[^"]*)?"/, function (_, url) {
        return 'src="' + url.replace("/" + current + "/", "/" + lang + "/") + query + '"';
      });
    });
    // Only a new address: setting the same one again would cancel the load under way.
    var next = new URL("../" + lang + "/index.html" + query, location.href).href;
    if (preview.src !== next) preview.src = next;
  };
  form.addEventListener("change", update);
  window.addEventListener("message", function (e) {
    var h = e.data && e.data["datawrapper-height"];
    if (h && e.source === preview.contentWindow) for (var k in h) preview.style.height = h[k] + "px";
  });
  update();
});
