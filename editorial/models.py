from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


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
