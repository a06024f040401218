"""The message storage is built only when a request uses it, and what is added is still saved."""

from django.contrib import messages
from django.http import HttpResponse
from django.test import RequestFactory

from core.lazy_messages import LazyMessageMiddleware


def test_a_request_without_messages_builds_no_storage_and_a_message_added_is_saved(settings):
    settings.MESSAGE_STORAGE = "django.contrib.messages.storage.cookie.CookieStorage"
    quiet = RequestFactory().get("/")
    response = LazyMessageMiddleware(lambda request: HttpResponse("ok"))(quiet)
    assert not quiet._messages.is_built() and not response.cookies

    def view(request):
        messages.info(request, "Enregistré")
        return HttpResponse("ok")

    told = RequestFactory().get("/")
    response = LazyMessageMiddleware(view)(told)
    assert told._messages.is_built() and "messages" in response.cookies

    shown = RequestFactory().get("/", HTTP_COOKIE=f"messages={response.cookies['messages'].value}")
    LazyMessageMiddleware(lambda request: HttpResponse("ok"))(shown)
    assert [str(message) for message in messages.get_messages(shown)] == ["Enregistré"]
