/* Search page: filters update the results and their counts in place, without reloading.
 *
 * Without JavaScript the form is a plain GET form with a "Filtrer" button. With it, changing a
 * filter (or submitting) fetches the same URL the form would load, swaps the filters and results
 * regions, updates the address (history.pushState, so the back button works) and announces the
 * number of results in a polite live region. Focus stays where the reader was.
 */
(function () {
  "use strict";

  var form = document.querySelector("[data-search-form]");
  if (!form || !window.fetch || !window.DOMParser || !window.history.pushState) {
    return;
  }
  var announcer = document.querySelector("[data-search-announcer]");
  var pending = null;

  function region(name, root) {
    return (root || document).querySelector('[data-search-region="' + name + '"]');
  }

  function formUrl() {
    var params = new URLSearchParams(new FormData(form));
    var query = params.get("q");
    if (query !== null && query.trim() === "") {
      params.delete("q");
    }
    var search = params.toString();
    return form.getAttribute("action").split("?")[0] + (search ? "?" + search : "");
  }

  function announce(text) {
    if (!announcer) {
      return;
    }
    announcer.textContent = "";
    window.setTimeout(function () {
      announcer.textContent = text;
    }, 50);
  }

  function swap(html, focusTarget) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    ["filters", "results"].forEach(function (name) {
      var fresh = region(name, doc);
      var current = region(name);
      if (fresh && current) {
        current.innerHTML = fresh.innerHTML;
      }
    });
    var robots = doc.querySelector('meta[name="robots"]');
    var currentRobots = document.querySelector('meta[name="robots"]');
    if (currentRobots && !robots) {
      currentRobots.remove();
    } else if (robots && !currentRobots) {
      document.head.appendChild(robots.cloneNode(true));
    }
    // The language switch keeps the search: its links come with the fresh page.
    var switcher = doc.querySelector(".language-switcher");
    var currentSwitcher = document.querySelector(".language-switcher");
    if (switcher && currentSwitcher) {
      currentSwitcher.innerHTML = switcher.innerHTML;
    }
    var count = document.querySelector("[data-search-count]");
    if (count) {
      announce(count.textContent.trim());
    }
    restoreFocus(focusTarget);
  }

  function restoreFocus(target) {
    if (!target) {
      return;
    }
    var element = null;
    if (target === "results") {
      element = document.querySelector("[data-search-count]");
    } else if (target !== "filters") {
      element = document.getElementById(target);
    }
    if (!element) {
      // The control used has gone (a removed filter): continue from the filters' summary.
      element = document.querySelector(".search-filters__summary");
    }
    if (element) {
      element.focus();
    }
  }

  function load(url, options) {
    options = options || {};
    if (pending) {
      pending.abort();
    }
    pending = new AbortController();
    var results = region("results");
    results.setAttribute("aria-busy", "true");
    return fetch(url, {
      headers: { "X-Search-Update": "1" },
      credentials: "same-origin",
      signal: pending.signal
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.text();
      })
      .then(function (html) {
        if (options.push) {
          window.history.pushState({ searchUrl: url }, "", url);
        }
        swap(html, options.focus);
      })
      .catch(function (error) {
        if (error.name !== "AbortError") {
          window.location.href = url;
        }
      })
      .finally(function () {
        results.removeAttribute("aria-busy");
      });
  }

  form.addEventListener("change", function (event) {
    var target = event.target;
    if (target.matches('input[type="checkbox"], select')) {
      load(formUrl(), { push: true, focus: target.id });
    }
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = form.querySelector('input[name="q"]');
    var focus = document.activeElement && document.activeElement.id;
    // A new query starts from the first page of the results.
    load(formUrl(), { push: true, focus: query && focus === query.id ? query.id : "results" });
  });

  form.addEventListener("click", function (event) {
    var link = event.target.closest("a");
    if (!link || !form.contains(link) || link.origin !== window.location.origin) {
      return;
    }
    if (link.pathname !== window.location.pathname || event.ctrlKey || event.metaKey || event.shiftKey) {
      return;
    }
    event.preventDefault();
    load(link.href, { push: true, focus: link.closest(".active-filters") ? "filters" : "results" });
  });

  window.addEventListener("popstate", function () {
    load(window.location.href, { push: false }).then(function () {
      var params = new URLSearchParams(window.location.search);
      var input = form.querySelector('input[name="q"]');
      if (input) {
        input.value = params.get("q") || "";
      }
    });
  });

  // The filters start folded, so on a narrow screen the results come into view first; on a wide
  // screen they are shown beside the results, and said open to assistive technologies.
  var filters = document.querySelector("[data-search-filters]");
  if (filters && window.matchMedia && window.matchMedia("(min-width: 56rem)").matches) {
    filters.open = true;
  }

  window.history.replaceState({ searchUrl: window.location.href }, "", window.location.href);
})();
