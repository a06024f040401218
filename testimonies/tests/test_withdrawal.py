"""Withdrawing consent takes a testimony and its translations offline at once, with an audit trail;
its versions stay for moderators only until the retention period ends."""

import datetime
from html import unescape

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, PageLogEntry
from wagtail.search.backends import get_search_backend

from demo.translation import translate_page
from testimonies import models as testimony_models
from testimonies.consent import ConsentRequired
from testimonies.tests.factories import ConsentRecordFactory, TestimonyPageFactory
from testing.database import LAYERS, site_tree

pytestmark = pytest.mark.django_db

WORD = "Zorglubeville"


def english_copy(page):
    english = testimony_models.TestimonyPage()
    for name in (
        "slug",
        "summary",
        "publication_date",
        "structure_name",
        "structure_is_anonymised",
        "place",
        "peer_roles",
        "context",
        "actions",
        "outcomes",
        "quotes",
    ):
        setattr(english, name, getattr(page, name))
    english.title = f"A testimony from {WORD}"
    return english


def build_testimony_family():
    """A French testimony covered by its consent, and its English translation: a database layer."""
    tree = site_tree()
    french = TestimonyPageFactory(
        parent=tree["sections"]["temoignage"],
        title=f"Un témoignage de {WORD}",
        slug="temoignage-zorglubeville",
        consent__allowed_names=f"Lyon\n{WORD}",
    )
    english = translate_page(french, english_copy(french), tree["loader"].user)
    return french.pk, english.pk


LAYERS.register("testimony_family", build_testimony_family)


@pytest.fixture
def testimony_family(db):
    return tuple(testimony_models.TestimonyPage.objects.get(pk=pk) for pk in LAYERS.data("testimony_family"))


def live(page):
    return testimony_models.TestimonyPage.objects.get(pk=page.pk).live


def searchable(page):
    results = get_search_backend().search(WORD, testimony_models.TestimonyPage.objects.live())
    return page.pk in [result.pk for result in results]


def search_answer(client, path):
    """URLs the public search (JSON answer) gives for the family's unique word."""
    response = client.get(path, {"q": WORD, "format": "json"})
    assert response.status_code == 200
    return [result["url"] for result in response.json()["results"]]


def test_withdrawal_unpublishes_both_languages_and_leaves_search_and_sitemap(
    client, testimony_family, moderator
):
    french, english = testimony_family
    assert live(french) and live(english) and searchable(french)
    sitemap = client.get("/sitemap.xml").content.decode()
    assert french.slug in sitemap and english.get_url() in unescape(sitemap)
    feeds = client.get("/flux/").content.decode() + client.get("/en/feed/").content.decode()
    assert WORD in feeds

    assert french.url in search_answer(client, "/recherche/")
    assert english.url in search_answer(client, "/en/search/")

    record = french.consent_records().get()
    record.withdraw(user=moderator)

    assert not live(french) and not live(english)
    assert not searchable(french) and not searchable(english)
    assert search_answer(client, "/recherche/") == []
    assert search_answer(client, "/en/search/") == []
    sitemap = client.get("/sitemap.xml").content.decode()
    assert french.slug not in sitemap and WORD not in sitemap
    feeds = client.get("/flux/").content.decode() + client.get("/en/feed/").content.decode()
    assert WORD not in feeds
    assert client.get(french.url).status_code == 404
    assert client.get(english.url).status_code == 404
    for page in (french, english):
        entry = PageLogEntry.objects.get(page=page, action="testimonies.consent_withdrawn")
        assert entry.user == moderator and entry.timestamp <= timezone.now()
        assert PageLogEntry.objects.filter(page=page, action="wagtail.unpublish").exists()


def test_withdrawal_from_the_admin_is_one_confirmation(client, testimony_family, moderator, writer):
    french, english = testimony_family
    record = french.consent_records().get()
    url = reverse("wagtailsnippets_testimonies_consentrecord:withdraw", args=[record.pk])
    client.force_login(writer)
    assert client.post(url).status_code in (302, 403)
    assert live(french)
    client.force_login(moderator)
    page = unescape(client.get(url).content.decode())
    assert "Enregistrer le retrait et dépublier" in page and english.title in page
    client.post(url)
    record.refresh_from_db()
    assert record.withdrawn_at is not None
    assert not live(french) and not live(english)


