"""`{% feedback_block page %}`: « Cette page vous a-t-elle été utile ? » under a library page.

The block goes into the page cache with the page: it holds no CSRF token, no cookie and a time
stamp shared by every reader of the hour (core.form_guard.cacheable_stamp). The form's markup is
the same for every page of a language within that hour but its address: the template keeps it in
a fragment cache keyed by both, and builds the form only on a miss. The thank-you shown after a
submission without JavaScript (`?avis=merci`, a parameter of the page cache's key) is for the
reader who sent it: that response is kept out of the page cache.
"""

from django import template
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.http import urlencode

from core import page_cache
from core.form_guard import cacheable_stamp
from feedback.forms import FeedbackForm
from feedback.views import ANCHOR, THANKS, THANKS_PARAMETER, THANKS_VALUE

register = template.Library()


@register.inclusion_tag("feedback/block.html", takes_context=True)
def feedback_block(context, page):
    request = context.get("request")
    if not page.pk:  # the preview of a page not yet saved: nothing to post to
        return {"hidden": True}
    thanked = request is not None and request.GET.get(THANKS_PARAMETER) == THANKS_VALUE
    if thanked:
        page_cache.exempt(request)
    page_path = page.get_url(request) or ""
    started = cacheable_stamp()
    return {
        "request": request,  # for the fragment cache, which skips previews
        "anchor": ANCHOR,
        "thanked": thanked,
        "thanks": THANKS,
        "started": started,
        "form": SimpleLazyObject(lambda: FeedbackForm(initial={"started": started})),
        "action": reverse("page_feedback", kwargs={"page_id": page.pk}),
        "contact_url": reverse("contact") + "?" + urlencode({"objet": "erreur", "depuis": page_path}),
    }
