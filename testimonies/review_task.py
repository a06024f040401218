"""The moderators' review step of a testimony: approval needs an active consent covering the
version to publish, and confirmed names (testimonies/name_review.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask

from testimonies.anonymisation import normalise
from testimonies.consent import ConsentRequired
from testimonies.models import as_testimony
from testimonies.name_review import (
    CONFIRM_FIELD,
    SEEN_FIELD,
    NamesNotConfirmed,
    confirm_names,
    unconfirmed_names,
)


class ConsentReviewTask(AbstractGroupApprovalTask):
    """Moderator review that cannot approve a testimony no active consent covers.

    Approval is not even offered while consent is missing; approving from code raises
    `ConsentRequired`, and so does the publication that ends the workflow. When the version to
    publish shows names the consent does not cover, approval goes through a form that lists them
    and asks to confirm them ("Je confirme…"); the confirmation is logged in the page history.
    """

    def consent_problems(self, obj, task_state=None):
        page = as_testimony(obj)
        if page is None:
            return []
        revision = task_state.revision if task_state is not None else page.get_latest_revision()
        return page.consent_problems(revision=revision)

    def names_to_confirm(self, obj):
        """Uncovered, unconfirmed names of the version the workflow would publish (the latest)."""
        page = as_testimony(obj)
        if page is None or page.pk is None:
            return []
        return unconfirmed_names(page, page.get_latest_revision())

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if not actions:
            return actions
        if self.consent_problems(obj):
            return [action for action in actions if action[0] != "approve"]
        if self.names_to_confirm(obj):
            others = [action for action in actions if action[0] != "approve"]
            return others + [("approve", _("Approuver après vérification des noms"), True)]
        return actions

    def get_form_for_action(self, action):
        if action == "approve":
            from testimonies.forms import ApprovalWithNamesForm

            return ApprovalWithNamesForm
        return super().get_form_for_action(action)

    def get_template_for_action(self, action):
        if action == "approve":
            return "testimonies/admin/approve_modal.html"
        return super().get_template_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        confirmed = kwargs.pop(CONFIRM_FIELD, False)
        seen = kwargs.pop(SEEN_FIELD, None) or []
        kwargs.pop("review_task_state", None)
        if action_name == "approve":
            page = task_state.workflow_state.content_object
            problems = self.consent_problems(page, task_state)
            if problems:
                raise ConsentRequired(as_testimony(page), problems)
            testimony = as_testimony(page)
            if testimony is not None:
                names = self.names_to_confirm(testimony)
                seen = seen if isinstance(seen, list) else str(seen).split("|")
                shown = {normalise(name) for name in seen}
                if names and not (confirmed and {normalise(name) for name in names} <= shown):
                    raise NamesNotConfirmed(testimony, names)
                if names:
                    confirm_names(testimony, testimony.get_latest_revision(), user, names)
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _(
            "Les membres des groupes choisis relisent le témoignage ; l'approbation n'est possible "
            "que si un consentement actif couvre la page."
        )

    class Meta:
        verbose_name = _("relecture avec vérification du consentement")
        verbose_name_plural = _("relectures avec vérification du consentement")