def test_withdrawal_through_the_consent_form_also_unpublishes(client, testimony_family, moderator):
    french, _english = testimony_family
    record = french.consent_records().get()
    client.force_login(moderator)
    edit_url = reverse("wagtailsnippets_testimonies_consentrecord:edit", args=[record.pk])
    data = {
        "page": french.pk,
        "given_by": record.given_by,
        "given_on": "2026-01-15",
        "scope": record.scope,
        "anonymisation": record.anonymisation,
        "withdrawal_method": record.withdrawal_method,
        "allowed_names": record.allowed_names,
        "withdrawn_at": "2026-11-20 10:00",
    }
    assert client.post(edit_url, data).status_code == 302
    assert not live(french)
    assert PageLogEntry.objects.filter(
        page=french, action="testimonies.consent_withdrawn", user=moderator
    ).exists()
    data["withdrawn_at"] = ""
    response = client.post(edit_url, data)
    assert "ne s'annule pas" in unescape(response.content.decode())
    record.refresh_from_db()
    assert record.withdrawn_at is not None


def test_withdrawn_versions_are_for_moderators_only(client, testimony_family, writer, moderator):
    french, _english = testimony_family
    french.consent_records().get().withdraw(user=moderator)
    revision = french.get_latest_revision()
    urls = [
        f"/admin/pages/{french.pk}/edit/",
        f"/admin/pages/{french.pk}/history/",
        f"/admin/pages/{french.pk}/revisions/{revision.pk}/view/",
    ]
    client.force_login(writer)
    for url in urls:
        response = client.get(url)
        assert response.status_code in (302, 403), url
    client.force_login(moderator)
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_republishing_needs_a_new_consent_and_a_new_version(testimony_family, moderator):
    french, english = testimony_family
    french.consent_records().get().withdraw(user=moderator)
    ConsentRecordFactory(page=french, given_on=datetime.date(2026, 11, 21), allowed_names=WORD)
    with pytest.raises(ConsentRequired) as raised:
        french.get_latest_revision().publish()
    assert "modifiée depuis" in str(raised.value)
    french = testimony_models.TestimonyPage.objects.get(pk=french.pk)
    french.summary = "Un résumé revu après le retrait."
    french.save_revision().publish()
    assert live(french) and searchable(french)


def test_a_withdrawn_testimony_stays_out_of_the_index_when_saved(testimony_family, moderator):
    french, _english = testimony_family
    french.consent_records().get().withdraw(user=moderator)
    french = testimony_models.TestimonyPage.objects.get(pk=french.pk)
    french.save_revision()
    french.save()
    results = get_search_backend().search(WORD, testimony_models.TestimonyPage.objects.all())
    assert french.pk not in [result.pk for result in results]


def test_deleting_the_last_consent_takes_the_testimony_offline(client, testimony_family, administrator):
    french, english = testimony_family
    record = french.consent_records().get()
    client.force_login(administrator)
    response = client.post(reverse("wagtailsnippets_testimonies_consentrecord:delete", args=[record.pk]))
    assert response.status_code == 302
    assert not live(french) and not live(english)


def test_purge_deletes_versions_after_the_retention_period(testimony_family, moderator, settings):
    french, english = testimony_family
    record = french.consent_records().get()
    record.withdraw(user=moderator, when=timezone.now() - datetime.timedelta(days=10))
    settings.WITHDRAWN_TESTIMONY_RETENTION_DAYS = 30
    call_command("purge_withdrawn_revisions", stdout=open("/dev/null", "w"))
    assert french.revisions.exists()

    settings.WITHDRAWN_TESTIMONY_RETENTION_DAYS = 7
    call_command("purge_withdrawn_revisions", stdout=open("/dev/null", "w"))
    for page in (french, english):
        assert not page.revisions.exists()
        assert PageLogEntry.objects.filter(page=page, action="testimonies.consent_withdrawn").exists()
        assert PageLogEntry.objects.filter(page=page, action="editorial.revisions_purged").exists()
    from wagtail_localize.models import TranslationSource

    assert not TranslationSource.objects.filter(object_id=french.translation_key).exists()
    english_locale = Locale.objects.get(language_code="en")
    assert french.get_translation(english_locale).pk == english.pk


def test_consent_list_offers_withdrawal_for_active_records(client, testimony_family, moderator):
    french, _english = testimony_family
    record = french.consent_records().get()
    client.force_login(moderator)
    html = unescape(client.get(reverse("wagtailsnippets_testimonies_consentrecord:list")).content.decode())
    assert reverse("wagtailsnippets_testimonies_consentrecord:withdraw", args=[record.pk]) in html
    edit = unescape(
        client.get(
            reverse("wagtailsnippets_testimonies_consentrecord:edit", args=[record.pk])
        ).content.decode()
    )
    assert "Enregistrer un retrait" in edit


def test_deleting_consents_in_bulk_also_takes_testimonies_offline(testimony_family):
    french, english = testimony_family
    testimony_models.ConsentRecord.objects.filter(page=french).delete()
    assert not live(french) and not live(english)


def test_deleting_the_page_that_carries_the_consent_takes_its_translation_offline(testimony_family):
    french, english = testimony_family
    french.delete()
    assert not testimony_models.ConsentRecord.objects.exists()
    assert not live(english)
