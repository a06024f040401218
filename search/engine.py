"""The library's search engine: one entry point for the search page, the section indexes, the JSON
answer and the statistics. A search costs a fixed number of SQL queries whatever the library's size.
"""

import functools
import math
from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator
from django.db import connection
from django.http import QueryDict
from django.utils.translation import get_language, ngettext
from modelsearch.backends import get_search_backend

from library.models import LibraryPage
from search.backends import backend_name_for_language, object_language
from search.catalogue import Catalogue
from search.forms import SearchForm
from search.library_query import LibraryQuery
from search.ranking import PortableText, PostgresText
from search.sql import LIBRARY, terms_text_sql
from search.suggestions import popular_topics, promotions_for, spelling
from search.synonyms import load_synonyms
from search.text import highlight
from search.vocabulary import FACETS, Vocabulary, page_terms

RESULTS_PER_PAGE = 20
MAX_FACET_VALUES_SELECTED_FOR_INDEXING = 1


@functools.lru_cache(maxsize=4096)
def _results_word(language, count):
    return ngettext("résultat", "résultats", count)


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    remove_url: str = ""
    html_id: str = ""

    @property
    def results_word(self):
        """« résultat » or « résultats » for this count, in the reader's language (looked up once
        per language and count: a listing shows dozens of values)."""
        return _results_word(get_language(), self.count)


@dataclass
class Facet:
    key: str
    label: str
    values: list

    @property
    def selected_values(self):
        return [value for value in self.values if value.selected]


@dataclass
class SearchResult:
    params: dict
    total: int
    results: object  # a Django paginator page whose object_list holds the library pages
    paginator: Paginator
    facets: list
    text: object = None
    promotions: list = field(default_factory=list)
    did_you_mean: list = field(default_factory=list)
    popular_topics: list = field(default_factory=list)
    corrected_query: str = ""  # searched in place of the query, which found nothing

    @property
    def query(self):
        """What the reader typed (and what the statistics record)."""
        return self.params["q"]

    @property
    def searched_query(self):
        """The query the results are for: the correction, if any, else the query as typed."""
        return self.corrected_query or self.query

    @property
    def search_instead_url(self):
        """The same state with the query as typed, searched without correction."""
        return f"{state_url(self.params)}&sans_correction=1" if self.corrected_query else ""

    @property
    def selected(self):
        return [(facet, value) for facet in self.facets for value in facet.selected_values]

    @property
    def has_filters(self):
        return bool(self.selected)

    @property
    def is_indexable(self):
        """Search states stay out of search engines, except one facet value (a topic page)."""
        return (
            not self.query
            and self.params["page"] == 1
            and len(self.selected) <= MAX_FACET_VALUES_SELECTED_FOR_INDEXING
            and self.params["tri"] == "date"
        )

    @property
    def canonical_query(self):
        """A topic page (one facet value) is its own canonical address; other states are not indexed."""
        return state_url(self.params) if self.is_indexable and self.selected else ""

    @property
    def query_prefix(self):
        """The state without `page`, ready to prepend to `page=N` (see components/pagination.html)."""
        encoded = state_url(self.params)[1:]
        return f"{encoded}&" if encoded else ""

    @property
    def state_query(self):
        """The whole state, page included, without the "?": what the language switch carries."""
        return state_url(self.params, keep_page=True)[1:]

    @property
    def clear_url(self):
        """The same query without any filter."""
        default_sort = "pertinence" if self.query else "date"
        return state_url({**self.params, **{key: [] for key, _label in FACETS}, "tri": default_sort})

    def page_range(self):
        return self.paginator.get_elided_page_range(self.results.number, on_each_side=2, on_ends=1)


def state_url(params, drop=None, keep_page=False):
    """A query string for `params`, without the (facet, value) pair `drop`."""
    query = QueryDict(mutable=True)
    if params["q"]:
        query["q"] = params["q"]
    for key, _label in FACETS:
        values = [value for value in params[key] if (key, value) != drop]
        if values:
            query.setlist(key, values)
    if params["tri"] != ("pertinence" if params["q"] else "date"):
        query["tri"] = params["tri"]
    if keep_page and params["page"] > 1:
        query["page"] = str(params["page"])
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


def text_matcher(parsed, language_code):
    if connection.vendor == "postgresql":
        backend = get_search_backend(backend_name_for_language(language_code))
        return PostgresText(parsed, getattr(backend, "config", None))
    return PortableText(parsed, terms_text_sql(), LIBRARY)


