"""Search statistics that cannot be flooded: normalised queries, a capped share per reader, counts
kept in the cache while readers search and written to daily rows by the flush, a retention period,
and a cache failure that costs only the statistics."""

import datetime
import logging
import os
import time

import pytest
from django.core.management import call_command
from django.db import DataError, connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse
from wagtail import hooks

from config.tests.servers import free_port
from search import stats, stats_hits
from search.stats import SearchQueryStat, count_search, normalise_for_stats
from search.stats_flush import flush_search_stats
from search.tests.factories import SearchGuideFactory
from testing.redis_commands import recorded_redis_commands

TODAY = datetime.date(2026, 3, 10)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Pair\u202eaidance\u202c", "pairaidance"),  # bidi override and pop
        ("\u2066pair\u2069 \u200fa\u200eidant", "pair aidant"),  # isolates, direction marks
        ("zero\u200bwidth\ufeff\u200d", "zerowidth"),  # zero-width space and joiner, BOM
        ("ligne\nsuivante\x00\x85\x9b", "ligne suivante"),  # C0 and C1 controls
        ("Me\u0301diatrice", "mediatrice"),  # decomposed accent, as NFC would write it
        ("Médiatrice", "mediatrice"),
        ("\u1112\u1161\u11ab\u1100\u1173\u11af", "\ud55c\uae00"),  # composed again (NFC) after folding
        ("STRASSE Straße", "strasse strasse"),  # casefolded
        ("  pair -  aidant  ", "pair aidant"),
    ],
)
def test_queries_are_normalised_before_they_are_counted(typed, stored):
    assert normalise_for_stats(typed) == stored


def test_normalised_queries_are_capped_in_length():
    assert normalise_for_stats("a" * 500) == "a" * stats.MAX_STORED_LENGTH
    assert normalise_for_stats("\u202e" * 500 + "b") == "b"
    assert normalise_for_stats(None) == ""


@pytest.fixture
def today(monkeypatch):
    """A fixed day for the counts (the flush is told the same day)."""
    day = {"value": TODAY}
    monkeypatch.setattr(stats.timezone, "localdate", lambda: day["value"])
    return day


def search_request(address="203.0.113.7", **extra):
    return RequestFactory().get("/recherche/", {"q": "x"}, REMOTE_ADDR=address, **extra)


def counts():
    return {
        (row.day, row.query): (row.searches, row.no_results)
        for row in SearchQueryStat.objects.order_by("day", "query")
    }


@pytest.mark.django_db
def test_flush_adds_the_pending_counts_to_daily_rows_once(today):
    SearchQueryStat.objects.create(day=TODAY, language="fr", query="pair aidant", searches=5)
    for address, query, found in [
        ("203.0.113.1", "Pair-aidant", 3),
        ("203.0.113.2", "pair aidant", 0),
        ("203.0.113.2", "lhss", 0),
    ]:
        count_search(search_request(address), "fr", query, found)
    today["value"] = TODAY + datetime.timedelta(days=1)
    count_search(search_request(), "fr", "lhss", 2)
    assert counts() == {(TODAY, "pair aidant"): (5, 0)}  # nothing written before the flush

    assert flush_search_stats(today=TODAY + datetime.timedelta(days=1)) == (3, 0)
    tomorrow = TODAY + datetime.timedelta(days=1)
    expected = {
        (TODAY, "lhss"): (1, 1),
        (TODAY, "pair aidant"): (7, 1),
        (tomorrow, "lhss"): (1, 0),
    }
    assert counts() == expected
    assert flush_search_stats(today=tomorrow) == (0, 0)  # counts are claimed: never added twice
    assert counts() == expected
    count_search(search_request(), "fr", "lhss", 2)
    call_command("flush_search_stats", stdout=open(os.devnull, "w"))
    assert counts()[(tomorrow, "lhss")] == (2, 0)


@pytest.mark.django_db
def test_flush_deletes_rows_past_the_retention_period(today):
    for age in (0, 30, 30, 31, 400):
        SearchQueryStat.objects.get_or_create(
            day=TODAY - datetime.timedelta(days=age), language="fr", query=f"q{age}", searches=1
        )
    with override_settings(SEARCH_STATS_RETENTION_DAYS=30):
        assert flush_search_stats(today=TODAY) == (0, 2)
    assert sorted(row.query for row in SearchQueryStat.objects.all()) == ["q0", "q30"]


