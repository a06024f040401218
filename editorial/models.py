from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Page


def _testimony(obj):
    specific = getattr(obj, "specific_deferred", obj)
    return specific if hasattr(specific, "consent_problems") else None


class ConsentReviewTask(AbstractGroupApprovalTask):
    """Moderator review that cannot approve a testimony no active consent covers.

    Approval is not even offered while consent is missing; approving from code raises
    `ConsentRequired`, and so does the publication that ends the workflow.
    """

    def consent_problems(self, obj, task_state=None):
        page = _testimony(obj)
        if page is None:
            return []
        revision = task_state.revision if task_state is not None else page.get_latest_revision()
        return page.consent_problems(revision=revision)

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions and self.consent_problems(obj):
            return [action for action in actions if action[0] != "approve"]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            from testimonies.consent import ConsentRequired

            page = task_state.workflow_state.content_object
            problems = self.consent_problems(page, task_state)
            if problems:
                raise ConsentRequired(_testimony(page), problems)
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


class TranslationStatus(models.Model):
    """What the last publication of a translated page contained: strings still untranslated are
    shown to readers in the source language, so the page carries a visible notice."""

    page = models.OneToOneField(
        Page, on_delete=models.CASCADE, primary_key=True, related_name="translation_status"
    )
    total_strings = models.PositiveIntegerField(_("textes à traduire"), default=0)
    missing_strings = models.PositiveIntegerField(_("textes non traduits"), default=0)
    checked_at = models.DateTimeField(_("vérifié le"), auto_now=True)

    class Meta:
        verbose_name = _("état de traduction")
        verbose_name_plural = _("états de traduction")

    def __str__(self):
        return f"{self.page_id}: {self.missing_strings}/{self.total_strings}"
