"""The English page's download and personalisation addresses are English; French ones still work."""

import pytest

from job_descriptions.tests.downloads_support import job_pages_fixture  # noqa: F401

pytestmark = pytest.mark.django_db


def test_english_pages_link_to_english_addresses(client, job_pages):
    english = job_pages["en"]
    assert english.reverse_subpage("download", args=["odt"]) == "download/odt/"
    assert english.reverse_subpage("personalise") == "personalise/"
    html = client.get(english.url).content.decode()
    assert f'href="{english.url}download/odt/"' in html and f'href="{english.url}personalise/"' in html
    assert "telecharger/" not in html and "personnaliser/" not in html
    assert client.get(f"{english.url}download/odt/").status_code == 200
    assert client.get(f"{english.url}personalise/").status_code == 200
    assert client.get(f"{english.url}telecharger/odt/").status_code == 200, "old links keep working"


def test_french_pages_keep_french_addresses(job_pages):
    french = next(page for key, page in job_pages.items() if key != "en")
    assert french.reverse_subpage("download", args=["odt"]) == "telecharger/odt/"
    assert french.reverse_subpage("personalise") == "personnaliser/"
