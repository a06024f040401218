"""The screens editors use, walked in both admin languages: no English word in the French admin
(Wagtail's and wagtail-localize's gaps are filled by locale/fr), no French interface word in the
English admin. Page content (French titles) is not interface and is left out of the lists."""

import json
import re

import pytest
from django.test import RequestFactory
from django.utils import translation
from django.views.i18n import JavaScriptCatalog
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

from editorial import localize_bundle
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
def translated_guide(client, site_tree, writer, django_capture_on_commit_callbacks):
    english = Locale.objects.get(language_code="en")
    section = site_tree["sections"]["guide"]
    guide = PracticeGuidePageFactory(parent=section, title="Accueillir un pair")
    client.force_login(writer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/localize/submit/page/{guide.pk}/", {"locales": [english.pk]})
    client.get("/admin/")  # the confirmation message, shown once
    return guide, guide.get_translation(english)


@pytest.fixture
def screens(site_tree, translated_guide):
    section = site_tree["sections"]["guide"]
    guide, translated = translated_guide
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


def test_no_english_on_the_moderators_screens(
    client, translated_guide, writer, moderator, django_capture_on_commit_callbacks
):
    """The screens only moderators reach: a translation in review (with what publishing it
    does), its review's history, converting it to an alias, the translations report."""
    guide, translated = translated_guide
    translation_id = Translation.objects.get(source__object_id=guide.translation_key).pk
    client.force_login(writer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/traductions/{translation_id}/soumettre/")
    urls = [
        f"/admin/pages/{translated.pk}/edit/",
        f"/admin/pages/{translated.pk}/workflow_history/",
        f"/admin/localize/page/{translated.pk}/convert_to_alias/",
        "/admin/localize/reports/translations/",
    ]
    assert walk(client, moderator, urls, ENGLISH_WORDS - UPSTREAM_UNTRANSLATABLE) == {}


def bundle_strings():
    """Every string the translation editor's JavaScript passes to gettext."""
    served = localize_bundle.SERVED.read_text(encoding="utf-8")
    alias = re.search(r"(\w+)=gettext;var (\w+)=\w+\.n\(\1\)", served).group(2)
    quoted = r'\("((?:[^"\\]|\\.)*)"\)'
    return set(re.findall(re.escape(alias) + r"\(\)" + quoted, served)) | set(
        re.findall(r"\bgettext" + quoted, served)
    )


def test_the_translation_editor_speaks_french():
    """The editor is written in JavaScript: its strings come from wagtail-localize's catalogue,
    completed by the project's (locale/fr/LC_MESSAGES/djangojs.po)."""
    strings = bundle_strings()
    assert {"More actions", "Publish in ", "%(source)s to %(target)s translation"} <= strings
    with translation.override("fr"):
        response = JavaScriptCatalog.as_view(packages=["wagtail_localize"])(RequestFactory().get("/"))
    catalog = json.loads(
        re.search(r"const newcatalog = (\{.*?\});\n", response.content.decode(), re.S).group(1)
    )
    assert sorted(strings - set(catalog)) == [], "strings without French"
    assert words_found("\n".join(catalog[string] for string in strings), ENGLISH_WORDS - {"Actions"}) == {}


def test_the_help_menu_sends_to_no_english_page(client, writer):
    client.force_login(writer)
    html = client.get("/admin/").content.decode()
    assert "guide.wagtail.org" not in html and "wagtail.org/releases" not in html
    assert "Raccourcis" in html


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
