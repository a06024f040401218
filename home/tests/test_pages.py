import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailTestUtils

from guides.models import PracticeGuidePage
from home.models import HomePage, StandardPage
from job_descriptions.models import JobDescriptionPage
from library.models import LibraryPage
from search.models import LibraryIndexPage
from testimonies import models as testimony_models

pytestmark = pytest.mark.django_db


def allowed(parent, child):
    return child in parent.allowed_subpage_models()


def test_page_type_hierarchy():
    assert allowed(Page, HomePage)
    assert allowed(HomePage, StandardPage) and allowed(HomePage, LibraryIndexPage)
    assert allowed(StandardPage, StandardPage)
    for model in (PracticeGuidePage, testimony_models.TestimonyPage, JobDescriptionPage):
        assert allowed(LibraryIndexPage, model)
        assert not allowed(HomePage, model)
        assert not allowed(StandardPage, model)
        assert model.allowed_subpage_models() == []
    assert not allowed(LibraryIndexPage, LibraryIndexPage)
    assert not LibraryPage.is_creatable


def test_robots_txt_points_to_the_sitemap(client, site_tree):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


@pytest.mark.sqlite_smoke
def test_sitemap_lists_both_languages(client, site_tree):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    body = response.content.decode()
    assert "/a-propos/" in body and "/en/about/" in body


def test_footer_links_follow_the_reader_language(client, site_tree):
    french = client.get("/").content.decode()
    english = client.get("/en/").content.decode()
    assert "/mentions-legales/" in french and "/declaration-d-accessibilite/" in french
    assert "/en/legal-notice/" in english and "/en/accessibility-statement/" in english


class TestAdminCreation(WagtailTestUtils):
    def test_an_editor_creates_a_standard_page_in_french(self, client, site_tree, admin_user):
        client.force_login(admin_user)
        home = site_tree["home"]
        response = client.post(
            f"/admin/pages/add/home/standardpage/{home.pk}/",
            {
                "title": "Nos partenaires",
                "slug": "nos-partenaires",
                "introduction": "Ceux qui nous aident.",
                "body-count": "0",
                "action-publish": "publish",
            },
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        page = StandardPage.objects.get(slug="nos-partenaires")
        assert page.live and page.locale.language_code == "fr"
        assert client.get(page.url).status_code == 200
