"""Every public page type, in both languages, passes axe-core; detail pages print cleanly."""

import pytest

from browser_tests.conftest import assert_no_axe_violations

PAGE_TYPES = [
    "HomePage",
    "LibraryIndexPage",
    "PracticeGuidePage",
    "TestimonyPage",
    "JobDescriptionPage",
    "StandardPage",
]


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_type_is_accessible(page, live_site, site_urls, page_type, language):
    urls = site_urls[(page_type, language)]
    assert urls, f"no {page_type} in {language}"
    for url in urls[:2]:
        response = page.goto(live_site + url)
        assert response.status == 200, url
        assert page.get_attribute("html", "lang") == language
        assert page.locator("h1").count() == 1, url
        assert_no_axe_violations(page, url)


@pytest.mark.parametrize("path", ["/page-inexistante/", "/en/missing-page/"])
def test_not_found_page_is_accessible(page, live_site, path):
    response = page.goto(live_site + path)
    assert response.status == 404
    assert_no_axe_violations(page, path)


def test_taxonomy_link_is_reachable_with_the_keyboard(page, live_site, site_urls):
    url = site_urls[("TestimonyPage", "fr")][0]
    page.goto(live_site + url)
    for _ in range(200):
        page.keyboard.press("Tab")
        href = page.evaluate("document.activeElement.getAttribute('href') || ''")
        if "?structure=" in href:
            break
    else:
        raise AssertionError("no taxonomy link reachable with Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "?structure=" in page.url
    assert page.locator(".card").count() >= 1


def test_print_layout_keeps_the_content_and_drops_the_navigation(page, live_site, site_urls):
    page.goto(live_site + site_urls[("PracticeGuidePage", "fr")][0])
    page.emulate_media(media="print")
    assert not page.locator(".site-header__bar").is_visible()
    assert not page.locator(".site-footer").is_visible()
    assert page.locator("h1").is_visible()
    assert page.locator(".stream").is_visible()


def test_mobile_width_has_no_horizontal_scroll(browser, live_site, site_urls):
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="fr-FR")
    mobile = context.new_page()
    for key in [("HomePage", "fr"), ("JobDescriptionPage", "fr"), ("PracticeGuidePage", "fr")]:
        mobile.goto(live_site + site_urls[key][0])
        overflow = mobile.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, (key, overflow)
    context.close()
