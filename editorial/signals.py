"""Signal handlers of the editorial workflow."""

from django.dispatch import receiver
from wagtail.signals import page_published

from editorial.translations import record_translation_status


@receiver(page_published)
def remember_translation_status(sender, instance, revision=None, **kwargs):
    record_translation_status(instance)
