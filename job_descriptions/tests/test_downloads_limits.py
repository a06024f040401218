"""Personalised downloads are bounded: per visitor (a window in the shared cache) and per process
(PDF rendering slots), with the 429 page and Retry-After; the published files are never limited."""

import re
import threading

import pytest
from django.test.utils import override_settings

from core.limits import ClientRateLimit, Refused, client_address
from job_descriptions.downloads import limits
from job_descriptions.models import DownloadCount
from job_descriptions.tests.downloads_support import job_pages_fixture  # noqa: F401
from job_descriptions.tests.test_downloads_personalise import LAM, form_data, url

pytestmark = pytest.mark.django_db


def personalise(client, page, key="odt", **extra):
    return client.post(url(page), form_data(page, format=key), **extra)


def assert_busy_page(response, language="fr"):
    assert response.status_code == 429
    retry_after = int(response["Retry-After"])
    assert 1 <= retry_after <= 61
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    html = response.content.decode()
    assert '<meta name="robots" content="noindex">' in html
    if language == "fr":
        assert "Trop de demandes pour le moment" in html
        assert re.search(rf"Réessayez dans {retry_after} secondes?", html)
    else:
        assert "Too many requests for now" in html
    return retry_after


@override_settings(DOWNLOADS_PERSONALISED_PER_CLIENT=2, DOWNLOADS_PERSONALISED_WINDOW=60)
def test_a_visitor_past_the_limit_gets_the_429_page_others_do_not(client, job_pages):
    page = job_pages[LAM]
    assert personalise(client, page).status_code == 200
    assert personalise(client, page, key="docx").status_code == 200
    refused = personalise(client, page)
    assert_busy_page(refused)
    assert "beaucoup de fiches personnalisées" in refused.content.decode()
    # Refused requests render nothing and count no download.
    assert sum(DownloadCount.objects.filter(personalised=True).values_list("count", flat=True)) == 2
    # Another address has its own count.
    assert personalise(client, page, REMOTE_ADDR="203.0.113.9").status_code == 200
    # The template as it is stays downloadable.
    assert client.get(f"{page.url}telecharger/odt/").status_code == 200
    # English visitors get the page in English.
    english = job_pages["en"]
    assert_busy_page(client.post(url(english), form_data(english, format="odt")), language="en")


@override_settings(DOWNLOADS_PERSONALISED_PER_CLIENT=1, CLIENT_IP_HEADER="HTTP_X_REAL_IP")
def test_the_visitor_is_the_address_the_proxy_gives(client, job_pages):
    page = job_pages[LAM]
    assert personalise(client, page, HTTP_X_REAL_IP="198.51.100.1").status_code == 200
    assert personalise(client, page, HTTP_X_REAL_IP="198.51.100.1").status_code == 429
    assert personalise(client, page, HTTP_X_REAL_IP="198.51.100.2").status_code == 200


def test_client_window_counts_in_the_cache_and_says_when_to_come_back(rf):
    limit = ClientRateLimit("test-window", limit=3, window=30)
    request = rf.get("/", REMOTE_ADDR="192.0.2.7")
    for _ in range(3):
        limit.hit(request)
    with pytest.raises(Refused) as refused:
        limit.hit(request)
    assert 1 <= refused.value.retry_after <= 31 and refused.value.reason == "client"
    assert client_address(request) == "192.0.2.7"


