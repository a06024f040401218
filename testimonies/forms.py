from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.forms import TaskStateCommentForm
from wagtail.models import TaskState

from testimonies.consent import CONSENT_COLLECTION_NAME, consent_collection
from testimonies.models import ConsentScope, as_testimony
from testimonies.name_review import CONFIRM_FIELD, SEEN_FIELD, names_problem


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


class ApprovalWithNamesForm(TaskStateCommentForm):
    """Approval of a testimony: the names its consent does not cover must be confirmed.

    The template (`approve_modal.html`) lists the names and sends them back as `SEEN_FIELD`;
    the task checks them again in `ConsentReviewTask.on_action`.
    """

    review_task_state = forms.IntegerField(widget=forms.HiddenInput, required=False)
    uncovered_names_seen = forms.CharField(widget=forms.HiddenInput, required=False)
    confirm_uncovered_names = forms.BooleanField(
        label=_("Je confirme avoir vérifié ces noms : ils peuvent être publiés tels quels."),
        required=False,
    )

    def clean(self):
        data = super().clean()
        state = TaskState.objects.filter(pk=data.get("review_task_state") or 0).first()
        page = as_testimony(state.workflow_state.content_object) if state is not None else None
        if page is None:
            return data
        names = state.task.specific.names_to_confirm(page)
        seen = set((data.get(SEEN_FIELD) or "").split("|"))
        if names and not (data.get(CONFIRM_FIELD) and set(names) <= seen):
            self.add_error(CONFIRM_FIELD, names_problem(names))
        return data
