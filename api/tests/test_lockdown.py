"""What the open API gives of a withdrawn testimony, its consent and its private proof: nothing, by
any route and any parameter, to an anonymous client as to one that carries a moderator's session
(the API answers every client as an anonymous reader)."""

import json

import pytest
from django.test import Client

from testimonies.tests.lockdown_scene import CONTROL_TITLE, SECRETS

pytestmark = pytest.mark.django_db


def answers(client, urls):
    """{url: (status, lower-cased body)}, following no redirect."""
    found = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code < 500, url
        found[url] = response.status_code, response.content.decode().lower()
    return found


def leaks(found):
    return [
        (url, secret)
        for url, (_status, body) in found.items()
        for secret in SECRETS
        if secret.lower() in body
    ]


def scene_urls(scene):
    french, english, section = scene.french.pk, scene.english.pk, scene.section.pk
    pages = "/api/v2/pages/"
    return [
        pages,
        f"{pages}?fields=*",
        f"{pages}?type=temoignage&fields=*",
        f"{pages}?type=testimonies.TestimonyPage&fields=*,-taxonomy",
        f"{pages}?locale=en&fields=*",
        f"{pages}?locale=fr&order=title",
        f"{pages}?translation_of={french}",
        f"{pages}?translation_of={english}",
        f"{pages}?translation_of={scene.control.pk}",
        f"{pages}{french}/",
        f"{pages}{french}/?fields=*",
        f"{pages}{english}/",
        f"{pages}{section}/",
        f"{pages}find/?id={french}",
        f"{pages}find/?id={english}",
        f"{pages}find/?html_path={scene.french.url}",
        f"{pages}find/?html_path={scene.english.url}",
        f"{pages}?type=testimonies.ConsentRecord",
        f"{pages}?type=wagtailcore.Page",
        f"{pages}?fields=_,consent_record_set",
        f"{pages}?fields=*,consent_record_set",
        f"{pages}?fields=consent_records",
        f"{pages}?child_of={section}",
        f"{pages}?descendant_of={section}",
        f"{pages}?ancestor_of={french}",
        f"{pages}?search=Vexillographe",
        f"{pages}?title=T%C3%A9moignage%20Vexillographe-Brindavoine",
        f"{pages}?id={french}",
        "/api/v2/documents/",
        "/api/v2/documents/?fields=*",
        f"/api/v2/documents/{scene.document.pk}/",
        f"/api/v2/documents/find/?id={scene.document.pk}",
        "/api/v2/images/",
        "/api/v2/images/?fields=*",
        f"/api/v2/images/{scene.image.pk}/",
        f"/api/v2/images/find/?id={scene.image.pk}",
    ]


@pytest.mark.parametrize("as_moderator", [False, True], ids=["anonymous", "moderator-session"])
def test_no_route_of_the_api_gives_the_withdrawn_testimony_or_its_consent(scene, moderator, as_moderator):
    client = Client(raise_request_exception=False)
    if as_moderator:
        client.force_login(moderator)
    found = answers(client, scene_urls(scene))
    assert leaks(found) == []
    listing_status, listing = found["/api/v2/pages/"]
    assert listing_status == 200 and CONTROL_TITLE.lower() in listing  # the answers are not empty by accident
    for url, (status, _body) in found.items():
        if "/find/" in url or url.rstrip("/").split("/")[-1].isdigit():
            assert status == 404, url
    for url in ("/api/v2/documents/", "/api/v2/images/"):
        assert json.loads(found[url][1])["meta"]["total_count"] == 0, url


def test_the_same_pages_are_in_the_admin_for_a_moderator(scene, moderator):
    """The scene's secrets are there to be found: the admin's own API shows them to a moderator."""
    client = Client()
    client.force_login(moderator)
    body = client.get(f"/admin/api/main/pages/{scene.french.pk}/").content.decode()
    assert SECRETS[0] in body


def test_no_field_of_any_page_type_names_a_consent(scene, client):
    response = client.get(f"/api/v2/pages/{scene.control.pk}/?fields=*")
    assert response.status_code == 200
    data = response.json()
    names = set(data) | set(data["meta"])
    assert "structure_name" in names and "taxonomy" in names
    assert not [name for name in names if "consent" in name.lower()]
    assert "context" not in names and "quotes" not in names  # the narrative stays on the page


def test_a_withdrawn_family_stays_out_even_if_something_puts_it_live(scene, client):
    """A withdrawal unpublishes the family; were a page of it live again by a path that skips every
    check (an update in the database), the API still leaves the family out."""
    type(scene.french).objects.filter(pk__in=[scene.french.pk, scene.english.pk]).update(live=True)
    found = answers(client, ["/api/v2/pages/?fields=*", f"/api/v2/pages/{scene.french.pk}/"])
    assert leaks(found) == []
    assert found[f"/api/v2/pages/{scene.french.pk}/"][0] == 404
