"""Download counts of the job-description files: one row per page, format, kind and day.

Only counts: no IP address, no user, no time of day, nothing about who downloaded.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DownloadCount(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("fiche de poste"), on_delete=models.CASCADE, related_name="+"
    )
    file_format = models.CharField(_("format"), max_length=8)
    personalised = models.BooleanField(_("personnalisée"), default=False)
    day = models.DateField(_("jour"))
    count = models.PositiveIntegerField(_("téléchargements"), default=0)

    class Meta:
        verbose_name = _("nombre de téléchargements")
        verbose_name_plural = _("nombres de téléchargements")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "file_format", "personalised", "day"], name="unique_download_count_per_day"
            )
        ]
        indexes = [models.Index(fields=["day"], name="download_count_day_idx")]

    def __str__(self):
        return f"{self.page_id} {self.file_format} {self.day}: {self.count}"
