"""Help around the results: editors' promoted pages, "did you mean", popular topics, autocomplete."""

import difflib
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db import connection
from django.db.models import Count, F, Q
from modelsearch.backends import get_search_backend
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from core.site_cache import cached
from library.models import LibraryPage, ResourceType
from search.backends import backend_name_for_language
from search.ranking import portable_words
from search.sql import ENTRY, LIBRARY, PAGE, unrestricted
from search.text import STOPWORDS, clean_query, fold, light_stem, raw_words, words
from search.vocabulary import TAXONOMY_FACETS
from taxonomy.models import Theme

MAX_TITLES_FOR_SPELLING = 3000
AUTOCOMPLETE_LIMIT = 8
AUTOCOMPLETE_TERMS = 3  # of the eight, at most three taxonomy terms
AUTOCOMPLETE_WINDOW = 50  # the newest matching pages, of which those matching in their title first


def promoted_queries():
    """The query strings editors attached promotions to, read once per content generation."""
    return cached(
        "promoted-queries",
        lambda: set(SearchPromotion.objects.values_list("query__query_string", flat=True)),
    )


def promotions_for(query, locale_id):
    """Editors' picks for this query (however it is typed), live pages of the reader's language."""
    variants = {
        normalise_query_string(query),
        normalise_query_string(" ".join(raw_words(query))),
        normalise_query_string(" ".join(words(query))),
    }
    if not variants & promoted_queries():
        return []
    picks = (
        SearchPromotion.objects.filter(query__query_string__in=variants)
        .filter(Q(page__isnull=True) | Q(page__live=True, page__locale_id=locale_id))
        .select_related("page")
        .annotate(
            resource_type=F("page__librarypage__resource_type"), summary=F("page__librarypage__summary")
        )
        .order_by("sort_order", "pk")
    )
    promotions, seen = [], set()
    for pick in picks:
        key = pick.page_id or pick.external_link_url
        if not key or key in seen:
            continue
        seen.add(key)
        promotions.append(
            {
                "page_id": pick.page_id,
                "page": pick.page,
                "title": pick.page.title
                if pick.page
                else (pick.external_link_text or pick.external_link_url),
                "url": pick.page.url if pick.page else pick.external_link_url,
                "type": pick.resource_type or "",
                "type_label": ResourceType(pick.resource_type).label if pick.resource_type else "",
                "description": pick.description
                or pick.summary
                or (pick.page.search_description if pick.page else ""),
            }
        )
    return promotions


CONFIDENT_RATIO = 0.8  # a correction searched in place of the query: this close to a known word…
CONFIDENT_MARGIN = 0.05  # …and this much closer than the next candidate
CONFIDENT_MIN_LENGTH = 4  # short words ("cat", "ars") are too easily another word


@dataclass
class Spelling:
    """Close spellings of a query that found nothing: `suggestions` (up to three, for "did you
    mean") and `correction`, the word-by-word correction when every changed word has one clear
    candidate (searched in place of the query), else ""."""

    suggestions: list = field(default_factory=list)
    correction: str = ""


def _closest(word, candidates):
    """(the closest candidate or None, whether it is a clear choice)."""
    close = difflib.get_close_matches(word, candidates, n=2, cutoff=0.75)
    if not close:
        return None, False
    ratios = [difflib.SequenceMatcher(None, word, candidate).ratio() for candidate in close]
    clear = (
        len(word) >= CONFIDENT_MIN_LENGTH
        and ratios[0] >= CONFIDENT_RATIO
        and (len(ratios) == 1 or ratios[0] - ratios[1] >= CONFIDENT_MARGIN)
    )
    return close[0], clear


