"""The endpoint the feedback block of every library page posts to (`/avis/<page>/`, English
`/en/feedback/<page>/`).

The block lives in pages served from the page cache to anonymous readers, so it carries neither a
CSRF token nor a cookie, and this view is exempt from CSRF. That protection stops another site
from acting with a visitor's session; posting an opinion here uses no session, changes nothing
that belongs to the visitor and answers nothing personal: a forged submission from another site
achieves exactly what anyone can do by posting here directly. What bounds that is the same as for
every public form (core.form_guard): the honeypot, the signed time stamp (the form came from this
site less than two days ago) and a per-client limit, here per hour and per page per day. A
browser's `Origin` naming another site is refused all the same: no page of ours posts from there.

Without JavaScript the answer is a redirect back to the page (`?avis=merci#avis`), whose thank-you
is kept out of the page cache (feedback_tags); with it, a JSON answer the script shows in place.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from core.form_guard import over_the_limit, stamp
from feedback.forms import FeedbackForm
from feedback.models import PageFeedback
from library.models import LibraryPage

HOURLY_LIMIT = 20  # answers per client per hour, all pages together
DAILY_LIMIT_PER_PAGE = 3  # answers per client per page per day
THANKS_PARAMETER = "avis"
THANKS_VALUE = "merci"
ANCHOR = "avis"

THANKS = _("Merci pour votre avis ! Il aide l'équipe à améliorer cette page.")
TOO_MANY = _("Vous avez donné plusieurs avis en peu de temps. Merci de réessayer plus tard.")
OTHER_SITE = _("Cet avis n'a pas été envoyé depuis une page de ce site.")


def wants_json(request):
    return request.headers.get("Accept", "").startswith("application/json")


def from_another_site(request):
    """True when the browser says the form was posted from a page of another site."""
    origin = request.headers.get("Origin")
    if origin is None:
        return False
    return origin not in settings.CSRF_TRUSTED_ORIGINS and urlsplit(origin).netloc != request.get_host()


def thanked(request, page):
    if wants_json(request):
        return JsonResponse({"message": str(THANKS)})
    url = f"{page.get_url(request) or '/'}?{THANKS_PARAMETER}={THANKS_VALUE}#{ANCHOR}"
    return HttpResponseRedirect(url, status=303)


def refused(request, page, form, status):
    """The errors, and the form again with the reader's answer and a fresh time stamp."""
    data = form.data.copy()
    data["started"] = stamp()
    form.data = data
    if wants_json(request):
        errors = [str(error) for errors in form.errors.values() for error in errors]
        return JsonResponse({"errors": errors, "started": data["started"]}, status=status)
    context = {"feedback_page": page, "form": form, "action": request.path}
    return render(request, "feedback/refused.html", context, status=status)


@csrf_exempt
@never_cache
def submit(request, page_id):
    page = LibraryPage.objects.live().public().filter(pk=page_id).first()
    if page is None:
        raise Http404
    if request.method != "POST":
        return HttpResponseRedirect(f"{page.get_url(request) or '/'}#{ANCHOR}")
    form = FeedbackForm(request.POST)
    if from_another_site(request):
        form.is_valid()
        form.add_error(None, OTHER_SITE)
        return refused(request, page, form, status=403)
    if form.is_spam:
        return thanked(request, page)
    if not form.is_valid():
        return refused(request, page, form, status=400)
    if over_the_limit(request, "feedback", HOURLY_LIMIT) or over_the_limit(
        request, f"feedback-page-{page.pk}", DAILY_LIMIT_PER_PAGE, window=24 * 3600
    ):
        form.add_error(None, TOO_MANY)
        return refused(request, page, form, status=429)
    PageFeedback.objects.create(
        page=page,
        language=page.language_code,
        useful=form.cleaned_data["useful"],
        comment=form.cleaned_data["comment"],
    )
    return thanked(request, page)
