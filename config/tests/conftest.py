"""Fixtures of the deployment tests: editorial users and the `servers` marker's CI rule."""

import os
import shutil

import pytest

from accounts.tests.users import make_user
from editorial.roles import ADMINISTRATOR, MODERATOR, WRITER

IN_CI = os.environ.get("CI", "").lower() == "true"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "servers" in item.keywords and not shutil.which("nginx") and not os.path.exists("/usr/sbin/nginx"):
            item.add_marker(pytest.mark.skip(reason="nginx is missing: run scripts/install-test-deps.sh"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Under CI=true nginx is installed: skipping a test that starts a server is a failure."""
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and "servers" in item.keywords:
        report.outcome = "failed"
        report.longrepr = f"skipped under CI=true, which is not allowed: {report.longrepr}"


@pytest.fixture
def writer(db):
    return make_user("redactrice", WRITER)


@pytest.fixture
def moderator(db):
    return make_user("moderatrice", MODERATOR)


@pytest.fixture
def administrator(db):
    return make_user("administratrice", ADMINISTRATOR)
