"""The editors' guide names the workflows as the migrations create them."""

from html import unescape

import pytest
from django.urls import reverse

from editorial.roles import REVIEW_WORKFLOW, TESTIMONY_WORKFLOW

pytestmark = pytest.mark.django_db


def test_the_guide_names_both_workflows(client, admin_user):
    client.force_login(admin_user)
    html = unescape(client.get(reverse("editorial_guide")).content.decode())
    assert f"« Soumettre à {TESTIMONY_WORKFLOW} »" in html
    assert f"« Soumettre à {REVIEW_WORKFLOW} »" in html
