from django import template

from core.routing import default_locale_id
from editorial.translations import has_missing_strings

register = template.Library()


@register.inclusion_tag("editorial/translation_notice.html")
def translation_notice(page):
    """A visible notice on a translated page published with strings still untranslated."""
    show = bool(
        page is not None
        and getattr(page, "pk", None)
        and getattr(page, "locale_id", None) is not None
        and page.locale_id != default_locale_id()
        and has_missing_strings(page)
    )
    return {"show": show}
