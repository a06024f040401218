"""The demo content: one account per role, printed by load_demo_content; covered testimonies."""

import io

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command

from demo.loader import DEMO_ROLE_ACCOUNTS
from editorial.roles import ROLES, TESTIMONY_WORKFLOW
from testimonies import models as testimony_models

pytestmark = pytest.mark.django_db


@pytest.mark.sqlite_smoke
def test_demo_has_one_account_per_role_and_prints_the_logins(demo_site):
    """The demo (loaded once, a database layer) made one account per role; loading it again
    creates nothing and prints every login."""
    assert sorted(account["role"] for account in DEMO_ROLE_ACCOUNTS) == sorted(ROLES)
    for account in DEMO_ROLE_ACCOUNTS:
        user = authenticate(username=account["username"], password=account["password"])
        assert user is not None and not user.is_superuser
        assert list(user.groups.values_list("name", flat=True)) == [account["role"]]

    again = io.StringIO()
    call_command("load_demo_content", stdout=again)
    assert "rien à créer" in again.getvalue()
    for account in DEMO_ROLE_ACCOUNTS:
        assert f"« {account['username']} », mot de passe « {account['password']} »" in again.getvalue()


def test_every_demo_testimony_is_covered_by_its_consent(demo_site):
    pages = testimony_models.TestimonyPage.objects.live()
    assert pages.count() >= 6
    for page in pages:
        assert page.consent_problems(revision=page.live_revision) == [], page.title
        assert page.get_workflow().name == TESTIMONY_WORKFLOW
