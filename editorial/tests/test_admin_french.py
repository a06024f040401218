"""The screens editors use, walked in both admin languages: no English word in the French admin
(Wagtail's and wagtail-localize's gaps are filled by locale/fr), no French interface word in the
English admin. Page content (French titles) is not interface and is left out of the lists."""

import pytest
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from editorial.tests.admin_text import screen_text, words_found
from guides.tests.factories import PracticeGuidePageFactory

pytestmark = pytest.mark.django_db

ENGLISH_WORDS = set(
    """the and of with your you this Add Edit Delete Save Publish Cancel Submit More Slug slug Status
    workflow Workflow Draft draft Settings Preview History Choose Select Upload Download Sync
    English French December November ago Unpublish Lock Unlock Copy Move Sort Filter Show Hide Close
    View Back Next Previous Owner Created Updated Live Comments Comment Help Dashboard Snippets
    Reports Users Task Tasks Approve Reject Request Awaiting review Account items Title Published
    Scheduled Translate translation Translation Locales Locale alias""".split()
)
# Hard-coded in Wagtail's templates, not translatable (listed in docs/traductions-admin.md):
# the visually hidden submit button of the dashboard's search form.
UPSTREAM_UNTRANSLATABLE = {"Search"}

FRENCH_WORDS = set(
    """Soumettre relecture Traduire Enregistrer Langues anglais Ajouter Supprimer Modifier Publier
    brouillon Création Modifications circuit""".split()
)


@pytest.fixture
def screens(client, site_tree, writer, django_capture_on_commit_callbacks):
    english = Locale.objects.get(language_code="en")
    section = site_tree["sections"]["guide"]
    guide = PracticeGuidePageFactory(parent=section, title="Accueillir un pair")
    client.force_login(writer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/localize/submit/page/{guide.pk}/", {"locales": [english.pk]})
    client.get("/admin/")  # the confirmation message, shown once
    translated = guide.get_translation(english)
    return [
        "/admin/",
        f"/admin/pages/{section.pk}/",
        f"/admin/pages/add/guides/practiceguidepage/{section.pk}/",
        f"/admin/pages/{guide.pk}/edit/",
        f"/admin/localize/submit/page/{guide.pk}/",
        f"/admin/pages/{translated.pk}/edit/",
        f"/admin/pages/{guide.pk}/history/",
        "/admin/guide-de-redaction/",
    ]


def walk(client, user, urls, words):
    leaks = {}
    client.force_login(user)
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        found = words_found(screen_text(response.content.decode()), words)
        if found:
            leaks[url] = found
    return leaks


def test_no_english_on_the_french_screens(client, screens, writer, moderator):
    words = ENGLISH_WORDS - UPSTREAM_UNTRANSLATABLE
    for user in (writer, moderator):
        assert walk(client, user, screens, words) == {}, user.username


def test_no_french_interface_words_on_the_english_screens(client, screens, moderator):
    UserProfile.get_for_user(moderator).__class__.objects.filter(user=moderator).update(
        preferred_language="en"
    )
    leaks = walk(client, moderator, [url for url in screens if "guide-de-redaction" not in url], FRENCH_WORDS)
    assert leaks == {}


def test_a_moment_ago_is_not_zero_minutes():
    from django.utils import timezone, translation
    from wagtail.admin.templatetags.wagtailadmin_tags import timesince_simple

    with translation.override("fr"):
        assert timesince_simple(timezone.now()) == "à l'instant"


def test_admin_date_fields_are_in_french_order(client, site_tree, writer):
    import datetime

    guide = PracticeGuidePageFactory(
        parent=site_tree["sections"]["guide"], publication_date=datetime.date(2026, 11, 30)
    )
    client.force_login(writer)
    html = client.get(f"/admin/pages/{guide.pk}/edit/").content.decode()
    assert 'value="30/11/2026"' in html and "2026-11-30" not in html
