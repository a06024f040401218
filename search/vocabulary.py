"""The facets' vocabulary in the reader's language, and the terms of the pages shown."""

import uuid
from dataclasses import dataclass

from django.db.models import Value
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.site_cache import cached
from library.models import LibraryPage, ResourceType
from taxonomy.models import TAXONOMY_FIELDS

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


class Vocabulary:
    """Every term of every facet in one query: the reader's locale for labels, every locale's ids
    so that a page classified with a term of another language still counts (same translation_key).
    """

    @classmethod
    def for_locale(cls, locale_id):
        """The vocabulary of one locale, built once per content generation and language."""
        return cached("vocabulary", lambda: cls(locale_id), locale_id, get_language())

    def __init__(self, locale_id):
        queryset = None
        for _field_name, model in TAXONOMY_FIELDS.items():
            part = (
                model.objects.annotate(facet=Value(model.facet_key))
                .order_by()
                .values_list("pk", "locale_id", "slug", "translation_key", "name", "sort_order", "facet")
            )
            queryset = part if queryset is None else queryset.union(part, all=True)
        rows = sorted(queryset, key=lambda row: (row[5], row[4]))
        self.terms = {key: [] for key in FACET_KEYS}
        self.key_by_id = {key: {} for key in FACET_KEYS}
        for index, choice in enumerate(ResourceType):
            self.terms["type"].append(Term("type", choice.value, choice.value, str(choice.label), index))
        for pk, term_locale_id, slug, key, name, sort_order, facet in rows:
            self.key_by_id[facet][pk] = canonical_key(key)
            if term_locale_id == locale_id:
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
        field = LibraryPage._meta.get_field(field_name)
        page_column = field.m2m_field_name()
        part = (
            field.remote_field.through.objects.filter(**{f"{page_column}__in": page_ids})
            .annotate(facet=Value(model.facet_key))
            .order_by()
            .values_list(page_column, field.m2m_reverse_field_name(), "facet")
        )
        queryset = part if queryset is None else queryset.union(part, all=True)
    found = {}
    for page_id, term_id, facet in queryset:
        term = vocabulary.by_key[facet].get(vocabulary.key_by_id[facet].get(term_id))
        if term is not None and term not in found.setdefault(page_id, []):
            found[page_id].append(term)
    order = {facet: index for index, facet in enumerate(FACET_KEYS)}
    return {
        page_id: sorted(terms, key=lambda term: (order[term.facet], term.sort, term.label))
        for page_id, terms in found.items()
    }