@pytest.mark.django_db
@override_settings(
    SEARCH_STATS_MAX_QUERIES_PER_CLIENT=3,
    SEARCH_STATS_MAX_REPEATS_PER_CLIENT=2,
    CLIENT_IP_HEADER="HTTP_X_REAL_IP",
)
def test_one_reader_counts_for_a_capped_share(today):
    flooder = {"address": "10.0.0.1", "HTTP_X_REAL_IP": "198.51.100.9"}
    for number in range(50):
        count_search(search_request(**flooder), "fr", "bourrage", 1)
        count_search(search_request(**flooder), "fr", f"requete {number}", 1)
    count_search(search_request(**flooder), "fr", "requete 1", 1)  # a repeat still counts
    # The proxy's own address is not the reader's: another reader behind it counts in full.
    count_search(search_request("10.0.0.1", HTTP_X_REAL_IP="198.51.100.10"), "fr", "bourrage", 1)
    # Another address of the same IPv6 /64 network is the same reader; another network is not.
    for address in ("2001:db8:1:2::1", "2001:db8:1:2::ffff", "2001:db8:1:2:3::9"):
        count_search(search_request(HTTP_X_REAL_IP=address), "fr", "ipv6", 1)
    count_search(search_request(HTTP_X_REAL_IP="2001:db8:1:3::1"), "fr", "ipv6", 1)
    flush_search_stats(today=TODAY)
    assert counts() == {
        (TODAY, "bourrage"): (3, 0),  # twice from the flooder, once from the other reader
        (TODAY, "requete 0"): (1, 0),
        (TODAY, "requete 1"): (2, 0),
        (TODAY, "ipv6"): (3, 0),  # twice from the first network, once from the second
    }
    cache = stats.stats_cache()
    assert not [key for key in cache._cache if "198.51.100" in key or "2001" in key]


@pytest.mark.django_db
@override_settings(SEARCH_STATS_MAX_QUERIES_PER_DAY=2)
def test_a_day_keeps_a_bounded_number_of_queries(today):
    for number in range(5):
        count_search(search_request(f"192.0.2.{number}"), "fr", f"mot {number}", 1)
    count_search(search_request("192.0.2.99"), "fr", "mot 0", 1)
    cache = stats.stats_cache()
    assert cache.get(stats.entry_key(TODAY, 3)) is None  # nothing kept beyond the cap
    assert cache.get(stats.counter_key(TODAY, stats.digest("fr", "mot 4"))) is None
    flush_search_stats(today=TODAY)
    assert counts() == {(TODAY, "mot 0"): (2, 0), (TODAY, "mot 1"): (1, 0)}


def write_queries(captured):
    return [
        query["sql"]
        for query in captured.captured_queries
        if query["sql"].lstrip().split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}
        or SearchQueryStat._meta.db_table in query["sql"]
    ]


@pytest.mark.django_db
def test_a_search_request_writes_nothing_and_stays_cacheable(client, site_tree):
    SearchGuideFactory(parent=site_tree["sections"]["guide"], title="Un guide zephyr")
    url = site_tree["sections"][""].url
    for params in ({"q": "zephyr"}, {"q": "zephyr", "format": "json"}, {"q": "introuvable"}):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url, params)
        assert response.status_code == 200
        assert write_queries(captured) == []
        assert not response.cookies
        assert "csrfmiddlewaretoken" not in response.content.decode()
        assert not response.wsgi_request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    flush_search_stats()
    assert {row.query: (row.searches, row.no_results) for row in SearchQueryStat.objects.all()} == {
        "zephyr": (2, 0),
        "introuvable": (1, 1),
    }


@pytest.mark.django_db
def test_a_search_served_from_the_page_cache_is_counted_by_the_hook(client, site_tree):
    url = site_tree["sections"][""].url
    assert client.get(url, {"q": "introuvable"}).status_code == 200  # the view counts, once
    factory = RequestFactory()
    hit_hooks = hooks.get_hooks("page_cache_hit")
    assert hit_hooks
    for request in (
        factory.get(url, {"q": "introuvable"}, REMOTE_ADDR="192.0.2.1"),  # a hit: counted
        factory.get(url, {"q": "introuvable"}, REMOTE_ADDR="192.0.2.2"),  # another reader's hit
        factory.get(url, {"q": "introuvable"}, HTTP_X_SEARCH_UPDATE="1"),  # a refresh in place
        factory.get(url, {"q": "Introuvable", "utm_source": "lettre", "page": ""}),  # the same state
        factory.get(url, {"q": "introuvable", "page": "2"}),  # not a new search
        factory.get(url, {"q": "introuvable", "thematique": "recrutement"}),  # nor a refinement
        factory.get(url, {"q": "jamais cherche"}),  # no note: the view never ran
        factory.get("/guides/", {"q": "introuvable"}),  # not a search page
        factory.get(url),
    ):
        for hook in hit_hooks:
            hook(request)
    flush_search_stats()
    assert {row.query: (row.searches, row.no_results) for row in SearchQueryStat.objects.all()} == {
        "introuvable": (4, 4)
    }


