"""Abuse limits for the public forms, without any other host: a honeypot field that people never
see, a signed time stamp (a form sent within seconds of being shown, or days later, is refused)
and a per-client limit counted in the cache. The forms' pages carry a CSRF token: never cached,
except a form inside a page of the page cache, which carries `cacheable_stamp()` and no token."""

import logging

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.limits import client_address

logger = logging.getLogger(__name__)

MIN_SECONDS = 3  # a person needs longer than this to fill a form
MAX_AGE = 2 * 24 * 3600  # a form shown longer ago than this has expired
SALT = "core.form_guard"
HONEYPOT = "website"
CACHEABLE_STAMP_PERIOD = 3600  # one stamp an hour for the forms of cached pages

EXPIRED = _(
    "Le formulaire a expiré ou n'a pas pu être vérifié. Vérifiez votre message et envoyez-le à nouveau."
)
TOO_FAST = _("Le formulaire a été envoyé trop vite. Relisez votre message et envoyez-le à nouveau.")
TOO_MANY = _("Vous avez envoyé plusieurs messages en peu de temps. Merci de réessayer dans une heure.")


def stamp(now=None):
    moment = int((now or timezone.now()).timestamp())
    return signing.Signer(salt=SALT).sign(str(moment))


def cacheable_stamp(now=None, period=CACHEABLE_STAMP_PERIOD):
    """The stamp of a form inside a page held in the page cache: the same for every reader during
    one `period`, so that the page built again within it has the same bytes (and ETag), and dated
    MIN_SECONDS before the period began, so that it is never "too fast" (a page served from the
    cache was built before its reader came: the time check cannot apply). It proves only that the
    form came from this site less than MAX_AGE ago; the per-client limit bounds the rest."""
    moment = int((now or timezone.now()).timestamp())
    return signing.Signer(salt=SALT).sign(str(moment - moment % period - MIN_SECONDS))


class GuardedForm(forms.Form):
    """A public form with the honeypot (`website`) and the time stamp (`started`)."""

    # Never shown to people (hidden by CSS and from assistive technologies): robots fill it.
    website = forms.CharField(label=_("Ne pas remplir ce champ"), required=False)
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        if not self.is_bound:
            self.initial.setdefault("started", stamp())

    @property
    def is_spam(self):
        return bool(self.data.get(HONEYPOT))

    def clean(self):
        cleaned = super().clean()
        try:
            shown = int(signing.Signer(salt=SALT).unsign(cleaned.get("started") or ""))
        except (signing.BadSignature, ValueError):
            shown = None
        age = timezone.now().timestamp() - shown if shown is not None else None
        if age is None or age > MAX_AGE:
            raise forms.ValidationError(EXPIRED, code="expired")
        if age < getattr(settings, "CONTACT_FORM_MIN_SECONDS", MIN_SECONDS):
            raise forms.ValidationError(TOO_FAST, code="too_fast")
        return cleaned

    def refresh_expired_stamp(self):
        """After an expired stamp, the form shown again gets a new one."""
        if self.has_error("__all__", "expired"):
            data = self.data.copy()
            data["started"] = stamp()
            self.data = data


def over_the_limit(request, scope, limit, window=3600):
    """Counts one submission of `scope` for the client; True once it exceeds `limit` in `window`."""
    key = f"form-guard:{scope}:{client_address(request)}"
    try:
        if cache.add(key, 1, window):
            return False
        return cache.incr(key) > limit
    except Exception:  # the cache is away: no limit rather than no form
        logger.warning("form rate limit unavailable", exc_info=True)
        return False
