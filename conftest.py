"""Shared test set-up: database-dependent markers, CI strictness, and the site tree fixtures."""

import os

import pytest
from django.db import connection

IN_CI = os.environ.get("CI", "").lower() == "true"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "postgres" in item.keywords and connection.vendor != "postgresql":
            item.add_marker(pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL)"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Under CI=true the machine has PostgreSQL and Chromium: skipping their tests is a failure."""
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and ("postgres" in item.keywords or "browser" in item.keywords):
        report.outcome = "failed"
        report.longrepr = f"skipped under CI=true, which is not allowed: {report.longrepr}"


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: a rolled-back test leaves no cached page behind."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture
def site_tree(db):
    """Home pages in both languages, the four listing pages and the standard pages."""
    from demo.loader import DemoLoader

    loader = DemoLoader()
    home, sections, standard = loader.ensure_site_tree()
    return {"home": home, "sections": sections, "standard": standard, "loader": loader}


@pytest.fixture
def demo_site(db):
    from demo.loader import load_demo_content

    load_demo_content()


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
