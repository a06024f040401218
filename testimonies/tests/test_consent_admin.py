"""Recording consent in the admin: who recorded it, proof kept in the private collection."""

from html import unescape

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from testimonies import models as testimony_models
from testimonies.tests.factories import TestimonyPageFactory

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/snippets/testimonies/consentrecord/add/"


def proof(collection_name):
    return get_document_model().objects.create(
        title="Accord signé",
        collection=Collection.objects.get(name=collection_name),
        file=ContentFile(b"accord", name="accord.txt"),
    )


def consent_data(page, **overrides):
    data = {
        "page": page.pk,
        "given_by": "la cheffe de service",
        "given_on": "2026-11-10",
        "scope": ["structure_name"],
        "anonymisation": "Personne n'est nommé.",
        "withdrawal_method": "Un courriel à l'adresse de contact.",
        "allowed_names": "",
        "withdrawn_at": "",
    }
    data.update(overrides)
    return data


def test_a_moderator_records_consent_with_its_proof(client, site_tree, moderator):
    page = TestimonyPageFactory(parent=site_tree["sections"]["temoignage"], consent=False, publish=False)
    client.force_login(moderator)
    public = proof("Documents publics")
    response = client.post(ADD_URL, consent_data(page, document=public.pk))
    assert "collection privée" in unescape(response.content.decode())
    assert not testimony_models.ConsentRecord.objects.exists()

    private = proof("Consentements")
    response = client.post(ADD_URL, consent_data(page, document=private.pk))
    assert response.status_code == 302
    record = testimony_models.ConsentRecord.objects.get()
    assert record.recorded_by == moderator and record.document == private
    assert page.consent_problems(revision=page.save_revision()) == []


def test_anonymisation_and_withdrawal_method_are_required(client, site_tree, moderator):
    page = TestimonyPageFactory(parent=site_tree["sections"]["temoignage"], consent=False, publish=False)
    client.force_login(moderator)
    response = client.post(ADD_URL, consent_data(page, anonymisation="", withdrawal_method=""))
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"anonymisation", "withdrawal_method"}


def test_writers_cannot_record_consent(client, site_tree, writer):
    page = TestimonyPageFactory(parent=site_tree["sections"]["temoignage"], consent=False, publish=False)
    client.force_login(writer)
    client.post(ADD_URL, consent_data(page))
    assert not testimony_models.ConsentRecord.objects.exists()
