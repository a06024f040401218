"""The contact messages in the admin: moderators and administrators read them, writers never see
them (not in the list, the detail, the chooser nor the menu), administrators delete them, nobody
creates or edits one; the list says when each message will be deleted."""

import pytest
from django.utils import timezone

from home.models import ContactMessage

pytestmark = pytest.mark.django_db

INDEX = "/admin/snippets/home/contactmessage/"
CHOOSER = "/admin/snippets/choose/home/contactmessage/"


@pytest.fixture
def received(site_tree):
    message = ContactMessage.objects.create(
        subject="donnees",
        name="Dominique Lectrice",
        email="dominique@exemple.fr",
        message="Merci d'effacer mon adresse de vos listes.",
        page_url="/guides/",
    )
    ContactMessage.objects.filter(pk=message.pk).update(
        created_at=timezone.make_aware(timezone.datetime(2026, 3, 2))
    )
    message.refresh_from_db()
    return message


def refused(response):
    return response.status_code in (302, 403)


def test_moderators_read_the_messages_and_when_they_will_be_deleted(client, moderator, received):
    client.force_login(moderator)
    listing = client.get(INDEX).content.decode()
    assert "dominique@exemple.fr" in listing and "Effacé après le" in listing
    assert "effacé 12 mois après sa réception" in listing
    assert "9 mars 2027" in listing  # received on 2 March 2026: 12 × 31 days later
    detail = client.get(f"{INDEX}inspect/{received.pk}/").content.decode()
    assert "Merci d&#x27;effacer mon adresse" in detail and "/guides/" in detail
    assert f"{INDEX}add/" not in listing and f"{INDEX}edit/{received.pk}/" not in listing
    assert refused(client.get(f"{INDEX}add/")) and refused(client.get(f"{INDEX}edit/{received.pk}/"))
    assert refused(client.post(f"{INDEX}delete/{received.pk}/"))
    assert client.get(CHOOSER).status_code == 200
    assert INDEX in client.get("/admin/").content.decode()
    assert ContactMessage.objects.filter(pk=received.pk).exists()


def test_writers_never_see_the_messages(client, writer, received):
    client.force_login(writer)
    for url in (INDEX, f"{INDEX}inspect/{received.pk}/", CHOOSER, f"{CHOOSER}results/", f"{INDEX}add/"):
        assert refused(client.get(url)), url
    assert INDEX not in client.get("/admin/").content.decode()
    assert "dominique@exemple.fr" not in client.get("/admin/").content.decode()


def test_administrators_delete_and_nobody_writes_a_message(
    client, administrator, received, django_user_model
):
    client.force_login(administrator)
    assert client.post(f"{INDEX}delete/{received.pk}/").status_code == 302
    assert not ContactMessage.objects.filter(pk=received.pk).exists()
    superuser = django_user_model.objects.create_superuser("cheffe", "cheffe@example.org", "x")
    client.force_login(superuser)
    other = ContactMessage.objects.create(
        subject="question", name="A", email="a@exemple.fr", message="Bonjour."
    )
    assert refused(client.get(f"{INDEX}add/"))
    assert refused(client.post(f"{INDEX}edit/{other.pk}/", {"name": "Changé"}))
    assert ContactMessage.objects.get(pk=other.pk).name == "A"
    assert client.get(f"{INDEX}inspect/{other.pk}/").status_code == 200
