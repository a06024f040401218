"""Fixtures of the deployment tests: editorial users; `servers` tests skipped without nginx (the
root conftest makes that skip a failure under CI=true)."""

import os
import shutil

import pytest

from accounts.tests.users import make_user
from editorial.roles import ADMINISTRATOR, MODERATOR, WRITER


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "servers" in item.keywords and not shutil.which("nginx") and not os.path.exists("/usr/sbin/nginx"):
            item.add_marker(pytest.mark.skip(reason="nginx is missing: run scripts/install-test-deps.sh"))


@pytest.fixture
def writer(db):
    return make_user("redactrice", WRITER)


@pytest.fixture
def moderator(db):
    return make_user("moderatrice", MODERATOR)


@pytest.fixture
def administrator(db):
    return make_user("administratrice", ADMINISTRATOR)
