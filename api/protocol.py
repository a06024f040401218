"""How the open API speaks HTTP: JSON only, to anyone, within a rate per client.

- The body is JSON whatever the `Accept` header says (one renderer, so no `Vary: Accept`: the
  full-page cache and a CDN keep one answer per URL), with `<`, `>` and `&` escaped as in every
  JSON of the site (core/safe_json.py), accents kept readable.
- No authentication: a session or an `Authorization` header changes nothing (the querysets of
  api/visibility.py are those of an anonymous reader).
- `Access-Control-Allow-Origin: *`: a partner's web page may read the API from its own site; no
  cookie is ever sent or read, so nothing personal can leak that way.
- At most API_REQUESTS_PER_CLIENT requests per client and API_WINDOW seconds (core/limits.py),
  then a 429 with `Retry-After`. Answers served by the full-page cache are not counted: they cost
  nothing.
"""

from django.conf import settings
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.renderers import JSONRenderer
from rest_framework.throttling import BaseThrottle
from rest_framework.utils.encoders import JSONEncoder

from core.limits import ClientRateLimit, Refused
from core.safe_json import HTML_ESCAPES


class HTMLSafeEncoder(JSONEncoder):
    """Django REST framework's encoder (dates, decimals, lazy strings…), HTML characters escaped."""

    def encode(self, o):
        return super().encode(o).translate(HTML_ESCAPES)

    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.translate(HTML_ESCAPES)


class SafeJSONRenderer(JSONRenderer):
    encoder_class = HTMLSafeEncoder
    charset = "utf-8"


class JSONOnly(BaseContentNegotiation):
    """Always JSON: the answer to a URL is the same for every client."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class ClientThrottle(BaseThrottle):
    def allow_request(self, request, view):
        limit = ClientRateLimit("api", settings.API_REQUESTS_PER_CLIENT, settings.API_WINDOW)
        try:
            limit.hit(request)
        except Refused as refused:
            self.retry_after = refused.retry_after
            return False
        return True

    def wait(self):
        return getattr(self, "retry_after", None)


def open_to_every_origin(response):
    response["Access-Control-Allow-Origin"] = "*"
    return response
