"""The request's site is read from the database once per host and content generation."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

pytestmark = pytest.mark.django_db


def site_queries(client, url, **headers):
    table = Site._meta.db_table
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, **headers).status_code == 200
    return [query["sql"] for query in captured.captured_queries if f'FROM "{table}"' in query["sql"]]


def test_the_site_is_found_once_per_host_and_generation(client, site_tree):
    assert site_queries(client, "/")
    assert not site_queries(client, "/")
    assert not site_queries(client, "/guides/")
    assert site_queries(client, "/", HTTP_HOST="localhost")  # another host
    assert not site_queries(client, "/", HTTP_HOST="localhost")
    site = Site.objects.get()
    site.site_name = "Pair à pair"
    site.save()  # a new generation
    assert site_queries(client, "/")
