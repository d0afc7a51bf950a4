// "Copy" buttons on embed pages: copy the snippet of the textarea they name.
document.addEventListener("click", function (e) {
  var button = e.target.closest ? e.target.closest("button.copy") : null;
  if (!button) return;
  var area = document.getElementById(button.getAttribute("data-copy"));
  var status = document.querySelector(".copy-status");
  var done = function () { if (status) status.textContent = button.getAttribute("data-done"); };
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(area.value).then(done, function () { area.select(); document.execCommand("copy"); done(); });
  } else { area.select(); document.execCommand("copy"); done(); }
});
