"""What a public site owes its readers: a favicon, a description on every page, a site plan and
a legal notice that names its publisher, director of publication and host (LCEN, art. 6)."""

import re

import pytest

from home.models import SiteSettings

pytestmark = pytest.mark.django_db


def description(html):
    found = re.findall(r'<meta name="description" content="([^"]*)">', html)
    assert len(found) == 1, found
    return found[0]


def test_the_favicon_is_served_and_linked(client, site_tree):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert b"".join(response.streaming_content if response.streaming else [response.content])[:4] == (
        b"\x00\x00\x01\x00"
    )
    home = client.get("/").content.decode()
    assert '<link rel="icon" href="/favicon.ico" sizes="32x32">' in home
    assert 'rel="apple-touch-icon"' in home


@pytest.mark.parametrize("url", ["/", "/en/", "/recherche/", "/en/search/", "/guides/", "/plan-du-site/"])
def test_home_listing_and_search_pages_have_a_meta_description(client, site_tree, url):
    assert len(description(client.get(url).content.decode())) > 30


def test_the_home_description_comes_from_the_site_settings(client, site_tree):
    settings = SiteSettings.for_site(site_tree["home"].get_site())
    settings.description_fr = "Une description choisie pour l'accueil."
    settings.save()
    assert description(client.get("/").content.decode()) == "Une description choisie pour l&#x27;accueil."


def test_the_site_plan_lists_the_sections_and_standard_pages_in_each_language(client, site_tree):
    french = client.get("/plan-du-site/")
    assert french.status_code == 200
    html = french.content.decode()
    for page in [*site_tree["sections"].values(), *site_tree["standard"].values()]:
        assert f'href="{page.url}"' in html, page.url
    assert 'href="/contact/"' in html and 'href="/flux/atom/"' in html
    english = client.get("/en/sitemap/").content.decode()
    assert '<html lang="en">' in english and "Site map" in english
    assert 'href="/en/feed/"' in english
    assert client.get("/en/plan-du-site/").status_code == 404


def test_the_site_plan_never_lists_library_pages(client, site_tree):
    from guides.tests.factories import PracticeGuidePageFactory

    PracticeGuidePageFactory(parent=site_tree["sections"]["guide"], title="Un guide parmi d'autres")
    assert "Un guide parmi d" not in client.get("/plan-du-site/").content.decode()


def test_the_legal_notice_names_publisher_director_and_host_from_the_settings(client, site_tree):
    settings = SiteSettings.for_site(site_tree["home"].get_site())
    settings.publisher_name = "Association Exemple"
    settings.publication_director = "Alex Martin, président"
    settings.host_name = "Hébergeur Exemple"
    settings.host_address = "2 rue du Serveur\n69000 Lyon"
    settings.host_phone = "04 11 22 33 44"
    settings.save()
    legal = client.get(site_tree["standard"]["legal"].url).content.decode()
    for text in (
        "Association Exemple",
        "Alex Martin, président",
        "Hébergeur Exemple",
        "2 rue du Serveur<br>69000 Lyon",
    ):
        assert text in legal
    assert "Directeur ou directrice de la publication" in legal
    assert "communiqués sur simple demande" not in legal
    english = client.get("/en/legal-notice/").content.decode()
    assert "Hébergeur Exemple" in english and "Director of publication" in english
    about = client.get(site_tree["standard"]["about"].url).content.decode()
    assert "Hébergeur Exemple" not in about
