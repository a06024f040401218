"""`backup_site` then `restore_site` into an empty database: every page, revision, document, image
and consent record comes back, with the media files, and the restore checks it by itself."""

import io
import json

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Revision

from core.tests.scratch_database import scratch_database
from demo.loader import DemoLoader
from library.models import LibraryPage
from testimonies.models import ConsentRecord
from testimonies.tests.factories import TestimonyPageFactory

pytestmark = pytest.mark.postgres


@pytest.fixture
def media_folders(tmp_path, settings):
    """Real files on disk (the test settings keep uploads in memory otherwise)."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    settings.MEDIA_ROOT = tmp_path / "media"
    return tmp_path


def fill_site():
    """The bilingual site tree, a testimony with its consent, a document and an image."""
    _home, sections, _standard = DemoLoader().ensure_site_tree()
    section = sections["temoignage"]
    TestimonyPageFactory(parent=section, title="CCAS : deux travailleurs pairs")
    collection = Collection.get_first_root_node()
    get_document_model().objects.create(
        title="Preuve", file=ContentFile(b"%PDF-1.7 preuve", name="preuve.pdf"), collection=collection
    )
    image = io.BytesIO()
    PillowImage.new("RGB", (30, 20)).save(image, "PNG")
    get_image_model().objects.create(
        title="Photo", file=ContentFile(image.getvalue(), name="photo.png"), collection=collection
    )


def test_a_backup_restores_into_an_empty_database_with_everything(media_folders, django_db_blocker):
    backup = media_folders / "sauvegarde"
    with django_db_blocker.unblock():
        with scratch_database("backup_source"):
            call_command("migrate", verbosity=0)
            fill_site()
            expected = {
                "pages": Page.objects.count(),
                "library": LibraryPage.objects.count(),
                "revisions": Revision.objects.count(),
                "consent": ConsentRecord.objects.count(),
                "documents": get_document_model().objects.count(),
                "images": get_image_model().objects.count(),
            }
            call_command("backup_site", output=str(backup), stdout=io.StringIO())
        manifest = json.loads((backup / "manifest.json").read_text())
        assert manifest["counts"]["testimonies.consentrecord"] == 1
        assert sorted(manifest["media_files"])[0].startswith("documents/")

        # The media folder is lost with the server: the restore brings the files back.
        for path in sorted((media_folders / "media").rglob("*"), reverse=True):
            path.unlink() if path.is_file() else path.rmdir()
        with scratch_database("backup_target"):
            output = io.StringIO()
            call_command("restore_site", str(backup), stdout=output)
            assert "tout y est" in output.getvalue()
            found = {
                "pages": Page.objects.count(),
                "library": LibraryPage.objects.count(),
                "revisions": Revision.objects.count(),
                "consent": ConsentRecord.objects.count(),
                "documents": get_document_model().objects.count(),
                "images": get_image_model().objects.count(),
            }
            assert found == expected and expected["consent"] == expected["images"] == 1
            document = get_document_model().objects.get()
            assert document.file.read() == b"%PDF-1.7 preuve"
            assert ConsentRecord.objects.get().page.specific.title == "CCAS : deux travailleurs pairs"

            # A second restore into the now filled database is refused.
            with pytest.raises(CommandError, match="n'est pas vide"):
                call_command("restore_site", str(backup))


def test_an_altered_backup_is_refused(media_folders, django_db_blocker, tmp_path):
    backup = tmp_path / "sauvegarde"
    backup.mkdir()
    (backup / "database.dump").write_bytes(b"abc")
    (backup / "media.tar.gz").write_bytes(b"def")
    (backup / "manifest.json").write_text(
        json.dumps({"checksums": {"database.dump": "0" * 64}, "counts": {}, "media_files": []})
    )
    with pytest.raises(CommandError, match="absent ou altéré"):
        call_command("restore_site", str(backup))
