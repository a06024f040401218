"""The answers that are not HTML pages: the JSON search, the feeds, the autocomplete, the statistics
hook."""

from django.conf import settings
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from core.safe_json import json_response
from library.feeds import SITE_NAME, FeedSource, LibraryFeed
from search.backends import object_language
from search.engine import run_search, state_url
from search.stats import is_new_search, record_search
from search.suggestions import autocomplete
from search.synonyms import load_synonyms
from search.vocabulary import Vocabulary

NOINDEX = {"X-Robots-Tag": "noindex"}


def result_json(request, page):
    return {
        "title": page.title,
        "url": page.get_url(request),
        "type": page.resource_type,
        "summary": page.summary,
        "date": page.publication_date.isoformat(),
    }


def json_answer(request, search):
    promoted = [
        {
            "title": item["title"],
            "url": item["url"],
            "type": item["type"],
            "summary": item["description"],
            "date": None,
        }
        for item in search.promotions
    ]
    return json_response(
        {
            "query": search.query,
            # The query the results are for when the one typed found nothing and was corrected
            # (`sans_correction=1` asks for the query as typed), else null.
            "corrected_query": search.corrected_query or None,
            "count": search.total,
            "page": search.results.number,
            "num_pages": search.paginator.num_pages,
            "results": promoted + [result_json(request, page) for page in search.results.object_list],
            "facets": {
                facet.key: [
                    {
                        "value": value.value,
                        "label": value.label,
                        "count": value.count,
                        "selected": value.selected,
                    }
                    for value in facet.values
                ]
                for facet in search.facets
            },
        },
        headers=NOINDEX,
    )


def suggestions_answer(request, index_page):
    query = request.GET.get("q", "")
    if not isinstance(query, str):
        query = ""
    language = object_language(index_page) or settings.LANGUAGE_CODE
    synonyms = load_synonyms() if len(query.strip()) >= 2 else None
    vocabulary = Vocabulary.for_locale(index_page.locale_id) if synonyms is not None else None
    items = autocomplete(request, query, index_page, language, synonyms=synonyms, vocabulary=vocabulary)
    return json_response(items, safe=False, headers=NOINDEX)


def record(request, index_page, search):
    """Counts a new search (search.stats.is_new_search): a query without filters, on its first
    page, not a refresh in place. In the cache only: the response stays cacheable."""
    if search.query and is_new_search(request):
        language = object_language(index_page) or settings.LANGUAGE_CODE
        record_search(request, language, search.query, search.total)


def feed_answer(request, index_page, atom=False):
    """The RSS (or Atom) feed of the listing's state: the same filters, newest first, first page."""
    data = request.GET.copy()
    data["tri"] = "date"
    data.pop("page", None)
    search = run_search(index_page, data)
    described = [search.query] if search.query else []
    described += [value.label for _facet, value in search.selected]
    title = f"{index_page.title} — {SITE_NAME}"
    if described:
        title = f"{index_page.title} : {', '.join(described)} — {SITE_NAME}"
    source = FeedSource(
        title=title,
        link=index_page.get_url(request) + state_url(search.params).rstrip("?"),
        language=object_language(index_page) or settings.LANGUAGE_CODE,
        items=search.results.object_list,
    )
    feed_type = Atom1Feed if atom else Rss201rev2Feed
    return LibraryFeed(feed_type=feed_type)(request, source=source)
