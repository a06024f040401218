import re

import pytest

pytestmark = pytest.mark.django_db


def html_lang(response):
    return re.search(r'<html lang="([a-z-]+)"', response.content.decode()).group(1)


@pytest.mark.sqlite_smoke
def test_french_home_is_served_at_root_without_prefix(client, site_tree):
    response = client.get("/")
    assert response.status_code == 200
    assert html_lang(response) == "fr"
    assert site_tree["home"].hero_heading in response.content.decode()


@pytest.mark.sqlite_smoke
def test_english_home_is_served_under_en(client, site_tree):
    response = client.get("/en/")
    assert response.status_code == 200
    assert html_lang(response) == "en"
    english_home = site_tree["home"].get_translation(site_tree["loader"].en)
    assert english_home.specific.hero_heading in response.content.decode()


def test_french_prefix_is_not_a_second_address(client, site_tree):
    assert client.get("/fr/").status_code == 404


def test_every_page_links_its_translations_and_x_default(client, site_tree):
    about = site_tree["standard"]["about"]
    english = about.get_translation(site_tree["loader"].en)
    html = client.get(about.url).content.decode()
    assert f'hreflang="fr" href="{about.full_url}"' in html
    assert f'hreflang="en" href="{english.full_url}"' in html
    assert f'hreflang="x-default" href="{about.full_url}"' in html
    assert f'<link rel="canonical" href="{about.full_url}">' in html


def test_language_switcher_goes_to_the_translation(client, site_tree):
    about = site_tree["standard"]["about"]
    english = about.get_translation(site_tree["loader"].en)
    html = client.get(about.url).content.decode()
    assert f'<a href="{english.url}" lang="en" hreflang="en">English</a>' in html
    back = client.get(english.url).content.decode()
    assert f'<a href="{about.url}" lang="fr" hreflang="fr">Français</a>' in back


def test_language_switcher_falls_back_to_the_other_home_with_a_message(client, site_tree):
    from guides.tests.factories import PracticeGuidePageFactory

    guide = PracticeGuidePageFactory(
        parent=site_tree["sections"]["guide"], title="Un guide seulement en français"
    )
    html = client.get(guide.url).content.decode()
    assert 'href="/en/?untranslated=1"' in html
    assert "this page is not translated yet" in html
    assert 'hreflang="en"' not in html.split("</head>")[0]
    notice = client.get("/en/?untranslated=1").content.decode()
    assert "does not exist in this language yet" in notice


def test_not_found_page_speaks_the_language_of_the_address(client, site_tree):
    french = client.get("/cette-page-n-existe-pas/")
    english = client.get("/en/this-page-does-not-exist/")
    assert french.status_code == english.status_code == 404
    assert "Page introuvable" in french.content.decode()
    assert html_lang(english) == "en"
    assert "Page not found" in english.content.decode()
