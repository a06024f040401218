"""JSON that is safe to read anywhere, even pasted into HTML: `<`, `>` and `&` are escaped.

A search query or a page title typed as `</script><script>…` then stays data in every reader: a
browser rendering the JSON as HTML, a JSON-LD block in a page, a log viewer.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import JsonResponse

HTML_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


class HTMLSafeJSONEncoder(DjangoJSONEncoder):
    def encode(self, o):
        return super().encode(o).translate(HTML_ESCAPES)

    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.translate(HTML_ESCAPES)


def dumps(data, **kwargs):
    """`json.dumps` with readable accents and HTML characters escaped."""
    return json.dumps(data, cls=HTMLSafeJSONEncoder, ensure_ascii=False, **kwargs)


def json_response(data, **kwargs):
    """A JsonResponse whose text is HTML-safe (and keeps accents readable)."""
    return JsonResponse(
        data, encoder=HTMLSafeJSONEncoder, json_dumps_params={"ensure_ascii": False}, **kwargs
    )
