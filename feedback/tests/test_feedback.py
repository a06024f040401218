"""« Cette page vous a-t-elle été utile ? » on every library page: the block goes into the page
cache (no CSRF token, no cookie, the same bytes within the hour), an answer is counted with its
comment stripped of contact details, the reader is thanked without the thank-you reaching anyone
else; robots, floods, other sites and bad input are refused, never with a 500."""

import datetime
import re

import pytest
from django.core import signing
from django.core.cache import cache
from django.test import Client
from django.utils import timezone
from wagtail.models import PageViewRestriction

from core import form_guard
from feedback import views
from feedback.models import PageFeedback
from guides.models import PracticeGuidePage
from guides.tests.factories import PracticeGuidePageFactory
from job_descriptions.tests.factories import JobDescriptionPageFactory
from search.models import LibraryIndexPage
from testimonies.tests.factories import TestimonyPageFactory

pytestmark = pytest.mark.django_db


def stamp(seconds_ago=60):
    moment = int(timezone.now().timestamp()) - seconds_ago
    return signing.Signer(salt=form_guard.SALT).sign(str(moment))


def answer(**overrides):
    return {"useful": "oui", "comment": "", "website": "", "started": stamp(), **overrides}


def started_of(html):
    return re.search(r'name="started" value="([^"]+)"', html).group(1)


@pytest.fixture
def guide(site_tree):
    return PracticeGuidePageFactory(parent=site_tree["sections"]["guide"], title="Guide à noter")


