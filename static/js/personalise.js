/* Personalisation form: the guidance follows what the employer types, without a page reload.
   Without JavaScript the "Vérifier" button gives the same guidance; this only enhances it. */
(function () {
  "use strict";
  var form = document.querySelector("[data-personalise-form]");
  var region = document.getElementById("guidance");
  if (!form || !region || !window.fetch || !window.FormData) {
    return;
  }
  var liveHint = form.querySelector("[data-live-hint]");
  var staticHint = form.querySelector("[data-static-hint]");
  if (liveHint) { liveHint.hidden = false; }
  if (staticHint) { staticHint.hidden = true; }

  var timer = null;
  var latest = 0;
  var current = region.innerHTML.trim();

  function refresh() {
    var data = new FormData(form);
    data.set("action", "check");
    var request = ++latest;
    fetch(form.getAttribute("action") || window.location.pathname, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "X-Requested-With": "fetch" }
    }).then(function (response) {
      return response.ok ? response.text() : null;
    }).then(function (html) {
      if (html === null || request !== latest) { return; }
      html = html.trim();
      if (html !== current) {
        region.innerHTML = html;
        current = html;
      }
    }).catch(function () { /* the "Vérifier" button still works */ });
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 350);
  }

  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
})();
