from django import template
from django.template.defaultfilters import filesizeformat

from core.social_images import card_image
from core.structured_data import json_ld_script, organization, social_card
from library import sharing

register = template.Library()


@register.filter
def document_meta(document):
    """« PDF, 1,2 Mo »: the file type and size readers expect before downloading."""
    extension = (document.file_extension or "").upper()
    try:
        size = document.get_file_size()
    except (OSError, ValueError):
        size = None
    if size:
        return f"{extension}, {filesizeformat(size)}" if extension else filesizeformat(size)
    return extension


@register.simple_tag(takes_context=True)
def library_json_ld(context, page, site_settings=None):
    """The page's JSON-LD (`page.structured_data`), its publisher from the site settings."""
    request = context["request"]
    detail = context.get("library_detail")
    terms = (
        {field: terms for _label, field, terms in detail.taxonomy_groups}
        if detail is not None
        else page.taxonomy_terms()
    )
    image = card_image(request, page, social_card(page))
    data = page.structured_data(request, organization(request, site_settings), image, terms)
    return json_ld_script(data)


@register.inclusion_tag("library/includes/share_links.html", takes_context=True)
def share_links(context, page):
    """« Partager cette page »: plain links, nothing loaded from the networks (library.sharing)."""
    request = context.get("request")
    if not page.pk:  # the preview of a page not yet saved has no address to share
        return {"links": []}
    return {"links": sharing.share_links(page, request), "url": page.get_full_url(request)}
