(function () {
  "use strict";
  var q = new URLSearchParams(location.search), langs = document.body.getAttribute("data-languages").split(" ");
  var lang = q.get("lang");
  if (langs.indexOf(lang) < 0) lang = langs[0];
  q.delete("lang");
  var rest = q.toString();
  location.replace(lang + "/" + (rest ? "?" + rest : ""));
})();
