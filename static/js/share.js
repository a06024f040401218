/* « Copier le lien »: shown only where the browser lets a page write to the clipboard; the share
   links themselves are plain links and need no script. */
(function () {
  "use strict";
  if (!navigator.clipboard || !window.isSecureContext) {
    return;
  }
  document.querySelectorAll("[data-copy-link]").forEach(function (item) {
    var button = item.querySelector("button");
    var status = item.querySelector("[role=status]");
    item.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(item.dataset.copyLink).then(function () {
        status.textContent = item.dataset.copied;
      }, function () {
        status.textContent = item.dataset.copyFailed;
      });
    });
  });
})();
