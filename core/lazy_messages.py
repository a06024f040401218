"""Django's MessageMiddleware, building the message storage when the request first uses it.

Django builds it for every request (the storage class imported again, a cookie signer, the
session's storage) and asks it to save at the end. Public pages show no message (the admin does),
so the storage is built when a view or a template first reads or adds one; a storage never
built has nothing to save. `request._messages` behaves as Django's storage for everything else.
"""

from django.contrib.messages.middleware import MessageMiddleware
from django.contrib.messages.storage import default_storage
from django.utils.functional import SimpleLazyObject, empty


class LazyStorage(SimpleLazyObject):
    def is_built(self):
        return self._wrapped is not empty


class LazyMessageMiddleware(MessageMiddleware):
    def process_request(self, request):
        request._messages = LazyStorage(lambda: default_storage(request))

    def process_response(self, request, response):
        messages = getattr(request, "_messages", None)
        if isinstance(messages, LazyStorage) and not messages.is_built():
            return response
        return super().process_response(request, response)
