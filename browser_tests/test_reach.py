"""The site plan and the contact form in Chromium: axe-clean in both languages, usable by keyboard
and without JavaScript."""

from browser_tests.conftest import assert_no_axe_violations


def test_the_site_plan_is_accessible_in_both_languages(page, live_site):
    for url, lang in (("/plan-du-site/", "fr"), ("/en/sitemap/", "en")):
        page.goto(live_site + url)
        assert page.get_attribute("html", "lang") == lang
        assert page.locator("h1").count() == 1
        assert_no_axe_violations(page)


def test_the_contact_form_is_accessible_with_its_errors(page, live_site):
    page.goto(live_site + "/contact/")
    assert_no_axe_violations(page, "the contact form")
    page.get_by_role("button", name="Envoyer le message").click()
    page.wait_for_load_state()
    assert page.get_by_role("alert").count() == 1
    assert_no_axe_violations(page, "the contact form with its errors")


def test_the_contact_form_works_by_keyboard_without_javascript(page_without_js, live_site, settings):
    settings.CONTACT_FORM_MIN_SECONDS = 0
    page = page_without_js
    page.goto(live_site + "/contact/")
    page.get_by_label("Objet").focus()
    page.keyboard.press("ArrowDown")
    for text in ("Dominique Lecteur", "navigateur@exemple.fr", "Une question sur les fiches de poste."):
        page.keyboard.press("Tab")
        page.keyboard.type(text)
    page.keyboard.press("Tab")  # the page concerned, optional
    page.keyboard.press("Tab")  # the hidden field is skipped: the button is next
    assert page.evaluate("document.activeElement.textContent.trim()") == "Envoyer le message"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/contact/?envoye=1")
    assert "votre message a bien été envoyé" in page.content()


def test_the_testimony_proposal_form_is_accessible_with_its_errors(page, live_site):
    page.goto(live_site + "/temoignages/")
    page.get_by_role("link", name="Proposer un témoignage").click()
    page.wait_for_load_state()
    assert page.url.endswith("/temoignages/proposer/")
    assert_no_axe_violations(page, "the testimony proposal form")
    page.get_by_role("button", name="Envoyer ma proposition").click()
    page.wait_for_load_state()
    assert page.get_by_role("alert").count() == 1
    assert_no_axe_violations(page, "the testimony proposal form with its errors")