class LibrarySearch:
    """Runs one search for an index page (section or whole library) from request parameters."""

    def __init__(self, index_page, data):
        self.index_page = index_page
        self.scope = index_page.scope
        self.locale_id = index_page.locale_id
        self.language = object_language(index_page) or settings.LANGUAGE_CODE
        self.vocabulary = Vocabulary.for_locale(self.locale_id)
        self.params = SearchForm(data, self.vocabulary, scope=self.scope).cleaned()
        self.synonyms = None
        self.parsed = None
        self.ideas_not_found = 0  # ideas of the last query that no candidate page has

    def selections(self):
        """The selected values as the catalogue holds them: page types, years, translation keys."""
        selected = {}
        for key, _label in FACETS:
            slugs = self.params[key]
            if not slugs:
                continue
            if key in ("type", "annee"):
                selected[key] = slugs
            else:
                selected[key] = [self.vocabulary.by_slug[key][slug].key for slug in slugs]
        return selected

    def run(self):
        params = self.params
        promotions = []
        if (
            params["q"]
            and not self.scope
            and params["page"] == 1
            and not any(params[key] for key, _label in FACETS)
        ):
            promotions = promotions_for(params["q"], self.locale_id)
        counts, total, ids = self.matches(params["q"], promotions)
        corrected, suggestions = "", []
        # A query that found nothing, or one of whose words no page has ("recrutment travailleur
        # pair" finds the other two words): spelled again, and searched as corrected when the
        # correction is clear and finds every idea.
        if params["q"] and not promotions and (total == 0 or self.ideas_not_found):
            found = spelling(params["q"], self.vocabulary, self.synonyms, self.locale_id, self.scope)
            suggestions = found.suggestions
            if found.correction and not params["sans_correction"]:
                typed = self.parsed, counts, total, ids
                counts, total, ids = self.matches(found.correction, promotions)
                if total and (typed[2] == 0 or not self.ideas_not_found):
                    corrected, suggestions = found.correction, []
                else:
                    self.parsed, counts, total, ids = typed  # the query as typed, highlighted
        paginator = Paginator(range(total), RESULTS_PER_PAGE)
        results = paginator.get_page(params["page"])
        results.object_list = self.load_pages(ids)
        result = SearchResult(
            params=params,
            total=total + len(promotions),
            results=results,
            paginator=paginator,
            facets=self.build_facets(counts),
            text=self.parsed,
            promotions=promotions,
            did_you_mean=suggestions,
            corrected_query=corrected,
        )
        if result.total == 0:
            result.popular_topics = popular_topics(self.vocabulary, self.locale_id, self.scope)
        return result

    def matches(self, query, promotions):
        """(facet counts, total, ids of the page asked) for `query` and the selected filters."""
        params = self.params
        text = None
        self.ideas_not_found = 0
        if query:
            self.synonyms = self.synonyms or load_synonyms()
            self.parsed = self.synonyms.parse(query)
            text = text_matcher(self.parsed, self.language) if self.parsed.groups else None
            if text is not None and text.is_empty:
                text = None
        if query and text is None:
            return {}, 0, []  # only words that carry no meaning ("de la")
        exclude = [promotion["page_id"] for promotion in promotions if promotion["page_id"]]
        search = LibraryQuery(
            Catalogue.for_locale(self.locale_id, self.vocabulary),
            scope=self.scope,
            matches=text.matches() if text is not None else None,
            selections=self.selections(),
            exclude_ids=exclude,
        )
        offset = (params["page"] - 1) * RESULTS_PER_PAGE
        counts, total, ids = search.run(params["tri"], RESULTS_PER_PAGE, offset)
        self.ideas_not_found = sum(1 for count in search.idea_counts if not count)
        last_page = max(1, math.ceil(total / RESULTS_PER_PAGE))
        if params["page"] > last_page:  # out of range: the last page instead
            params["page"] = last_page
            offset = (last_page - 1) * RESULTS_PER_PAGE
            ids = search.run(params["tri"], RESULTS_PER_PAGE, offset, with_counts=False)[2]
        return counts, total, ids

    def load_pages(self, ids):
        if not ids:
            return []
        pages = {page.pk: page for page in LibraryPage.objects.filter(pk__in=ids)}
        terms = page_terms(ids, self.vocabulary)
        wanted = self.parsed.highlight_words if self.parsed else []
        ordered = []
        for page_id in ids:
            page = pages.get(page_id)
            if page is None:
                continue
            page.search_terms = terms.get(page_id, [])
            page.highlighted_summary = highlight(page.summary, wanted)
            ordered.append(page)
        return ordered

    def build_facets(self, counts):
        facets = []
        for key, label in FACETS:
            selected = self.params[key]
            found = counts.get(key, {})
            if key == "annee":
                years = sorted({int(year) for year in found} | {int(year) for year in selected}, reverse=True)
                terms = [(str(year), str(year), str(year)) for year in years]
            else:
                terms = [(term.slug, term.key, term.label) for term in self.vocabulary.terms[key]]
            values = []
            for slug, count_key, value_label in terms:
                count = found.get(count_key, 0)
                is_selected = slug in selected
                if count or is_selected:
                    values.append(
                        FacetValue(
                            value=slug,
                            label=value_label,
                            count=count,
                            selected=is_selected,
                            remove_url=state_url(self.params, drop=(key, slug)) if is_selected else "",
                            html_id=f"facet-{key}-{slug}",
                        )
                    )
            values.sort(key=lambda value: not value.selected)
            facets.append(Facet(key=key, label=label, values=values))
        return facets


def run_search(index_page, data):
    return LibrarySearch(index_page, data).run()


def listing_facet_counts(locale_id, scope):
    """What the facets of a whole listing count before any choice: a section's (`scope`, its type
    of content) or the search page's (`scope` ""). `{facet: {value: count}}`, a taxonomy value
    being its term's translation key (`Vocabulary.by_key`)."""
    vocabulary = Vocabulary.for_locale(locale_id)
    return LibraryQuery(Catalogue.for_locale(locale_id, vocabulary), scope=scope).counts()
