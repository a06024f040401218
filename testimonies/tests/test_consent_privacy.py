"""Consent records never reach a public response: pages, search (HTML and JSON), suggestions,
sitemap, feeds, documents."""

import json
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page

from testimonies.models import ConsentRecord

pytestmark = pytest.mark.django_db

MARKERS = {
    "given_by": "Hortense Quibbleworth",
    "anonymisation": "Masquer Zébulon Pifpaf",
    "withdrawal_method": "écrire à Xylophorix Bramblewick",
    "allowed_names": "Cunégonde Vrillac",
}


@pytest.fixture
def secret_consents(demo_site):
    for record in ConsentRecord.objects.all():
        for field, value in MARKERS.items():
            setattr(record, field, value)
        record.document = get_document_model().objects.create(
            title="Preuve Quibbleworth",
            collection=Collection.objects.get(name="Consentements"),
            file=ContentFile(b"preuve", name="preuve-quibbleworth.txt"),
        )
        record.save()
    return ConsentRecord.objects.count()


def public_urls():
    urls = ["/sitemap.xml", "/robots.txt", "/flux/", "/en/feed/"]
    for page in Page.objects.live().public().filter(depth__gt=1):
        urls.append(page.get_url())
    for prefix in ("/recherche/", "/en/search/"):
        for word in ("Quibbleworth", "Pifpaf", "Xylophorix", "Vrillac"):
            urls += [f"{prefix}?q={word}", f"{prefix}?q={word}&format=json"]
    urls += [f"/recherche/suggestions/?q={word}" for word in ("Quibb", "Pifp", "Xylo", "Vrill")]
    return urls


def test_consent_data_never_appears_in_public_responses(client, secret_consents):
    assert secret_consents >= 6
    checked = 0
    for url in public_urls():
        response = client.get(url)
        assert response.status_code < 500, url
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = unquote(body.decode("utf-8", "replace"))
        query = parse_qs(urlsplit(url).query).get("q", [""])[0]
        if query:
            # The search box echoes the query: only what the answer adds counts.
            text = text.replace(query, "")
            is_json = response.headers.get("Content-Type", "").startswith("application/json")
            if "format=json" in url and is_json:
                assert json.loads(body).get("count", 0) == 0, url
        for value in [*MARKERS.values(), "Quibbleworth", "Hortense", "preuve-quibbleworth"]:
            assert value not in text, (url, value)
        checked += 1
    assert checked > 30


def test_consent_documents_are_not_listed_nor_served_publicly(client, secret_consents):
    document = get_document_model().objects.filter(title="Preuve Quibbleworth").first()
    response = client.get(document.url)
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_consent_admin_is_closed_to_readers_and_writers(client, secret_consents, writer):
    url = "/admin/snippets/testimonies/consentrecord/"
    assert client.get(url).status_code == 302
    client.force_login(writer)
    response = client.get(url, follow=True)
    assert "Quibbleworth" not in response.content.decode()
    menu = client.get("/admin/").content.decode()
    assert "consentrecord" not in menu
