"""One upload limit: Django's settings, Wagtail's documents and images, and nginx agree."""

import re

from django.conf import settings

from config.tests.servers import NGINX_CONF


def test_every_upload_limit_is_upload_max_mb():
    limit = settings.UPLOAD_MAX_MB * 1024 * 1024
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == limit
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == limit


def test_nginx_limit_and_its_message_are_upload_max_mb():
    text = NGINX_CONF.read_text()
    sizes = re.findall(r"^\s*client_max_body_size\s+(\d+)m;", text, re.MULTILINE)
    assert sizes == [str(settings.UPLOAD_MAX_MB)]
    assert f"{settings.UPLOAD_MAX_MB} Mo au plus" in text
    assert f"{settings.UPLOAD_MAX_MB} MB at most" in text
    assert len(re.findall(r"\d+ (?:Mo|MB) at|\d+ (?:Mo|MB) au", text)) == 2


def test_documents_are_served_by_the_view_that_checks_permissions():
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
