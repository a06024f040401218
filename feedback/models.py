"""A reader's answer to « Cette page vous a-t-elle été utile ? » on a library page.

Nothing here says who answered: no name, address, account, client address or time of day; the
comment is stripped of what looks like an e-mail address or a telephone number (feedback.forms).
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

COMMENT_LIMIT = 1000


class PageFeedback(models.Model):
    page = models.ForeignKey(
        "library.LibraryPage",
        verbose_name=_("page"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("langue"), max_length=10)
    useful = models.BooleanField(_("page utile"))
    comment = models.TextField(_("commentaire"), max_length=COMMENT_LIMIT, blank=True)
    received_on = models.DateField(_("reçu le"), default=timezone.localdate, db_index=True)

    class Meta:
        verbose_name = _("avis sur une page")
        verbose_name_plural = _("avis sur les pages")
        ordering = ["-received_on", "-pk"]

    def __str__(self):
        return f"{self.page_id} — {'oui' if self.useful else 'non'}"
