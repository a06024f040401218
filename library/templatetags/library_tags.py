from django import template
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core import safe_json
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
def article_json_ld(context, page):
    request = context["request"]
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": page.title,
        "description": page.summary,
        "datePublished": page.publication_date.isoformat(),
        "dateModified": (page.last_published_at or page.latest_revision_created_at).date().isoformat()
        if (page.last_published_at or page.latest_revision_created_at)
        else page.publication_date.isoformat(),
        "inLanguage": page.language_code,
        "url": page.get_full_url(request),
        "publisher": {"@type": "Organization", "name": "Pair à pair"},
    }
    payload = safe_json.dumps(data)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


@register.inclusion_tag("library/includes/share_links.html", takes_context=True)
def share_links(context, page):
    """« Partager cette page »: plain links, nothing loaded from the networks (library.sharing)."""
    request = context.get("request")
    if not page.pk:  # the preview of a page not yet saved has no address to share
        return {"links": []}
    return {"links": sharing.share_links(page, request), "url": page.get_full_url(request)}
