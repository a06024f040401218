"""Views that meet a database refusing connections, for core/tests/test_unavailable_page.py."""

from django.db import OperationalError
from django.urls import path


def refused(request):
    raise OperationalError('connection to server at "127.0.0.1" failed: Connection refused')


def broken(request):
    raise ValueError("a bug, not an outage")


urlpatterns = [path("refuse/", refused), path("bug/", broken)]
