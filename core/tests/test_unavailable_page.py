"""The 503 page in process (core/unavailable.py): a view's connection-level database error is the
branded page with Retry-After, built without a query and logged once a minute; any other error
stays a 500. The real outage, a PostgreSQL server stopped and started, is test_outages.py."""

import logging

import pytest
from django.test import Client

from core import unavailable

pytestmark = pytest.mark.django_db


@pytest.fixture
def client_on_refusing_views(settings):
    settings.ROOT_URLCONF = "core.tests.unavailable_urls"
    unavailable._last_logged = None
    return Client(raise_request_exception=False)


def test_a_refused_connection_is_the_branded_503(client_on_refusing_views, django_assert_num_queries, caplog):
    with caplog.at_level(logging.ERROR, logger="core.unavailable"):
        with django_assert_num_queries(0):
            first = client_on_refusing_views.get("/refuse/?page=2")
        second = client_on_refusing_views.get("/refuse/")
    for response in (first, second):
        assert response.status_code == 503
        assert response["Retry-After"] == str(unavailable.RETRY_AFTER_SECONDS)
        assert response["Cache-Control"] == "no-store"
    html = first.content.decode()
    assert "Site momentanément indisponible" in html and "Try again" in html
    assert 'href="/refuse/?page=2"' in html  # the retry link is the page asked for
    logged = [record for record in caplog.records if record.name == "core.unavailable"]
    assert len(logged) == 1 and "answering 503" in logged[0].getMessage()


def test_any_other_error_stays_a_500(client_on_refusing_views):
    assert client_on_refusing_views.get("/bug/").status_code == 500