def spelling(query, vocabulary, synonyms, locale_id, scope):
    """Close spellings, in the reader's language only: words of the locale's page titles and
    summaries and of its taxonomy names, and the synonyms made of such words (the synonym groups
    mix languages: "recruitment" is no suggestion on the French site). One SQL query."""
    pages = LibraryPage.objects.filter(live=True, locale_id=locale_id)
    if scope:
        pages = pages.filter(resource_type=scope)
    texts = [
        text
        for row in pages.order_by("-publication_date").values_list("title", "summary")[
            :MAX_TITLES_FOR_SPELLING
        ]
        for text in row
    ]
    names = vocabulary.term_names()
    spelled = {}
    for text in names + texts:
        for word in raw_words(text):
            folded = fold(word)
            if len(folded) > 2 and folded not in STOPWORDS:
                spelled.setdefault(folded, word)
    known = set(spelled) | STOPWORDS
    local_synonyms = [
        term
        for group in (synonyms.groups if synonyms else [])
        for term in group
        if all(word in known or len(word) <= 2 for word in words(term))
    ]
    phrases = names + local_synonyms
    for text in local_synonyms:
        for word in raw_words(text):
            spelled.setdefault(fold(word), word)
    suggestions = []
    folded_query = " ".join(words(query))
    by_phrase = {" ".join(words(phrase)): phrase for phrase in phrases}
    for match in difflib.get_close_matches(folded_query, list(by_phrase), n=2, cutoff=0.75):
        suggestions.append(by_phrase[match])
    corrected, changed, confident = [], False, True
    candidates = list(spelled)
    for word in raw_words(clean_query(query)):
        folded = fold(word)
        if folded in spelled or folded in STOPWORDS or len(folded) < 3:
            corrected.append(word)
            continue
        close, clear = _closest(folded, candidates)
        if close:
            corrected.append(spelled[close])
            changed = True
            confident = confident and clear
        else:
            corrected.append(word)
            confident = False  # a word of no known spelling: the correction would drop an idea
    correction = " ".join(corrected) if changed else ""
    if correction:
        suggestions.insert(0, correction)
    unique = []
    for suggestion in suggestions:
        if fold(suggestion) != folded_query and fold(suggestion) not in map(fold, unique):
            unique.append(suggestion)
    confident = confident and bool(correction) and fold(correction) != folded_query
    return Spelling(suggestions=unique[:3], correction=correction if confident else "")


def popular_topics(vocabulary, locale_id, scope, limit=6):
    """The themes with the most published pages, to start again from somewhere."""
    pages = Q(pages__live=True)
    if scope:
        pages &= Q(pages__resource_type=scope)
    themes = (
        Theme.objects.filter(locale_id=locale_id)
        .annotate(page_count=Count("pages", filter=pages, distinct=True))
        .filter(page_count__gt=0)
        .order_by("-page_count", "sort_order")[:limit]
    )
    return [{"slug": theme.slug, "label": theme.name, "count": theme.page_count} for theme in themes]


def _prefix_tokens(query):
    """Folded words of what is being typed, each a prefix; one-letter words only when alone."""
    tokens = [word for word in words(query) if word]
    kept = [word for word in tokens if len(word) > 1]
    return kept or tokens


def _synonym_alternatives(query, synonyms):
    """The other names of the synonyms in the query: {words: name as written} ("MSP" -> médiateur…)."""
    if synonyms is None:
        return {}
    found = {}
    for group in synonyms.parse(query).groups:
        for alternative in group.alternatives[1:] if group.is_synonym else []:
            alternative_words = tuple(portable_words(alternative))
            if alternative_words:
                found.setdefault(alternative_words, alternative)
    return found


def _starts_words(tokens, text_words):
    """Whether each token starts one of `text_words` (folded words: `search.text.words`)."""
    return all(any(word.startswith(token) for word in text_words) for token in tokens)


def term_suggestions(index_page, vocabulary, tokens, alternatives, limit=AUTOCOMPLETE_TERMS):
    """Taxonomy terms whose name starts words as typed (`tokens`), or names another name of a
    synonym typed (`alternatives`), each leading to the listing filtered on it:
    [{title, url, type: facet key}]. No SQL (the vocabulary is cached)."""
    found = []
    for facet in TAXONOMY_FACETS:
        for term in vocabulary.terms[facet]:
            label_words = words(term.label)
            stems = {light_stem(word) for word in label_words}
            synonym = any(set(alternative) <= stems for alternative in alternatives)
            if synonym or _starts_words(tokens, label_words):
                found.append(
                    {
                        "title": term.label,
                        "url": f"{index_page.url}?{urlencode({facet: term.slug})}",
                        "type": facet,
                    }
                )
                if len(found) >= limit:
                    return found
    return found


