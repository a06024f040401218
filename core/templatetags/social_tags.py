"""The head's social card (OpenGraph, Twitter) and breadcrumb JSON-LD of any page (base.html)."""

from django import template
from django.conf import settings

from core.navigation import context_navigation
from core.social_images import card_image, page_language
from core.structured_data import OG_LOCALES, breadcrumb_list, json_ld_script, page_description, social_card

register = template.Library()


@register.inclusion_tag("components/social_meta.html", takes_context=True)
def social_meta(context, page, site_description=""):
    request = context["request"]
    card = social_card(page)
    links = context_navigation(context).language_links(page)
    language = page_language(page)
    return {
        "og_type": card["type"],
        "title": card["title"],
        "description": page_description(page, site_description),
        "url": page.full_url,
        "locale": OG_LOCALES.get(language, language),
        "alternates": [
            OG_LOCALES[link["code"]]
            for link in links
            if link["code"] != language and not link["is_fallback"] and link["code"] in OG_LOCALES
        ],
        "image": card_image(request, page, card),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }


@register.simple_tag(takes_context=True)
def breadcrumbs_json_ld(context, page, home_label):
    """The BreadcrumbList of the page: its live, public ancestors below the root, then itself."""
    request = context["request"]
    ancestors = page.get_ancestors().filter(depth__gt=1).live().public()
    items = [
        (home_label if ancestor.depth == 2 else ancestor.title, ancestor.get_full_url(request))
        for ancestor in ancestors
    ]
    items.append((page.title, page.get_full_url(request)))
    return json_ld_script(breadcrumb_list(items))
