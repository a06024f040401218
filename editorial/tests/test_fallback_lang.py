"""On a partly translated English page, the French passages shown instead carry lang="fr"."""

from html import unescape

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator

from guides.tests.factories import PracticeGuidePageFactory

pytestmark = pytest.mark.django_db


def test_untranslated_passages_are_marked_french(client, site_tree, django_capture_on_commit_callbacks):
    english = Locale.objects.get(language_code="en")
    guide = PracticeGuidePageFactory(
        parent=site_tree["sections"]["guide"],
        title="Accueillir un pair",
        summary="Un résumé resté en français.",
        for_whom="Les équipes qui recrutent.",
    )
    with django_capture_on_commit_callbacks(execute=True):
        TranslationCreator(None, [english]).create_translations(guide)
    translation = Translation.objects.get(source__object_id=guide.translation_key, target_locale=english)
    for segment in StringSegment.objects.filter(source=translation.source).select_related("context"):
        if segment.context.path in ("title", "for_whom"):
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=english,
                context_id=segment.context_id,
                data={"title": "Welcoming a peer", "for_whom": "Teams who hire."}[segment.context.path],
            )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    page = guide.get_translation(english)

    html = unescape(client.get(page.url).content.decode())
    assert "<h1>Welcoming a peer</h1>" in html
    assert '<p class="lead" lang="fr">Un résumé resté en français.</p>' in html
    assert "<p>Teams who hire.</p>" in html
    french = unescape(client.get(guide.url).content.decode())
    assert 'lang="fr">' not in french.split("<main", 1)[1]
