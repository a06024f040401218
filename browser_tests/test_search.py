"""The search page in Chromium: filtering with and without JavaScript, the autocomplete combobox,
and axe-core with results, with no result and with the suggestions open."""

import re

from browser_tests.conftest import assert_no_axe_violations

SEARCH = "/recherche/"


def first_facet_value(page, facet):
    checkbox = page.locator(f'input[name="{facet}"]:not(:checked)').first
    return checkbox, checkbox.get_attribute("value")


def results_heading(page):
    return page.locator("[data-search-count]").inner_text()


def test_search_page_with_results_is_accessible(page, live_site):
    page.goto(live_site + SEARCH + "?q=pair+aidant")
    assert page.locator(".search-results__list > li").count() > 0
    assert page.locator("mark").count() > 0
    assert_no_axe_violations(page, "recherche avec résultats")


def test_search_page_without_results_is_accessible_and_helpful(page, live_site):
    page.goto(live_site + SEARCH + "?q=travailleru")
    assert "Aucun résultat" in results_heading(page)
    assert page.get_by_text("Vouliez-vous dire").is_visible()
    assert page.locator(".topic-list a").count() > 0
    assert_no_axe_violations(page, "recherche sans résultat")


def test_filtering_works_without_javascript(page_without_js, live_site):
    page = page_without_js
    page.goto(live_site + SEARCH + "?q=travailleur+pair")
    before = results_heading(page)
    checkbox, value = first_facet_value(page, "thematique")
    checkbox.check()
    with page.expect_navigation():
        page.get_by_role("button", name="Filtrer").click()
    assert f"thematique={value}" in page.url and "q=travailleur+pair" in page.url
    assert page.locator(f'input[name="thematique"][value="{value}"]').is_checked()
    assert results_heading(page) != before
    assert page.locator(".active-filter").count() == 1
    with page.expect_navigation():
        page.get_by_role("link", name="Tout effacer").click()
    assert "thematique" not in page.url and "q=travailleur+pair" in page.url
    assert results_heading(page) == before


def test_filtering_with_javascript_updates_in_place(page, live_site):
    page.goto(live_site + SEARCH + "?q=travailleur+pair")
    page.evaluate("window.__sameDocument = true")
    before = results_heading(page)
    checkbox, value = first_facet_value(page, "thematique")
    checkbox_id = checkbox.get_attribute("id")
    checkbox.check()
    page.wait_for_url(re.compile(f"thematique={value}"))
    page.wait_for_function(
        "!document.querySelector('[data-search-region=\"results\"]').hasAttribute('aria-busy')"
    )
    assert page.evaluate("window.__sameDocument") is True  # no reload
    after = results_heading(page)
    assert after != before
    announcer = page.locator("[data-search-announcer]")
    page.wait_for_function("document.querySelector('[data-search-announcer]').textContent.length > 0")
    assert announcer.inner_text() == after
    assert page.evaluate("document.activeElement.id") == checkbox_id
    assert page.locator(f"#{checkbox_id}").is_checked()
    page.go_back()
    page.wait_for_url(re.compile(r"\?q=travailleur\+pair$"))
    page.wait_for_function(f"document.querySelector('[data-search-count]').textContent.trim() === {before!r}")
    assert page.evaluate("window.__sameDocument") is True
    assert not page.locator(f"#{checkbox_id}").is_checked()


def open_suggestions(page, live_site, text="médi"):
    page.goto(live_site + SEARCH)
    box = page.get_by_role("combobox", name="Rechercher dans la bibliothèque")
    box.fill("")
    box.type(text, delay=30)
    page.get_by_role("listbox").wait_for(state="visible")
    return box


def test_autocomplete_is_an_accessible_combobox(page, live_site):
    box = open_suggestions(page, live_site)
    assert box.get_attribute("aria-expanded") == "true"
    options = page.get_by_role("option")
    assert options.count() >= 1
    assert_no_axe_violations(page, "autocomplétion ouverte")
    box.press("ArrowDown")
    first_id = options.first.get_attribute("id")
    assert box.get_attribute("aria-activedescendant") == first_id
    assert options.first.get_attribute("aria-selected") == "true"
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert page.get_by_role("listbox").is_hidden()


def test_autocomplete_enter_opens_the_chosen_page(page, live_site):
    box = open_suggestions(page, live_site, "LAM")
    first = page.get_by_role("option").first
    title = first.locator("span").first.inner_text()
    box.press("ArrowDown")
    with page.expect_navigation():
        box.press("Enter")
    assert page.locator("h1").inner_text().strip() == title.strip()


def test_filters_fold_on_a_narrow_screen_and_open_from_the_keyboard(page, live_site):
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(live_site + SEARCH + "?q=travailleur+pair")
    filters = page.locator("[data-search-filters]")
    assert filters.evaluate("element => element.open") is False
    assert page.locator("[data-search-count]").is_visible()
    page.locator(".search-filters__summary").focus()
    page.keyboard.press("Enter")
    assert filters.evaluate("element => element.open") is True
    assert page.locator('input[name="thematique"]').first.is_visible()


def test_results_come_first_on_a_phone_without_javascript(page_without_js, live_site):
    """Filters folded behind a native disclosure, a skip link to the results, the count in the
    heading it focuses: a phone reader without JavaScript sees results on the first screen."""
    page = page_without_js
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(live_site + "/temoignages/")
    filters = page.locator("[data-search-filters]")
    assert filters.evaluate("element => element.open") is False
    assert page.locator('input[name="thematique"]').first.is_hidden()
    first_result = page.locator(".search-results__list > li").first.bounding_box()
    assert first_result["y"] < 800  # within the first screen
    page.get_by_role("link", name="Aller aux résultats").click()
    assert page.evaluate("document.activeElement.id") == "search-results-title"
    page.locator(".search-filters__summary").click()
    assert page.locator('input[name="thematique"]').first.is_visible()


def test_filters_stay_beside_the_results_on_a_wide_screen_without_javascript(page_without_js, live_site):
    page = page_without_js
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_site + "/temoignages/")
    assert page.locator('input[name="thematique"]').first.is_visible()
    assert page.locator(".search-skip a").is_hidden() or page.locator(".search-skip").bounding_box()["x"] < 0


def test_language_switch_keeps_the_search(page, live_site):
    page.goto(live_site + SEARCH + "?q=pair&region=auvergne-rhone-alpes")
    page.get_by_role("link", name="English").click()
    assert "/en/search/" in page.url and "q=pair" in page.url and "region=auvergne-rhone-alpes" in page.url
    assert page.locator("[data-search-count]").is_visible()
