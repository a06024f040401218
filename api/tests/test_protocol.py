"""How the open API answers: JSON for everyone, readable from any site, cached as a page, bounded
per client, and a 400 rather than a 500 for any bad input."""

import pytest
from django.conf import settings
from django.test import Client
from wagtail.models import Page

from api.endpoints import LibraryPagesEndpoint, PublicDocumentsEndpoint, PublicImagesEndpoint

pytestmark = pytest.mark.django_db

PAGES = "/api/v2/pages/"
ENDPOINTS = [LibraryPagesEndpoint, PublicDocumentsEndpoint, PublicImagesEndpoint]


def test_every_parameter_the_api_reads_is_part_of_the_page_cache_key():
    """A parameter the page cache left out of its key would get another query's cached answer."""
    for endpoint in ENDPOINTS:
        read = (endpoint.known_query_parameters | endpoint.find_query_parameters) - {"_"}
        assert read <= settings.PAGE_CACHE_QUERY_PARAMETERS, (
            endpoint.name,
            read - settings.PAGE_CACHE_QUERY_PARAMETERS,
        )


def test_json_for_every_client_readable_from_any_site(client, api_library):
    for accept in ("application/json", "text/html", "application/xml", "*/*"):
        response = client.get(PAGES, HTTP_ACCEPT=accept)
        assert response.status_code == 200 and response["Content-Type"] == "application/json; charset=utf-8"
        assert response["Access-Control-Allow-Origin"] == "*"
        assert "accept" not in [part.strip().lower() for part in response.get("Vary", "").split(",")]
    refused = client.get(f"{PAGES}?child_of=1")
    assert refused.status_code == 400 and refused["Access-Control-Allow-Origin"] == "*"


def test_html_characters_are_escaped_and_accents_kept(client, api_library):
    Page.objects.filter(pk=api_library["guide"]).update(title="Guide </script><b>é & co</b>")
    body = client.get(f"{PAGES}?type=guide").content.decode()
    assert "\\u003c/script\\u003e\\u003cb\\u003eé \\u0026 co" in body
    assert "</script>" not in body and "<b>" not in body


def test_a_session_or_credentials_change_nothing(client, api_library, moderator):
    anonymous = client.get(PAGES).json()
    editor = Client()
    editor.force_login(moderator)
    assert editor.get(PAGES).json() == anonymous
    basic = client.get(PAGES, HTTP_AUTHORIZATION="Basic bW9kZXJhdHJpY2U6eA==")
    assert basic.status_code == 200 and basic.json() == anonymous


def test_write_methods_are_refused(client, api_library):
    for method in ("post", "put", "patch", "delete", "options"):
        assert getattr(client, method)(PAGES).status_code == 405, method


@pytest.mark.usefixtures("page_cache")
def test_answers_are_served_by_the_page_cache_and_each_query_has_its_own(
    client, api_library, django_db_blocker
):
    first = client.get(f"{PAGES}?type=guide&limit=1")
    assert first["X-Page-Cache"] == "miss"
    with django_db_blocker.block():
        second = client.get(f"{PAGES}?type=guide&limit=1")
    assert second["X-Page-Cache"] == "hit" and second.content == first.content
    assert second["Access-Control-Allow-Origin"] == "*"
    other = client.get(f"{PAGES}?type=guide&limit=1&offset=1")
    assert other["X-Page-Cache"] == "miss" and other.json()["items"] != first.json()["items"]


def test_a_client_past_its_rate_gets_a_429_then_others_still_pass(api_library, settings):
    settings.API_REQUESTS_PER_CLIENT = 3
    first = Client(REMOTE_ADDR="198.51.100.7")
    for _ in range(3):
        assert first.get(PAGES).status_code == 200
    refused = first.get(PAGES)
    assert refused.status_code == 429 and int(refused["Retry-After"]) >= 1
    assert Client(REMOTE_ADDR="198.51.100.8").get(PAGES).status_code == 200


BAD_QUERIES = [
    "limit=-1",
    "limit=abc",
    "limit=1000",
    "offset=-5",
    "offset=99999999999999999999999",
    "offset=1e9",
    "offset=%C2%B2",
    "limit=%C2%B2",
    "fields=",
    "fields=((",
    "fields=*,*",
    "fields=title(id)",
    "fields=image(*)",
    "fields=owner",
    "order=owner",
    "order=-",
    "order=random,title",
    "type=",
    "type=guide,inconnu",
    "type=auth.User",
    "type=%00",
    "thematique=%00",
    "thematique=a%00b",
    "%00=1",
    "thematique=" + "x" * 500,
    "thematique=" + ",".join(f"t{n}" for n in range(50)),
    "public=Sant%C3%A9",
    "annee=20245",
    "annee=-1",
    "annee=99999999999999999999",
    "locale=zz",
    "locale=%00",
    "translation_of=abc",
    "translation_of=-1",
    "translation_of=99999999999999999999",
    "translation_of=root",
    "translation_of=%C2%B2",
    "rich_text_format=db_html",
    "rich_text_format=markdown",
    "format=api",
    "site=1",
]
BAD_PATHS = [
    "99999999999999999999/",
    "0/",
    "find/",
    "find/?id=",
    "find/?id=abc",
    "find/?id=%C2%B2",
    "find/?id=%D9%A3",
    "find/?id=99999999999999999999",
    "find/?html_path=",
    "find/?html_path=%00",
    "find/?html_path=/en/",
    "find/?html_path=/fr/guides/",
    "find/?html_path=" + "/a" * 2000,
    "find/?html_path=../../admin/",
]


@pytest.mark.parametrize("endpoint", ["pages", "documents", "images"])
def test_bad_input_is_never_a_500(client, api_library, endpoint):
    base = f"/api/v2/{endpoint}/"
    urls = [f"{base}?{query}" for query in BAD_QUERIES] + [base + path for path in BAD_PATHS]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 302, 400, 404), (url, response.status_code)
        if response.status_code in (400, 404):
            assert "message" in response.json(), url
