"""`{% feedback_block page %}`: « Cette page vous a-t-elle été utile ? » under a library page.

The block goes into the page cache with the page: it holds no CSRF token, no cookie and a time
stamp shared by every reader of the hour (core.form_guard.cacheable_stamp). So the whole block is
the same for every reader of a page, language and hour: it is a fragment of the site cache, under
the content generation, the page and that stamp (feedback/apps.py), read with the page's other
fragments and built only on a miss (never for a preview). The
thank-you shown after a submission without JavaScript (`?avis=merci`, a parameter of the page
cache's key) is for the reader who sent it: that response is built for them and kept out of the
page cache.
"""

from django import template
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.safestring import mark_safe

from core import page_cache
from core.form_guard import cacheable_stamp
from core.navigation import context_navigation
from core.site_cache import cached
from core.templatetags.site_tags import is_preview
from feedback.forms import FeedbackForm
from feedback.views import ANCHOR, THANKS, THANKS_PARAMETER, THANKS_VALUE

register = template.Library()


@register.simple_tag(takes_context=True)
def feedback_block(context, page):
    request = context.get("request")
    if not page.pk:  # the preview of a page not yet saved: nothing to post to
        return ""
    if request is not None and request.GET.get(THANKS_PARAMETER) == THANKS_VALUE:
        page_cache.exempt(request)
        return _render(request, page, cacheable_stamp(), thanked=True)
    if is_preview(context):
        return _render(request, page, cacheable_stamp())
    # The key ends with the stamp of the hour (feedback/apps.py), which the block holds.
    name, *parts = context_navigation(context).fragment_lookup("feedback", page.pk)
    return mark_safe(cached(name, lambda: _render(request, page, parts[-1]), *parts))  # noqa: S308


def _render(request, page, started, thanked=False):
    page_path = page.get_url(request) or ""
    return render_to_string(
        "feedback/block.html",
        {
            "anchor": ANCHOR,
            "thanked": thanked,
            "thanks": THANKS,
            "form": FeedbackForm(initial={"started": started}),
            "action": reverse("page_feedback", kwargs={"page_id": page.pk}),
            "contact_url": reverse("contact") + "?" + urlencode({"objet": "erreur", "depuis": page_path}),
        },
        request=None,
    )
