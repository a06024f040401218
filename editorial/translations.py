"""Translation workflow helpers on top of wagtail-localize.

- out of date: the source page changed (was published again) after its translation source was
  last synchronised, so the translated page no longer reflects it until someone re-syncs;
- incomplete: a translated page was published while some of its strings were untranslated (they
  fall back to the source language): readers see a "translation in progress" notice.
"""

from django.db.models import Case, DateTimeField, F, OuterRef, Q, Subquery, When
from wagtail.models import Page
from wagtail_localize.models import Translation

from editorial.models import TranslationStatus


def translation_of(page):
    """The wagtail-localize translation (enabled, i.e. synced) that produces `page`, if any."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source")
        .first()
    )


def record_translation_status(page):
    """Remember, at publication, how many strings of a translated page were left untranslated."""
    translation = translation_of(page)
    if translation is None:
        TranslationStatus.objects.filter(page_id=page.pk).delete()
        return None
    total, translated = translation.get_progress()
    status, _created = TranslationStatus.objects.update_or_create(
        page_id=page.pk,
        defaults={"total_strings": total, "missing_strings": max(total - translated, 0)},
    )
    return status


def has_missing_strings(page):
    return TranslationStatus.objects.filter(page_id=page.pk, missing_strings__gt=0).exists()


def _source_changed_at():
    """When the source page last changed: its last publication, or its last draft if not live."""
    source_pages = Page.objects.filter(
        translation_key=OuterRef("source__object_id"), locale_id=OuterRef("source__locale_id")
    ).annotate(
        changed_at=Case(
            When(live=True, then=F("last_published_at")),
            default=F("latest_revision_created_at"),
            output_field=DateTimeField(),
        )
    )
    return Subquery(source_pages.values("changed_at")[:1])


def out_of_date_translations(limit=None):
    """[(translated page, source page, translation)] whose source changed since the last sync.

    Three queries, whatever the number of pages.
    """
    translations = (
        Translation.objects.filter(enabled=True)
        .annotate(source_changed_at=_source_changed_at())
        .filter(source_changed_at__gt=F("source__last_updated_at"))
        .select_related("source", "target_locale")
        .order_by("-source_changed_at")
    )
    translations = list(translations[:limit] if limit else translations)
    if not translations:
        return []
    wanted = Q()
    for translation in translations:
        wanted |= Q(translation_key=translation.source.object_id, locale_id=translation.target_locale_id)
        wanted |= Q(translation_key=translation.source.object_id, locale_id=translation.source.locale_id)
    pages = {(page.translation_key, page.locale_id): page for page in Page.objects.filter(wanted)}
    result = []
    for translation in translations:
        key = translation.source.object_id
        target = pages.get((key, translation.target_locale_id))
        source = pages.get((key, translation.source.locale_id))
        if target is not None and source is not None:
            result.append((target, source, translation))
    return result


def is_out_of_date(page):
    """True when `page` is a synced translation whose source changed since the last sync."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .annotate(source_changed_at=_source_changed_at())
        .filter(source_changed_at__gt=F("source__last_updated_at"))
        .exists()
    )


def out_of_date_locales(source_page):
    """Locales whose translation of `source_page` waits for a sync."""
    return [
        translation.target_locale
        for translation in Translation.objects.filter(
            source__object_id=source_page.translation_key,
            source__locale_id=source_page.locale_id,
            enabled=True,
        )
        .annotate(source_changed_at=_source_changed_at())
        .filter(source_changed_at__gt=F("source__last_updated_at"))
        .select_related("target_locale")
    ]


def incomplete_translations(limit=10):
    """Live translated pages that readers see with some strings still in the source language."""
    return list(
        TranslationStatus.objects.filter(missing_strings__gt=0, page__live=True)
        .select_related("page", "page__locale")
        .order_by("-checked_at")[:limit]
    )
