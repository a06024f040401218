"""The full-page cache (core/page_cache.py): what it stores, what it never stores, how it answers."""

import pytest
from django.http import HttpResponse
from django.test import Client, RequestFactory
from wagtail import hooks

from core import page_cache
from core.page_cache import PageCacheMiddleware
from testing.servers import free_port

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]

STATUS = "X-Page-Cache"


@pytest.fixture
def test_urls(settings):
    settings.ROOT_URLCONF = "core.tests.page_cache_urls"


def status(response):
    return response.headers.get(STATUS)


def test_a_second_request_is_a_hit_that_needs_no_database(client, site_tree, django_db_blocker):
    first = client.get("/")
    assert first.status_code == 200 and status(first) == "miss"
    with django_db_blocker.block():  # any query would raise: PostgreSQL could as well be down
        second = client.get("/")
    assert status(second) == "hit" and second.content == first.content
    assert second["Content-Language"] == "fr" and "Content-Security-Policy" in second
    assert "Strict-Transport-Security" not in second or second["Strict-Transport-Security"]
    # The entry keeps every header the stack set (the security headers of the middlewares below).
    assert {**first.headers, STATUS: "hit"} == {**second.headers}


@pytest.mark.parametrize("host", ["\x00", "é" * 2000, "ailleurs.example"])
def test_a_host_outside_allowed_hosts_is_refused_and_never_stored(client, site_tree, host):
    assert status(client.get("/")) == "miss"
    for _ in range(2):
        response = client.get("/", HTTP_HOST=host)
        assert response.status_code == 400 and status(response) is None


def test_head_is_answered_from_the_get_entry(client, site_tree):
    assert status(client.head("/guides/")) == "miss"
    assert status(client.get("/guides/")) == "miss"  # a HEAD stores nothing
    head = client.head("/guides/")
    assert status(head) == "hit" and head.content == b""
    assert int(head["Content-Length"]) == len(client.get("/guides/").content)


def test_a_matching_etag_gets_a_304_from_the_cache_and_from_a_fresh_build(client, site_tree):
    etag = client.get("/").headers["ETag"]
    cached = client.get("/", HTTP_IF_NONE_MATCH=etag)
    assert cached.status_code == 304 and cached.content == b"" and cached["ETag"] == etag
    assert client.get("/", HTTP_IF_NONE_MATCH='"autre"').status_code == 200
    from django.core.cache import cache

    cache.clear()
    assert client.get("/", HTTP_IF_NONE_MATCH=etag).status_code == 304  # built again, then compared
    assert status(client.get("/")) == "hit"


def test_the_hit_hook_is_called_on_hits_only(client, site_tree):
    seen = []
    with hooks.register_temporarily("page_cache_hit", lambda request: seen.append(request.get_full_path())):
        client.get("/recherche/?q=pair")
        assert seen == []
        client.get("/recherche/?q=pair")
        client.head("/recherche/?q=pair")
    assert seen == ["/recherche/?q=pair", "/recherche/?q=pair"]


def test_query_strings_are_normalised(client, site_tree):
    assert status(client.get("/recherche/?q=pair&type=guide")) == "miss"
    for same in (
        "/recherche/?type=guide&q=pair",
        "/recherche/?q=pair&type=guide&utm_source=lettre&fbclid=x",
        "/recherche/?q=pair&type=guide&type=guide&region=&tri=",
    ):
        assert status(client.get(same)) == "hit", same
    assert status(client.get("/recherche/?q=pairs&type=guide")) == "miss"
    assert status(client.get("/recherche/?utm_campaign=x")) == "miss"
    assert status(client.get("/recherche/")) == "hit"  # the same listing without the tracking tag
    assert status(client.get("/recherche/?q=" + "a" * 3000)) is None  # too long to be kept
    # A value holding "&" or "=" is not read as more parameters.
    assert status(client.get("/recherche/", {"q": "pair&type=guide"})) == "miss"


def test_languages_have_their_own_entries(client, site_tree):
    french = client.get("/")
    english = client.get("/en/")
    assert status(french) == "miss" and status(english) == "miss"
    assert client.get("/en/").content == english.content != french.content
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en").content == french.content
    assert "Accept-Language" not in client.get("/").headers["Vary"]


def test_headers_say_how_long_each_kind_of_answer_may_be_kept(client, site_tree, settings):
    page = client.get("/guides/")
    assert page["Cache-Control"] == "public, max-age=0, must-revalidate" and page["Vary"] == "Cookie"
    settings.PAGE_CACHE_SHARED_MAX_AGE = 600
    settings.PAGE_CACHE_SHARED_MAX_AGE_QUERY = 60
    kinds = {
        "/temoignages/": ("text/html", 600),
        "/recherche/?q=pair": ("text/html", 60),
        "/recherche/?q=pair&format=json": ("application/json", 60),
        "/recherche/suggestions/?q=pair": ("application/json", 60),
        "/flux/": ("application/rss+xml", 600),
        "/sitemap.xml": ("application/xml", 600),
    }
    for url, (content_type, shared) in kinds.items():
        response = client.get(url)
        assert response.status_code == 200 and status(response) == "miss", url
        assert response["Content-Type"].startswith(content_type), url
        directives = {part.strip() for part in response["Cache-Control"].split(",")}
        assert directives == {"public", "max-age=0", "must-revalidate", f"s-maxage={shared}"}, url
        assert response["Vary"] == "Cookie" and response["ETag"].startswith('"'), url
        assert status(client.get(url)) == "hit", url


