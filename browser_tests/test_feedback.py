"""Under a library page, « Partager cette page » and « Cette page vous a-t-elle été utile ? » in
Chromium: axe-clean in both languages and in each of their states, no console error or CSP
violation, the answer sent in place with JavaScript and by keyboard without it, the link copied."""

from browser_tests.conftest import assert_no_axe_violations
from browser_tests.test_csp import COLLECT, violations


def watch_console(page):
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.add_init_script(COLLECT)
    return errors


def test_the_answer_is_sent_in_place_with_javascript(page, live_site, site_urls):
    errors = watch_console(page)
    page.goto(live_site + site_urls[("PracticeGuidePage", "fr")][0])
    block = page.locator("#avis")
    assert block.get_by_role("heading", name="Cette page vous a-t-elle été utile ?").count() == 1
    assert_no_axe_violations(page, "the feedback block")
    block.get_by_role("button", name="Envoyer mon avis").click()  # no answer chosen
    block.get_by_role("alert").get_by_text("Choisissez « Oui » ou « Non ».").wait_for()
    assert page.evaluate("document.activeElement.name") == "useful"
    assert_no_axe_violations(page, "the feedback block with its error")
    url = page.url
    block.get_by_role("group", name="Cette page vous a-t-elle été utile ?").get_by_label("Non").check()
    block.get_by_label("Un commentaire ?").fill("Il manque un exemple de planning.")
    block.get_by_role("button", name="Envoyer mon avis").click()
    thanks = block.get_by_role("status")
    thanks.get_by_text("Merci pour votre avis").wait_for()
    assert page.url == url  # no navigation
    assert page.evaluate("document.activeElement.classList.contains('feedback__thanks')")
    assert_no_axe_violations(page, "the feedback block thanking the reader")
    assert violations(page) == [] and errors == []
    page.goto(f"{url}?avis=merci#avis")  # the thank-you without JavaScript
    assert "Merci pour votre avis" in page.locator("#avis").inner_text()
    assert_no_axe_violations(page, "the page thanking the reader")


def test_the_answer_is_sent_by_keyboard_without_javascript(page_without_js, live_site, site_urls):
    page = page_without_js
    url = site_urls[("TestimonyPage", "fr")][0]
    page.goto(live_site + url)
    assert page.locator(".share__copy").is_hidden()  # « Copier le lien » needs JavaScript
    page.locator("#feedback-useful_0").focus()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.type("Très utile pour préparer l'équipe.")
    page.keyboard.press("Tab")  # the hidden field is skipped: the button is next
    assert page.evaluate("document.activeElement.textContent.trim()") == "Envoyer mon avis"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == f"{live_site}{url}?avis=merci#avis"
    assert "Merci pour votre avis" in page.locator("#avis").inner_text()


def test_the_english_blocks_and_the_copy_button(browser, live_site, site_urls):
    context = browser.new_context(locale="en-GB")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_site)
    page = context.new_page()
    errors = watch_console(page)
    page.goto(live_site + site_urls[("JobDescriptionPage", "en")][0])
    assert page.get_by_role("heading", name="Was this page useful?").count() == 1
    assert page.get_by_role("link", name="Share on LinkedIn").count() == 1
    page.get_by_role("button", name="Copy the link").click()
    page.locator(".share__status").get_by_text("Link copied").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == page.evaluate(
        "document.querySelector('link[rel=canonical]').href"
    )
    assert_no_axe_violations(page, "the English share and feedback blocks")
    assert violations(page) == [] and errors == []
    context.close()


def test_the_mastodon_share_page_is_accessible_with_its_error(page, live_site, site_urls):
    page.goto(live_site + site_urls[("PracticeGuidePage", "fr")][0])
    with page.expect_navigation():
        page.get_by_role("link", name="Partager sur Mastodon").click()
    assert page.locator("h1").inner_text() == "Partager sur Mastodon"
    assert_no_axe_violations(page, "the Mastodon share page")
    page.get_by_label("Votre serveur Mastodon").fill("pas un serveur")
    page.get_by_role("button", name="Écrire le message sur Mastodon").click()
    page.wait_for_load_state()
    assert page.get_by_role("alert").count() == 1
    assert_no_axe_violations(page, "the Mastodon share page with its error")
