"""The library's facets as API filters: the same parameter names and values as the search page
(docs/recherche.md), shared by both languages.

`?thematique=recrutement&thematique=management` or `?thematique=recrutement,management`: values
combine with OR inside one facet, AND across facets. A value is a term's slug, the same in French
and in English, so `?public=precarite` finds the English pages as well as the French ones. A value
no term has matches nothing; a malformed one (not a slug, a year that is not a number) is a 400.
Each facet is one subquery on its through table: the SQL of a listing does not grow with the
library.
"""

import re

from django.utils.translation import gettext as _
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError

from library.models import LibraryPage
from taxonomy.models import TAXONOMY_FIELDS

YEAR = "annee"
SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,80}$")
MAX_VALUES = 20
FACET_FIELDS = {model.facet_key: field_name for field_name, model in TAXONOMY_FIELDS.items()}
FACET_PARAMETERS = frozenset([*FACET_FIELDS, YEAR])


def parameter_values(request, name):
    """Every value of `name` in the query string, repeated or comma-separated, stripped."""
    values = []
    for raw in request.GET.getlist(name):
        values.extend(part.strip() for part in raw.split(","))
    values = [value for value in values if value]
    if len(values) > MAX_VALUES:
        raise BadRequestError(_("%(name)s : %(max)s valeurs au plus.") % {"name": name, "max": MAX_VALUES})
    return values


def _slugs(request, name):
    values = parameter_values(request, name)
    bad = [value for value in values if not SLUG.match(value)]
    if bad:
        raise BadRequestError(
            _("%(name)s : « %(value)s » n'est pas un identifiant (lettres sans accent, chiffres, tirets).")
            % {"name": name, "value": bad[0][:80]}
        )
    return values


def _years(request):
    values = parameter_values(request, YEAR)
    try:
        years = [int(value) for value in values]
    except ValueError:
        years = None
    if years is None or any(not 1900 <= year <= 2200 for year in years):
        raise BadRequestError(_("annee : une année sur quatre chiffres, comme 2024."))
    return years


def filter_by_term(queryset, field_name, slugs):
    """Pages classified under any of the terms `slugs` (of any language) of one vocabulary."""
    field = LibraryPage._meta.get_field(field_name)
    through = field.remote_field.through
    pages = through.objects.filter(**{f"{field.m2m_reverse_field_name()}__slug__in": slugs})
    return queryset.filter(pk__in=pages.values(field.m2m_field_name()))


class LibraryFacetsFilter(BaseFilterBackend):
    """?thematique=, ?public=, ?structure=, ?poste=, ?region= (slugs) and ?annee= (years)."""

    def filter_queryset(self, request, queryset, view):
        for key, field_name in FACET_FIELDS.items():
            slugs = _slugs(request, key)
            if slugs:
                queryset = filter_by_term(queryset, field_name, slugs)
        years = _years(request)
        if years:
            queryset = queryset.filter(publication_date__year__in=years)
        return queryset
