"""Wagtail's SENDFILE_BACKEND for nginx: Django checks who may read a document, nginx sends it.

The document view (`/documents/<id>/<name>`, WAGTAILDOCS_SERVE_METHOD = "serve_view") runs
Wagtail's permission checks (collection privacy: the consent proofs), then this backend answers
with an empty response carrying `X-Accel-Redirect`: nginx serves the bytes from its `internal`
location (deploy/nginx/pair-a-pair.conf), which no visitor can request directly.
"""

from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.http import Http404, HttpResponse


def sendfile(request, filename, **kwargs):
    root = Path(settings.SENDFILE_ROOT).resolve()
    path = Path(filename).resolve()
    if not path.is_relative_to(root):
        raise Http404("The file is outside the protected media folder.")
    response = HttpResponse()
    relative = quote(path.relative_to(root).as_posix())
    response["X-Accel-Redirect"] = settings.SENDFILE_URL.rstrip("/") + "/" + relative
    return response
