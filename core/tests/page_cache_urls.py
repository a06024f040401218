"""The site's URLs plus small views, each answering like one kind of page the cache must refuse."""

from django.http import HttpResponse, JsonResponse
from django.middleware.csrf import get_token
from django.urls import path
from django.views.decorators.cache import cache_control

from config.urls import urlpatterns as site_urlpatterns
from core import page_cache


def constant(request):
    return HttpResponse("<p>constante</p>")


def with_cookie(request):
    response = HttpResponse("<p>cookie</p>")
    response.set_cookie("choix", "1")
    return response


def with_csrf_token(request):
    token = get_token(request)
    return HttpResponse(f'<form method="post"><input name="csrfmiddlewaretoken" value="{token}">')


def with_nonce(request):
    return HttpResponse(f'<style nonce="{request.csp_nonce}">p{{color:red}}</style>')


def preview(request):
    request.is_preview = True
    return HttpResponse("<p>aperçu</p>")


def exempted(request):
    page_cache.exempt(request)
    return HttpResponse("<p>exemptée</p>")


@cache_control(private=True)
def private(request):
    return HttpResponse("<p>privé</p>")


def document(request):
    return HttpResponse(b"%PDF-1.4", content_type="application/pdf")


def answer(request):
    return JsonResponse({"valeur": 1})


urlpatterns = [
    path("essai/constante/", constant),
    path("essai/cookie/", with_cookie),
    path("essai/csrf/", with_csrf_token),
    path("essai/nonce/", with_nonce),
    path("essai/apercu/", preview),
    path("essai/exemptee/", exempted),
    path("essai/prive/", private),
    path("essai/document/", document),
    path("essai/json/", answer),
    *site_urlpatterns,
]
