from django import template
from django.utils.safestring import mark_safe

from core.routing import default_locale_id
from editorial import translations
from editorial.translation_review import review_actions
from editorial.translations import FallbackPassages, has_missing_strings

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


@register.simple_tag
def fallback_passages(page):
    """`{% fallback_passages page as fallback %}`: the page's passages still in the source language
    (computed once per page object), for `passage_lang`."""
    if page is None or getattr(page, "locale_id", None) in (None, default_locale_id()):
        return FallbackPassages()
    cached = getattr(page, "_fallback_passages", None)
    if cached is None:
        cached = page._fallback_passages = translations.fallback_passages(page)
    return cached


@register.simple_tag
def passage_lang(fallback, field, block_id=None):
    """' lang="fr"' on a passage still in the source language: `{% passage_lang fallback "summary" %}`,
    `{% passage_lang fallback "body" block.id %}`."""
    if not fallback:
        return ""
    return mark_safe(fallback.lang(field, block_id))  # noqa: S308 - a language code
