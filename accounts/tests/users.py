from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

PASSWORD = "motdepasse-solide-42"


def make_user(username, role=None, password=PASSWORD):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", password)
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user
