"""The cached page chrome and routing: a change made by an editor shows on the next request,
a preview never leaks, a view restriction is enforced as soon as it is set.
"""

import json

import pytest
from django.contrib.staticfiles import finders
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from core import site_cache
from core.site_cache import generation
from home.models import SiteSettings, StandardPage

pytestmark = pytest.mark.django_db


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured.captured_queries), response.content.decode()


def main_menu(html):
    start = html.index('class="main-nav"')
    return html[start : html.index("</nav>", start)]


def test_second_request_reads_the_chrome_from_the_cache(client, site_tree):
    first, _html = queries(client, "/guides/")
    second, html = queries(client, "/guides/")
    assert second < first
    assert 'aria-current="page">Guides pratiques' in main_menu(html)
    assert 'hreflang="en"' in html  # language links are part of the cached chrome


def test_a_published_page_appears_in_the_menu_at_once(client, site_tree):
    client.get("/")
    page = StandardPage(title="Nous rejoindre", slug="nous-rejoindre", show_in_menus=True)
    site_tree["home"].add_child(instance=page)
    page.save_revision().publish()
    assert "Nous rejoindre" in main_menu(client.get("/").content.decode())
    assert client.get("/nous-rejoindre/").status_code == 200

    page.unpublish()
    assert "Nous rejoindre" not in main_menu(client.get("/").content.decode())
    assert client.get("/nous-rejoindre/").status_code == 404


def test_a_renamed_section_is_routed_and_shown_under_its_new_name(client, site_tree):
    assert client.get("/guides/").status_code == 200
    section = site_tree["sections"]["guide"]
    section.title = "Guides de pratique"
    section.slug = "guides-de-pratique"
    section.save_revision().publish()
    assert client.get("/guides/").status_code == 404
    response = client.get("/guides-de-pratique/")
    assert response.status_code == 200
    assert 'aria-current="page">Guides de pratique' in main_menu(response.content.decode())


def test_footer_follows_the_site_settings(client, site_tree):
    assert "Un nouveau texte de pied de page" not in client.get("/").content.decode()
    settings = SiteSettings.objects.get()
    settings.footer_text_fr = "Un nouveau texte de pied de page"
    settings.save()
    assert "Un nouveau texte de pied de page" in client.get("/").content.decode()


def test_language_switcher_follows_a_withdrawn_translation(client, site_tree):
    section = site_tree["sections"]["guide"]
    english = section.get_translation(Locale.objects.get(language_code="en"))
    assert f'href="{english.url}"' in client.get("/guides/").content.decode()
    english.unpublish()
    html = client.get("/guides/").content.decode()
    assert f'href="{english.url}"' not in html
    assert "?untranslated=1" in html


def test_a_view_restriction_applies_on_the_next_request(client, site_tree):
    about = site_tree["standard"]["about"]
    assert client.get(about.url).status_code == 200
    restriction = PageViewRestriction.objects.create(page=about, restriction_type="login")
    response = client.get(about.url)
    assert response.status_code == 302 and "login" in response["Location"]
    restriction.delete()
    assert client.get(about.url).status_code == 200


def test_a_preview_never_reaches_readers(client, site_tree):
    section = site_tree["sections"]["guide"]
    client.get(section.url)
    draft = StandardPage.objects.get(pk=site_tree["standard"]["about"].pk)
    draft.title = "Titre encore secret"
    preview = draft.make_preview_request()
    assert "Titre encore secret" in preview.content.decode()
    public = client.get(draft.url).content.decode()
    assert "Titre encore secret" not in public
    assert "Titre encore secret" not in client.get(section.url).content.decode()


def test_generation_changes_again_when_the_change_is_committed(site_tree, django_capture_on_commit_callbacks):
    before = generation()
    with django_capture_on_commit_callbacks(execute=True):
        section = site_tree["sections"]["guide"]
        section.title = "Guides"
        section.save_revision().publish()
        during = generation()
    assert before < during < generation()


def test_an_alias_shares_the_restriction_of_its_source(client, site_tree):
    about = site_tree["standard"]["about"]
    alias = about.create_alias(parent=site_tree["standard"]["legal"], update_slug="a-propos-bis")
    assert client.get(alias.url).status_code == 200
    PageViewRestriction.objects.create(page=about, restriction_type="login")
    response = client.get(alias.url)
    assert response.status_code == 302 and "login" in response["Location"]


def test_a_host_outside_allowed_hosts_is_refused_before_anything_is_cached(client, site_tree, settings):
    from django.core.cache import cache

    settings.ALLOWED_HOSTS = ["testserver"]
    assert client.get("/", HTTP_HOST="intrus.example").status_code == 400
    assert not any("intrus.example" in key for key in cache._cache)
    assert client.get("/").status_code == 200
    assert any(":site:" in key and "testserver" in key for key in cache._cache)


@pytest.mark.parametrize("whole_pages", [False, True], ids=["fragments", "page-cache"])
def test_a_new_release_reads_nothing_cached_before(client, site_tree, settings, tmp_path, whole_pages):
    """Cached pages and fragments link to static files by names that carry their content's hash:
    after a deployment with other static files, none of them is read again."""

    names = [path for finder in finders.get_finders() for path, _storage in finder.list([])]

    def deploy(digest):
        paths = {name: name for name in names} | {"css/site.css": f"css/site.{digest}.css"}
        manifest = {"paths": paths, "version": "1.1", "hash": digest}
        (tmp_path / "staticfiles.json").write_text(json.dumps(manifest))
        settings.STATIC_ROOT = tmp_path
        settings.STORAGES = {
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
        }
        site_cache.release.cache_clear()  # as a process of the new release starts

    settings.PAGE_CACHE_ENABLED = whole_pages
    try:
        deploy("aaaa1111")
        assert "/static/css/site.aaaa1111.css" in client.get("/guides/").content.decode()
        assert client.get("/guides/").get("X-Page-Cache") == ("hit" if whole_pages else None)
        deploy("bbbb2222")
        assert "/static/css/site.bbbb2222.css" in client.get("/guides/").content.decode()
        assert site_cache.cache_key("fragment", "header").endswith(":bbbb2222")
    finally:
        site_cache.release.cache_clear()
