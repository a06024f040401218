"""Deleting a consent record, one by one or in bulk, never leaves a testimony online uncovered."""

from django.db.models import QuerySet
from django.db.models.signals import post_delete
from django.dispatch import receiver

from testimonies.consent import take_family_offline
from testimonies.models import ConsentRecord, TestimonyPage


def _deleting_consent(origin):
    """True when the deletion started from consent records, not from their page."""
    return isinstance(origin, ConsentRecord) or (
        isinstance(origin, QuerySet) and origin.model is ConsentRecord
    )


@receiver(post_delete, sender=ConsentRecord)
def take_uncovered_testimony_offline(sender, instance, origin=None, **kwargs):
    if not _deleting_consent(origin):
        return
    translation_key = (
        TestimonyPage.objects.filter(pk=instance.page_id).values_list("translation_key", flat=True).first()
    )
    if translation_key is None:
        return
    remaining = ConsentRecord.objects.filter(page__translation_key=translation_key, withdrawn_at__isnull=True)
    if not remaining.exists():
        take_family_offline(
            translation_key, user=getattr(instance, "acting_user", None), log_data={"consent_deleted": True}
        )


@receiver(post_delete, sender=TestimonyPage)
def take_orphaned_translations_offline(sender, instance, **kwargs):
    """Deleting the page that carried the consent leaves its translations without one."""
    others = TestimonyPage.objects.filter(translation_key=instance.translation_key).exclude(pk=instance.pk)
    if not others.exists():
        return
    covered = ConsentRecord.objects.filter(
        page__translation_key=instance.translation_key, withdrawn_at__isnull=True
    ).exists()
    if not covered:
        take_family_offline(instance.translation_key, log_data={"consent_deleted": True})
