"""Searching a vocabulary in the admin answers, whatever the words."""

import pytest
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", ["theme", "audience", "structuretype", "posttype", "region"])
def test_searching_a_vocabulary_answers(client, django_user_model, model):
    user = django_user_model.objects.create_user("moderatrice", "m@example.org", "motdepasse")
    user.groups.add(Group.objects.get(name="Modérateur·rice"))
    client.force_login(user)
    for url in (f"/admin/snippets/taxonomy/{model}/", f"/admin/snippets/taxonomy/{model}/results/"):
        response = client.get(url, {"q": "logement"})
        assert response.status_code == 200, url
