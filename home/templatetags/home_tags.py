from django import template
from django.conf import settings

from core.structured_data import SCHEMA, WEBSITE_ID, absolute, json_ld_script, organization, site_root_url

register = template.Library()

SEARCH_TERM = "search_term_string"


@register.simple_tag(takes_context=True)
def home_json_ld(context, page, site_settings=None):
    """The home page's JSON-LD: the publisher (Organization) and the site (WebSite) with the
    search it offers (SearchAction: the search page of the reader's language, ?q=…)."""
    request = context["request"]
    publisher = organization(request, site_settings)
    root = site_root_url(request)
    navigation = context.get("navigation")
    search_url = absolute(request, navigation.search_url if navigation is not None else "/recherche/")
    website = {
        "@type": "WebSite",
        "@id": root + "/" + WEBSITE_ID,
        "name": settings.WAGTAIL_SITE_NAME,
        "url": page.get_full_url(request),
        "inLanguage": page.locale.language_code,
        "publisher": {"@id": publisher["@id"]},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{search_url}?q={{{SEARCH_TERM}}}"},
            "query-input": f"required name={SEARCH_TERM}",
        },
    }
    description = site_settings.description() if site_settings is not None else ""
    if description:
        website["description"] = description
    return json_ld_script({"@context": SCHEMA, "@graph": [publisher, website]})