def test_the_block_is_on_every_library_page_and_in_the_page_cache(client, site_tree, page_cache):
    sections = site_tree["sections"]
    pages = [
        PracticeGuidePageFactory(parent=sections["guide"]),
        TestimonyPageFactory(parent=sections["temoignage"]),
        JobDescriptionPageFactory(parent=sections["fiche-de-poste"]),
    ]
    for page in pages:
        first, second = client.get(page.url), client.get(page.url)
        assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit"), page.url
        html = second.content.decode()
        assert "Cette page vous a-t-elle été utile ?" in html
        assert f'action="/avis/{page.pk}/"' in html
        assert "csrfmiddlewaretoken" not in html and not first.cookies
        assert "Merci pour votre avis" not in html
        etag = first["ETag"]
        cache.clear()  # built again: the same bytes, the same validator
        assert client.get(page.url, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_the_kept_block_changes_its_stamp_with_the_hour(client, guide, monkeypatch):
    """Kept in the site cache with the page's other fragments, the block is built again when the
    hour's stamp changes, and never shows an expired one."""
    first = started_of(client.get(guide.url).content.decode())
    assert started_of(client.get(guide.url).content.decode()) == first
    later = timezone.now() + datetime.timedelta(seconds=form_guard.CACHEABLE_STAMP_PERIOD)
    monkeypatch.setattr(form_guard.timezone, "now", lambda: later)
    html = client.get(guide.url).content.decode()
    assert started_of(html) == form_guard.cacheable_stamp(later) != first
    assert f'action="/avis/{guide.pk}/"' in html


def test_an_answer_from_the_cached_page_is_counted_without_contact_details(client, guide, page_cache):
    started = started_of(client.get(guide.url).content.decode())  # the stamp of the cached page
    comment = "Il manque un exemple. Écrivez-moi : camille@exemple.fr ou 06 12 34 56 78."
    response = client.post(f"/avis/{guide.pk}/", answer(useful="non", comment=comment, started=started))
    assert response.status_code == 303
    assert response["Location"] == f"{guide.url}?avis=merci#avis"
    [stored] = PageFeedback.objects.filter(page=guide)
    assert (stored.useful, stored.language, stored.received_on) == (False, "fr", timezone.localdate())
    assert stored.comment == "Il manque un exemple. Écrivez-moi : [adresse retirée] ou [numéro retiré]."


def test_the_thank_you_is_for_the_reader_who_answered_only(client, guide, page_cache):
    client.get(guide.url)  # the page is in the cache
    for _ in range(2):
        thanked = client.get(f"{guide.url}?avis=merci")
        assert "Merci pour votre avis" in thanked.content.decode()
        assert thanked.get("X-Page-Cache") is None and "private" in thanked["Cache-Control"]
        assert 'action="/avis/' not in thanked.content.decode()
    plain = client.get(guide.url)
    assert plain["X-Page-Cache"] == "hit" and "Merci pour votre avis" not in plain.content.decode()


def test_with_javascript_the_answer_and_the_errors_are_json(client, guide):
    json_answer = {"HTTP_ACCEPT": "application/json"}
    done = client.post(f"/avis/{guide.pk}/", answer(), **json_answer)
    assert done.status_code == 200 and "Merci pour votre avis" in done.json()["message"]
    refused = client.post(f"/avis/{guide.pk}/", answer(useful="", started="faux"), **json_answer)
    assert refused.status_code == 400
    assert "Choisissez « Oui » ou « Non »." in refused.json()["errors"]
    fresh = refused.json()["started"]
    assert (
        client.post(f"/avis/{guide.pk}/", answer(started=fresh), **json_answer).status_code == 400
    )  # too fast
    assert PageFeedback.objects.filter(page=guide).count() == 1


def test_errors_come_back_with_the_answer_and_a_fresh_stamp(client, guide):
    response = client.post(
        f"/avis/{guide.pk}/", answer(started=stamp(form_guard.MAX_AGE + 60), comment="Bien.")
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Votre avis n'a pas été envoyé" in html and "a expiré" in html
    assert "\nBien.</textarea>" in html and 'value="oui" id="feedback-useful_0" required checked' in html
    assert started_of(html) != stamp(form_guard.MAX_AGE + 60)
    assert "no-cache" in response["Cache-Control"] and not PageFeedback.objects.filter(page=guide).exists()


def test_robots_filling_the_hidden_field_are_thanked_and_ignored(client, guide):
    response = client.post(f"/avis/{guide.pk}/", answer(website="http://spam.example"))
    assert response.status_code == 303 and not PageFeedback.objects.filter(page=guide).exists()


def test_floods_are_refused_per_page_and_per_hour(client, site_tree, guide, settings):
    other = PracticeGuidePageFactory(parent=site_tree["sections"]["guide"])
    for _ in range(views.DAILY_LIMIT_PER_PAGE):
        assert client.post(f"/avis/{guide.pk}/", answer()).status_code == 303
    refused = client.post(f"/avis/{guide.pk}/", answer())
    assert refused.status_code == 429 and "plusieurs avis en peu de temps" in refused.content.decode()
    assert client.post(f"/avis/{other.pk}/", answer()).status_code == 303
    assert client.post(f"/avis/{guide.pk}/", answer(), REMOTE_ADDR="192.0.2.7").status_code == 303
    settings.CLIENT_IP_HEADER = ""
    for _ in range(views.HOURLY_LIMIT):
        client.post(f"/avis/{other.pk}/", answer(), REMOTE_ADDR="192.0.2.8")
    assert client.post(f"/avis/{guide.pk}/", answer(), REMOTE_ADDR="192.0.2.8").status_code == 429
    assert PageFeedback.objects.filter(page=guide).count() == views.DAILY_LIMIT_PER_PAGE + 1


def test_the_cached_form_needs_no_csrf_token(guide, page_cache):
    browser = Client(enforce_csrf_checks=True)
    html = browser.get(guide.url).content.decode()
    response = browser.post(f"/avis/{guide.pk}/", answer(started=started_of(html)))
    assert response.status_code == 303 and PageFeedback.objects.filter(page=guide).count() == 1


def test_a_form_posted_from_another_site_is_refused(client, guide):
    refused = client.post(f"/avis/{guide.pk}/", answer(), HTTP_ORIGIN="https://ailleurs.example")
    assert refused.status_code == 403 and not PageFeedback.objects.filter(page=guide).exists()
    assert client.post(f"/avis/{guide.pk}/", answer(), HTTP_ORIGIN="http://testserver").status_code == 303


def test_bad_input_and_unknown_pages_never_give_an_error_page(client, site_tree, guide):
    url = f"/avis/{guide.pk}/"
    for data in ({}, answer(useful="peut-être"), answer(comment="x" * 1001), {"useful": ["oui", "non"]}):
        assert client.post(url, data).status_code == 400
    assert client.post(url, answer(comment="\x00")).status_code == 400
    assert client.get(url).status_code == 302  # back to the page
    draft = PracticeGuidePageFactory(parent=site_tree["sections"]["guide"], publish=False)
    private = PracticeGuidePageFactory(parent=site_tree["sections"]["guide"])
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
    for page_id in (draft.pk, private.pk, site_tree["home"].pk, 999999):
        assert client.post(f"/avis/{page_id}/", answer()).status_code == 404
    assert client.post("/avis/x/", answer()).status_code == 404
    assert not PageFeedback.objects.filter(page__in=[guide, draft, private]).exists()


def test_the_preview_of_a_new_page_shows_neither_block(site_tree):
    parent = site_tree["sections"]["guide"]
    page = PracticeGuidePage(
        title="Nouveau guide",
        slug="nouveau-guide",
        summary="Un résumé.",
        publication_date=datetime.date(2026, 1, 1),
        for_whom="Les équipes.",
        locale=parent.locale,
        depth=parent.depth + 1,
        path=parent.path + "9999",
    )
    page.set_url_path(parent)
    response = page.make_preview_request()  # as the admin does before the page is saved
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Nouveau guide</h1>" in html
    assert 'class="feedback"' not in html and 'class="share"' not in html


def test_english_pages_have_it_in_english(client, site_tree):
    section = LibraryIndexPage.objects.get(locale__language_code="en", scope="guide")
    page = PracticeGuidePageFactory(parent=section, title="A guide to rate")
    html = client.get(page.url).content.decode()
    assert "Was this page useful?" in html and f'action="/en/feedback/{page.pk}/"' in html
    response = client.post(f"/en/feedback/{page.pk}/", answer())
    assert response["Location"] == f"{page.url}?avis=merci#avis"
    assert "Thank you for your feedback" in client.get(response["Location"]).content.decode()
    assert PageFeedback.objects.get(page=page).language == "en"
