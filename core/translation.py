"""English translations of pages, made through wagtail-localize like an editor's would be.

The English data has the same shape as the French, so the segments wagtail-localize extracts from
both line up one by one: each French string gets its English string in translation memory, then
wagtail-localize builds and publishes the English page (synced with its French source).
"""

from django.db import transaction
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


class TranslationMismatch(Exception):
    pass


def _string_segments(instance):
    return [seg for seg in extract_segments(instance) if isinstance(seg, StringSegmentValue)]


def translate_page(source_page, english_instance, user=None):
    """Publish the English translation of `source_page`; `english_instance` is an unsaved copy
    of the page filled with the English data."""
    locale = Locale.objects.get(language_code="en")
    french = _string_segments(source_page)
    english = _string_segments(english_instance)
    if len(french) != len(english):
        raise TranslationMismatch(
            f"{source_page.title!r}: {len(french)} French strings, {len(english)} English ones"
        )
    by_source = {}
    for fr_segment, en_segment in zip(french, english, strict=True):
        by_source[(fr_segment.path, fr_segment.string.data)] = en_segment.string.data

    with transaction.atomic():
        # update_or_create: a source page published again (new featured items…) is re-extracted.
        source, _created = TranslationSource.update_or_create_from_instance(source_page)
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        for segment in segments:
            data = by_source.get((segment.context.path, segment.string.data))
            if data is None:
                raise TranslationMismatch(
                    f"{source_page.title!r}: no English string for {segment.context.path}"
                )
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": data, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
            )
        Translation.objects.update_or_create(source=source, target_locale=locale, defaults={"enabled": True})
        # wagtail-localize would publish in transaction.on_commit, with the tree fields of the
        # moment (a stale `numchild` once children are added): publish here, right away.
        source.create_or_update_translation(locale, user=user, publish=False, fallback=False)
        translated = source_page.get_translation(locale)
        translated.get_latest_revision().publish(user=user)
    return source_page.get_translation(locale)


def sync_translation(source_page, user=None):
    """Publish the English page again from its source after the source changed in what is not
    text (featured items…): the strings come from translation memory, none may be missing."""
    locale = Locale.objects.get(language_code="en")
    with transaction.atomic():
        source, _created = TranslationSource.update_or_create_from_instance(source_page)
        source.create_or_update_translation(locale, user=user, publish=False, fallback=False)
        translated = source_page.get_translation(locale)
        translated.get_latest_revision().publish(user=user)
    return translated
