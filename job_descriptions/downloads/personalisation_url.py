"""<page URL>personnaliser/ without the CSRF check: the personalisation form posts no token.

Without a token, the form's page is the same for every reader and the page cache keeps it (it is
3 to 4 % of the site's requests under load, and took 20 ms of CPU each). `serve_personalisation`
is Wagtail's `serve` for the addresses that end in personnaliser/ or personalise/ (config/urls.py):
exempt when the address is a job description's personalisation route, checked as any page
otherwise (a page of another type at such an address).

Why the token guards nothing there. A forged request (another site making a visitor's browser
post the form) gets a file, or the form again, made of what the forger sent, the same for anyone,
and read by no one but that browser (the forger cannot read the answer); the request reads neither
the session nor the account, stores nothing of what was sent, and changes only the visitor's own
count of personalised files (DOWNLOADS_PERSONALISED_PER_CLIENT a minute) and a daily download
total. Markup is refused in every field and the page is escaped, under the site's CSP.
"""

from django.views.decorators.csrf import csrf_exempt, csrf_protect
from wagtail.models import Page
from wagtail.views import serve

from job_descriptions.downloads.routes import DownloadRoutesMixin

_serve_checked = csrf_protect(serve)


@csrf_exempt
def serve_personalisation(request, path):
    """Wagtail's `serve`, without the CSRF check for a job description's personalisation route."""
    route = Page.route_for_request(request, path)  # kept on the request: `serve` routes no more
    if request.method == "POST" and not _is_personalisation(route):
        return _serve_checked(request, path)
    return serve(request, path)


def _is_personalisation(route):
    if route is None or not isinstance(route[0], DownloadRoutesMixin) or not route[1]:
        return False
    view = route[1][0]  # the route's method, bound to the page
    return getattr(view, "__func__", None) is DownloadRoutesMixin.personalise
