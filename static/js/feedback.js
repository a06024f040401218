/* « Cette page vous a-t-elle été utile ? »: the answer is sent without leaving the page, and the
   thank-you or the errors are shown in place. Without JavaScript the form posts and the server
   sends the reader back to the page with the thank-you; this only enhances it. */
(function () {
  "use strict";
  if (!window.fetch || !window.FormData) {
    return;
  }
  document.querySelectorAll("[data-feedback-form]").forEach(function (form) {
    var errors = form.querySelector("[data-feedback-errors]");
    var button = form.querySelector("button[type=submit]");

    function showErrors(messages) {
      errors.textContent = "";
      var list = document.createElement("ul");
      messages.forEach(function (message) {
        var item = document.createElement("li");
        item.textContent = message;
        list.appendChild(item);
      });
      errors.appendChild(list);
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (!form.querySelector("input[name=useful]:checked")) {
        showErrors([form.dataset.answerRequired]);  /* what the server would answer */
        form.querySelector("input[name=useful]").focus();
        return;
      }
      button.disabled = true;
      fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        credentials: "omit",
        headers: { Accept: "application/json" }
      }).then(function (response) {
        return response.json().then(function (data) {
          return { ok: response.ok, data: data };
        });
      }).then(function (answer) {
        if (answer.ok) {
          var thanks = document.createElement("p");
          thanks.className = "feedback__thanks";
          thanks.setAttribute("role", "status");
          thanks.tabIndex = -1;
          form.replaceWith(thanks);
          thanks.textContent = answer.data.message;
          thanks.focus();
          return;
        }
        if (answer.data.started) {
          form.elements.started.value = answer.data.started;
        }
        showErrors(answer.data.errors || []);
        button.disabled = false;
      }).catch(function () {
        form.submit();  /* the server answers without JavaScript */
      });
    });
  });
})();
