"""Search backends, one per content language, over Wagtail's database index.

Every backend listed in WAGTAILSEARCH_BACKENDS with a LANGUAGE indexes only the objects of that
language, with its own text search configuration (French pages stemmed as French, English pages as
English). The backend of the site's default language also indexes everything without a locale
(documents, images, snippets). All of them share Wagtail's single index table, so each object is
written once, by the backend of its language.

On PostgreSQL each document also receives, at the lowest weight, the other names of the synonyms
it contains ("CHRS" brings "centre d'hébergement et de réinsertion sociale"), so a word of a
spelled-out form finds the pages that only use the acronym.
"""

from django.conf import settings
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from modelsearch.utils import get_content_type_pk
from wagtail.models import Locale

from search.synonyms import load_synonyms

_classes = {}
_locale_languages = {}


def backend_languages():
    return {conf["LANGUAGE"] for conf in settings.WAGTAILSEARCH_BACKENDS.values() if conf.get("LANGUAGE")}


def backend_name_for_language(language_code):
    """The configured backend that searches `language_code`; "default" when none is specific."""
    for name, conf in settings.WAGTAILSEARCH_BACKENDS.items():
        if conf.get("LANGUAGE") == language_code:
            return name
    return "default"


def object_language(obj):
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return None
    if locale_id not in _locale_languages:
        _locale_languages.update(Locale.objects.values_list("pk", "language_code"))
    return _locale_languages.get(locale_id)


class LanguageBackendMixin:
    def __init__(self, params):
        super().__init__(params)
        self.language = params.get("LANGUAGE", "")
        if "AUTOCOMPLETE_CONFIG" in params:
            self.autocomplete_config = params["AUTOCOMPLETE_CONFIG"]
        self.index_class = language_index_class(self.index_class)

    def indexes_object(self, obj):
        language = object_language(obj)
        if language in backend_languages():
            return language == self.language
        return not self.language or self.language == settings.LANGUAGE_CODE


def language_index_class(base):
    if base in _classes:
        return _classes[base]

    class LanguageIndex(base):
        def add_items(self, model, items):
            items = [item for item in items if self.backend.indexes_object(item)]
            if not items:
                return
            super().add_items(model, items)
            if getattr(self, "write_connection", None) and self.write_connection.vendor == "postgresql":
                add_synonym_expansions(self, model, items)

    LanguageIndex.__name__ = f"Language{base.__name__}"
    _classes[base] = LanguageIndex
    return LanguageIndex


def add_synonym_expansions(index, model, items):
    """Appends to each document's body the other names of the synonyms found in it."""
    # PostgreSQL's own index module, only loaded where it applies.
    from modelsearch.backends.database.postgres.postgres import IndexEntry, ObjectIndexer

    synonyms = load_synonyms()
    if not synonyms.groups:
        return
    rows = []
    for item in items:
        indexer = ObjectIndexer(item, index.backend)
        extra = synonyms.expansions(f"{indexer.title_text} {indexer.body_text}")
        if extra:
            rows.extend([str(item.pk), extra])
    if not rows:
        return
    config = index.backend.config
    vector = "to_tsvector(%s::regconfig, v.extra)" if config else "to_tsvector(v.extra)"
    values = ", ".join(["(%s, %s)"] * (len(rows) // 2))
    sql = (
        f"UPDATE {IndexEntry._meta.db_table} AS e "  # noqa: S608 - table name from the model
        f"SET body = e.body || setweight({vector}, 'D') "
        f"FROM (VALUES {values}) AS v(object_id, extra) "
        "WHERE e.content_type_id = %s AND e.object_id = v.object_id"
    )
    params = ([config] if config else []) + rows + [get_content_type_pk(model)]
    with index.write_connection.cursor() as cursor:
        cursor.execute(sql, params)


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    base = type(DatabaseSearchBackend(params))
    if base not in _classes:
        _classes[base] = type(f"Language{base.__name__}", (LanguageBackendMixin, base), {})
    return _classes[base](params)
