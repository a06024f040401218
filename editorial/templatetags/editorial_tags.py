from django import template
from django.conf import settings

from editorial.translations import has_missing_strings

register = template.Library()


@register.inclusion_tag("editorial/translation_notice.html")
def translation_notice(page):
    """A visible notice on a translated page published with strings still untranslated."""
    show = bool(
        page is not None
        and getattr(page, "pk", None)
        and getattr(page, "locale", None) is not None
        and page.locale.language_code != settings.LANGUAGE_CODE
        and has_missing_strings(page)
    )
    return {"show": show}
