"""Translation review in Chromium: a Rédacteur·rice submits an English translation from the
translation editor, a Modérateur·rice approves it there; the review block passes axe-core."""

import pytest

from browser_tests.conftest import AXE_SCRIPT, WCAG_TAGS
from browser_tests.test_editorial import log_in


def assert_review_block_accessible(page):
    """axe-core on the review block the project adds. wagtail-localize's own editor has two
    upstream violations (segment text contrast, an unlabelled PO file input): see
    docs/traductions-admin.md."""
    page.add_script_tag(path=str(AXE_SCRIPT))
    result = page.evaluate(
        "async (tags) => await axe.run({include: [['[data-translation-review]']]},"
        " {runOnly: {type: 'tag', values: tags}})",
        WCAG_TAGS,
    )
    assert result["violations"] == [], [violation["id"] for violation in result["violations"]]
    assert result["passes"]


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
    writer.goto(edit_url)
    review = writer.locator("[data-translation-review]")
    assert "Relecture de la traduction" in review.inner_text()
    assert_review_block_accessible(writer)
    with writer.expect_navigation():
        review.get_by_role("button", name="Soumettre la traduction à la relecture").click()
    assert "a été soumise à la relecture" in writer.content()
    with django_db_blocker.unblock():
        submitted = PracticeGuidePage.objects.get(pk=english_draft.pk)
        assert submitted.workflow_in_progress and not submitted.live
    writer.context.close()

    moderator = browser.new_context(locale="fr-FR").new_page()
    log_in(moderator, live_site, "moderation", "pairapair-moderation")
    moderator.goto(edit_url)
    review = moderator.locator("[data-translation-review]")
    assert "Cette traduction est en relecture" in review.inner_text()
    assert_review_block_accessible(moderator)
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
