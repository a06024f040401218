"""A cache whose entries only the same request can open: for answers made of what a visitor typed.

An entry is found and opened by its `material`, the bytes that fully determine it (for a
personalised file: the page's version, the language, the format and every choice). Nothing in
the shared cache reads as what was typed: the key is a keyed hash of the material, and the value
is sealed with a key derived from it (a SHAKE-256 key stream, then an HMAC-SHA256 tag checked
before anything is returned). Without the same material, and the site's SECRET_KEY, an entry is
neither found nor readable; entries go after `timeout` seconds. A cache that cannot be reached is
a miss, never an error.
"""

import hashlib
import hmac
import logging

from django.core.cache import cache
from django.utils.crypto import salted_hmac

logger = logging.getLogger(__name__)
TAG_LENGTH = 32


def _derived(purpose, material):
    return salted_hmac(f"pairapair.sealed-cache.{purpose}", material, algorithm="sha256").digest()


def _xor(data, stream):
    return (int.from_bytes(data, "little") ^ int.from_bytes(stream, "little")).to_bytes(len(data), "little")


def seal(material, data):
    stream = hashlib.shake_256(_derived("stream", material)).digest(len(data))
    body = _xor(data, stream)
    return hmac.digest(_derived("tag", material), body, "sha256") + body


def unseal(material, sealed):
    """The data, or None when `sealed` was not sealed with this material (or was altered)."""
    tag, body = sealed[:TAG_LENGTH], sealed[TAG_LENGTH:]
    if not hmac.compare_digest(tag, hmac.digest(_derived("tag", material), body, "sha256")):
        return None
    return _xor(body, hashlib.shake_256(_derived("stream", material)).digest(len(body)))


class SealedCache:
    """Bytes kept `timeout` seconds under `name`, found and opened by their material."""

    def __init__(self, name, timeout):
        self.name = name
        self.timeout = timeout

    def key(self, material):
        return f"sealed:{self.name}:{_derived('key', material).hex()}"

    def get(self, material):
        if self.timeout <= 0:
            return None
        try:
            sealed = cache.get(self.key(material))
        except Exception as error:  # the cache is away: rendered again, as without a cache
            logger.debug("Sealed cache %s unreachable: %r", self.name, error)
            return None
        if not isinstance(sealed, bytes):
            return None
        return unseal(material, sealed)

    def set(self, material, data):
        if self.timeout <= 0:
            return
        try:
            cache.set(self.key(material), seal(material, data), self.timeout)
        except Exception as error:
            logger.debug("Sealed cache %s unreachable: %r", self.name, error)
