"""The map of the regions in Chromium: axe-clean in both languages, no console error, every region a
named link reached with Tab and followed with Enter, and its table usable without JavaScript."""

import re

import pytest

from browser_tests.conftest import assert_no_axe_violations

FOCUS_FILL = "rgb(255, 191, 71)"  # --focus in site.css
REGION_NAME = {
    "fr": re.compile(r"^.+ : \d+ témoignages?, \d+ fiches? de poste$"),
    "en": re.compile(r"^.+: \d+ testimon(y|ies), \d+ job descriptions?$"),
}


def console_errors(page):
    """The console's errors and the page's uncaught exceptions from now on."""
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


@pytest.mark.parametrize(
    "path, language", [("/", "fr"), ("/carte/", "fr"), ("/en/", "en"), ("/en/map/", "en")]
)
def test_the_map_is_accessible_named_and_logs_no_console_error(page, live_site, path, language):
    errors = console_errors(page)
    response = page.goto(live_site + path)
    assert response.status == 200
    page.wait_for_load_state("networkidle")
    assert page.get_attribute("html", "lang") == language
    map_links = page.locator("svg.region-map__drawing").get_by_role("link", name=REGION_NAME[language])
    assert map_links.count() == 18
    assert page.locator("svg.region-map__drawing").is_visible()
    assert_no_axe_violations(page, path)
    assert errors == [], errors


def test_a_region_is_reached_with_tab_shows_its_focus_and_opens_with_enter(page, live_site):
    page.goto(live_site + "/carte/")
    for _ in range(80):
        page.keyboard.press("Tab")
        name = page.evaluate("document.activeElement.getAttribute('aria-label') || ''")
        if name.startswith("Auvergne-Rhône-Alpes : "):
            break
    else:
        raise AssertionError("no region of the map reachable with Tab")
    assert REGION_NAME["fr"].match(name)
    focused = page.evaluate(
        "(() => { const path = document.activeElement.querySelector('path');"
        " const style = getComputedStyle(path); return [style.fill, style.strokeWidth]; })()"
    )
    assert focused[0] == FOCUS_FILL and float(focused[1].rstrip("px")) >= 3, focused
    page.keyboard.press("Tab")  # the next region in the same order as the table
    assert page.evaluate("document.activeElement.getAttribute('aria-label')").startswith("Bourgogne")
    page.keyboard.press("Shift+Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/recherche/?region=auvergne-rhone-alpes")
    titles = page.locator(".card").all_inner_texts()
    assert any("Grenoble" in title for title in titles) and any("Isère" in title for title in titles)


def test_a_newcomer_clicks_auvergne_rhone_alpes_on_the_home_page(page, live_site):
    page.goto(live_site + "/")
    region = page.locator("svg.region-map__drawing").get_by_role(
        "link", name=re.compile("^Auvergne-Rhône-Alpes")
    )
    with page.expect_navigation():
        region.click()
    assert page.url.endswith("/recherche/?region=auvergne-rhone-alpes")
    assert page.locator("h1").count() == 1
    cards = page.locator(".card").all_inner_texts()
    assert sum("Grenoble" in card for card in cards) >= 2
    assert any("Isère" in card for card in cards)


def test_without_javascript_the_table_unfolds_and_its_links_work(page_without_js, live_site):
    page = page_without_js
    page.goto(live_site + "/")
    table = page.locator("details.region-map__details table.region-table")
    assert not table.is_visible()
    page.locator("details.region-map__details summary").click()
    assert table.is_visible()
    assert table.locator("tbody tr").count() == 19  # the 18 regions and the nationwide content
    with page.expect_navigation():
        table.get_by_role("link", name="Île-de-France").click()
    assert page.url.endswith("/recherche/?region=ile-de-france")
    assert page.locator(".card").count() >= 1
