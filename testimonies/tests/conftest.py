"""Users holding each editorial role (the groups come from the editorial migrations)."""

import pytest
from django.contrib.auth.models import Group


def _user_with_role(django_user_model, username, role):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "motdepasse")
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def writer(db, django_user_model):
    return _user_with_role(django_user_model, "redactrice", "Rédacteur·rice")


@pytest.fixture
def moderator(db, django_user_model):
    return _user_with_role(django_user_model, "moderatrice", "Modérateur·rice")


@pytest.fixture
def administrator(db, django_user_model):
    return _user_with_role(django_user_model, "administratrice", "Administrateur·rice")
