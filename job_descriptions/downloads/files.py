"""Files of a job description: generation, caching until republication, names and headers.

A published file is cached (Django's cache: Redis in production) under a key made of the page's
id, its live revision, its last publication time, its URL and the generator version: publishing
the page again changes the key, so the next download regenerates the file. The same key gives the
ETag, so a conditional request is answered with a 304 without touching the file at all.
"""

import hashlib
import re
import unicodedata
from urllib.parse import quote

from django.conf import settings
from django.core.cache import cache
from django.utils.functional import cached_property

from job_descriptions.downloads.content import build_document

# Bump when the layout of the generated files changes, so cached files are rebuilt.
GENERATOR_VERSION = "4"
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

    def entry(self, file_format):
        """{"data": bytes, "name": file name} from the cache, or freshly generated (then cached)."""
        key = self.cache_key(file_format)
        entry = cache.get(key)
        if entry is None:
            job = self.document()
            entry = {"data": file_format.render(job, self.page.last_published_at), "name": job.filename}
            cache.set(key, entry, CACHE_TIMEOUT)
        return entry

    def content(self, file_format):
        return self.entry(file_format)["data"]

    def summary(self, file_formats):
        """{"outline": [...], "sizes": {format key: bytes}} for the detail page, cached as well."""
        key = f"jobdoc:{self.version}:summary:{','.join(f.key for f in file_formats)}"
        summary = cache.get(key)
        if summary is None:
            summary = {
                "outline": self.document().outline(),
                "sizes": {file_format.key: self.size(file_format) for file_format in file_formats},
            }
            cache.set(key, summary, CACHE_TIMEOUT)
        return summary

    def size(self, file_format):
        return len(self.content(file_format))


def personalised_file(page, file_format, personalisation, url=None):
    """(JobDocument, bytes) for an employer's own version: never cached, never stored."""
    job = build_document(page, personalisation, url=url)
    return job, file_format.render(job, page.last_published_at)


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
