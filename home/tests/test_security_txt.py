"""/.well-known/security.txt in RFC 9116's format, from the site settings and SECURITY_TXT_EXPIRES."""

import pytest
from wagtail.models import Site

from home.models import SiteSettings

pytestmark = pytest.mark.django_db
URL = "/.well-known/security.txt"


@pytest.fixture
def contact(site_tree):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.contact_email = "securite@pair-a-pair.example"
    site_settings.save()


def fields(response):
    lines = response.content.decode().splitlines()
    return dict(line.split(": ", 1) for line in lines if line)


def test_security_txt_has_contact_expiry_languages_and_canonical(client, contact, settings):
    settings.SECURITY_TXT_EXPIRES = "2027-06-30T00:00:00+02:00"
    response = client.get(URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert fields(response) == {
        "Contact": "mailto:securite@pair-a-pair.example",
        "Expires": "2027-06-30T00:00:00+02:00",
        "Preferred-Languages": "fr, en",
        "Canonical": "http://testserver/.well-known/security.txt",
    }


def test_security_contact_setting_wins(client, contact, settings):
    settings.SECURITY_TXT_EXPIRES = "2027-06-30"
    settings.SECURITY_CONTACT = "https://pair-a-pair.example/signaler/"
    response = client.get(URL)
    assert fields(response)["Contact"] == "https://pair-a-pair.example/signaler/"
    assert fields(response)["Expires"].startswith("2027-06-30T00:00:00")


def test_no_file_without_an_expiry_or_a_contact(client, site_tree, settings):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.contact_email = ""
    site_settings.save()
    settings.SECURITY_TXT_EXPIRES = "2027-06-30"
    assert client.get(URL).status_code == 404  # no contact address in the site settings
    settings.SECURITY_TXT_EXPIRES = ""
    settings.SECURITY_CONTACT = "mailto:securite@pair-a-pair.example"
    assert client.get(URL).status_code == 404


def test_a_wrong_expiry_setting_is_not_a_server_error(client, contact, settings):
    settings.SECURITY_TXT_EXPIRES = "fin juin"
    assert client.get(URL).status_code == 404
