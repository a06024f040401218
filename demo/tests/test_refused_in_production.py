"""`load_demo_content` creates accounts whose passwords are published: never under production settings."""

import io

import pytest
from django.core.management import CommandError, call_command

from library.models import LibraryPage

pytestmark = pytest.mark.django_db


def test_load_demo_content_refuses_under_production_settings(settings, django_user_model):
    settings.DEMO_CONTENT_ALLOWED = False  # as config/settings/production.py sets it
    users = django_user_model.objects.count()
    out = io.StringIO()
    with pytest.raises(CommandError, match="setup_site"):
        call_command("load_demo_content", stdout=out)
    assert django_user_model.objects.count() == users
    assert not LibraryPage.objects.exists()
    assert "pairapair-demo" not in out.getvalue()