def test_an_editor_is_never_served_from_the_cache_nor_stored(client, site_tree, django_user_model):
    anonymous = Client()
    assert status(anonymous.get("/")) == "miss"
    editor = django_user_model.objects.create_superuser("cheffe", "cheffe@example.org", "mot-de-passe-42")
    client.force_login(editor)
    for _ in range(2):
        response = client.get("/")
        assert status(response) is None and "wagtail-userbar" in response.content.decode()
        assert "private" in response["Cache-Control"]
    client.get("/guides/")
    assert status(anonymous.get("/guides/")) == "miss"  # the editor's page was not kept
    assert "wagtail-userbar" not in anonymous.get("/guides/").content.decode()


def test_a_reader_with_messages_waiting_is_not_answered_from_the_cache(client, site_tree):
    client.get("/guides/")
    client.cookies["messages"] = "en-attente"
    assert status(client.get("/guides/")) is None


def test_a_post_is_never_cached(client, site_tree):
    client.post("/guides/", {"q": "pair"})
    assert status(client.get("/guides/")) == "miss"
    assert status(client.post("/guides/")) is None


@pytest.mark.parametrize("url", ["cookie", "csrf", "nonce", "apercu", "exemptee", "prive"])
def test_personal_answers_are_never_stored(client, site_tree, test_urls, url):
    for _ in range(2):
        response = client.get(f"/essai/{url}/")
        assert response.status_code == 200 and status(response) is None
    if url != "prive":
        assert response["Cache-Control"] == "private, no-cache"


def test_what_is_not_a_page_is_not_stored_and_a_hit_keeps_the_policy(client, site_tree, test_urls):
    assert status(client.get("/essai/document/")) is None and status(client.get("/essai/document/")) is None
    client.get("/essai/json/")
    assert status(client.get("/essai/json/")) == "hit"
    client.get("/essai/constante/")
    hit = client.get("/essai/constante/")
    assert status(hit) == "hit" and "nonce" not in hit["Content-Security-Policy"]
    assert hit["X-Frame-Options"] == "DENY" and "camera=()" in hit["Permissions-Policy"]


def test_a_password_protected_page_is_never_cached(client, site_tree):
    from wagtail.models import PageViewRestriction

    page = next(iter(site_tree["standard"].values()))
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="secret-42")
    form = client.get(page.url)
    assert status(form) is None and "csrfmiddlewaretoken" in form.content.decode()
    login = client.post(form.context["action_url"], {"password": "secret-42", "return_url": page.url})
    assert login.status_code == 302
    for _ in range(2):
        shown = client.get(page.url)
        assert shown.status_code == 200 and page.title in shown.content.decode() and status(shown) is None
    assert "password" in Client().get(page.url).content.decode()


def test_an_exempted_restricted_page_is_refused_even_without_cookies(rf, site_tree):
    from wagtail.models import PageViewRestriction

    from core.wagtail_hooks import keep_restricted_pages_out_of_the_page_cache

    page = next(iter(site_tree["standard"].values()))
    request = rf.get(page.url)
    keep_restricted_pages_out_of_the_page_cache(page.specific, request, [], {})
    assert not getattr(request, "_page_cache_exempt", False)
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    keep_restricted_pages_out_of_the_page_cache(page.specific, request, [], {})
    assert request._page_cache_exempt


def test_an_unreachable_cache_is_bypassed_never_an_error(settings, caplog, monkeypatch):
    monkeypatch.setattr(page_cache, "_last_warning", 0.0)
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
        }
    }
    built = []

    def view(request):
        built.append(request.path)
        return HttpResponse("<p>page</p>")

    middleware = PageCacheMiddleware(view)
    for _ in range(2):
        response = middleware(RequestFactory().get("/page/"))
        assert response.status_code == 200 and response.content == b"<p>page</p>"
    assert built == ["/page/", "/page/"]
    assert sum("Page cache unreachable" in message for message in caplog.messages) == 1


def test_the_cache_can_be_turned_off(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False
    client.get("/")
    assert status(client.get("/")) is None


def test_every_search_parameter_is_part_of_the_key(settings):
    from search.vocabulary import FACET_KEYS

    assert set(FACET_KEYS) | {"q", "tri", "page", "format"} <= settings.PAGE_CACHE_QUERY_PARAMETERS
