"""Translation review in Chromium: a Rédacteur·rice submits an English translation from the
translation editor, a Modérateur·rice approves it there; the whole editor passes axe-core and
offers each role its own actions, in French; the page editor's content checks read French."""

import re

import pytest
from playwright.sync_api import expect

from browser_tests.conftest import assert_no_axe_violations
from browser_tests.test_editorial import log_in


def open_translation_editor(page, url):
    """The translation editor, once its JavaScript has drawn it (segments and footer)."""
    page.goto(url)
    page.locator("footer nav").wait_for()
    page.get_by_text("Traduction : français → anglais").first.wait_for()


@pytest.fixture(scope="module")
def english_draft(django_db_setup, django_db_blocker):
    """A French guide and its English translation (a draft, every string translated), committed."""
    from wagtail.models import Locale
    from wagtail_localize.models import StringSegment, StringTranslation, Translation
    from wagtail_localize.operations import TranslationCreator

    from guides.models import PracticeGuidePage
    from guides.tests.factories import PracticeGuidePageFactory
    from search.models import LibraryIndexPage

    with django_db_blocker.unblock():
        english = Locale.objects.get(language_code="en")
        section = LibraryIndexPage.objects.get(scope="guide", locale__language_code="fr")
        guide = PracticeGuidePageFactory(parent=section, title="Relire une traduction")
        TranslationCreator(None, [english]).create_translations(guide)
        translation = Translation.objects.get(source__object_id=guide.translation_key, target_locale=english)
        for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
            StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=english,
                context_id=segment.context_id,
                defaults={"data": f"EN {segment.string.data}"},
            )
        draft = guide.get_translation(english)
    yield draft
    with django_db_blocker.unblock():
        PracticeGuidePage.objects.filter(translation_key=guide.translation_key).delete()


def test_writer_submits_a_translation_and_moderator_approves_it(
    browser, live_site, english_draft, django_db_blocker
):
    from guides.models import PracticeGuidePage

    edit_url = f"{live_site}/admin/pages/{english_draft.pk}/edit/"

    writer = browser.new_context(locale="fr-FR").new_page()
    log_in(writer, live_site, "redaction", "pairapair-redaction")
    open_translation_editor(writer, edit_url)
    review = writer.locator("[data-translation-review]")
    assert "Relecture de la traduction" in review.inner_text()
    assert_no_axe_violations(writer, "translation editor (writer)")
    footer = writer.locator("footer nav").inner_text()
    assert "Arrêter la synchronisation" not in footer and "Remplacer par la page source" not in footer
    assert writer.locator("footer .w-dropdown__toggle").count() == 0, "no empty dropdown"
    with writer.expect_file_chooser():  # its file field, taken out of the page, still opens
        writer.get_by_role("button", name="Importer une traduction (fichier PO)").click()
    with writer.expect_navigation():
        review.get_by_role("button", name="Soumettre la traduction à la relecture").click()
    assert "a été soumise à la relecture" in writer.content()
    with django_db_blocker.unblock():
        submitted = PracticeGuidePage.objects.get(pk=english_draft.pk)
        assert submitted.workflow_in_progress and not submitted.live
    writer.context.close()

    moderator = browser.new_context(locale="fr-FR").new_page()
    log_in(moderator, live_site, "moderation", "pairapair-moderation")
    open_translation_editor(moderator, edit_url)
    review = moderator.locator("[data-translation-review]")
    assert "Cette traduction est en relecture" in review.inner_text()
    assert "publier maintenant interrompt la relecture en cours" in review.inner_text()
    assert_no_axe_violations(moderator, "translation editor (moderator)")
    moderator.get_by_role("button", name="Plus d'actions").click()
    footer = moderator.locator("footer nav")
    expect(
        footer.get_by_role("button", name="Arrêter la synchronisation avec la page source")
    ).to_be_visible()
    expect(footer.get_by_role("link", name="Remplacer par la page source")).to_be_visible()
    moderator.keyboard.press("Escape")
    with moderator.expect_navigation():
        review.get_by_role("button", name="Approuver", exact=True).click()
    with django_db_blocker.unblock():
        approved = PracticeGuidePage.objects.get(pk=english_draft.pk)
        assert approved.live and approved.title == "EN Relire une traduction"
        assert not approved.workflow_in_progress
        url = approved.get_url()
    assert url.startswith("/en/") and url.endswith("/en-relire-une-traduction/"), "from the English title"
    moderator.goto(live_site + url)
    assert moderator.get_by_role("heading", name="EN Relire une traduction").is_visible()
    moderator.context.close()


def test_the_page_editor_checks_the_page_in_french(browser, live_site, english_draft, django_db_blocker):
    with django_db_blocker.unblock():
        source = english_draft.get_translation(english_draft.locale.get_default())
    writer = browser.new_context(locale="fr-FR").new_page()
    log_in(writer, live_site, "redaction", "pairapair-redaction")
    writer.goto(f"{live_site}/admin/pages/{source.pk}/edit/")
    writer.get_by_role("button", name="Activer/désactiver les vérifications").click()
    panel = writer.locator("[data-side-panel='checks']")
    expect(panel.locator("[data-content-word-count]")).not_to_have_text("-", timeout=30_000)
    text = panel.inner_text()
    assert "Métriques de contenu" in text and "Problèmes trouvés" in text
    assert re.search(r"Lisibilité\s+(Bonne|Moyenne|Difficile)", text), text
    assert re.search(r"Durée de lecture\s+\d+ min", text), text
    writer.context.close()
