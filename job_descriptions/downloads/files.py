"""Files of a job description: generation, storage until republication, names and headers.

The published files of a page are made once per publication, in the background
(job_descriptions/downloads/tasks.py), and kept in the default storage (the media folder, which
nginx never serves directly; object storage beyond one machine) under a version made of the page's
id, its live revision, its last publication time, its URL and the generator version: publishing
the page again changes the version, so new files are made and the old ones removed. Reads go
through Django's cache (Redis in production) in front of the storage. The version gives the ETag,
so a conditional request is answered with a 304 without touching the file at all. A file asked
for before the background task has made it is rendered once in the request (and the task asked
for again); the detail page never renders one: it shows the sizes once they are known.
"""

import dataclasses
import hashlib
import json
import logging
import re
import unicodedata
from urllib.parse import quote

from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import translation
from django.utils.functional import cached_property

from core.sealed_cache import SealedCache
from job_descriptions.downloads.content import build_document
from job_descriptions.downloads.pdf_process import PrintTimeout

logger = logging.getLogger(__name__)
STORAGE_DIR = "telechargements/fiches"
QUEUED_TIMEOUT = 5 * 60

# Bump when the layout of the generated files changes, so cached files are rebuilt.
GENERATOR_VERSION = "6"
CACHE_TIMEOUT = getattr(settings, "DOWNLOADS_CACHE_TIMEOUT", 60 * 60 * 24 * 30)
MAX_FILENAME = 120

_ASCII_REPLACEMENTS = str.maketrans(
    {
        "·": "-",
        "•": "-",
        "–": "-",
        "—": "-",
        "’": "'",
        "‘": "'",
        "«": "",
        "»": "",
        "œ": "oe",
        "Œ": "OE",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "\u00a0": " ",
        "\u202f": " ",
    }
)
_FORBIDDEN_IN_FILENAME = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_NOT_ASCII_SAFE = re.compile(r"[^A-Za-z0-9 ._'()\-]+")


class PublishedFiles:
    """The published files of one page, as served at <page URL>telecharger/<format>/."""

    def __init__(self, page, request=None):
        self.page = page
        self.request = request

    @cached_property
    def url(self):
        return self.page.get_full_url(self.request) or ""

    @cached_property
    def version(self):
        parts = [GENERATOR_VERSION, self.page.pk, self.page.live_revision_id, self.page.cache_key, self.url]
        return hashlib.sha256(":".join(map(str, parts)).encode()).hexdigest()[:32]

    @property
    def last_modified(self):
        return self.page.last_published_at

    def cache_key(self, file_format):
        return f"jobdoc:{self.version}:{file_format.key}"

    def etag(self, file_format):
        # Weak: a file rebuilt after cache eviction says the same thing, byte for byte or not.
        return f'W/"{self.version[:20]}-{file_format.key}"'

    def document(self):
        return build_document(self.page, url=self.url)

    # Storage: <STORAGE_DIR>/<page id>/<version>/, one file per format and summary.json, written last.
    @property
    def folder(self):
        return f"{STORAGE_DIR}/{self.page.pk}/{self.version}"

    def path(self, file_format):
        return f"{self.folder}/fiche{file_format.extension}"

    @property
    def summary_path(self):
        return f"{self.folder}/summary.json"

    def stored_summary(self):
        """{"name", "outline", "sizes"} of the stored files, or None before they are made."""
        try:
            with default_storage.open(self.summary_path, "rb") as stored:
                return json.loads(stored.read())
        except (FileNotFoundError, OSError, ValueError):
            return None

    def generate(self, file_formats):
        """Renders and stores every file of this version (the background task), then removes the
        files of the page's other versions."""
        sizes = {}
        for file_format in file_formats:
            job = self.document()  # one per format: a writer may consume what it renders
            data = file_format.render(job, self.page.last_published_at)
            _replace(self.path(file_format), data)
            sizes[file_format.key] = len(data)
        job = self.document()
        with translation.override(self.page.locale.language_code):
            summary = {"name": str(job.filename), "outline": job.outline(), "sizes": sizes}
            text = json.dumps(summary, ensure_ascii=False, default=str)
        _replace(self.summary_path, text.encode())
        self._remove_other_versions()
        return summary

    def _remove_other_versions(self):
        page_folder = f"{STORAGE_DIR}/{self.page.pk}"
        try:
            folders, _files = default_storage.listdir(page_folder)
        except (FileNotFoundError, OSError):
            return
        for folder in folders:
            if folder != self.version:
                _remove_folder(f"{page_folder}/{folder}")

    def request_generation(self):
        """Asks the background worker for this version's files, once per version and 5 minutes."""
        from job_descriptions.downloads.tasks import generate_published_files

        try:
            first = cache.add(f"jobdoc:{self.version}:queued", 1, QUEUED_TIMEOUT)
        except Exception:  # the cache is away: asking twice is harmless
            first = True
        if first:
            generate_published_files.enqueue(self.page.pk)

    def entry(self, file_format):
        """{"data": bytes, "name": file name} from the cache, the storage, or (before the
        background task made it) rendered here, once."""
        key = self.cache_key(file_format)
        entry = cache.get(key)
        if entry is None:
            entry = self._stored_entry(file_format)
            if entry is None:
                job = self.document()
                entry = {"data": file_format.render(job, self.page.last_published_at), "name": job.filename}
                self.request_generation()
            cache.set(key, entry, CACHE_TIMEOUT)
        return entry

    def _stored_entry(self, file_format):
        summary = self.stored_summary()
        if summary is None or file_format.key not in summary["sizes"]:
            return None
        try:
            with default_storage.open(self.path(file_format), "rb") as stored:
                return {"data": stored.read(), "name": summary["name"]}
        except (FileNotFoundError, OSError):
            return None

    def content(self, file_format):
        return self.entry(file_format)["data"]

    def summary(self, file_formats):
        """{"outline": [...], "sizes": {format key: bytes}} for the detail page, never rendering a
        file: before the background task has made them, the outline alone (no sizes)."""
        key = f"jobdoc:{self.version}:summary:{','.join(f.key for f in file_formats)}"
        summary = cache.get(key)
        if summary is None:
            stored = self.stored_summary()
            if stored is None:
                self.request_generation()  # with the immediate backend (development), made now
                stored = self.stored_summary()
            if stored is None:
                return {"outline": self.document().outline(), "sizes": {}}
            sizes = {f.key: stored["sizes"][f.key] for f in file_formats if f.key in stored["sizes"]}
            summary = {"outline": [tuple(item) for item in stored["outline"]], "sizes": sizes}
            cache.set(key, summary, CACHE_TIMEOUT)
        return summary


