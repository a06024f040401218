"""The background task that makes a job description's published files, after each publication.

Enqueued when the transaction that publishes the page commits; run by `manage.py db_worker`
(Django's task framework, the database backend in production: `make serve` starts the worker) or
at once with the immediate backend (development).
"""

from django.db import transaction
from django_tasks import task
from django_tasks.backends.immediate import ImmediateBackend
from wagtail.signals import page_published

from job_descriptions.downloads.formats import FORMATS


@task()
def generate_published_files(page_id):
    """Renders and stores the files of the live version of page `page_id`; returns their sizes."""
    from core.site_cache import new_generation
    from job_descriptions.downloads.files import PublishedFiles
    from job_descriptions.models import JobDescriptionPage

    page = JobDescriptionPage.objects.live().filter(pk=page_id).first()
    if page is None:  # unpublished or deleted since: nothing to make
        return None
    files = PublishedFiles(page)
    if files.stored_summary() is None:
        files.generate([f for f in FORMATS.values() if f.is_available()])
        if not isinstance(generate_published_files.get_backend(), ImmediateBackend):
            # Run later by a worker: pages cached meanwhile showed no sizes; let them be rebuilt.
            new_generation()
    return files.stored_summary()["sizes"]


def enqueue_after_publication(sender, instance, **kwargs):
    from job_descriptions.downloads.files import PublishedFiles

    # Marked as asked for: the readers who come before the worker has run do not ask again.
    transaction.on_commit(PublishedFiles(instance).request_generation)


def connect():
    from job_descriptions.models import JobDescriptionPage

    page_published.connect(
        enqueue_after_publication, sender=JobDescriptionPage, dispatch_uid="job-description-files"
    )
