"""Publishing a testimony's translation in review from the translation editor still meets the
consent check first: without a consent, it is refused with the consent's reasons, and the review
goes on."""

import pytest
from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator

from testimonies.models import ConsentRecord
from testimonies.tests.factories import TestimonyPageFactory

pytestmark = pytest.mark.django_db


def test_a_translation_in_review_without_consent_is_not_published(
    client, site_tree, moderator, django_capture_on_commit_callbacks
):
    english = Locale.objects.get(language_code="en")
    testimony = TestimonyPageFactory(parent=site_tree["sections"]["temoignage"])
    with django_capture_on_commit_callbacks(execute=True):
        TranslationCreator(None, [english]).create_translations(testimony)
    translation = Translation.objects.get(source__object_id=testimony.translation_key, target_locale=english)
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=english,
            context_id=segment.context_id,
            data=f"EN {segment.string.data}",
        )
    page = testimony.get_translation(english)
    ConsentRecord.objects.filter(page=testimony).delete()  # (which cancels any review)
    page.get_workflow().start(page, moderator)

    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/pages/{page.pk}/edit/", {"action": "publish"}, follow=True)

    page.refresh_from_db()
    assert not page.live
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == WorkflowState.STATUS_IN_PROGRESS
    assert "n'est pas publié" in response.content.decode().replace("&#x27;", "'")
