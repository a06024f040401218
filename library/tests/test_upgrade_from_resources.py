"""The library's models left the `resources` app: a database of the previous layout upgrades with
its rows, content types and permissions intact.

Runs on a throwaway PostgreSQL database of its own: migrated to the previous layout, filled
through the historical models, then migrated to the current one. It needs no test database.
"""

import datetime
import uuid

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from core.tests.scratch_database import scratch_database

pytestmark = pytest.mark.postgres

PREVIOUS_LAYOUT = [
    ("resources", "0004_download_counts"),
    ("testimonies", "0001_initial"),
    ("editorial", "0004_collection_names"),
    ("home", "0002_translatable_table_block"),
    ("search", "0005_english_configuration_and_combined_index"),
]
MOVED = {
    ("resources", "theme"): "taxonomy",
    ("resources", "region"): "taxonomy",
    ("resources", "practiceguidepage"): "guides",
    ("resources", "librarypage"): "library",
    ("resources", "downloadcount"): "job_descriptions",
    ("editorial", "consentreviewtask"): "testimonies",
}


@pytest.fixture
def upgrade_connection(django_db_blocker):
    with django_db_blocker.unblock(), scratch_database("upgrade"):
        yield connection


def migrate(db, targets):
    executor = MigrationExecutor(db)
    executor.migrate(targets)
    return MigrationExecutor(db).loader.project_state(targets).apps


def fill_previous_layout(apps):
    """A guide classified under a theme and a region, a download count, the content types."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Theme = apps.get_model("resources", "Theme")
    Region = apps.get_model("resources", "Region")
    Guide = apps.get_model("resources", "PracticeGuidePage")
    DownloadCount = apps.get_model("resources", "DownloadCount")
    ids = {}
    for (app_label, model), new_label in MOVED.items():
        # As the previous layout named them (migrating back does not rename content types).
        ContentType.objects.filter(app_label=new_label, model=model).update(app_label=app_label)
        ids[app_label, model] = ContentType.objects.get_or_create(app_label=app_label, model=model)[0].pk
    french = Locale.objects.get(language_code="fr")
    root = Page.objects.get(depth=1)
    Page.objects.filter(pk=root.pk).update(numchild=root.numchild + 1)
    guide = Guide.objects.create(
        title="Accueillir un travailleur pair",
        slug="accueillir",
        path=root.path + "0099",
        depth=2,
        numchild=0,
        url_path="/accueillir/",
        live=True,
        locale=french,
        translation_key=uuid.uuid4(),
        content_type_id=ids["resources", "practiceguidepage"],
        draft_title="Accueillir un travailleur pair",
        resource_type="guide",
        summary="Un guide.",
        publication_date=datetime.date(2026, 11, 1),
        for_whom="Les équipes.",
        key_points="[]",
        body="[]",
    )
    # Through the link tables themselves: a historical model keeps no cluster behaviour.
    Guide.themes.through.objects.create(
        librarypage_id=guide.pk, theme=Theme.objects.get(slug="recrutement", locale=french)
    )
    Guide.regions.through.objects.create(
        librarypage_id=guide.pk, region=Region.objects.filter(locale=french).first()
    )
    DownloadCount.objects.create(page_id=guide.pk, file_format="pdf", day=datetime.date(2026, 11, 2), count=7)
    return guide.pk, ids


def test_a_database_of_the_previous_layout_upgrades_with_its_rows(upgrade_connection):
    old_apps = migrate(upgrade_connection, PREVIOUS_LAYOUT)
    guide_id, content_type_ids = fill_previous_layout(old_apps)
    old_themes = old_apps.get_model("resources", "Theme").objects.count()
    task_id = old_apps.get_model("editorial", "ConsentReviewTask").objects.get().pk
    assert old_apps.get_model("resources", "LibraryPage")._meta.db_table == "resources_librarypage"

    executor = MigrationExecutor(upgrade_connection)
    apps = migrate(upgrade_connection, executor.loader.graph.leaf_nodes())

    ContentType = apps.get_model("contenttypes", "ContentType")
    for (old_label, model), new_label in MOVED.items():
        moved = ContentType.objects.get(app_label=new_label, model=model)
        assert moved.pk == content_type_ids[old_label, model]
        assert not ContentType.objects.filter(app_label=old_label, model=model).exists()
    guide = apps.get_model("guides", "PracticeGuidePage").objects.get(pk=guide_id)
    assert guide.title == "Accueillir un travailleur pair" and guide.for_whom == "Les équipes."
    assert guide.content_type_id == content_type_ids["resources", "practiceguidepage"]
    assert [theme.slug for theme in guide.themes.all()] == ["recrutement"]
    assert guide.regions.count() == 1
    assert apps.get_model("library", "LibraryPage").objects.get(pk=guide_id).summary == "Un guide."
    assert apps.get_model("taxonomy", "Theme").objects.count() == old_themes
    count = apps.get_model("job_descriptions", "DownloadCount").objects.get(page_id=guide_id)
    assert (count.file_format, count.count) == ("pdf", 7)
    task = apps.get_model("testimonies", "ConsentReviewTask").objects.get()
    assert task.pk == task_id and task.groups.exists()
