"""The Content-Security-Policy header built once per kind of response is the one django-csp builds:
a response with a nonce still gets its own, and the admin keeps its policy."""

import re

import pytest
from csp.middleware import CSPMiddleware
from django.http import HttpResponse
from django.test import RequestFactory

from config.security_headers import ContentSecurityPolicyMiddleware
from core.views import server_error

pytestmark = pytest.mark.django_db
HEADER = "Content-Security-Policy"


def plain(request):
    return HttpResponse("ok")


def test_built_once_and_still_per_request_with_a_nonce(site_tree):
    factory = RequestFactory()
    reused = ContentSecurityPolicyMiddleware(plain)
    first, second = reused(factory.get("/")), reused(factory.get("/guides/"))
    assert first[HEADER] == second[HEADER] == CSPMiddleware(plain)(factory.get("/"))[HEADER]
    assert "nonce-" not in second[HEADER]
    admin = reused(factory.get("/admin/pages/"))
    assert admin[HEADER] != second[HEADER] and "'unsafe-inline'" in admin[HEADER]

    with_nonce = ContentSecurityPolicyMiddleware(server_error)
    nonces = set()
    for _ in range(2):
        response = with_nonce(factory.get("/"))
        nonce = re.search(r'<style nonce="([^"]+)">', response.content.decode()).group(1)
        assert f"'nonce-{nonce}'" in response[HEADER]
        nonces.add(nonce)
    assert len(nonces) == 2
    assert reused(factory.get("/")).get(HEADER) == first[HEADER]
