"""/.well-known/security.txt (RFC 9116): whom to tell about a vulnerability, until when.

Contact: SECURITY_CONTACT, or else the contact address of the site settings (Paramètres >
Réglages du site). Expires: SECURITY_TXT_EXPIRES. Without both, there is no file (404): a
security.txt without a real contact or with an invented expiry would mislead.
"""

import logging
from datetime import datetime

from django.conf import settings
from django.http import Http404, HttpResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from home.models import SiteSettings

logger = logging.getLogger(__name__)


def _contact(request):
    contact = settings.SECURITY_CONTACT or SiteSettings.for_request(request).contact_email
    if contact and ":" not in contact:
        contact = f"mailto:{contact}"
    return contact


def _expires():
    value = settings.SECURITY_TXT_EXPIRES
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        logger.error("SECURITY_TXT_EXPIRES is not an ISO 8601 date: %r", value)
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.now().astimezone().tzinfo)
    return moment.isoformat(timespec="seconds")


@require_GET
@cache_control(max_age=86400, public=True)
def security_txt(request):
    contact, expires = _contact(request), _expires()
    if not contact or not expires:
        raise Http404("security.txt needs a contact and an expiry date")
    lines = [
        f"Contact: {contact}",
        f"Expires: {expires}",
        "Preferred-Languages: fr, en",
        f"Canonical: {request.build_absolute_uri('/.well-known/security.txt')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
