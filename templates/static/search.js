// Starts Pagefind's search box; the index is static files under pagefind/.
window.addEventListener("DOMContentLoaded", function () {
  var el = document.getElementById("search");
  if (!el || typeof PagefindUI === "undefined") return;
  new PagefindUI({
    element: "#search",
    bundlePath: el.getAttribute("data-bundle"),
    showSubResults: false,
    showImages: false,
    translations: { placeholder: el.getAttribute("data-placeholder") }
  });
  // Pagefind's box is named only by its placeholder; give it a real accessible name.
  var label = function () {
    var input = el.querySelector("input");
    if (input) input.setAttribute("aria-label", el.getAttribute("data-placeholder"));
    return !!input;
  };
  if (!label()) new MutationObserver(function (_, observer) { if (label()) observer.disconnect(); }).observe(el, { childList: true, subtree: true });
});
