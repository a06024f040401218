"""TOTP two-factor authentication: enrolment, the code after the password, and the setting that
makes it mandatory for moderators and administrators."""

import base64
import re

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.tests.users import PASSWORD
from editorial.roles import ADMINISTRATOR, MODERATOR

pytestmark = pytest.mark.django_db


@pytest.fixture
def required(settings):
    settings.TWO_FACTOR_REQUIRED_GROUPS = [MODERATOR, ADMINISTRATOR]


def code_for(device, offset=0):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=offset):06d}"


def test_a_moderator_without_a_device_is_sent_to_enrol_before_the_admin(client, moderator, required):
    client.force_login(moderator)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response.url.startswith("/admin/2fa/activer/?next=/admin/pages/")
    assert client.get("/admin/documents/").url.startswith("/admin/2fa/activer/")


def test_enrolment_with_a_generated_code_opens_the_admin(client, moderator, required):
    client.force_login(moderator)
    page = client.get("/admin/2fa/activer/?next=/admin/pages/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "<svg" in text
    secret = re.search(r"<code>([A-Z2-7=]+)</code>", text).group(1)
    device = TOTPDevice.objects.get(user=moderator, confirmed=False)
    assert device.bin_key == base64.b32decode(secret)

    wrong = client.post("/admin/2fa/activer/", {"code": "000000", "password": PASSWORD})
    if code_for(device) != "000000":
        assert wrong.status_code == 200
        assert "pas valable" in wrong.content.decode()
    device.refresh_from_db()
    device.throttle_reset()  # django-otp delays the next try after a wrong code

    response = client.post(
        "/admin/2fa/activer/", {"code": code_for(device), "password": PASSWORD, "next": "/admin/pages/"}
    )
    assert response.status_code == 302
    assert response.url == "/admin/pages/"
    assert TOTPDevice.objects.get(user=moderator).confirmed
    assert client.get("/admin/pages/").status_code == 200


def test_enrolment_needs_the_current_password(client, moderator, required):
    client.force_login(moderator)
    client.get("/admin/2fa/activer/")
    device = TOTPDevice.objects.get(user=moderator, confirmed=False)
    response = client.post("/admin/2fa/activer/", {"code": code_for(device), "password": "pas-le-bon"})
    assert response.status_code == 200
    assert not TOTPDevice.objects.filter(user=moderator, confirmed=True).exists()


def test_with_a_device_a_code_is_asked_after_the_password(client, moderator, required):
    device = TOTPDevice.objects.create(user=moderator, name="Téléphone", confirmed=True)
    client.post("/admin/login/", {"username": "moderatrice", "password": PASSWORD})
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response.url.startswith("/admin/2fa/verifier/?next=/admin/pages/")

    wrong = client.post("/admin/2fa/verifier/", {"code": "12345x", "next": "/admin/pages/"})
    assert wrong.status_code == 200
    assert client.get("/admin/pages/").status_code == 302

    device.refresh_from_db()
    device.throttle_reset()
    response = client.post("/admin/2fa/verifier/", {"code": code_for(device), "next": "/admin/pages/"})
    assert response.status_code == 302
    assert response.url == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_verify_refuses_a_redirect_to_another_site(client, moderator):
    device = TOTPDevice.objects.create(user=moderator, name="Téléphone", confirmed=True)
    client.force_login(moderator)
    response = client.post(
        "/admin/2fa/verifier/", {"code": code_for(device), "next": "https://ailleurs.example/"}
    )
    assert response.status_code == 302
    assert response.url == "/admin/"


def test_a_writer_may_enable_it_and_is_then_asked_for_codes(client, writer, required):
    client.force_login(writer)
    assert client.get("/admin/pages/").status_code == 200  # not required of writers
    assert client.get("/admin/2fa/").status_code == 200
    client.get("/admin/2fa/activer/")
    device = TOTPDevice.objects.get(user=writer, confirmed=False)
    client.post("/admin/2fa/activer/", {"code": code_for(device), "password": PASSWORD})
    assert TOTPDevice.objects.filter(user=writer, confirmed=True).exists()

    client.logout()
    client.post("/admin/login/", {"username": "redactrice", "password": PASSWORD})
    assert client.get("/admin/pages/").url.startswith("/admin/2fa/verifier/")


def test_without_the_setting_nobody_is_forced(client, moderator, settings):
    settings.TWO_FACTOR_REQUIRED_GROUPS = []
    client.force_login(moderator)
    assert client.get("/admin/pages/").status_code == 200


def test_production_requires_it_of_moderators_and_administrators():
    from config.tests.test_settings import STRONG_KEY, run_manage

    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.TWO_FACTOR_REQUIRED_GROUPS)",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="pair-a-pair.fr",
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert result.stdout.strip().splitlines()[-1] == str([MODERATOR, ADMINISTRATOR]), result.stderr
