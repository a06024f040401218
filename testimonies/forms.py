from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from testimonies.consent import CONSENT_COLLECTION_NAME, consent_collection
from testimonies.models import ConsentScope


class ConsentRecordForm(WagtailAdminModelForm):
    scope = forms.MultipleChoiceField(
        label=_("Portée"),
        choices=ConsentScope.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Ce que le consentement autorise à publier."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "withdrawn_at" in self.fields:
            self.fields["withdrawn_at"].help_text = _(
                "Saisir une date de retrait dépublie aussitôt le témoignage et ses traductions. "
                "Un retrait ne s'annule pas : pour republier, enregistrez un nouveau consentement."
            )
        if "document" in self.fields:
            self.fields["document"].help_text = _(
                "Déposez la preuve dans la collection privée « %(collection)s », visible des seuls "
                "modérateur·rices et administrateur·rices."
            ) % {"collection": CONSENT_COLLECTION_NAME}
        for name in ("anonymisation", "withdrawal_method"):
            if name in self.fields:
                self.fields[name].required = True

    def clean_withdrawn_at(self):
        value = self.cleaned_data.get("withdrawn_at")
        previous = self.instance.withdrawn_at if self.instance.pk else None
        if previous and value != previous:
            raise forms.ValidationError(
                _("Un retrait ne s'annule pas : enregistrez un nouveau consentement.")
            )
        return value

    def clean_document(self):
        document = self.cleaned_data.get("document")
        collection = consent_collection()
        if (
            document
            and collection
            and not (
                document.collection_id == collection.pk or document.collection.is_descendant_of(collection)
            )
        ):
            raise forms.ValidationError(
                _("La preuve doit être rangée dans la collection privée « %(collection)s ».")
                % {"collection": CONSENT_COLLECTION_NAME}
            )
        return document
