from django import template
from django.conf import settings
from django.utils.safestring import mark_safe

from core.navigation import context_navigation, fragment_page_key
from core.site_cache import cached

register = template.Library()


def is_preview(context):
    """No request (nothing tells a preview apart) or a preview: nothing read from or kept in the cache."""
    request = context.get("request")
    return request is None or getattr(request, "is_preview", False)


class SiteFragmentNode(template.Node):
    def __init__(self, name, page, nodelist):
        self.name = name
        self.page = page
        self.nodelist = nodelist

    def render(self, context):
        if is_preview(context):
            return self.nodelist.render(context)
        page_key = fragment_page_key(self.page.resolve(context, ignore_failures=True)) if self.page else ""
        name, *parts = context_navigation(context).fragment_lookup(self.name, page_key)
        # What the template rendered, already escaped.
        return mark_safe(cached(name, lambda: self.nodelist.render(context), *parts))  # noqa: S308


@register.tag
def sitefragment(parser, token):
    """`{% sitefragment "name" [page] %}…{% endsitefragment %}`: the enclosed part, rendered once
    per content generation for the reader's site and language (and for `page`, when given) and
    kept in the site cache (core/site_cache.py); rendered each time in a preview. Whatever the part
    shows must depend on nothing else (no query string, no user, no form)."""
    bits = token.split_contents()
    if len(bits) not in (2, 3) or bits[1][0] not in "\"'" or bits[1][-1] != bits[1][0]:
        raise template.TemplateSyntaxError('Usage: {% sitefragment "name" [page] %}')
    nodelist = parser.parse(("endsitefragment",))
    parser.delete_first_token()
    page = parser.compile_filter(bits[2]) if len(bits) == 3 else None
    return SiteFragmentNode(bits[1][1:-1], page, nodelist)


@register.simple_tag(takes_context=True)
def prefetch_fragments(context, page=None):
    """Reads in one round trip the fragments `page`'s template may show (SiteNavigation)."""
    if not is_preview(context):
        context_navigation(context).prefetch_fragments(page)
    return ""


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
    return context_navigation(context).language_links(page)


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
