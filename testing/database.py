"""The database every test starts from, built once per test session and per xdist worker.

Three levels, from the bottom:

1. What the migrations create: locales, vocabularies, roles, collections, synonyms, workflows.
2. The session data, committed right after pytest-django creates the test database: the bilingual
   site tree of the demo loader (home pages, sections and standard pages in French and English,
   site settings, the demo administrator). Every database test sees it; `site_tree` looks its
   pages up, nothing rebuilds it.
3. At most one *layer*: a read-only corpus shared by many tests (the demo content, the search's
   facet library, the download tests' job descriptions…). A layer is built in a transaction left
   open on top of the session data. Each test that uses it runs in a savepoint of that transaction
   (pytest-django's `db`), so whatever a test changes is rolled back as usual. The layer itself is
   rolled back as soon as a database test that does not use it is about to run, and at the end of
   the session. The root conftest orders the tests so that the tests of a layer run one after the
   other, and marks them so that `--dist loadgroup` sends them all to one xdist worker: a layer is
   built once per run (a run where two workers built the same layer fails).

A test that needs real commits (`transactional_db`, `live_server`, `django_db(transaction=True)`)
flushes the database when it ends. Such a test must ask for `serialized_rollback=True`; once it
is over, the migrations' data is restored from pytest-django's serialized copy and the session data
is built again.
"""

import collections
import warnings

import pytest

TRANSACTIONAL_FIXTURES = {"transactional_db", "live_server", "django_db_reset_sequences"}


def build_session_data():
    """Commits the site tree (idempotent: with `--reuse-db` it finds everything in place), then
    fills Django's content type cache, as any process that has served a page has it: a test
    counting queries measures its own, whether or not the tree was just created."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction

    from demo.loader import DemoLoader

    with transaction.atomic():
        DemoLoader().ensure_site_tree()
    ContentType.objects.get_for_models(*apps.get_models(include_auto_created=True))


def site_tree():
    """The session's site tree, looked up: the same dict `DemoLoader.ensure_site_tree` gives."""
    from django.contrib.auth import get_user_model

    from demo.data.pages import STANDARD_PAGES
    from demo.loader import DEMO_ADMIN, SECTIONS, DemoLoader
    from home.models import HomePage, StandardPage
    from search.models import LibraryIndexPage

    loader = DemoLoader()
    loader.user = get_user_model().objects.get(username=DEMO_ADMIN["username"])
    home = HomePage.objects.get(locale=loader.fr, depth=2)
    sections = {
        scope: LibraryIndexPage.objects.child_of(home).get(slug=data["fr"]["slug"])
        for scope, data in SECTIONS.items()
    }
    standard = {
        key: StandardPage.objects.child_of(home).get(slug=data["fr"]["slug"])
        for key, data in STANDARD_PAGES.items()
    }
    return {"home": home, "sections": sections, "standard": standard, "loader": loader}


def _django_db_marker_options(item):
    marker = item.get_closest_marker("django_db")
    if marker is None:
        return {}

    def options(transaction=False, reset_sequences=False, databases=None, serialized_rollback=False, **_):
        return {
            "transaction": transaction or reset_sequences,
            "serialized_rollback": serialized_rollback,
        }

    return options(*marker.args, **marker.kwargs)


def uses_database(item):
    fixtures = getattr(item, "fixturenames", ())
    return item.get_closest_marker("django_db") is not None or "_django_db_helper" in fixtures


def is_transactional(item):
    fixtures = getattr(item, "fixturenames", ())
    return bool(_django_db_marker_options(item).get("transaction")) or bool(
        TRANSACTIONAL_FIXTURES & set(fixtures)
    )


def has_serialized_rollback(item):
    fixtures = getattr(item, "fixturenames", ())
    return bool(_django_db_marker_options(item).get("serialized_rollback")) or (
        "django_db_serialized_rollback" in fixtures
    )


class Layers:
    """The layers declared by the conftest files, and the one currently built (if any)."""

    def __init__(self):
        self.builders = {}
        self.active = None
        self.ready = False  # the test database exists, with the session data
        self.pending = None  # the layer of the test about to run
        self.builds = collections.Counter()
        self._data = None
        self._atomic = None

    def register(self, name, build):
        """`name` is the fixture that gives the layer to tests; `build()` makes its rows and
        returns what the fixture needs (primary keys, specs…), never model instances to share."""
        if name in self.builders and self.builders[name] is not build:
            raise ValueError(f"layer {name!r} declared twice")
        self.builders[name] = build

    def of(self, item):
        names = [name for name in self.builders if name in getattr(item, "fixturenames", ())]
        if len(names) > 1:
            raise pytest.UsageError(f"{item.nodeid} uses two database layers: {names}")
        return names[0] if names else None

    def order(self, name):
        return list(self.builders).index(name)

    def switch(self, name):
        """Rolls back the current layer unless it is `name`, then builds `name` if needed."""
        if name == self.active:
            return
        self.release()
        if name is None:
            return
        from django.db import transaction
        from django.test import TestCase

        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            # Callbacks run as they would on a commit (translations, cache generations…).
            with TestCase.captureOnCommitCallbacks(execute=True):
                data = self.builders[name]()
        except BaseException:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            raise
        self._atomic, self.active, self._data = atomic, name, data
        self.builds[name] += 1
        if self.builds[name] > 1:
            warnings.warn(
                f"database layer {name!r} built {self.builds[name]} times in this session: "
                "its tests were not run one after the other",
                pytest.PytestWarning,
                stacklevel=2,
            )

    def release(self):
        if self.active is None:
            return
        from django.core.cache import cache
        from django.db import transaction

        transaction.set_rollback(True)
        self._atomic.__exit__(None, None, None)
        self._atomic = self.active = self._data = None
        cache.clear()

    def data(self, name):
        if self.active != name:
            raise RuntimeError(
                f"database layer {name!r} is not built (active: {self.active!r}): a layer fixture "
                "must be requested by the test itself or by its fixtures, so that it is built first"
            )
        return self._data


LAYERS = Layers()


def restore_after_flush():
    """After a transactional test: the migrations' data back, then the session data."""
    from django.db import connections

    for connection in connections.all():
        contents = getattr(connection, "_test_serialized_contents", None)
        if contents:
            connection.creation.deserialize_db_from_string(contents)
    build_session_data()
