"""The taxonomy: small translatable vocabularies whose slug is shared by every language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("nom"), max_length=150)
    slug = models.SlugField(
        _("identifiant"),
        max_length=80,
        help_text=_("Utilisé dans les adresses des filtres ; identique dans toutes les langues."),
    )
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("ordre"), default=0)

    # The facet key used in URLs (?thematique=…); set by each vocabulary.
    facet_key = ""

    override_translatable_fields = [
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


def _term_constraints(model_name):
    return [models.UniqueConstraint(fields=["slug", "locale"], name=f"unique_{model_name}_slug_locale")]


class Theme(TaxonomyTerm):
    facet_key = "thematique"

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("thématique")
        verbose_name_plural = _("thématiques")
        constraints = _term_constraints("theme")


class Audience(TaxonomyTerm):
    facet_key = "public"

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("public accompagné")
        verbose_name_plural = _("publics accompagnés")
        constraints = _term_constraints("audience")


class StructureType(TaxonomyTerm):
    facet_key = "structure"

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("type de structure")
        verbose_name_plural = _("types de structures")
        constraints = _term_constraints("structuretype")


class PostType(TaxonomyTerm):
    facet_key = "poste"

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("type de poste")
        verbose_name_plural = _("types de postes")
        constraints = _term_constraints("posttype")


class Region(TaxonomyTerm):
    facet_key = "region"
    insee_code = models.CharField(
        _("code INSEE"), max_length=3, blank=True, help_text=_("Vide pour « National ».")
    )

    override_translatable_fields = TaxonomyTerm.override_translatable_fields + [
        SynchronizedField("insee_code")
    ]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("région")
        verbose_name_plural = _("régions")
        constraints = _term_constraints("region")


# The page field that holds each vocabulary, in the order facets are shown.
TAXONOMY_FIELDS = {
    "themes": Theme,
    "audiences": Audience,
    "structure_types": StructureType,
    "post_types": PostType,
    "regions": Region,
}
