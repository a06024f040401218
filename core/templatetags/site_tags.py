from django import template
from django.conf import settings

from core.navigation import SiteNavigation

register = template.Library()


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    return {"links": _links(context, page)}


@register.inclusion_tag("components/hreflang.html", takes_context=True)
def hreflang_links(context, page=None):
    links = [link for link in _links(context, page) if not link["is_fallback"]]
    default = next((link for link in links if link["code"] == settings.LANGUAGE_CODE), None)
    return {"links": links, "default": default}


def _links(context, page):
    """The request's navigation computes them once for the switcher and the hreflang tags."""
    navigation = context.get("navigation") or SiteNavigation(context["request"])
    return navigation.language_links(page)


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    ancestors = page.get_ancestors().filter(depth__gt=1).live().public()
    return {"ancestors": list(ancestors), "page": page, "request": context["request"]}


@register.filter
def section_state(menu_page, page):
    """aria-current for a menu item: "page" on the item itself, "true" inside its section."""
    if page is None or not getattr(page, "path", None):
        return ""
    if page.pk == menu_page.pk:
        return "page"
    if page.path.startswith(menu_page.path):
        return "true"
    return ""
