"""The contact form: stored in the database, mailed to the site's contact address (site settings),
with the page it was sent from; the sender gets an acknowledgement. Moderators and
administrators read the messages in the admin (home.wagtail_hooks) until they are purged.
Abuse is bounded by core.form_guard (honeypot, time check, per-client limit) and field sizes."""

import logging
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.core.mail import EmailMessage
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from core.form_guard import TOO_MANY, GuardedForm, over_the_limit
from home.models import ContactMessage, SiteSettings

logger = logging.getLogger(__name__)

RATE_LIMIT = 5  # messages per client per hour
RETENTION_MONTHS = ContactMessage.RETENTION_MONTHS


class ContactForm(GuardedForm):
    subject = forms.ChoiceField(label=_("Objet"), choices=ContactMessage.Subject.choices)
    name = forms.CharField(label=_("Votre nom"), max_length=120)
    email = forms.EmailField(
        label=_("Votre adresse électronique"),
        max_length=254,
        help_text=_("Pour vous répondre ; par exemple : nom@exemple.fr"),
    )
    message = forms.CharField(
        label=_("Votre message"), widget=forms.Textarea(attrs={"rows": 8}), min_length=10, max_length=5000
    )
    page_url = forms.CharField(
        label=_("Page concernée"),
        max_length=500,
        required=False,
        help_text=_(
            "L'adresse de la page depuis laquelle vous écrivez, par exemple pour signaler une erreur."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("name", "email", "message"):
            self.fields[name].error_messages["required"] = {
                "name": _("Indiquez votre nom."),
                "email": _("Indiquez votre adresse électronique, pour que nous puissions vous répondre."),
                "message": _("Écrivez votre message."),
            }[name]
        self.fields["email"].error_messages["invalid"] = _(
            "Indiquez une adresse électronique valide, par exemple : nom@exemple.fr"
        )
        self.fields["subject"].error_messages["required"] = _("Choisissez l'objet de votre message.")
        self.fields["subject"].error_messages["invalid_choice"] = _("Choisissez l'objet de votre message.")
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def clean_page_url(self):
        url = self.cleaned_data.get("page_url", "").strip()
        if url and not url_has_allowed_host_and_scheme(url, allowed_hosts=None):
            return ""  # only an address on this site is kept
        return url if url.startswith("/") else ""


def referring_path(request):
    """The page the reader came from, on this site, as the form's default "page concernée"."""
    candidate = request.GET.get("depuis") or request.META.get("HTTP_REFERER", "")
    if not isinstance(candidate, str) or not url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}
    ):
        return ""
    parts = urlsplit(candidate)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return path[:500] if path.startswith("/") and not path.startswith(reverse("contact")) else ""


def deliver(request, message):
    """Mails the message to the contact address of the site settings; failures are logged."""
    site_settings = SiteSettings.for_request(request)
    recipient = site_settings.contact_email
    if not recipient:
        logger.warning("contact message %s stored, no contact address to mail it to", message.pk)
        return False
    page = request.build_absolute_uri(message.page_url) if message.page_url else ""
    body = render_to_string("home/contact_email.txt", {"message": message, "page": page})
    email = EmailMessage(
        subject=f"[Pair à pair] {message.get_subject_display()} — {message.name}",
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[recipient],
        reply_to=[message.email],
    )
    try:
        email.send()
    except Exception:
        logger.exception("contact message %s stored but not mailed", message.pk)
        return False
    return True


def acknowledge(request, message):
    """The sender's receipt, in the language they wrote in. It repeats nothing they typed (neither
    their name nor their message), only the subject chosen from the list and the page of this site
    they wrote from: the form cannot make this site mail a text of someone's choosing to an
    address of their choosing. Failures are logged."""
    site_settings = SiteSettings.for_request(request)
    page = request.build_absolute_uri(message.page_url) if message.page_url else ""
    context = {"message": message, "page": page, "retention_months": RETENTION_MONTHS}
    email = EmailMessage(
        subject=gettext("Votre message à Pair à pair a bien été reçu"),
        body=render_to_string("home/contact_acknowledgement.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.email],
        reply_to=[site_settings.contact_email] if site_settings.contact_email else None,
    )
    try:
        email.send()
    except Exception:
        logger.exception("acknowledgement of contact message %s not mailed", message.pk)
        return False
    return True


@never_cache
def contact(request):
    if request.method == "POST":
        form = ContactForm(request.POST)
        if form.is_spam:
            return HttpResponseRedirect(reverse("contact") + "?envoye=1")
        if form.is_valid():
            if over_the_limit(request, "contact", RATE_LIMIT):
                form.add_error(None, TOO_MANY)
            else:
                data = form.cleaned_data
                message = ContactMessage.objects.create(
                    subject=data["subject"],
                    name=data["name"],
                    email=data["email"],
                    message=data["message"],
                    page_url=data["page_url"],
                    language=getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)[:10],
                )
                deliver(request, message)
                acknowledge(request, message)
                return HttpResponseRedirect(reverse("contact") + "?envoye=1")
        form.refresh_expired_stamp()
        status = 400
    else:
        initial = {"page_url": referring_path(request)}
        subject = request.GET.get("objet")
        if subject in ContactMessage.Subject.values:
            initial["subject"] = subject
        form = ContactForm(initial=initial)
        status = 200
    context = {
        "form": form,
        "sent": request.method == "GET" and request.GET.get("envoye") == "1",
        "retention_months": RETENTION_MONTHS,
    }
    return render(request, "home/contact.html", context, status=status)
