"""The site's URLs plus a constant view: the floor every search figure is compared with."""

from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def constant(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("__banc-d-essai__/constante/", constant, name="bench_constant"), *site_urlpatterns]
