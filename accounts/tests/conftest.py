import pytest

from accounts.tests.users import make_user
from editorial.roles import MODERATOR, WRITER


@pytest.fixture
def writer(db):
    return make_user("redactrice", WRITER)


@pytest.fixture
def moderator(db):
    return make_user("moderatrice", MODERATOR)
