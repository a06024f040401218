"""Wagtail's content checks: on in the page editor ("Vérifications") and in the user bar of the
previewed or visited page, reading the page's main content, with a message in the admin's
language for every check they run."""

import json
import re
from html import unescape

import pytest
from wagtail.users.models import UserProfile

from editorial.content_checks import ADDED_RULES
from editorial.tests.admin_text import screen_text, words_found
from editorial.tests.test_admin_french import ENGLISH_WORDS
from guides.tests.factories import PracticeGuidePageFactory

pytestmark = pytest.mark.django_db


def axe_configuration(html):
    script = r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>'
    found = re.search(script, html, re.S)
    assert found, "no content checker on this screen"
    return json.loads(found.group(1))


def messages_text(configuration):
    return "\n".join(f"{m['error_name']}\n{m['help_text']}" for m in configuration["messages"].values())


@pytest.fixture
def guide(site_tree):
    return PracticeGuidePageFactory(parent=site_tree["sections"]["guide"], title="Vérifier une page")


def test_the_page_editor_checks_the_page_in_french(client, guide, writer):
    client.force_login(writer)
    html = client.get(f"/admin/pages/{guide.pk}/edit/").content.decode()
    assert 'data-side-panel="checks"' in html
    text = screen_text(html)
    for label in ("Vérifications", "Métriques de contenu", "Lisibilité", "Problèmes trouvés"):
        assert label in text
    configuration = axe_configuration(html)
    assert configuration["context"]["include"] == ["main"], "what the writer wrote, not the site's chrome"
    rules = configuration["options"]["runOnly"]
    assert set(ADDED_RULES) <= set(rules) and "heading-order" in rules
    assert set(rules) <= set(configuration["messages"]), "no check falls back to axe-core's English"
    assert words_found(messages_text(configuration), ENGLISH_WORDS) == {}
    assert "Image sans texte de remplacement" in messages_text(configuration)
    assert "Hiérarchie de titre incorrecte" in messages_text(configuration)


def test_the_user_bar_runs_the_same_checks(client, guide, writer):
    client.force_login(writer)
    configuration = axe_configuration(client.get(guide.url).content.decode())
    assert configuration["context"]["include"] == ["main"]
    assert set(ADDED_RULES) <= set(configuration["options"]["runOnly"])


def test_the_english_admin_reads_them_in_english(client, guide, moderator):
    UserProfile.objects.update_or_create(user=moderator, defaults={"preferred_language": "en"})
    client.force_login(moderator)
    html = client.get(f"/admin/pages/{guide.pk}/edit/").content.decode()
    text = messages_text(axe_configuration(html))
    assert "Image without a text alternative" in text and "Incorrect heading hierarchy" in text


def test_the_metrics_explained_point_to_the_editors_guide(client, guide, writer):
    client.force_login(writer)
    html = unescape(client.get(f"/admin/pages/{guide.pk}/edit/").content.decode())
    assert "guide.wagtail.org" not in html
    assert 'href="/admin/guide-de-redaction/#verifications"' in html
