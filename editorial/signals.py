"""Signal handlers of the editorial workflow."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Workflow, WorkflowPage
from wagtail.signals import page_published

from editorial.roles import SECTION_WORKFLOWS
from editorial.translations import record_translation_status


@receiver(post_save, sender="search.LibraryIndexPage")
def assign_section_workflow(sender, instance, created, raw=False, **kwargs):
    """A new section (or its translation) gets its section's moderation workflow."""
    if raw or not created or instance.scope not in SECTION_WORKFLOWS:
        return
    workflow = Workflow.objects.filter(name=SECTION_WORKFLOWS[instance.scope], active=True).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page_id=instance.pk, defaults={"workflow": workflow})


@receiver(page_published)
def remember_translation_status(sender, instance, revision=None, **kwargs):
    record_translation_status(instance)
