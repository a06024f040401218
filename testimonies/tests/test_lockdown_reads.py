"""What a writer reads in the admin about a withdrawn testimony and its consent: nothing.

One test per guard (the crawl in test_admin_crawl.py covers every URL): each asks what a writer
gets and what a moderator gets from the same URL, so neither answer is empty by accident.
"""

from html import unescape

import pytest
from django.test import Client
from wagtail.models import TranslatableMixin

from testimonies.models import ConsentRecord
from testimonies.tests.lockdown_scene import GIVER, TITLE_TOKEN

pytestmark = pytest.mark.django_db


def client_for(user):
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def get(user, url):
    response = client_for(user).get(url)
    return response.status_code, unescape(response.content.decode("utf-8", "replace"))


def test_localize_snippet_api_serves_translatable_snippets_only(scene, writer, moderator):
    assert not issubclass(ConsentRecord, TranslatableMixin)
    base = "/admin/localize/api/snippets/testimonies/consentrecord/"
    for user in (writer, moderator):
        for url in (base, f"{base}{scene.record.pk}/"):
            status, body = get(user, url)
            assert status == 404 and GIVER not in body, (user, url)
    status, body = get(writer, "/admin/localize/api/snippets/taxonomy/theme/")
    assert status == 200 and '"edit_url"' in body


def test_consent_chooser_is_for_moderators(scene, writer, moderator):
    urls = [
        "/admin/snippets/choose/testimonies/consentrecord/",
        "/admin/snippets/choose/testimonies/consentrecord/results/?q=Quibbleworth",
        f"/admin/snippets/choose/testimonies/consentrecord/chosen/{scene.record.pk}/",
    ]
    for url in urls:
        status, body = get(writer, url)
        assert status in (302, 403) and GIVER not in body, url
    status, body = get(moderator, urls[0])
    assert status == 200 and GIVER in body


def test_admin_api_leaves_withdrawn_testimonies_out(scene, writer, moderator):
    listing = f"/admin/api/main/pages/?child_of={scene.section.pk}&for_explorer=1"
    detail = f"/admin/api/main/pages/{scene.french.pk}/"
    status, body = get(writer, listing)
    assert status == 200 and "Mirabelleraie" in body and TITLE_TOKEN not in body
    assert get(writer, detail)[0] == 404
    assert TITLE_TOKEN in get(moderator, listing)[1]
    assert get(moderator, detail)[0] == 200


LISTINGS = [
    "/admin/pages/{section}/",
    "/admin/pages/search/",
    "/admin/library/",
    "/admin/reports/site-history/",
    "/admin/reports/aging-pages/",
    "/admin/reports/workflow/",
    "/admin/reports/workflow_tasks/",
    "/admin/pages/usage/testimonies/testimonypage/",
]


def test_listings_and_reports_leave_withdrawn_testimonies_out(scene, writer, moderator):
    """The page permission policy: what a user may explore or act on."""
    shown = []
    for url in (url.format(section=scene.section.pk) for url in LISTINGS):
        status, body = get(writer, url)
        if status != 200 or TITLE_TOKEN in body:
            shown.append(("writer", url, status))
        status, body = get(moderator, url)
        if status != 200 or TITLE_TOKEN not in body:
            shown.append(("moderator does not see", url, status))
    assert shown == []


def test_page_chooser_leaves_withdrawn_testimonies_out(scene, writer, moderator):
    url = f"/admin/choose-page/{scene.section.pk}/"
    status, body = get(writer, url)
    assert status == 200 and "Mirabelleraie" in body and TITLE_TOKEN not in body
    assert TITLE_TOKEN in get(moderator, url)[1]


GUARDED_URLS = [
    "/admin/pages/{fr}/",
    "/admin/choose-page/{fr}/",
    "/admin/pages/{fr}/move/{section}/confirm/",
    "/admin/pages/workflow/preview/{fr}/{task}/",
    "/admin/localize/submit/page/{fr}/",
    "/admin/localize/update/{source}/",
    "/admin/localize/translate/{translation}/preview/",
]


def test_urls_naming_a_withdrawn_testimony_answer_404_to_writers(scene, writer, moderator):
    """The URL guard, for views that show the page before any permission check (or without)."""
    ids = {
        "fr": scene.french.pk,
        "section": scene.section.pk,
        "task": scene.french.get_workflow().tasks.first().pk,
        "source": scene.source.pk,
        "translation": scene.translation.pk,
    }
    answered = []
    for url in (url.format(**ids) for url in GUARDED_URLS):
        status, body = get(writer, url)
        if status != 404 or TITLE_TOKEN in body:
            answered.append(("writer", url, status))
        if get(moderator, url)[0] == 404:
            answered.append(("moderator", url, 404))
    assert answered == []


def test_translations_report_leaves_withdrawn_testimonies_out(scene, writer, moderator):
    url = "/admin/localize/reports/translations/"
    status, body = get(writer, url)
    assert status == 200 and TITLE_TOKEN not in body
    assert TITLE_TOKEN in get(moderator, url)[1]


BULK_URLS = [
    "/admin/bulk/wagtailcore/page/delete/?id={fr}&id={en}",
    "/admin/bulk/wagtailcore/page/move/?id=all&childOf={section}",
    "/admin/bulk/testimonies/consentrecord/delete/?id={record}",
    "/admin/bulk/wagtaildocs/document/delete/?id={document}",
]


def test_bulk_confirmations_leave_hidden_objects_out(scene, writer, moderator):
    ids = {
        "fr": scene.french.pk,
        "en": scene.english.pk,
        "section": scene.section.pk,
        "record": scene.record.pk,
        "document": scene.document.pk,
    }
    secrets = (TITLE_TOKEN, GIVER, "Quibbleworth-document")
    shown = []
    for url in (url.format(**ids) for url in BULK_URLS):
        status, body = get(writer, url)
        if status != 200 or any(secret in body for secret in secrets):
            shown.append(("writer", url, status))
        if not any(secret in get(moderator, url)[1] for secret in secrets):
            shown.append(("moderator does not see", url))
    assert shown == []


def test_a_link_to_a_withdrawn_testimony_shows_no_title_to_writers(scene, writer, moderator):
    url = f"/admin/pages/{scene.control.pk}/edit/"
    status, body = get(writer, url)
    assert status == 200 and TITLE_TOKEN not in body and "Page non disponible" in body
    assert TITLE_TOKEN in get(moderator, url)[1]
