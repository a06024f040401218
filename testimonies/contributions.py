"""« Proposer un témoignage »: a structure describes its experience and states the consent of the
people it names. The proposal becomes a draft testimony in the moderation workflow with a pending
consent record (no proof, no anonymisation, no withdrawal method yet): nothing can be published
until a moderator completes it. The contributor's contact stays off the page (Contribution).
Abuse is bounded by core.form_guard and field sizes; an acknowledgement is mailed."""

import logging

from django import forms
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from core.form_guard import TOO_MANY, GuardedForm, over_the_limit
from testimonies.models import ConsentRecord, Contribution, TestimonyPage

logger = logging.getLogger(__name__)

RATE_LIMIT = 3  # proposals per client per hour
RETENTION_MONTHS = 12
TEXT_LIMIT = 4000


def text_field(label, help_text="", max_length=TEXT_LIMIT, rows=6):
    return forms.CharField(
        label=label,
        help_text=help_text,
        max_length=max_length,
        widget=forms.Textarea(attrs={"rows": rows}),
    )


class ContributionForm(GuardedForm):
    structure_name = forms.CharField(
        label=_("Votre structure"),
        max_length=200,
        help_text=_("Son nom, ou une désignation anonyme (« un CHRS de la région lyonnaise »)."),
    )
    place = forms.CharField(label=_("Lieu"), max_length=200, help_text=_("Commune et département."))
    peer_roles = text_field(_("Le rôle des travailleurs pairs"), max_length=1000, rows=3)
    context = text_field(_("Le contexte"), _("Votre structure, son public, pourquoi le travail pair."))
    actions = text_field(_("Ce que vous avez fait"), _("Recrutement, intégration, soutien, étapes."))
    outcomes = text_field(_("Ce qui a changé"), _("Pour les personnes accompagnées, l'équipe, les pairs."))
    consent_given_by = forms.CharField(
        label=_("Qui a donné son accord"),
        max_length=200,
        help_text=_("Les personnes nommées ou citées, ou leur rôle (« la directrice, les deux pairs »)."),
    )
    consent_confirmed = forms.BooleanField(
        label=_(
            "Les personnes nommées ou citées ont accepté que ce témoignage soit publié ; une preuve "
            "écrite de leur accord pourra vous être demandée."
        )
    )
    contact_name = forms.CharField(label=_("Votre nom"), max_length=120)
    contact_role = forms.CharField(label=_("Votre fonction"), max_length=120, required=False)
    contact_email = forms.EmailField(
        label=_("Votre adresse électronique"),
        max_length=254,
        help_text=_("Pour vous confirmer la réception et vous recontacter ; par exemple : nom@exemple.fr"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if field.required and name != "consent_confirmed":
                field.error_messages["required"] = _("Ce champ est obligatoire.")
        self.fields["consent_confirmed"].error_messages["required"] = _(
            "Nous ne pouvons publier un témoignage qu'avec l'accord des personnes qu'il nomme ou cite."
        )
        self.fields["contact_email"].error_messages["invalid"] = _(
            "Indiquez une adresse électronique valide, par exemple : nom@exemple.fr"
        )
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"
        self.fields["contact_email"].widget.attrs["autocomplete"] = "email"


def paragraphs(text):
    """Plain text from the form as rich text: one escaped paragraph per block of lines."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n") if block.strip()]
    return "".join(f"<p>{escape(block)}</p>".replace("\n", "<br>") for block in blocks)


def create_draft(section, data, language):
    """The draft testimony under `section`, its pending consent record and the contributor's contact;
    the draft enters the section's moderation workflow."""
    today = timezone.localdate()
    with transaction.atomic():
        page = TestimonyPage(
            title=Truncator(
                gettext("Témoignage proposé : %(name)s") % {"name": data["structure_name"]}
            ).chars(250),
            summary=Truncator(data["outcomes"]).chars(400),
            publication_date=today,
            structure_name=data["structure_name"],
            place=data["place"],
            peer_roles=data["peer_roles"],
            context=paragraphs(data["context"]),
            actions=paragraphs(data["actions"]),
            outcomes=paragraphs(data["outcomes"]),
            live=False,
        )
        section.add_child(instance=page)
        page.save_revision(log_action=True)
        ConsentRecord.objects.create(
            page=page,
            given_by=data["consent_given_by"],
            given_on=today,
            scope=[],
            anonymisation="",
            withdrawal_method="",
        )
        Contribution.objects.create(
            page=page,
            contact_name=data["contact_name"],
            contact_email=data["contact_email"],
            contact_role=data["contact_role"],
            language=language,
        )
        workflow = page.get_workflow()
        if workflow is not None:
            workflow.start(page, None)
    return page


def acknowledge(data, page):
    """The acknowledgement repeats nothing the sender typed: the form cannot mail a stranger's
    words to any address."""
    context = {"sent_on": timezone.localdate(), "retention_months": RETENTION_MONTHS}
    body = render_to_string("testimonies/contribution_email.txt", context)
    try:
        send_mail(
            gettext("Votre proposition de témoignage a bien été reçue"),
            body,
            settings.DEFAULT_FROM_EMAIL,
            [data["contact_email"]],
        )
    except Exception:
        logger.exception("acknowledgement of proposed testimony %s not mailed", page.pk)


@never_cache
def propose(request, section):
    """The form page under the testimonies section (`<section>proposer/`)."""
    url = request.path
    if request.method == "POST":
        form = ContributionForm(request.POST)
        if form.is_spam:
            return HttpResponseRedirect(url + "?envoye=1")
        if form.is_valid():
            if over_the_limit(request, "contribution", RATE_LIMIT):
                form.add_error(None, TOO_MANY)
            else:
                language = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)[:10]
                page = create_draft(section, form.cleaned_data, language)
                acknowledge(form.cleaned_data, page)
                return HttpResponseRedirect(url + "?envoye=1")
        form.refresh_expired_stamp()
        status = 400
    else:
        form = ContributionForm()
        status = 200
    context = {
        "page": section,
        "form": form,
        "sent": request.method == "GET" and request.GET.get("envoye") == "1",
        "retention_months": RETENTION_MONTHS,
    }
    return render(request, "testimonies/propose.html", context, status=status)
