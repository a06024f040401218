"""Job-description downloads in Chromium: the panel, the personalisation form with and without
JavaScript, real downloads read back, and axe-core on every state."""

import re
from pathlib import Path

from docx import Document
from odf import teletype, text
from odf.opendocument import load

from browser_tests.conftest import assert_no_axe_violations

LAM_SLUG = "travailleur-pair-en-lam"


def lam_url(site_urls):
    return next(url for url in site_urls[("JobDescriptionPage", "fr")] if LAM_SLUG in url)


def docx_text(path):
    document = Document(path)
    parts = [paragraph.text for paragraph in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return " ".join(" ".join(parts).split())


def odt_text(path):
    document = load(path)
    elements = document.getElementsByType(text.H) + document.getElementsByType(text.P)
    parts = [teletype.extractText(element) for element in elements]
    return " ".join(" ".join(parts).split())


def assert_no_axe_violations_without_js(no_js_page, checker, label):
    """axe-core cannot run where scripts are disabled (its timers never fire): the DOM rendered
    without JavaScript is copied, scripts removed, into a page of the same URL where axe runs."""
    html = re.sub(r"<script\b.*?</script>", "", no_js_page.content(), flags=re.S)
    checker.goto(no_js_page.url)
    checker.set_content(html)
    assert checker.locator("[data-static-hint]").is_visible()
    assert_no_axe_violations(checker, label)


def test_detail_page_offers_the_downloads_and_is_accessible(page, live_site, site_urls):
    page.goto(live_site + lam_url(site_urls))
    panel = page.get_by_role("region", name="Télécharger cette fiche de poste")
    cta = panel.get_by_role("link", name="Personnaliser la fiche")
    assert cta.is_visible()
    for label in ("DOCX", "ODT", "PDF"):
        link = panel.get_by_role("link", name=re.compile(f"Télécharger au format {label}"))
        assert re.search(r"environ \d+(,\d)?\s[kK]io", link.inner_text())
    panel.locator("summary").click()
    assert panel.get_by_text("Relation et lien").first.is_visible()
    assert_no_axe_violations(page)
    with page.expect_download() as download_info:
        panel.get_by_role("link", name=re.compile("Télécharger au format ODT")).click()
    download = download_info.value
    assert download.suggested_filename.endswith(".odt") and "médicalisés" in download.suggested_filename
    assert "Travailleur·se pair·e en lits d'accueil médicalisés" in odt_text(download.path())


def test_personalise_without_javascript(page_without_js, page, live_site, site_urls):
    browser_page = page_without_js
    browser_page.goto(live_site + lam_url(site_urls) + "personnaliser/")
    assert_no_axe_violations_without_js(browser_page, page, "personalisation form (no JS)")

    # Nothing typed in the structure name: the messages sit next to the field, the rest is kept.
    browser_page.fill("#id_working_time", "80 %")
    with browser_page.expect_navigation():
        browser_page.get_by_role("button", name="Télécharger ma fiche").click()
    assert browser_page.get_by_role("alert").is_visible()
    assert (
        browser_page.locator("#id_structure_name_error")
        .inner_text()
        .endswith("Indiquez le nom de votre structure.")
    )
    assert browser_page.get_attribute("#id_structure_name", "aria-invalid") == "true"
    assert browser_page.input_value("#id_working_time") == "80 %"
    assert_no_axe_violations_without_js(browser_page, page, "personalisation form with errors")

    # "Vérifier" gives the guidance without JavaScript, and keeps every choice.
    browser_page.fill("#id_structure_name", "CCAS de Exemple")
    browser_page.uncheck("#support-supervision")
    browser_page.uncheck("#support-practice_analysis")
    with browser_page.expect_navigation():
        browser_page.get_by_role("button", name="Vérifier").click()
    guidance = browser_page.locator("#guidance")
    assert "Ni supervision ni analyse de pratiques" in guidance.inner_text()
    assert browser_page.input_value("#id_structure_name") == "CCAS de Exemple"
    assert not browser_page.is_checked("#support-supervision")
    assert_no_axe_violations_without_js(browser_page, page, "personalisation form with guidance")

    browser_page.check("#support-supervision")
    first_mission = browser_page.locator("input[name=missions]").first
    dropped_text = browser_page.locator(f"label[for='{first_mission.get_attribute('id')}']").inner_text()
    first_mission.uncheck()
    with browser_page.expect_download() as download_info:
        browser_page.get_by_role("button", name="Télécharger ma fiche").click()
    download = download_info.value
    assert download.suggested_filename.endswith("CCAS de Exemple.docx")
    content = docx_text(download.path())
    assert "CCAS de Exemple" in content and "80 %" in content
    assert " ".join(dropped_text.split()) not in content


def test_personalise_with_javascript_updates_guidance_live(page, live_site, site_urls):
    page.goto(live_site + lam_url(site_urls) + "personnaliser/")
    assert page.locator("[data-live-hint]").is_visible()
    assert_no_axe_violations(page, "personalisation form (JS)")
    guidance = page.locator("#guidance")
    assert "Rien à signaler" in guidance.inner_text()
    assert guidance.get_attribute("aria-live") == "polite"

    relational = ".personalise__subgroup:has(> legend:text-is('Relation et lien')) input[name=missions]"
    for checkbox in page.locator(relational).all():
        checkbox.uncheck()
    page.fill("#id_lived_experience", "")
    page.wait_for_function(
        "document.getElementById('guidance').innerText.includes('techniques (1)')", timeout=5000
    )
    text_now = guidance.inner_text()
    assert "l'emportent sur les missions de relation (0)" in text_now
    assert "L'expérience de vie attendue n'est pas précisée" in text_now
    assert page.url.endswith("/personnaliser/"), "no navigation: the guidance is live"
    assert_no_axe_violations(page, "personalisation form with live guidance")

    page.fill("#id_structure_name", "CCAS de Exemple")
    page.fill("#id_lived_experience", "Une expérience de la rue, consolidée.")  # required
    page.check("#id_format_1")  # ODT
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Télécharger ma fiche").click()
    content = odt_text(download_info.value.path())
    assert "CCAS de Exemple" in content


def test_english_personalisation_form_is_accessible(page, live_site, site_urls):
    english = site_urls[("JobDescriptionPage", "en")][0]
    page.goto(live_site + english + "personnaliser/")
    assert page.get_attribute("html", "lang") == "en"
    assert_no_axe_violations(page, "English personalisation form")


def test_keyboard_reaches_the_download_button(page, live_site, site_urls):
    page.goto(live_site + lam_url(site_urls) + "personnaliser/")
    page.focus("#id_structure_name")
    page.keyboard.type("CCAS de Exemple")
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "Télécharger ma fiche":
            break
    else:
        raise AssertionError("the download button is not reachable with the keyboard")
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    assert Path(download_info.value.path()).stat().st_size > 1000
