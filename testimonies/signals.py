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
    if not ConsentRecord.objects.of_family(translation_key).active().exists():
        take_family_offline(
            TestimonyPage.family_of(translation_key),
            user=getattr(instance, "acting_user", None),
            log_data={"consent_deleted": True},
        )


@receiver(post_delete, sender=TestimonyPage)
def take_orphaned_translations_offline(sender, instance, **kwargs):
    """Deleting the page that carried the consent leaves its translations without one."""
    others = TestimonyPage.family_of(instance.translation_key).exclude(pk=instance.pk)
    if not others.exists():
        return
    if not ConsentRecord.objects.of_family(instance.translation_key).active().exists():
        take_family_offline(others, log_data={"consent_deleted": True})
