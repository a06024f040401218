from django import template

from core.routing import default_locale_id
from editorial.translation_review import review_actions
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


@register.inclusion_tag("editorial/translation_review.html", takes_context=True)
def translation_review(context, page, translation):
    """The review block of the translation editor: submit, or the current task's actions."""
    return {"page": page, "translation": translation, **review_actions(page, context["request"].user)}
