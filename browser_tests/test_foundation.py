"""Home pages, language switch, keyboard access: in Chromium, with axe-core on each page."""

from browser_tests.conftest import assert_no_axe_violations


def test_french_home_is_accessible(page, live_site):
    page.goto(live_site + "/")
    assert page.get_attribute("html", "lang") == "fr"
    assert page.locator("h1").count() == 1
    assert_no_axe_violations(page)


def test_english_home_is_accessible(page, live_site):
    page.goto(live_site + "/en/")
    assert page.get_attribute("html", "lang") == "en"
    assert_no_axe_violations(page)


def test_language_switch_goes_to_the_translated_page(page, live_site, site_urls):
    about_fr = next(url for url in site_urls[("StandardPage", "fr")] if "a-propos" in url)
    page.goto(live_site + about_fr)
    with page.expect_navigation():
        page.get_by_role("navigation", name="Choix de la langue").get_by_role("link", name="English").click()
    assert page.url == live_site + "/en/about/"
    assert page.get_attribute("html", "lang") == "en"
    with page.expect_navigation():
        page.get_by_role("navigation", name="Language").get_by_role("link", name="Français").click()
    assert page.url == live_site + about_fr


def test_keyboard_reaches_skip_link_then_search_box(page, live_site):
    page.goto(live_site + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Aller au contenu"
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "site-search":
            break
    else:
        raise AssertionError("the search box is not reachable with the keyboard")
    page.keyboard.type("travail pair")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/recherche/" in page.url and "q=travail+pair" in page.url


def test_skip_link_moves_focus_to_the_main_content(page, live_site):
    page.goto(live_site + "/")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "contenu"


def test_site_works_without_javascript(page_without_js, live_site):
    page_without_js.goto(live_site + "/")
    page_without_js.fill("#site-search", "pair aidant")
    with page_without_js.expect_navigation():
        page_without_js.press("#site-search", "Enter")
    assert "/recherche/" in page_without_js.url
