"""The documents and images endpoints: only those a live, public library page uses, outside private
collections, never a consent's proof; images by their public renditions."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from guides.models import GuideAttachment
from guides.tests.factories import PracticeGuidePageFactory
from testimonies.models import ConsentRecord
from testimonies.tests.factories import TestimonyPageFactory

pytestmark = pytest.mark.django_db


def document(title, collection):
    return get_document_model().objects.create(
        title=title, collection=collection, file=ContentFile(b"contenu", name=f"{title.lower()}.txt")
    )


def attach(page, *documents):
    for item in documents:
        GuideAttachment.objects.create(page=page, document=item)
    page.save_revision().publish()


def listed(client, endpoint):
    response = client.get(f"/api/v2/{endpoint}/?fields=*&limit=50")
    assert response.status_code == 200
    return {item["title"] for item in response.json()["items"]}


@pytest.fixture
def collections(site_tree):
    consent = Collection.objects.get(name="Consentements")
    return {
        "public": Collection.objects.get(name="Documents publics"),
        "consent": consent,
        "inside_consent": consent.add_child(name="Preuves 2026"),
    }


@pytest.mark.sqlite_smoke
def test_documents_of_live_pages_only_and_never_a_private_one(client, site_tree, collections):
    guides = site_tree["sections"]["guide"]
    live, draft = (
        PracticeGuidePageFactory(parent=guides),
        PracticeGuidePageFactory(parent=guides, publish=False),
    )
    public = document("Grille", collections["public"])
    private = document("Preuve", collections["consent"])
    deeper = document("Preuve ancienne", collections["inside_consent"])
    proof_in_public = document("Preuve rangée", collections["public"])
    testimony = TestimonyPageFactory(parent=site_tree["sections"]["temoignage"])
    ConsentRecord.objects.filter(page=testimony).update(document=proof_in_public)
    attach(live, public, private, deeper, proof_in_public)
    unpublished = document("Brouillon", collections["public"])
    GuideAttachment.objects.create(page=draft, document=unpublished)
    draft.save_revision()
    in_body = document("Dans le texte", collections["public"])
    live.body = [{"type": "document", "value": {"document": in_body.pk, "title": ""}}]
    live.save_revision().publish()

    assert listed(client, "documents") == {"Grille", "Dans le texte"}
    for hidden in (private, deeper, proof_in_public, unpublished):
        assert client.get(f"/api/v2/documents/{hidden.pk}/").status_code == 404, hidden.title
    shown = client.get(f"/api/v2/documents/{public.pk}/").json()
    assert shown["meta"]["download_url"].endswith(public.url) and shown["file_extension"] == "txt"

    attachments = client.get(f"/api/v2/pages/{live.pk}/").json()["attachments"]
    assert [item["title"] for item in attachments] == ["Grille"]
    assert attachments[0]["download_url"].endswith(public.url)


def test_a_document_stays_listed_while_a_live_page_uses_it(client, site_tree, collections):
    page = PracticeGuidePageFactory(parent=site_tree["sections"]["guide"])
    grid = document("Grille", collections["public"])
    attach(page, grid)
    assert listed(client, "documents") == {"Grille"}
    page.unpublish()
    assert listed(client, "documents") == set()


def test_images_of_live_pages_by_their_renditions_never_the_original(client, site_tree, collections):
    guides = site_tree["sections"]["guide"]
    images = {
        name: get_image_model().objects.create(
            title=name,
            collection=collections[where],
            file=get_test_image_file(f"{name}.png", size=(1600, 900)),
        )
        for name, where in (("Équipe", "public"), ("Brouillon", "public"), ("Privée", "consent"))
    }
    page = PracticeGuidePageFactory(parent=guides, image=images["Équipe"])
    PracticeGuidePageFactory(parent=guides, image=images["Brouillon"], publish=False)
    PracticeGuidePageFactory(parent=guides, image=images["Privée"])

    response = client.get("/api/v2/images/")
    assert {item["title"] for item in response.json()["items"]} == {"Équipe"}
    item = response.json()["items"][0]
    assert item["alt"] == "Équipe" and "download_url" not in item["meta"]
    assert item["renditions"]["social"]["width"] == 1200 and item["renditions"]["social"]["height"] == 630
    assert (
        "/media/images/" in item["renditions"]["large"]["url"]
        and "original_images" not in response.content.decode()
    )
    for hidden in ("Brouillon", "Privée"):
        assert client.get(f"/api/v2/images/{images[hidden].pk}/").status_code == 404

    image = client.get(f"/api/v2/pages/{page.pk}/").json()["image"]
    assert image["id"] == images["Équipe"].pk and image["large"]["width"] == 960
    assert client.get("/api/v2/images/?fields=download_url").status_code == 400
