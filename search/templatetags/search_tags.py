"""Template tags of the search pages."""

from django import template
from django.utils.translation import get_language

from core.navigation import SiteNavigation
from core.site_cache import cached

register = template.Library()


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def search_language_switcher(context, page, search):
    """The language switcher of a search page or section, keeping the search: the query, the
    filters (their values are slugs shared by the languages), the sort and the page. The links
    themselves are read once per content generation, as the cached header would have them."""
    navigation = context.get("navigation") or SiteNavigation(context["request"])
    links = cached("search-language-links", lambda: navigation.language_links(page), page.pk, get_language())
    query = search.state_query
    if not query:
        return {"links": links}
    return {
        "links": [
            link if link["is_current"] or link["is_fallback"] else {**link, "url": f"{link['url']}?{query}"}
            for link in links
        ]
    }
