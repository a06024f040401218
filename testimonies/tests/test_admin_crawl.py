"""A crawl of every admin URL: a withdrawn testimony and its consent are for moderators only.

Anonymous visitors are sent to the login page (or refused); a writer gets no response that shows
the withdrawn testimony or its consent; a moderator does see them (so the crawl is not vacuous).
No URL answers 500 to any of them.
"""

from html import unescape
from urllib.parse import unquote

import pytest
from django.test import Client

from testimonies.tests.admin_crawl import crawl_urls
from testimonies.tests.lockdown_scene import GIVER, SECRETS, TITLE_TOKEN

pytestmark = pytest.mark.django_db

# Admin views anyone may open: the login and password-reset pages and static catalogues.
PUBLIC_VIEWS = {
    "wagtailadmin_login",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_javascript_catalog",
    "wagtail_localize:javascript_catalog",
    "wagtailadmin_sprite",
    "admin/test404/",
}


def body_text(url, response):
    """The body, redirect target and the messages queued for the next page, without the echo of
    the requested URL (a login redirect's `next`, a search box): only what the answer adds."""
    body = b"".join(response.streaming_content) if response.streaming else response.content
    queued = getattr(getattr(response.wsgi_request, "_messages", None), "_queued_messages", [])
    text = " ".join(
        [
            unescape(unquote(body.decode("utf-8", "replace"))),
            unquote(response.headers.get("Location", "")),
            *(str(message) for message in queued),
        ]
    )
    return text.replace(unquote(url), "").lower()


def crawl(client, scene):
    """{url: (status, text)} of every admin URL; a raised exception counts as a 500."""
    answers = {}
    for admin_url in crawl_urls(scene):
        if admin_url.url.startswith("<"):
            answers[admin_url.url] = (None, "", admin_url.name)
            continue
        response = client.get(admin_url.url)
        answers[admin_url.url] = (response.status_code, body_text(admin_url.url, response), admin_url.name)
        # Each message counts for the URL that queued it, not for the page that shows it.
        client.cookies.pop("messages", None)
    return answers


def leaks(answers):
    found = []
    for url, (status, text, _name) in answers.items():
        shown = [secret for secret in SECRETS if secret.lower() in text]
        if shown:
            found.append((url, status, shown))
    return found


def errors(answers):
    return [(url, status) for url, (status, _text, _name) in answers.items() if not status or status >= 500]


def test_anonymous_visitors_get_the_login_page_or_nothing(scene):
    answers = crawl(Client(raise_request_exception=False), scene)
    assert len(answers) > 300
    assert errors(answers) == []
    assert leaks(answers) == []
    opened = [
        (url, status)
        for url, (status, text, name) in answers.items()
        if status == 200 and name not in PUBLIC_VIEWS
    ]
    assert opened == []


def test_writers_never_see_a_withdrawn_testimony_nor_any_consent(scene, writer):
    client = Client(raise_request_exception=False)
    client.force_login(writer)
    answers = crawl(client, scene)
    assert errors(answers) == []
    assert leaks(answers) == []
    # The crawl reaches the writer's admin: the visible testimony is listed, its edit view opens.
    assert sum(1 for status, _text, _name in answers.values() if status == 200) > 60
    explorer = answers[f"/admin/pages/{scene.section.pk}/"]
    assert explorer[0] == 200 and "mirabelleraie-visible" in explorer[1]


def test_moderators_see_the_withdrawn_testimony_and_its_consent(scene, moderator):
    client = Client(raise_request_exception=False)
    client.force_login(moderator)
    answers = crawl(client, scene)
    assert errors(answers) == []
    consent_list = answers["/admin/snippets/testimonies/consentrecord/"]
    assert consent_list[0] == 200 and GIVER.lower() in consent_list[1]
    edit = answers[f"/admin/pages/{scene.french.pk}/edit/"]
    assert edit[0] == 200 and TITLE_TOKEN.lower() in edit[1]
    assert len(leaks(answers)) > 20
