"""No reader is served an old page from the cache once a testimony is published, edited, unpublished
or withdrawn; a CDN in front is told to purge the page, its listings, the home and the feeds."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest

from testimonies.tests.factories import TestimonyPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]

STATUS = "X-Page-Cache"


@pytest.fixture
def testimony(site_tree):
    return TestimonyPageFactory(
        parent=site_tree["sections"]["temoignage"],
        title="Un témoignage de Chambéry",
        consent__allowed_names="Chambéry\nAnnecy",  # the towns its titles name, covered by the consent
    )


def read_twice(client, url):
    """The page as any reader gets it, once built and once from the cache when it can be."""
    first = client.get(url)
    second = client.get(url)
    if first.status_code == 200:
        assert second.headers.get(STATUS) == "hit" and second.content == first.content, url
    return second


def listings(site_tree):
    search = site_tree["sections"][""].url
    return ["/temoignages/", search, f"{search}?format=json", "/flux/", "/"]


def test_a_new_testimony_shows_at_once_in_every_listing(client, site_tree):
    for url in listings(site_tree):
        assert "Grenoble en équipe" not in read_twice(client, url).content.decode(), url
    TestimonyPageFactory(parent=site_tree["sections"]["temoignage"], title="Grenoble en équipe")
    for url in listings(site_tree):
        assert "Grenoble en équipe" in read_twice(client, url).content.decode(), url


def test_an_edit_replaces_the_cached_page(client, site_tree, testimony):
    assert "Un témoignage de Chambéry" in read_twice(client, testimony.url).content.decode()
    old_etag = client.get(testimony.url)["ETag"]
    testimony.title = "Un témoignage d'Annecy"
    testimony.save_revision().publish()
    for url in [testimony.url, "/temoignages/"]:
        body = read_twice(client, url).content.decode()
        assert "Annecy" in body and "Chambéry" not in body, url
    assert client.get(testimony.url, HTTP_IF_NONE_MATCH=old_etag).status_code == 200


def test_an_unpublished_testimony_is_gone_for_every_reader(client, site_tree, testimony):
    url = testimony.url
    read_twice(client, url)
    for listing in listings(site_tree):
        read_twice(client, listing)
    testimony.unpublish()
    assert client.get(url).status_code == 404 and client.head(url).status_code == 404
    for listing in listings(site_tree):
        assert "Chambéry" not in read_twice(client, listing).content.decode(), listing


def test_a_withdrawn_testimony_is_never_served_from_the_cache(client, site_tree, testimony):
    url = testimony.url
    etag = read_twice(client, url)["ETag"]
    for listing in listings(site_tree):
        read_twice(client, listing)
    testimony.consent_record_set.get().withdraw()
    assert client.get(url).status_code == 404
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 404
    assert client.head(url).status_code == 404
    for listing in listings(site_tree):
        assert "Chambéry" not in read_twice(client, listing).content.decode(), listing


class PurgeRecorder(BaseHTTPRequestHandler):
    """A caching proxy's purge endpoint: records each PURGE (host, path) and answers 200."""

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_server(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    server.purged = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def test_publishing_and_unpublishing_purge_the_page_its_listings_the_home_and_the_feeds(
    site_tree, testimony, purge_server, django_capture_on_commit_callbacks
):
    testimony.title = "Un témoignage d'Annecy"
    with django_capture_on_commit_callbacks() as on_commit:
        testimony.save_revision().publish()
    assert {path for _host, path in purge_server.purged} <= {testimony.url}  # Wagtail's own, at once
    for callback in on_commit:
        callback()
    site = testimony.get_site()
    expected = {
        testimony.url,
        "/",
        "/temoignages/",
        site_tree["sections"][""].url,
        "/guides/",
        "/flux/",
        "/en/feed/",
        "/sitemap.xml",
        "/carte/",
        "/en/map/",
        "/api/v2/pages/",
        f"/api/v2/pages/{testimony.pk}/",
        "/api/v2/documents/",
        "/api/v2/images/",
    }
    published = set(purge_server.purged)
    assert {path for _host, path in published} >= expected
    assert {host for host, _path in published} == {urlsplit(site.root_url).netloc}
    purge_server.purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        testimony.unpublish()
    assert {path for _host, path in purge_server.purged} >= expected


LISTED_EVERYWHERE = {
    "/",
    "/guides/",
    "/temoignages/",
    "/fiches-de-poste/",
    "/flux/",
    "/en/feed/",
    "/sitemap.xml",
}


def standard_page_with_a_child(parent, slug):
    from home.models import StandardPage

    page = parent.add_child(instance=StandardPage(title=f"Page {slug}", slug=slug))
    child = page.add_child(instance=StandardPage(title=f"Sous-page {slug}", slug="sous-page"))
    return page, child


def purged_once_committed(purge_server, on_commit):
    """The paths purged by the callbacks run at commit (Wagtail's own purges came before)."""
    purge_server.purged.clear()
    for callback in on_commit:
        callback()
    purged = [path for _host, path in purge_server.purged]
    assert len(purged) == len(set(purged)), purged  # one batch: each URL once
    return set(purged)


def test_deleting_a_page_purges_it_its_descendants_and_what_listed_them_in_one_batch(
    site_tree, testimony, purge_server, django_capture_on_commit_callbacks
):
    search = site_tree["sections"][""].url
    with django_capture_on_commit_callbacks() as on_commit:
        testimony.delete()
    assert purged_once_committed(purge_server, on_commit) >= {testimony.url, search} | LISTED_EVERYWHERE

    page, child = standard_page_with_a_child(site_tree["home"], "a-supprimer")
    with django_capture_on_commit_callbacks() as on_commit:
        page.delete()
    assert purged_once_committed(purge_server, on_commit) >= {page.url, child.url} | LISTED_EVERYWHERE


def test_moving_a_page_purges_its_old_and_new_urls_and_both_places(
    site_tree, purge_server, django_capture_on_commit_callbacks
):
    page, child = standard_page_with_a_child(site_tree["home"], "a-deplacer")
    old = {page.url, child.url}
    target = next(iter(site_tree["standard"].values()))
    with django_capture_on_commit_callbacks() as on_commit:
        page.move(target, pos="last-child")
    purged = purged_once_committed(purge_server, on_commit)
    page.refresh_from_db()
    child.refresh_from_db()
    new = {page.url, child.url}
    assert not old & new and purged >= old | new | {target.url} | LISTED_EVERYWHERE

    section = site_tree["sections"]["guide"]
    with django_capture_on_commit_callbacks() as on_commit:
        page.move(section, pos="last-child")  # from under a page to under a section
    assert purged_once_committed(purge_server, on_commit) >= {target.url, section.url, page.url}


def test_nothing_is_purged_without_a_backend(site_tree, testimony, settings):
    from core.frontend_cache import related_urls

    settings.WAGTAILFRONTENDCACHE = {}
    urls = related_urls(testimony).urls
    assert any(url.endswith("/temoignages/") for url in urls) and testimony.full_url in urls
    testimony.save_revision().publish()  # no server to reach: nothing is sent, nothing fails
    page, _child = standard_page_with_a_child(site_tree["home"], "sans-cdn")
    page.move(next(iter(site_tree["standard"].values())), pos="last-child")
    page.delete()
    testimony.delete()
