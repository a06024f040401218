"""Who proposed a testimony with the public form: kept for moderators only, never on the page."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from testimonies.models import TestimonyPage


class Contribution(models.Model):
    page = models.ForeignKey(
        TestimonyPage,
        verbose_name=_("témoignage"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="contributions",
    )
    contact_name = models.CharField(_("nom de la personne qui propose"), max_length=120)
    contact_email = models.EmailField(_("adresse électronique"), max_length=254)
    contact_role = models.CharField(_("fonction"), max_length=120, blank=True)
    language = models.CharField(_("langue"), max_length=10, blank=True)
    created_at = models.DateTimeField(_("reçu le"), auto_now_add=True)

    class Meta:
        verbose_name = _("proposition de témoignage")
        verbose_name_plural = _("propositions de témoignage")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.contact_name} ({self.created_at:%d/%m/%Y})"
