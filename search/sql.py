"""The tables and SQL pieces a search reads: the library's pages, their taxonomy links, the view
restrictions and Wagtail's index entries (search.catalogue, search.ranking, search.suggestions).
"""

import functools

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, PageViewRestriction, get_page_models
from wagtail.search.models import IndexEntry

from library.models import LibraryPage
from taxonomy.models import TAXONOMY_FIELDS

PAGE = Page._meta.db_table
LIBRARY = LibraryPage._meta.db_table
RESTRICTION = PageViewRestriction._meta.db_table
ENTRY = IndexEntry._meta.db_table


def _m2m(field_name):
    field = LibraryPage._meta.get_field(field_name)
    through = field.remote_field.through._meta
    term = field.related_model._meta
    return through.db_table, field.m2m_column_name(), field.m2m_reverse_name(), term.db_table


@functools.cache
def m2m_facets():
    """{facet key: (through table, page column, term column, term table)}, read from the models
    once they are all loaded (the index page's module imports this one while they load)."""
    return {model.facet_key: _m2m(field_name) for field_name, model in TAXONOMY_FIELDS.items()}


def unrestricted(page="p"):
    """SQL condition: the page aliased `page` is under no view restriction, its own or an ancestor's.

    For statements run with parameters (the `%%` is a literal `%`).
    """
    return (
        f"NOT EXISTS (SELECT 1 FROM {RESTRICTION} r JOIN {PAGE} rp ON rp.id = r.page_id "
        f"WHERE {page}.path LIKE rp.path || '%%')"
    )


def library_content_type_ids():
    """The content types of the library's pages, whose index entries a search reads (Django's
    content type cache answers after the first call)."""
    models = [model for model in get_page_models() if issubclass(model, LibraryPage)]
    found = ContentType.objects.get_for_models(*models, for_concrete_models=False)
    return sorted(content_type.pk for content_type in found.values())


def terms_text_sql():
    """SQLite: the names of the taxonomy terms of a library page (aliased lp), as text (PostgreSQL
    reads the same from their weight in its index)."""
    parts = []
    for through, page_column, term_column, term_table in m2m_facets().values():
        parts.append(
            f"COALESCE((SELECT group_concat(t.name, ' ') FROM {through} m JOIN {term_table} t "
            f"ON t.id = m.{term_column} WHERE m.{page_column} = lp.page_ptr_id), '')"
        )
    return " || ' ' || ".join(parts)
