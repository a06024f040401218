import functools
import sys

from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import get_language_from_path
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from core.unavailable import database_unavailable, is_database_unavailable


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /recherche/",
        "Disallow: /en/search/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@functools.cache
def _favicon_bytes():
    path = finders.find("img/favicon.ico")
    if not path:
        return None
    with open(path, "rb") as icon:
        return icon.read()


@require_GET
@cache_control(max_age=86400, public=True)
def favicon(request):
    """/favicon.ico, which browsers ask for whatever the page's <link rel="icon"> says."""
    icon = _favicon_bytes()
    if icon is None:
        raise Http404
    return HttpResponse(icon, content_type="image/x-icon")


def page_not_found(request, exception=None):
    _activate_from_path(request)
    return render(request, "404.html", status=404)


def server_error(request):
    error = sys.exc_info()[1]
    if is_database_unavailable(error):
        # Raised by a middleware (DatabaseUnavailableMiddleware sees only the views' errors).
        return database_unavailable(request, error)
    _activate_from_path(request)
    return render(request, "500.html", status=500)


def _activate_from_path(request):
    language = get_language_from_path(request.path_info)
    if language:
        translation.activate(language)
        request.LANGUAGE_CODE = language