def _replace(name, data):
    if default_storage.exists(name):
        default_storage.delete(name)
    saved = default_storage.save(name, ContentFile(data))
    if saved != name:  # written concurrently by another worker: keep one copy
        default_storage.delete(saved)


def _remove_folder(folder):
    try:
        folders, files = default_storage.listdir(folder)
    except (FileNotFoundError, OSError):
        return
    for name in files:
        default_storage.delete(f"{folder}/{name}")
    for name in folders:
        _remove_folder(f"{folder}/{name}")


class PersonalisedFiles:
    """An employer's own versions of one page: rendered in the request, never written to the
    storage nor to the database. The file of the same choices (same page version, language and
    format) asked for again within DOWNLOADS_PERSONALISED_CACHE_TIMEOUT seconds comes from a sealed
    cache (core/sealed_cache.py): the shared cache holds it only under a key and a seal made from
    those very choices, so nothing in it reads as what the employer typed."""

    def __init__(self, page, request=None):
        self.page = page
        self.published = PublishedFiles(page, request)
        self.kept = SealedCache(
            "personalised-file", getattr(settings, "DOWNLOADS_PERSONALISED_CACHE_TIMEOUT", 600)
        )

    def _material(self, file_format, personalisation):
        described = {
            "version": self.published.version,
            "language": translation.get_language(),
            "format": file_format.key,
            "choices": dataclasses.asdict(personalisation),
        }
        return json.dumps(described, sort_keys=True, ensure_ascii=False, default=str).encode()

    def kept_file(self, file_format, personalisation):
        """(file name, bytes) of the same choices' file made a moment ago, or None."""
        packed = self.kept.get(self._material(file_format, personalisation))
        if packed is None:
            return None
        name, _sep, data = packed.partition(b"\0")
        return name.decode(), data

    def render(self, file_format, personalisation):
        """(file name, bytes), rendered now, and kept for the same choices. A PDF the employer
        stopped waiting for (the 429 page) is kept when it is printed: asked for again, it is there."""
        job = build_document(self.page, personalisation, url=self.published.url)
        name, material = str(job.filename), self._material(file_format, personalisation)
        try:
            data = file_format.render(job, self.page.last_published_at)
        except PrintTimeout as late:
            late.when_printed(lambda printed: self._keep(material, name, printed))
            raise
        self._keep(material, name, data)
        return name, data

    def _keep(self, material, name, data):
        self.kept.set(material, name.replace("\0", "").encode() + b"\0" + data)


def filenames(name, extension):
    """(ASCII fallback, full Unicode name) of a download, both with the extension."""
    unicode_name = " ".join(_FORBIDDEN_IN_FILENAME.sub(" ", name).split()).strip(" .")
    unicode_name = shorten_at_word(unicode_name, MAX_FILENAME) or "document"
    ascii_name = unicodedata.normalize("NFKD", unicode_name.translate(_ASCII_REPLACEMENTS))
    ascii_name = ascii_name.encode("ascii", "ignore").decode("ascii")
    ascii_name = " ".join(_NOT_ASCII_SAFE.sub("", ascii_name).split()).strip(" .-") or "document"
    return ascii_name + extension, unicode_name + extension


def shorten_at_word(text, limit):
    """`text` cut to at most `limit` characters at a word boundary (a single word too long for the
    limit is cut), without a dangling separator at the end."""
    if len(text) > limit:
        cut = text[: limit + 1]
        boundary = cut.rfind(" ")
        text = cut[:boundary] if boundary > 0 else text[:limit]
    return text.rstrip(" .,;:-–—(")


def content_disposition(name, extension):
    """`attachment` with an ASCII filename and an RFC 5987 UTF-8 filename* (accents kept)."""
    ascii_name, unicode_name = filenames(name, extension)
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(unicode_name, safe='')}"
