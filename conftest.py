"""Shared test set-up: the session's database (see testing/database.py), database-dependent markers,
CI strictness, the site tree and demo content fixtures."""

import collections
import os

import pytest
from django.db import connection

from testing.database import (
    LAYERS,
    build_session_data,
    has_serialized_rollback,
    is_transactional,
    restore_after_flush,
    uses_database,
)
from testing.database import site_tree as look_up_site_tree

IN_CI = os.environ.get("CI", "").lower() == "true"
_WORKER_BUILDS = pytest.StashKey[dict]()  # database layers built by each xdist worker


def _load_demo_content():
    from demo.loader import load_demo_content

    load_demo_content()


LAYERS.register("demo_site", _load_demo_content)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    for item in items:
        if "postgres" in item.keywords and connection.vendor != "postgresql":
            item.add_marker(pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL)"))
        if is_transactional(item) and not has_serialized_rollback(item):
            raise pytest.UsageError(
                f"{item.nodeid} commits for real: give it django_db(transaction=True, "
                "serialized_rollback=True), so that the migrations' data is restored after its flush"
            )
        layer = LAYERS.of(item)
        if is_transactional(item) and layer:
            raise pytest.UsageError(f"{item.nodeid}: a database layer cannot serve a transactional test")
        if layer:
            # With `--dist loadgroup` (scripts/run-tests.sh), xdist sends a layer's tests to one
            # worker: each layer is built once per session, not once per worker.
            item.add_marker(pytest.mark.xdist_group(layer))
    # The tests of each layer one after the other (the heaviest layers first, which also balances
    # xdist workers): every worker's share keeps them together, so a layer is built once per worker.
    position = {id(item): index for index, item in enumerate(items)}

    def order(item):
        name = LAYERS.of(item)
        group = (0, LAYERS.order(name)) if name else (1, 0)
        return group, position[id(item)]

    items.sort(key=order)


def _blocker(config):
    from pytest_django.plugin import blocking_manager_key

    return config.stash[blocking_manager_key]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Before the test's own transaction opens: build its layer, or roll back another one."""
    if not uses_database(item):
        return
    LAYERS.pending = None if is_transactional(item) else LAYERS.of(item)
    if LAYERS.ready:
        with _blocker(item.config).unblock():
            LAYERS.switch(LAYERS.pending)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    result = yield
    if LAYERS.ready and uses_database(item) and is_transactional(item):
        with _blocker(item.config).unblock():
            restore_after_flush()
    return result


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings):
    """With TEST_DB_TEMPLATE (set by scripts/run-tests.sh), each PostgreSQL test database is a copy
    of that database, migrated once for the whole run (with the site tree), instead of being
    migrated again by every session and xdist worker. Django's migrate still runs on the copy."""
    from django.conf import settings

    template = os.environ.get("TEST_DB_TEMPLATE")
    database = settings.DATABASES["default"]
    if template and database["ENGINE"].endswith("postgresql"):
        database.setdefault("TEST", {})["TEMPLATE"] = template


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Once the test database exists: the session data, committed, then the first test's layer."""
    with django_db_blocker.unblock():
        build_session_data()
        LAYERS.ready = True
        LAYERS.switch(LAYERS.pending)
    yield
    with django_db_blocker.unblock():
        LAYERS.release()
    LAYERS.ready = False


def pytest_sessionfinish(session):
    """The summary says which layers each worker built (each should be built once). Under
    `--dist loadgroup`, a layer built by two workers fails the run: its tests were not kept on one
    worker, and the suite pays for the layer once per worker without any test failing."""
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:  # an xdist worker: its builds go to the controller
        workeroutput["database_layers"] = dict(LAYERS.builds)
        return
    if layers_built_by_several_workers(session.config) and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def layers_built_by_several_workers(config):
    """Under `--dist loadgroup`, {layer: [workers]} for each layer built by more than one worker."""
    if config.getoption("dist", "no") != "loadgroup":
        return {}
    workers = collections.defaultdict(list)
    for worker, builds in sorted(config.stash.get(_WORKER_BUILDS, {}).items()):
        for name in builds:
            workers[name].append(worker)
    return {name: found for name, found in workers.items() if len(found) > 1}


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    builds = getattr(node, "workeroutput", {}).get("database_layers")
    if builds is not None:
        node.config.stash.setdefault(_WORKER_BUILDS, {})[node.gateway.id] = builds


