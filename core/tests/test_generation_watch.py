"""Redis tells each process when the content generation changes (core/generation_watch.py), and
the page cache then serves the entries it keeps in memory with no round trip, never one built
under an older generation. Against a private redis-server started here (testing/servers.py)."""

import time

import pytest
from django.test.utils import override_settings

from core import generation_watch
from core.generation_watch import GenerationWatch
from core.site_cache import GENERATION_KEY
from testing.redis_commands import recorded_redis_commands
from testing.servers import PrivateRedis, missing_servers

MISSING = missing_servers()
pytestmark = [
    pytest.mark.servers,
    pytest.mark.skipif(
        "redis-server" in MISSING, reason="redis-server missing: run scripts/install-test-deps.sh"
    ),
]


@pytest.fixture
def redis_server(tmp_path):
    server = PrivateRedis(tmp_path / "redis")
    server.start()
    try:
        yield server
    finally:
        server.stop()


def changed_elsewhere(server, key, command="INCR"):
    """What another app server does: changes the key, then one more round trip."""
    client = server.client()
    if command == "FLUSHDB":
        client.flushdb()
    else:
        client.incr(key)
    client.ping()
    client.close()


def test_the_watch_forgets_a_generation_redis_says_changed(redis_server):
    watch = GenerationWatch(redis_server.url, "pairapair:1:generation")
    assert watch.known()[0] is None and watch.watching
    generation, epoch = watch.known()
    watch.learn(41, epoch)
    assert watch.known()[0] == 41

    changed_elsewhere(redis_server, "pairapair:1:generation")
    assert watch.known()[0] is None
    # A value read before the message came is not remembered.
    watch.learn(41, epoch)
    assert watch.known()[0] is None
    _none, epoch = watch.known()
    watch.learn(42, epoch)
    assert watch.known()[0] == 42

    # Another key (even one the prefix does not cover) changes nothing; a flush forgets.
    redis_server.client().set("pairapair:1:page:fr:x", "1")
    assert watch.known()[0] == 42
    changed_elsewhere(redis_server, None, "FLUSHDB")
    assert watch.known()[0] is None


def test_the_watch_reads_again_after_its_maximum_age_and_reconnects_after_a_silent_loss(
    redis_server, monkeypatch
):
    monkeypatch.setattr(generation_watch, "MAX_AGE_SECONDS", 0.05)
    watch = GenerationWatch(redis_server.url, "g")
    _none, epoch = watch.known()
    watch.learn(7, epoch)
    time.sleep(0.06)
    generation, epoch = watch.known()
    assert generation is None
    watch.learn(7, epoch)  # the same value: the watch holds
    assert watch.known()[0] == 7 and watch.watching

    time.sleep(0.06)
    _none, epoch = watch.known()
    watch.learn(8, epoch)  # changed without a message: the connection is no longer trusted
    assert not watch.watching and watch.known()[0] is None


def test_the_watch_is_lost_with_redis_and_back_with_it(redis_server, monkeypatch):
    monkeypatch.setattr(generation_watch, "RETRY_SECONDS", 0.1)
    watch = GenerationWatch(redis_server.url, "g")
    _none, epoch = watch.known()
    watch.learn(3, epoch)
    redis_server.kill()
    assert watch.known()[0] is None and not watch.watching
    _none, epoch = watch.known()
    watch.learn(3, epoch)  # read from somewhere while the watch is down: not kept
    assert watch.known()[0] is None

    redis_server.start()
    time.sleep(0.15)
    watch.known()  # connects again; a value read before that is not kept
    assert watch.watching
    _none, epoch = watch.known()
    watch.learn(4, epoch)
    assert watch.known()[0] == 4


@pytest.mark.django_db
def test_a_page_is_served_from_memory_until_another_process_changes_the_generation(
    client, site_tree, page_cache, redis_server
):
    backend = {
        "BACKEND": "core.redis_cache.RedisCache",
        "LOCATION": redis_server.url,
        "KEY_PREFIX": "veille",
        "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.5},
    }
    with override_settings(CACHES={"default": backend}):
        for _ in range(3):  # built, then read back from Redis, then from memory
            client.get("/guides/")
        with recorded_redis_commands() as sent:
            response = client.get("/guides/")
        assert response.status_code == 200 and response["X-Page-Cache"] == "hit"
        assert sent == []

        changed_elsewhere(redis_server, f"veille:1:{GENERATION_KEY}")
        with recorded_redis_commands() as sent:
            response = client.get("/guides/")
        assert response.status_code == 200 and response["X-Page-Cache"] == "miss"
        assert sent

        # Off: the generation is read on every request, as without a watch.
        client.get("/guides/")
        with override_settings(SITE_CACHE_WATCH=False), recorded_redis_commands() as sent:
            assert client.get("/guides/")["X-Page-Cache"] == "hit"
        assert len(sent) == 1 and sent[0][0] == "MGET"


def test_the_memory_keeps_one_generation_within_its_size_and_age(settings):
    from core.page_cache import MemoryEntries

    settings.PAGE_CACHE_MEMORY_MB = 0.1  # about 100 kB
    settings.PAGE_CACHE_TIMEOUT = 60
    memory = MemoryEntries()
    assert memory.get("a", 5) is None  # the memory now holds generation 5
    now = time.time()
    fresh = (5, {}, b"x" * 5000, now)
    memory.put("a", fresh)
    memory.put("old", (4, {}, b"x", now))  # built under an older generation: not kept
    memory.put("stale", (5, {}, b"x", now - 61))  # built longer ago than PAGE_CACHE_TIMEOUT
    assert memory.get("a", 5) is fresh
    assert memory.get("old", 5) is None and memory.get("stale", 5) is None
    for number in range(30):  # 30 × 6 kB: the least recently used go first
        memory.put(f"page-{number}", (5, {}, b"y" * 5000, now))
    assert memory.size <= 0.1 * 1024 * 1024
    assert memory.get("page-29", 5) is not None and memory.get("page-0", 5) is None
    assert memory.get("page-29", 6) is None and memory.get("page-29", 5) is None  # a new generation
