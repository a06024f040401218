/* Autocomplete for the search box: an ARIA 1.2 combobox with a listbox popup.
 *
 * Typing two characters or more asks /…/suggestions/?q= for up to eight pages. Down and Up move
 * through the suggestions (aria-activedescendant, focus stays in the box), Enter opens the active
 * suggestion or, when none is active, searches; Escape closes the list, then clears the box.
 */
(function () {
  "use strict";

  var form = document.querySelector("[data-search-form]");
  var wrapper = document.querySelector("[data-combobox]");
  if (!form || !wrapper || !window.fetch) {
    return;
  }
  var input = wrapper.querySelector("input");
  var endpoint = form.getAttribute("data-suggestions-url");
  var labels = wrapper.dataset;
  var listbox = document.createElement("ul");
  var status = document.createElement("div");
  var items = [];
  var active = -1;
  var timer = null;
  var controller = null;

  listbox.id = input.id + "-suggestions";
  listbox.className = "combobox__listbox";
  listbox.setAttribute("role", "listbox");
  listbox.setAttribute("aria-label", labels.listboxLabel || "Suggestions");
  listbox.hidden = true;
  wrapper.appendChild(listbox);
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  wrapper.appendChild(status);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listbox.id);

  function typeLabel(type) {
    var key = "type" + type.split("-").map(function (part) {
      return part.charAt(0).toUpperCase() + part.slice(1);
    }).join("");
    return labels[key] || "";
  }

  function open() {
    if (!items.length) {
      return close();
    }
    listbox.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function close() {
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    setActive(-1);
  }

  function setActive(index) {
    var options = listbox.querySelectorAll('[role="option"]');
    active = index;
    options.forEach(function (option, position) {
      option.setAttribute("aria-selected", position === index ? "true" : "false");
    });
    if (index >= 0 && options[index]) {
      input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function render(results) {
    items = results;
    listbox.innerHTML = "";
    results.forEach(function (item, index) {
      var option = document.createElement("li");
      option.id = listbox.id + "-" + index;
      option.className = "combobox__option";
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      var title = document.createElement("span");
      title.textContent = item.title;
      option.appendChild(title);
      var type = typeLabel(item.type);
      if (type) {
        var separator = document.createElement("span");
        separator.className = "visually-hidden";
        separator.textContent = ", ";
        option.appendChild(separator);
        var kind = document.createElement("span");
        kind.className = "combobox__option-type";
        kind.textContent = type;
        option.appendChild(kind);
      }
      option.addEventListener("mousedown", function (event) {
        event.preventDefault();
      });
      option.addEventListener("click", function () {
        window.location.href = item.url;
      });
      listbox.appendChild(option);
    });
    active = -1;
    var count = results.length;
    status.textContent = count === 0 ? (labels.countNone || "")
      : count === 1 ? (labels.countOne || "1") : (labels.countMany || "{n}").replace("{n}", count);
    if (count) {
      open();
    } else {
      close();
    }
  }

  function fetchSuggestions() {
    var query = input.value.trim();
    if (query.length < 2) {
      items = [];
      listbox.innerHTML = "";
      close();
      return;
    }
    if (controller) {
      controller.abort();
    }
    controller = new AbortController();
    fetch(endpoint + "?q=" + encodeURIComponent(query), { signal: controller.signal, credentials: "same-origin" })
      .then(function (response) {
        return response.ok ? response.json() : [];
      })
      .then(function (results) {
        if (document.activeElement === input) {
          render(Array.isArray(results) ? results : []);
        }
      })
      .catch(function () {});
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(fetchSuggestions, 180);
  });

  input.addEventListener("keydown", function (event) {
    var expanded = !listbox.hidden;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!expanded) {
          open();
        }
        if (items.length) {
          setActive(active + 1 >= items.length ? 0 : active + 1);
        }
        break;
      case "ArrowUp":
        event.preventDefault();
        if (!expanded) {
          open();
        }
        if (items.length) {
          setActive(active <= 0 ? items.length - 1 : active - 1);
        }
        break;
      case "Enter":
        if (expanded && active >= 0 && items[active]) {
          event.preventDefault();
          window.location.href = items[active].url;
        } else {
          close();
        }
        break;
      case "Escape":
        if (expanded) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          input.value = "";
          items = [];
          listbox.innerHTML = "";
        }
        break;
      case "Tab":
        close();
        break;
      default:
        break;
    }
  });

  input.addEventListener("blur", function () {
    window.setTimeout(close, 150);
  });

  input.addEventListener("focus", function () {
    if (items.length && input.value.trim().length >= 2) {
      open();
    }
  });
})();