@pytest.mark.django_db
@override_settings(SEARCH_STATS_FLUSH_INTERVAL=60)
def test_a_flush_starts_on_its_own_once_counts_wait_too_long(today):
    count_search(search_request("192.0.2.1"), "fr", "attente", 1)  # starts the batch's clock
    count_search(search_request("192.0.2.2"), "fr", "attente", 1)
    assert not SearchQueryStat.objects.exists()
    cache = stats.stats_cache()
    cache.set(stats.BATCH_KEY, cache.get(stats.BATCH_KEY) - 61, None)
    count_search(search_request("192.0.2.3"), "fr", "attente", 1)  # due: the task flushes
    assert counts() == {(TODAY, "attente"): (3, 0)}
    count_search(search_request("192.0.2.4"), "fr", "attente", 1)  # a new batch, not yet due
    assert counts() == {(TODAY, "attente"): (3, 0)}


@pytest.fixture(params=["django.core.cache.backends.redis.RedisCache", "core.redis_cache.RedisCache"])
def unreachable_stats_cache(caplog, request):
    """Statistics counted in a real Redis client whose server is not there: Django's backend
    (which raises) and the site's (which answers None to an increment)."""
    closed = {
        "BACKEND": request.param,
        "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
    default = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    stats.warn_cache_failure.last = None
    with override_settings(CACHES={"default": default, "stats": closed}, SEARCH_STATS_CACHE="stats"):
        with caplog.at_level(logging.WARNING, logger="search.stats"):
            yield caplog


@pytest.mark.django_db
def test_searches_still_answer_when_the_statistics_cache_is_unreachable(
    client, site_tree, unreachable_stats_cache
):
    url = site_tree["sections"][""].url
    for params in ({"q": "zephyr"}, {"q": "zephyr", "format": "json"}, {"q": "autre"}):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url, params).status_code == 200
        assert write_queries(captured) == []  # no database write instead
    for hook in hooks.get_hooks("page_cache_hit"):
        hook(RequestFactory().get(url, {"q": "zephyr"}))
    warnings = [record for record in unreachable_stats_cache.records if record.name == "search.stats"]
    assert len(warnings) == 1  # logged once per interval, not once per search
    assert "ne répond pas" in warnings[0].getMessage()
    assert not SearchQueryStat.objects.exists()


@pytest.fixture
def redis_stats_cache(shared_redis):
    stats_cache = {"BACKEND": "django.core.cache.backends.redis.RedisCache", **shared_redis}
    default = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    stats_hits._waiting.take()  # hits that earlier tests of this process served from the cache
    with override_settings(CACHES={"default": default, "stats": stats_cache}, SEARCH_STATS_CACHE="stats"):
        yield  # the shared_redis fixture deletes the keys of its prefix


@pytest.mark.django_db
def test_counts_and_flush_on_redis(today, redis_stats_cache):
    for number in range(4):
        count_search(search_request(f"192.0.2.{number}"), "fr", "redis", number % 2)
    count_search(search_request("192.0.2.9"), "en", "redis", 1)
    assert flush_search_stats(today=TODAY) == (2, 0)
    assert flush_search_stats(today=TODAY) == (0, 0)
    rows = {
        (row.language, row.query): (row.searches, row.no_results) for row in SearchQueryStat.objects.all()
    }
    assert rows == {("fr", "redis"): (4, 2), ("en", "redis"): (1, 0)}


@pytest.mark.django_db
@override_settings(SEARCH_STATS_MAX_REPEATS_PER_CLIENT=2)
def test_a_cached_search_costs_no_round_trip_and_is_counted_afterwards(today, redis_stats_cache):
    def cached_hit():
        request = RequestFactory().get("/recherche/", {"q": "Zéphyr"}, REMOTE_ADDR="192.0.2.30")
        with recorded_redis_commands() as sent:
            stats_hits.keep_search_hit(request)
        return sent

    stats.record_search(RequestFactory().get("/recherche/", {"q": "zephyr"}), "fr", "zephyr", 4)
    assert cached_hit() == cached_hit() == cached_hit() == cached_hit() == []
    with recorded_redis_commands() as sent:
        stats_hits.count_waiting_hits()
    # The four hits of one reader are one: read as many times as the share allows, no more.
    assert [command[0] for command in sent].count("MGET") == 2
    with recorded_redis_commands() as sent:
        stats_hits.count_waiting_hits()
    assert sent == []  # nothing waits any more
    flush_search_stats(today=TODAY)
    assert counts() == {(TODAY, "zephyr"): (3, 0)}  # the view's search, then this reader's two


