from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.templatetags.wagtailcore_tags import richtext

from core.routing import default_locale_id
from editorial import fallback_passages as passages
from editorial import translation_editor
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


@register.simple_tag(takes_context=True)
def translation_editor_props(context, props, page):
    """The translation editor's props, without the actions the user may not take."""
    return translation_editor.editor_props(props, page, context["request"].user)


@register.simple_tag
def fallback_passages(page):
    """`{% fallback_passages page as fallback %}`: the page's strings still in the source language
    (computed once per page object), for `passage_lang` and `fallback_richtext`."""
    if page is None or getattr(page, "locale_id", None) in (None, default_locale_id()):
        return passages.FallbackPassages()
    cached = getattr(page, "_fallback_passages", None)
    if cached is None:
        cached = page._fallback_passages = passages.fallback_passages(page)
    return cached


@register.simple_tag
def card_fallback(item):
    """`{% card_fallback item as item_fallback %}`: the title and summary of a listed page still in
    the source language (one site-cache read per request and locale)."""
    locale_id = getattr(item, "locale_id", None)
    if locale_id in (None, default_locale_id()):
        return passages.FallbackPassages()
    return passages.listing_fallbacks(locale_id).get(item.pk) or passages.FallbackPassages()


@register.simple_tag
def passage_lang(fallback, text):
    """' lang="fr"' on an element whose text is still in the source language:
    `<p{% passage_lang fallback page.summary %}>`. Nothing when `fallback` is missing (a template
    shown outside a partly translated page)."""
    if not fallback:
        return ""
    return mark_safe(fallback.lang(text))  # noqa: S308 - a language code


@register.simple_tag
def fallback_text(fallback, text):
    """`{% fallback_text fallback text %}`: the text, in a <span lang="fr"> when it is still in the
    source language (for a text inside a sentence or next to another)."""
    if fallback and fallback.is_fallback(text):
        return format_html('<span lang="{}">{}</span>', fallback.language, text)
    return text


@register.filter
def fallback_richtext(value, fallback):
    """`{{ page.context|fallback_richtext:fallback }}`: Wagtail's `richtext`, with `lang` on the
    paragraphs still in the source language."""
    if fallback:
        value = fallback.mark_rich_text(getattr(value, "source", value))
    return richtext(value)
