"""Moderation workflows: every page is reviewed by a moderator before publication.

- "Relecture par la modération" (Wagtail's default workflow, renamed and given to the moderator
  and administrator roles) stays on the root page, so guides, job descriptions and any other page
  go through it; the guides and job-description sections also get it explicitly.
- "Témoignages : relecture et consentement" uses the consent-checking review task and is assigned
  to the testimony sections (sections created later get it from a signal, see editorial.signals).
"""

from django.db import migrations

MODERATOR = "Modérateur·rice"
ADMINISTRATOR = "Administrateur·rice"
REVIEW_WORKFLOW = "Relecture par la modération"
REVIEW_TASK = "Relecture par la modération"
TESTIMONY_WORKFLOW = "Témoignages : relecture et consentement"
TESTIMONY_TASK = "Relecture et vérification du consentement"
SCOPES = {"temoignage": TESTIMONY_WORKFLOW, "guide": REVIEW_WORKFLOW, "fiche-de-poste": REVIEW_WORKFLOW}


def create_workflows(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ConsentReviewTask = apps.get_model("editorial", "ConsentReviewTask")
    LibraryIndexPage = apps.get_model("search", "LibraryIndexPage")

    reviewers = list(Group.objects.filter(name__in=[MODERATOR, ADMINISTRATOR]))
    group_task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore",
                                                          model="groupapprovaltask")
    consent_task_type, _ = ContentType.objects.get_or_create(app_label="editorial",
                                                            model="consentreviewtask")

    review_task = (
        GroupApprovalTask.objects.filter(name__in=[REVIEW_TASK, "Moderators approval"]).first()
        or GroupApprovalTask(content_type=group_task_type)
    )
    review_task.name = REVIEW_TASK
    review_task.active = True
    review_task.save()
    review_task.groups.set(reviewers)

    consent_task = ConsentReviewTask.objects.filter(name=TESTIMONY_TASK).first() or ConsentReviewTask(
        name=TESTIMONY_TASK, content_type=consent_task_type
    )
    consent_task.active = True
    consent_task.save()
    consent_task.groups.set(reviewers)

    workflows = {}
    for name, task, legacy in ((REVIEW_WORKFLOW, review_task, "Moderators approval"),
                               (TESTIMONY_WORKFLOW, consent_task, None)):
        workflow = Workflow.objects.filter(name__in=[name, legacy]).first() or Workflow()
        workflow.name = name
        workflow.active = True
        workflow.save()
        if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
            WorkflowTask.objects.filter(workflow=workflow).delete()
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        workflows[name] = workflow

    root_page = Page.objects.filter(depth=1).order_by("path").first()
    if not WorkflowPage.objects.filter(page=root_page).exists():
        WorkflowPage.objects.create(page=root_page, workflow=workflows[REVIEW_WORKFLOW])
    for section in LibraryIndexPage.objects.filter(scope__in=list(SCOPES)):
        WorkflowPage.objects.update_or_create(
            page_id=section.pk, defaults={"workflow": workflows[SCOPES[section.scope]]}
        )


def remove_workflows(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    ConsentReviewTask = apps.get_model("editorial", "ConsentReviewTask")
    Workflow.objects.filter(name=TESTIMONY_WORKFLOW).delete()
    ConsentReviewTask.objects.filter(name=TESTIMONY_TASK).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0002_editorial_roles"),
        ("search", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_workflows, remove_workflows)]