@pytest.mark.django_db
def test_a_thread_counts_the_cached_searches_of_its_process(today, redis_stats_cache, monkeypatch, settings):
    settings.SEARCH_STATS_HITS_INTERVAL = 0.05
    monkeypatch.setattr(stats_hits, "_waiting", stats_hits.WaitingHits())  # a process of its own
    stats.record_search(RequestFactory().get("/recherche/", {"q": "fil"}), "fr", "fil", 2)
    counter = stats.counter_key(TODAY, stats.digest("fr", "fil"))
    assert stats.stats_cache().get(counter) == 1  # the view's search
    stats_hits.keep_search_hit(RequestFactory().get("/recherche/", {"q": "fil"}, REMOTE_ADDR="192.0.2.50"))
    deadline = time.monotonic() + 5
    while stats.stats_cache().get(counter) == 1 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert stats.stats_cache().get(counter) == 2  # counted without any flush


@pytest.mark.django_db
@override_settings(SEARCH_STATS_MAX_REPEATS_PER_CLIENT=1)
def test_a_cached_search_is_served_without_a_round_trip_and_counted(
    client, site_tree, page_cache, redis_cache
):
    SearchGuideFactory(parent=site_tree["sections"]["guide"], title="Un guide zephyr")
    url = site_tree["sections"][""].url
    assert client.get(url, {"q": "zephyr"})["X-Page-Cache"] == "miss"  # counted by the view
    for _ in range(2):  # read from Redis, then from the process's memory; counted once
        assert client.get(url, {"q": "zephyr"}, REMOTE_ADDR="192.0.2.40")["X-Page-Cache"] == "hit"
    with recorded_redis_commands() as sent:
        response = client.get(url, {"q": "zephyr"}, REMOTE_ADDR="192.0.2.40")
    assert response["X-Page-Cache"] == "hit" and sent == []
    flush_search_stats()
    assert {row.query: row.searches for row in SearchQueryStat.objects.all()} == {"zephyr": 2}


@pytest.mark.django_db
def test_the_report_adds_the_pending_counts_first(admin_client, today):
    count_search(search_request(), "fr", "rapport a jour", 0)
    html = admin_client.get(reverse("search_statistics")).content.decode()
    assert "rapport a jour" in html
    assert counts() == {(TODAY, "rapport a jour"): (1, 1)}


@pytest.mark.django_db
def test_the_report_opens_when_the_statistics_cache_is_unreachable(admin_client, unreachable_stats_cache):
    SearchQueryStat.objects.create(day=datetime.date.today(), language="fr", query="deja la", searches=2)
    response = admin_client.get(reverse("search_statistics"))
    assert response.status_code == 200
    assert "deja la" in response.content.decode()


@pytest.mark.django_db
def test_one_flush_at_a_time(today):
    count_search(search_request(), "fr", "verrou", 1)
    cache = stats.stats_cache()
    cache.add("search-stats:flushing", 1, 60)  # another flush is running
    assert flush_search_stats(today=TODAY) == (0, 0)
    cache.delete("search-stats:flushing")
    assert flush_search_stats(today=TODAY) == (1, 0)


@pytest.mark.postgres
@pytest.mark.django_db
def test_a_failed_write_gives_the_claimed_counts_back(today):
    count_search(search_request(), "fr", "rendu", 0)
    cache = stats.stats_cache()
    # A pending entry the table refuses (longer than the column): the whole day's write fails.
    bad_key = stats.counter_key(TODAY, "x" * 32)
    cache.set(bad_key, 1)
    cache.set(stats.sequence_key(TODAY), 2)
    cache.set(stats.entry_key(TODAY, 2), ("fr", "y" * 300, bad_key))
    with pytest.raises(DataError):
        flush_search_stats(today=TODAY)
    assert not SearchQueryStat.objects.exists()
    cache.delete(stats.entry_key(TODAY, 2))
    assert flush_search_stats(today=TODAY) == (1, 0)
    assert counts() == {(TODAY, "rendu"): (1, 1)}


@pytest.mark.django_db
def test_through_the_page_cache_a_miss_and_each_hit_count_once(client, site_tree, page_cache):
    SearchGuideFactory(parent=site_tree["sections"]["guide"], title="Un guide zephyr")
    url = site_tree["sections"][""].url
    served = [
        client.get(url, {"q": "zephyr"}),
        client.get(url, {"q": "zephyr"}),
        client.get(url, {"q": "zephyr", "utm_source": "lettre"}),
        client.get(url, {"q": "introuvable"}, REMOTE_ADDR="192.0.2.5"),
        client.get(url, {"q": "introuvable"}, REMOTE_ADDR="192.0.2.6"),
        client.get(url, {"q": "introuvable", "page": "2"}, REMOTE_ADDR="192.0.2.6"),
    ]
    assert [response.get("X-Page-Cache") for response in served[:5]] == ["miss", "hit", "hit", "miss", "hit"]
    flush_search_stats()
    assert {row.query: (row.searches, row.no_results) for row in SearchQueryStat.objects.all()} == {
        "zephyr": (3, 0),
        "introuvable": (2, 2),
    }
