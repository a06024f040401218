"""The feedback form: « Oui » or « Non », an optional comment, the guards of core.form_guard.

The comment is meant to say what the page lacks, not who wrote it: the form asks for no contact
details, and whatever still looks like an e-mail address or a telephone number is replaced
before it is stored (editors read the comments; nobody can answer them)."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from core.form_guard import GuardedForm
from feedback.models import COMMENT_LIMIT

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Nine to fifteen digits, spaced or not (« 06 12 34 56 78 », « +33 6 12 34 56 78 », « 0612345678 »).
PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\d(?:[ .\-/()]{0,2}\d){8,14}(?!\w)")
EMAIL_REMOVED = "[adresse retirée]"
PHONE_REMOVED = "[numéro retiré]"

ANSWERS = [("oui", _("Oui")), ("non", _("Non"))]


def without_contact_details(text):
    """The text with what looks like an e-mail address or a telephone number replaced."""
    return PHONE.sub(PHONE_REMOVED, EMAIL.sub(EMAIL_REMOVED, text))


class FeedbackForm(GuardedForm):
    useful = forms.TypedChoiceField(
        label=_("Cette page vous a-t-elle été utile ?"),
        choices=ANSWERS,
        coerce=lambda value: value == "oui",
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Un commentaire ?"),
        required=False,
        max_length=COMMENT_LIMIT,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Ce qui vous a manqué, ce qui vous a aidé. Votre avis est anonyme : n'indiquez ni nom, "
            "ni adresse électronique, ni numéro de téléphone."
        ),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "feedback-%s")
        super().__init__(*args, **kwargs)
        self.fields["useful"].error_messages.update(
            required=_("Choisissez « Oui » ou « Non »."), invalid_choice=_("Choisissez « Oui » ou « Non ».")
        )
        self.fields["comment"].error_messages["max_length"] = _(
            "Votre commentaire est trop long : %(limit_value)s caractères au plus."
        )

    def clean_comment(self):
        return without_contact_details(self.cleaned_data.get("comment", "").strip())
