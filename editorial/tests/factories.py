"""Users, with an editorial role (a group created by the editorial migrations) if one is given."""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory, Password

PASSWORD = "motdepasse"


class UserFactory(DjangoModelFactory):
    class Meta:
        model = get_user_model()
        # A user name names one user: a fixture asking for "redactrice" after a database layer
        # made her gets the layer's user.
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"utilisateur{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = Password(PASSWORD)

    @factory.post_generation
    def role(user, create, extracted, **kwargs):
        """`role="Rédacteur·rice"`: the user joins that group, which must exist."""
        if create and extracted:
            user.groups.add(Group.objects.get(name=extracted))
