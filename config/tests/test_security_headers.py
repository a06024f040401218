"""Content-Security-Policy on public pages and a looser one for the admin only; Permissions-Policy."""

import re

import pytest
from django.core.files.base import ContentFile
from django.test import RequestFactory
from wagtail.documents import get_document_model

from config.security_headers import ContentSecurityPolicyMiddleware
from core.views import server_error

pytestmark = pytest.mark.django_db


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def test_public_pages_have_a_policy_without_unsafe_sources(client, site_tree, settings):
    from config.settings import base

    settings.CONTENT_SECURITY_POLICY = base.CONTENT_SECURITY_POLICY  # test.py eases it for Playwright
    for url in ["/", "/en/", "/guides/", "/recherche/?q=pair", "/page-qui-n-existe-pas/"]:
        response = client.get(url)
        csp = directives(response["Content-Security-Policy"])
        assert csp["default-src"] == ["'none'"], url
        for name in ("script-src", "style-src"):
            assert "'unsafe-inline'" not in csp[name] and "'unsafe-eval'" not in csp[name], url
        assert csp["frame-ancestors"] == ["'none'"]
        assert "camera=()" in response["Permissions-Policy"]
        assert response["Cross-Origin-Resource-Policy"] == "same-origin"


def test_public_pages_have_no_inline_script_or_style(client, site_tree):
    """JSON-LD blocks are data, which no browser runs: the only inline <script> allowed."""
    for url in ["/", "/guides/"]:
        body = client.get(url).content.decode()
        assert re.search(r'<script type="application/ld\+json">', body), url
        assert not re.search(r'<script(?![^>]*\bsrc=)(?![^>]*type="application/ld\+json")[^>]*>', body), url
        assert "<style" not in body and " style=" not in body, url


def test_the_admin_has_its_own_looser_policy(client, site_tree, django_user_model):
    admin = django_user_model.objects.create_superuser("chef", "chef@example.org", "motdepasse-solide-42")
    client.force_login(admin)
    response = client.get("/admin/")
    csp = directives(response.headers["Content-Security-Policy"])
    assert "'unsafe-inline'" in csp["script-src"]
    assert "gravatar.com" not in response.content.decode(), "no avatar from another host"
    assert csp["frame-ancestors"] == ["'self'"]
    public = directives(client.get("/").headers["Content-Security-Policy"])
    assert "'unsafe-inline'" not in public["script-src"]


def test_a_preview_of_a_page_has_the_admin_policy(client, site_tree, django_user_model):
    """The preview panel shows the page in a frame of the admin: the public policy
    (frame-ancestors 'none') would block it, and the content checks that run in it."""
    admin = django_user_model.objects.create_superuser("chef", "chef@example.org", "motdepasse-solide-42")
    client.force_login(admin)
    page = site_tree["standard"][next(iter(site_tree["standard"]))]
    response = client.get(f"/admin/pages/{page.pk}/view_draft/")
    assert response.status_code == 200
    assert directives(response["Content-Security-Policy"])["frame-ancestors"] == ["'self'"]


def test_documents_keep_wagtails_stricter_policy(client, site_tree, settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path},
        },
    }
    document = get_document_model().objects.create(
        title="Guide", file=ContentFile(b"texte du guide", name="guide.txt")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_the_static_500_page_style_carries_the_policy_nonce(site_tree):
    request = RequestFactory().get("/")
    response = ContentSecurityPolicyMiddleware(server_error)(request)
    nonce = re.search(r'<style nonce="([^"]+)">', response.content.decode()).group(1)
    assert f"'nonce-{nonce}'" in directives(response["Content-Security-Policy"])["style-src"]
    assert "L'équipe en est informée" not in response.content.decode()


@pytest.mark.parametrize("header", ["HTTP_HOST", "HTTP_ACCEPT_LANGUAGE", "HTTP_COOKIE"])
def test_odd_headers_are_never_a_server_error(client, site_tree, header):
    for value in ["\x00", "é" * 2000, "a" * 10000, "; ; =", "fr;q=abc"]:
        assert client.get("/", **{header: value}).status_code < 500
