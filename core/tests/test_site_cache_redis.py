"""The site cache on Redis, the production cache: generations, fragments and pickled pages work
there as they do in memory. Needs the machine's Redis (the `shared_redis` fixture); required under CI=true.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.site_cache import generation
from home.models import StandardPage
from testing.redis_commands import recorded_redis_commands

pytestmark = pytest.mark.django_db


def query_count(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries), response.content.decode()


def test_chrome_and_routing_on_redis(client, site_tree, redis_cache):
    first, _html = query_count(client, "/guides/")
    second, html = query_count(client, "/guides/")
    assert second < first and second <= 10
    assert "Guides pratiques" in html

    before = generation()
    page = StandardPage(title="Nous rejoindre", slug="nous-rejoindre", show_in_menus=True)
    site_tree["home"].add_child(instance=page)
    page.save_revision().publish()
    assert generation() > before
    assert "Nous rejoindre" in client.get("/guides/").content.decode()
    assert client.get("/nous-rejoindre/").status_code == 200
    assert client.get("/en/guides/").status_code == 200


def redis_commands(client, url):
    """The names of the commands a request sends to Redis."""
    with recorded_redis_commands() as sent:
        assert client.get(url).status_code == 200
    return [args[0] for args in sent]


def test_a_page_costs_few_round_trips_and_a_view_without_the_site_none(client, site_tree, redis_cache):
    for _ in range(2):
        client.get("/guides/")
    sent = redis_commands(client, "/guides/")
    # The generation once, one batch for what routing asks next, the vocabulary, Wagtail's site
    # root paths and the page chrome's fragments: no key read twice.
    assert sent.count("GET") + sent.count("MGET") == len(sent) <= 12 and "MGET" in sent
    assert redis_commands(client, "/robots.txt") == []


def test_a_page_cache_miss_reads_the_generation_once(client, site_tree, redis_cache, page_cache):
    from core.site_cache import GENERATION_KEY

    client.get("/guides/")  # the site cache's values, built once
    generation_key = redis_cache.make_key(GENERATION_KEY)
    with recorded_redis_commands() as sent:
        # Another state of the same page: a page-cache miss, built from the site cache's values.
        response = client.get("/guides/?tri=date")
    assert response.status_code == 200 and response["X-Page-Cache"] == "miss"
    reads = [args for args in sent if args[0] in ("GET", "MGET") and generation_key in args[1:]]
    assert len(reads) == 1, sent
