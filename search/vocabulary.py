"""The facets' vocabulary in the reader's language, and the terms of the pages shown."""

import uuid
from dataclasses import dataclass

from django.db import connection
from django.db.models import Value
from django.utils.translation import gettext_lazy as _

from resources.models import TAXONOMY_FIELDS, LibraryPage, ResourceType, Theme

# Facets in the order readers see them: key, label.
FACETS = [
    ("type", _("Type de contenu")),
    ("thematique", _("Thématique")),
    ("public", _("Public accompagné")),
    ("structure", _("Type de structure")),
    ("poste", _("Type de poste")),
    ("region", _("Région")),
    ("annee", _("Année de publication")),
]
FACET_KEYS = [key for key, _label in FACETS]
TAXONOMY_FACETS = {model.facet_key: (field_name, model) for field_name, model in TAXONOMY_FIELDS.items()}


@dataclass(frozen=True)
class Term:
    facet: str
    slug: str
    key: str  # translation_key as a canonical string; the value for a page type or a year
    label: str
    sort: int = 0


def canonical_key(value):
    """Translation keys as one string form, whatever the database returns (UUID, hex, text)."""
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        return str(value)


def db_key(key):
    """A canonical translation key as the database compares it."""
    field = Theme._meta.get_field("translation_key")
    return field.get_db_prep_value(uuid.UUID(key), connection)


class Vocabulary:
    """Every term of every facet for one locale, loaded in one query."""

    def __init__(self, locale_id):
        rows = []
        queryset = None
        for _field_name, model in TAXONOMY_FIELDS.items():
            part = (
                model.objects.filter(locale_id=locale_id)
                .annotate(facet=Value(model.facet_key))
                .order_by()
                .values_list("slug", "translation_key", "name", "sort_order", "facet")
            )
            queryset = part if queryset is None else queryset.union(part, all=True)
        rows = list(queryset)
        self.terms = {key: [] for key in FACET_KEYS}
        for index, choice in enumerate(ResourceType):
            self.terms["type"].append(Term("type", choice.value, choice.value, str(choice.label), index))
        for slug, key, name, sort_order, facet in sorted(rows, key=lambda row: (row[3], row[2])):
            self.terms[facet].append(Term(facet, slug, canonical_key(key), name, sort_order))
        self.by_slug = {facet: {term.slug: term for term in terms} for facet, terms in self.terms.items()}
        self.by_key = {facet: {term.key: term for term in terms} for facet, terms in self.terms.items()}

    def choices(self, facet):
        return [(term.slug, term.label) for term in self.terms[facet]]

    def term_names(self):
        return [term.label for facet in TAXONOMY_FACETS for term in self.terms[facet]]


def page_terms(page_ids, vocabulary):
    """{page id: [Term, …]} for the pages shown, in the reader's language, in one query."""
    if not page_ids:
        return {}
    queryset = None
    for field_name, model in TAXONOMY_FIELDS.items():
        through = LibraryPage._meta.get_field(field_name).remote_field.through
        page_column = LibraryPage._meta.get_field(field_name).m2m_field_name()
        term_column = LibraryPage._meta.get_field(field_name).m2m_reverse_field_name()
        part = (
            through.objects.filter(**{f"{page_column}__in": page_ids})
            .annotate(facet=Value(model.facet_key))
            .order_by()
            .values_list(page_column, f"{term_column}__translation_key", "facet")
        )
        queryset = part if queryset is None else queryset.union(part, all=True)
    found = {}
    for page_id, key, facet in queryset:
        term = vocabulary.by_key[facet].get(canonical_key(key))
        if term is not None and term not in found.setdefault(page_id, []):
            found[page_id].append(term)
    order = {facet: index for index, facet in enumerate(FACET_KEYS)}
    return {
        page_id: sorted(terms, key=lambda term: (order[term.facet], term.sort, term.label))
        for page_id, terms in found.items()
    }
