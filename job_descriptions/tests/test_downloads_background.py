"""The published files are made in the background after publication, kept in the storage, and
served from there: no reader's request renders them once the task has run."""

import dataclasses

import pytest
from django.core.management import call_command
from django.test.utils import override_settings
from django_tasks import default_task_backend
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from job_descriptions.downloads.files import PublishedFiles
from job_descriptions.downloads.formats import FORMATS
from job_descriptions.downloads.tasks import generate_published_files
from job_descriptions.tests.downloads_support import READERS, job_pages_fixture  # noqa: F401

pytestmark = pytest.mark.django_db
LAM = "travailleur-pair-en-lam"
DUMMY = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
DATABASE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def forbid_rendering(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a file was rendered in the request")

    for key, file_format in list(FORMATS.items()):
        monkeypatch.setitem(FORMATS, key, dataclasses.replace(file_format, render=refuse))


def publish_new_title(page, title, django_capture_on_commit_callbacks):
    page.job_title = title
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    page.refresh_from_db()
    return page


def queued_files():
    return [r for r in default_task_backend.results if r.task.name == "generate_published_files"]


@override_settings(TASKS=DUMMY)
def test_publication_enqueues_the_task_once_committed(job_pages, django_capture_on_commit_callbacks):
    page = job_pages[LAM]
    default_task_backend.clear()
    page.job_title = "Travailleuse paire en LAM, version du jour"
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        page.save_revision().publish()
        assert not queued_files()  # nothing before the commit
    for callback in callbacks:
        callback()
    queued = queued_files()
    assert len(queued) == 1 and queued[0].args == [page.pk]


@override_settings(TASKS=DATABASE)
def test_the_database_worker_makes_the_files_and_readers_never_render(
    client, job_pages, django_capture_on_commit_callbacks, monkeypatch
):
    page = publish_new_title(
        job_pages[LAM], "Travailleuse paire en LAM, fichiers du worker", django_capture_on_commit_callbacks
    )
    task_rows = DBTaskResult.objects.filter(task_path__endswith="generate_published_files")
    assert task_rows.count() == 1 and task_rows.get().args_kwargs["args"] == [page.pk]
    assert PublishedFiles(page).stored_summary() is None  # queued, not made yet

    # Before the worker ran, the detail page renders no file: the links, the outline, no sizes.
    forbid_rendering(monkeypatch)
    html = client.get(page.url).content.decode()
    assert f'href="{page.url}telecharger/pdf/"' in html and "environ " not in html
    assert "Aperçu de la structure du document" in html
    monkeypatch.undo()

    # The worker itself, inside the test's transaction (it would otherwise close the connection).
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", verbosity=0)
    assert task_rows.get().status == "SUCCESSFUL"
    stored = PublishedFiles(page).stored_summary()
    assert set(stored["sizes"]) == {key for key, f in FORMATS.items() if f.is_available()}

    forbid_rendering(monkeypatch)
    for key in FORMATS:
        response = client.get(f"{page.url}telecharger/{key}/")
        assert response.status_code == 200 and int(response["Content-Length"]) == stored["sizes"][key]
        assert "fichiers du worker" in READERS[key](response.content)
    html = client.get(page.url).content.decode()
    assert html.count("environ ") >= 3


def test_a_new_publication_replaces_the_stored_files(client, job_pages, django_capture_on_commit_callbacks):
    page = job_pages[LAM]
    generate_published_files.call(page.pk)
    first = PublishedFiles(page)
    assert first.stored_summary() is not None
    page = publish_new_title(
        page, "Travailleuse paire en LAM, seconde version", django_capture_on_commit_callbacks
    )
    second = PublishedFiles(page)
    assert second.version != first.version
    # The immediate backend of the tests made the new files at the commit; the old ones are gone.
    assert second.stored_summary() is not None and first.stored_summary() is None
    response = client.get(f"{page.url}telecharger/odt/")
    assert "seconde version" in READERS["odt"](response.content)


def test_the_task_skips_a_page_no_longer_live(job_pages):
    page = job_pages[LAM]
    page.unpublish()
    assert generate_published_files.call(page.pk) is None
    assert PublishedFiles(page).stored_summary() is None