def test_no_free_rendering_slot_gives_a_429_for_pdf_only(client, job_pages, monkeypatch):
    """One PDF rendering at a time per process: while another thread holds the slot, a personalised
    PDF is refused (after the configured wait); other formats and the published PDF are served."""
    page = job_pages[LAM]
    monkeypatch.setattr(limits.HEAVY_SLOTS, "wait", 0)
    holding, release = threading.Event(), threading.Event()

    def render_elsewhere():
        with limits.HEAVY_SLOTS.slot():
            holding.set()
            release.wait(10)

    other = threading.Thread(target=render_elsewhere)
    other.start()
    try:
        assert holding.wait(5)
        refused = personalise(client, page, key="pdf")
        assert_busy_page(refused)
        assert int(refused["Retry-After"]) == limits.HEAVY_SLOTS.retry_after
        assert "prépare déjà d'autres fiches" in refused.content.decode()
        assert personalise(client, page, key="odt").status_code == 200
        published = client.get(f"{page.url}telecharger/pdf/")
        assert published.status_code == 200 and published["Content-Type"] == "application/pdf"
    finally:
        release.set()
        other.join(10)
    # The slot is free again: the PDF is rendered.
    response = personalise(client, page, key="pdf")
    assert response.status_code == 200 and response.content.startswith(b"%PDF")


def test_a_waiting_request_gets_the_slot_when_it_frees(job_pages):
    slots = limits.WorkerSlots(size=1, wait=5, retry_after=3)
    holding = threading.Event()
    done = []

    def holder():
        with slots.slot():
            holding.set()
            threading.Event().wait(0.2)

    thread = threading.Thread(target=holder)
    thread.start()
    holding.wait(5)
    with slots.slot():
        done.append(True)
    thread.join(5)
    assert done == [True]


@pytest.mark.parametrize(
    "backend", ["django.core.cache.backends.redis.RedisCache", "core.redis_cache.RedisCache"]
)
def test_an_unreachable_cache_never_refuses_nor_fails(rf, backend):
    """Redis away (Django's backend raises, the site's answers None): the visitor is not limited."""
    from config.tests.servers import free_port

    closed = {
        "BACKEND": backend,
        "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
    limit = ClientRateLimit("test-unreachable", limit=1, window=30)
    with override_settings(CACHES={"default": closed}):
        for _ in range(3):
            limit.hit(rf.get("/", REMOTE_ADDR="192.0.2.8"))


def test_the_same_choices_again_are_served_without_a_rendering_slot(client, job_pages, monkeypatch):
    """A file asked for again with the same choices comes from the sealed cache: served while every
    PDF slot is taken (it is not rendered again); other choices still wait for a slot. Both count
    against the visitor's limit and as downloads."""
    page = job_pages[LAM]
    first = personalise(client, page, key="pdf")
    assert first.status_code == 200 and first.content.startswith(b"%PDF")
    monkeypatch.setattr(limits.HEAVY_SLOTS, "wait", 0)
    holding, release = threading.Event(), threading.Event()

    def render_elsewhere():
        with limits.HEAVY_SLOTS.slot():
            holding.set()
            release.wait(10)

    other = threading.Thread(target=render_elsewhere)
    other.start()
    try:
        assert holding.wait(5)
        again = personalise(client, page, key="pdf")
        assert again.status_code == 200 and again.content == first.content
        assert again["Content-Disposition"] == first["Content-Disposition"]
        assert again["Cache-Control"] == "private, no-store"
        changed = client.post(url(page), form_data(page, format="pdf", structure_name="CCAS de Autre"))
        assert_busy_page(changed)
        in_english = client.post(url(job_pages["en"]), form_data(job_pages["en"], format="pdf"))
        assert_busy_page(in_english, language="en")
    finally:
        release.set()
        other.join(10)
    assert sum(DownloadCount.objects.filter(personalised=True).values_list("count", flat=True)) == 2


@override_settings(DOWNLOADS_PERSONALISED_CACHE_TIMEOUT=0)
def test_without_a_cache_timeout_every_file_is_rendered(client, job_pages, monkeypatch):
    page = job_pages[LAM]
    assert personalise(client, page, key="pdf").status_code == 200
    monkeypatch.setattr(limits.HEAVY_SLOTS, "wait", 0)
    with limits.HEAVY_SLOTS.slot():
        assert_busy_page(personalise(client, page, key="pdf"))
