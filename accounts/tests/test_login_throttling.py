"""django-axes locks the admin login and Wagtail's page-password form after AXES_FAILURE_LIMIT
wrong passwords, even for the right one, until the cool-off ends or an administrator unlocks."""

import pytest
from django.core.management import call_command
from django.utils import translation
from wagtail.models import PageViewRestriction

from accounts.security import lockout_response
from accounts.tests.users import PASSWORD

pytestmark = pytest.mark.django_db
LOCKED = "Connexion bloquée"


def login(client, username, password):
    return client.post("/admin/login/", {"username": username, "password": password, "next": "/admin/"})


def test_thirty_wrong_passwords_lock_the_login_after_the_limit(client, moderator, settings):
    statuses = [login(client, "moderatrice", f"faux-{n}").status_code for n in range(30)]
    limit = settings.AXES_FAILURE_LIMIT
    assert statuses[: limit - 1] == [200] * (limit - 1)  # the form again, with its error
    assert set(statuses[limit:]) == {429}

    response = login(client, "moderatrice", PASSWORD)
    assert response.status_code == 429
    text = response.content.decode()
    assert LOCKED in text
    assert f"après {limit} mots de passe erronés" in text
    assert "Réessayez dans 30 minutes" in text
    assert "_auth_user_id" not in client.session


def test_the_lockout_page_speaks_english_to_english_readers(rf, site_tree):
    request = rf.post("/en/_util/authenticate_with_password/1/2/")
    with translation.override("en"):
        response = lockout_response(request)
    assert response.status_code == 429
    assert "Sign-in blocked" in response.content.decode()


def test_an_administrator_unlocks_with_the_management_command(client, moderator, settings):
    for n in range(settings.AXES_FAILURE_LIMIT + 2):
        login(client, "moderatrice", f"faux-{n}")
    assert login(client, "moderatrice", PASSWORD).status_code == 429

    call_command("axes_reset_username", "moderatrice")
    response = login(client, "moderatrice", PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(moderator.pk)


def test_the_lock_is_for_the_user_name_and_address_not_for_everyone(client, moderator, writer, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        login(client, "moderatrice", f"faux-{n}")
    assert login(client, "redactrice", PASSWORD).status_code == 302


def test_page_password_form_is_throttled_too(client, site_tree, settings):
    page = site_tree["sections"]["guide"]
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="le-bon-mot"
    )
    url = f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    statuses = [
        client.post(url, {"password": f"faux-{n}", "return_url": page.url}).status_code for n in range(12)
    ]
    assert statuses[0] == 200
    assert statuses[-1] == 429
    assert statuses.count(200) < settings.AXES_FAILURE_LIMIT
    response = client.post(url, {"password": "le-bon-mot", "return_url": page.url})
    assert response.status_code == 429
    assert LOCKED in response.content.decode()

    call_command("axes_reset_username", f"page-restriction-{restriction.pk}")
    response = client.post(url, {"password": "le-bon-mot", "return_url": page.url})
    assert response.status_code == 302


@pytest.mark.parametrize("value", ["", "x" * 5000, "\x00", "é" * 300])
def test_odd_login_input_is_never_a_server_error(client, db, value):
    assert login(client, value, value).status_code in (200, 429)
