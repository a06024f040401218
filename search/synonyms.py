"""The editors' synonym groups, and the index the search reads them from."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from core.site_cache import cached
from search.text import SynonymIndex


class SynonymGroup(models.Model):
    """Names of one thing that readers use interchangeably; a search for one finds them all."""

    name = models.CharField(
        _("nom"),
        max_length=100,
        help_text=_("Pour retrouver le groupe dans la liste, par exemple « Pair-aidance » ou « LAM »."),
    )
    terms = models.TextField(
        _("termes équivalents"),
        help_text=_(
            "Un terme par ligne : sigle, forme développée, masculin et féminin. Le pluriel, les "
            "majuscules, les accents et les traits d'union sont déjà pris en compte."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("terms")]

    MAX_TERMS = 30

    class Meta:
        ordering = ["name"]
        verbose_name = _("groupe de synonymes")
        verbose_name_plural = _("synonymes de recherche")

    def __str__(self):
        return self.name

    def term_list(self):
        terms = [" ".join(line.split())[:100] for line in self.terms.splitlines()]
        return list(dict.fromkeys(term for term in terms if term))[: self.MAX_TERMS]

    def clean(self):
        if len(self.term_list()) < 2:
            raise ValidationError({"terms": _("Indiquez au moins deux termes, un par ligne.")})


def load_synonyms():
    """All synonym groups, read in one query once per content generation."""
    return cached("synonyms", _build_synonyms)


def _build_synonyms():
    return SynonymIndex(group.term_list() for group in SynonymGroup.objects.only("terms"))