def pytest_terminal_summary(terminalreporter, config):
    per_worker = config.stash.get(_WORKER_BUILDS, None) or {"main": dict(LAYERS.builds)}
    if not any(per_worker.values()):
        return
    built = "; ".join(
        f"{worker}: " + (", ".join(f"{name} ×{count}" for name, count in builds.items()) or "none")
        for worker, builds in sorted(per_worker.items())
    )
    terminalreporter.write_line(f"database layers built: {built}")
    for name, workers in layers_built_by_several_workers(config).items():
        terminalreporter.write_line(
            f"database layer {name!r} built by {', '.join(workers)}: xdist did not keep its tests on one "
            "worker (the xdist_group marks were not applied)",
            red=True,
        )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Under CI=true the machine has PostgreSQL and Chromium: skipping their tests is a failure."""
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and any(kind in item.keywords for kind in ("postgres", "browser", "servers")):
        report.outcome = "failed"
        report.longrepr = f"skipped under CI=true, which is not allowed: {report.longrepr}"


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: a rolled-back test leaves no cached page behind (and
    the site cache starts a new generation)."""
    from django.core.cache import cache

    cache.clear()
    yield


SHARED_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture
def shared_redis():
    """The machine's Redis (required under CI=true) under a key prefix of this test's own: the
    `LOCATION` and `KEY_PREFIX` of a cache configuration. Its keys are deleted afterwards."""
    import uuid

    import redis

    client = redis.Redis.from_url(SHARED_REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError:
        if IN_CI:
            pytest.fail(f"Redis injoignable sur {SHARED_REDIS_URL} : obligatoire en CI.")
        pytest.skip(f"Redis injoignable sur {SHARED_REDIS_URL}")
    prefix = f"pairapair-test-{uuid.uuid4().hex}"
    yield {"LOCATION": SHARED_REDIS_URL, "KEY_PREFIX": prefix}
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)
    client.close()


@pytest.fixture
def redis_cache(shared_redis):
    """The site's Redis cache backend (core/redis_cache.py) as the default cache, on the machine's
    Redis under this test's own prefix: the cache object."""
    from django.core.cache import cache
    from django.test.utils import override_settings

    with override_settings(CACHES={"default": {"BACKEND": "core.redis_cache.RedisCache", **shared_redis}}):
        yield cache


@pytest.fixture
def page_cache(settings):
    """The full-page cache on, as in production (the test settings turn it off)."""
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def site_tree(db):
    """Home pages in both languages, the four listing pages and the standard pages, committed once
    per session (testing/database.py): looked up here, never rebuilt."""
    return look_up_site_tree()


@pytest.fixture
def writer(db):
    from editorial.roles import WRITER
    from editorial.tests.factories import UserFactory

    return UserFactory(username="redactrice", role=WRITER)


@pytest.fixture
def moderator(db):
    from editorial.roles import MODERATOR
    from editorial.tests.factories import UserFactory

    return UserFactory(username="moderatrice", role=MODERATOR)


@pytest.fixture
def administrator(db):
    from editorial.roles import ADMINISTRATOR
    from editorial.tests.factories import UserFactory

    return UserFactory(username="administratrice", role=ADMINISTRATOR)


@pytest.fixture
def demo_site(db):
    """The whole demo content, loaded once for the tests that use it (a database layer)."""
    return LAYERS.data("demo_site")
