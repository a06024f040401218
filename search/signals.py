"""Signal handlers of the library index: the search index after a publication, and the
moderation workflow of a new section."""

from django.db.models.signals import post_save
from wagtail.models import Workflow, WorkflowPage
from wagtail.search import index
from wagtail.signals import page_published

from editorial.roles import REVIEW_WORKFLOW, TESTIMONY_WORKFLOW
from library.models import LibraryPage, ResourceType
from search.models import LibraryIndexPage

# The moderation workflow of each section, by the type of content it lists.
SECTION_WORKFLOWS = {
    ResourceType.GUIDE: REVIEW_WORKFLOW,
    ResourceType.TESTIMONY: TESTIMONY_WORKFLOW,
    ResourceType.JOB_DESCRIPTION: REVIEW_WORKFLOW,
}


def reindex_published_library_page(sender, instance, **kwargs):
    """Indexes a library page again once published.

    Wagtail indexes a page when its row is saved, before modelcluster writes the page's taxonomy
    (a ParentalManyToManyField): without this, the index would hold the previous terms.
    """
    if isinstance(instance, LibraryPage):
        index.insert_or_update_object(instance)


def assign_section_workflow(sender, instance, created, raw=False, **kwargs):
    """A new section (or its translation) gets its section's moderation workflow."""
    if raw or not created or instance.scope not in SECTION_WORKFLOWS:
        return
    workflow = Workflow.objects.filter(name=SECTION_WORKFLOWS[instance.scope], active=True).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page_id=instance.pk, defaults={"workflow": workflow})


def connect():
    page_published.connect(reindex_published_library_page, dispatch_uid="search_reindex_published")
    post_save.connect(
        assign_section_workflow, sender=LibraryIndexPage, dispatch_uid="search_section_workflow"
    )
