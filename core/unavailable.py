"""A database that does not answer is a 503 with `Retry-After`, never a 500.

While PostgreSQL is unreachable (stopped, restarting, refusing connections), every request that
needs it fails with `OperationalError` or `InterfaceError`. Readers then get a branded page in
French and English (templates/503.html) with `Retry-After`, rendered without touching the
database: no Wagtail site, no settings, no context processor. The broken connection is closed, so
the next request opens a new one: the site comes back by itself as soon as PostgreSQL does
(CONN_HEALTH_CHECKS checks a persistent connection before reusing it, config/settings/base.py).

Two ways in: `DatabaseUnavailableMiddleware.process_exception` for errors raised by a view (the
usual case: Wagtail's page routing), and `core.views.server_error` (handler500) for errors raised by
a middleware (a site or session looked up before the view).
"""

import logging
import time

from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.http import HttpResponse
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 5
LOG_SECONDS = 60.0
_last_logged = None


def is_database_unavailable(error):
    return isinstance(error, (OperationalError, InterfaceError))


def close_broken_connections():
    for connection in connections.all(initialized_only=True):
        try:
            connection.close_if_unusable_or_obsolete()
        except DatabaseError:
            pass


def database_unavailable(request, error=None):
    """The 503 response; logs the cause once per `LOG_SECONDS` in this process."""
    global _last_logged
    close_broken_connections()
    now = time.monotonic()
    if _last_logged is None or now - _last_logged >= LOG_SECONDS:
        _last_logged = now
        logger.error("Database unavailable (%s): answering 503.", error)
    try:
        body = render_to_string("503.html", {"retry_url": request.get_full_path()})
        content_type = "text/html; charset=utf-8"
    except Exception:  # a missing static manifest, a broken template: still a 503
        logger.exception("The 503 page could not be rendered.")
        body = "Site momentanément indisponible. / The site is temporarily unavailable.\n"
        content_type = "text/plain; charset=utf-8"
    response = HttpResponse(body, status=503, content_type=content_type)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    response["Content-Language"] = "fr"
    # Logged above, once a minute: not again by django.request for every request of the outage
    # (its ERROR lines are mailed to ADMINS). Django's own flag for a response already logged.
    response._has_been_logged = True
    return response


class DatabaseUnavailableMiddleware:
    """Turns a view's connection-level database error into the 503 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if is_database_unavailable(exception):
            return database_unavailable(request, exception)
        return None