def autocomplete(request, query, index_page, language_code, synonyms=None, vocabulary=None):
    """What is being typed, completed: pages whose title or summary has words starting so, or
    another name of a synonym typed, then taxonomy terms (to their filtered listing): [{title, url, type}].
    Accents, case, hyphens and apostrophes are ignored on PostgreSQL and SQLite alike.

    Of the AUTOCOMPLETE_WINDOW newest matching pages, those whose title has a word starting with
    each word typed come first, then the others, the newest first within each. Ordered by date
    alone, PostgreSQL walks the pages from the newest (index library_newest_first) and stops after
    the window when the prefix is common, or reads the few matches from its GIN index when it is
    rare: no request reads every matching page."""
    query = clean_query(query)[:100]
    tokens = _prefix_tokens(query)
    if not tokens or len(query) < 2:
        return []
    alternatives = _synonym_alternatives(query, synonyms)
    terms = term_suggestions(index_page, vocabulary, tokens, alternatives) if vocabulary is not None else []
    if connection.vendor == "postgresql":
        where, params = _postgres_match(language_code, tokens, alternatives)
    else:
        where, params = _sqlite_match(tokens, alternatives)
    rows = _newest_matches(index_page, where, params)
    in_title = [page_id for page_id, title in rows if _starts_words(tokens, words(title))]
    ids = list(dict.fromkeys([*in_title, *(page_id for page_id, _title in rows)]))
    ids = ids[: AUTOCOMPLETE_LIMIT - len(terms)]
    pages = {
        page.pk: page
        for page in LibraryPage.objects.filter(pk__in=ids).only("id", "title", "url_path", "resource_type")
    }
    return [
        {"title": pages[pk].title, "url": pages[pk].get_url(request), "type": pages[pk].resource_type}
        for pk in ids
        if pk in pages
    ] + terms


def _newest_matches(index_page, where, params):
    """[(id, title)] of the AUTOCOMPLETE_WINDOW newest live, public library pages of the search
    page's language (and type) whose index entry meets `where`."""
    params = [True, index_page.locale_id, *params]
    if index_page.scope:
        where += " AND lp.resource_type = %s"
        params.append(index_page.scope)
    sql = (
        f"SELECT p.id, p.title FROM {LIBRARY} lp JOIN {PAGE} p ON p.id = lp.page_ptr_id "  # noqa: S608
        f"JOIN {ENTRY} ie ON ie.content_type_id = p.content_type_id AND ie.object_id = CAST(p.id AS TEXT) "
        f"WHERE p.live = %s AND p.locale_id = %s{where} AND {unrestricted()} "
        f"ORDER BY lp.publication_date DESC, lp.page_ptr_id DESC LIMIT {AUTOCOMPLETE_WINDOW}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _postgres_match(language_code, tokens, alternatives):
    """The index entry's autocomplete vector has every word typed as a prefix, or a synonym's
    other name as a phrase."""
    backend = get_search_backend(backend_name_for_language(language_code))
    config = getattr(backend, "autocomplete_config", None) or "simple"
    prefix = " & ".join(tokens[:-1] + [f"{tokens[-1]}:*"])
    match, params = "to_tsquery(%s::regconfig, %s)", [config, prefix]
    for alternative in alternatives.values():
        match += " || phraseto_tsquery(%s::regconfig, %s)"
        params += [config, alternative]
    return f" AND ie.autocomplete @@ ({match})", params


def _sqlite_match(tokens, alternatives):
    # pap_words: the folded words of a text between spaces (search/ranking.py), so that
    # LIKE '% mediat%' finds "Médiateur·rice" but not "immédiat".
    def all_words(candidates):
        parts = ["(pap_words(ie.title) LIKE %s OR pap_words(ie.autocomplete) LIKE %s)"] * len(candidates)
        return " AND ".join(parts), [f"% {word}%" for word in candidates for _column in range(2)]

    ors = [all_words(tokens)] + [all_words(alternative) for alternative in alternatives]
    where = " AND (" + " OR ".join(f"({sql})" for sql, _params in ors) + ")"
    return where, [param for _sql, part in ors for param in part]
