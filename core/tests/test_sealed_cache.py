"""The sealed cache: an entry is found and opened by its material alone, and nothing in the shared
cache reads as that material; an altered or foreign entry is refused; an absent cache is a miss."""

from django.core.cache import cache
from django.test.utils import override_settings

from core.sealed_cache import SealedCache, seal, unseal
from testing.servers import free_port

TYPED = "CCAS de Scellé, recrutement@ccas-scelle.fr".encode()
MATERIAL = b'{"choices": {"structure_name": "CCAS de Scell\xc3\xa9"}, "format": "pdf"}'


def test_sealed_bytes_open_with_their_material_only():
    sealed = seal(MATERIAL, TYPED)
    assert TYPED not in sealed and b"CCAS" not in sealed
    assert unseal(MATERIAL, sealed) == TYPED
    assert unseal(MATERIAL + b" ", sealed) is None
    altered = sealed[:-1] + bytes([sealed[-1] ^ 1])
    assert unseal(MATERIAL, altered) is None


def test_an_entry_is_found_by_the_same_material_and_reads_as_nothing_typed():
    kept = SealedCache("essai", timeout=60)
    kept.set(MATERIAL, TYPED)
    assert kept.get(MATERIAL) == TYPED
    assert kept.get(MATERIAL.replace(b"pdf", b"odt")) is None
    raw = cache.get(kept.key(MATERIAL))
    assert isinstance(raw, bytes) and b"CCAS" not in raw and "Scell" not in kept.key(MATERIAL)
    # Written over by something else under its key: refused, never returned.
    cache.set(kept.key(MATERIAL), seal(b"other", TYPED))
    assert kept.get(MATERIAL) is None


def test_no_timeout_keeps_nothing():
    kept = SealedCache("essai", timeout=0)
    kept.set(MATERIAL, TYPED)
    assert cache.get(kept.key(MATERIAL)) is None and kept.get(MATERIAL) is None


def test_a_cache_that_cannot_be_reached_is_a_miss():
    nowhere = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
    with override_settings(CACHES={"default": nowhere}):
        kept = SealedCache("essai", timeout=60)
        kept.set(MATERIAL, TYPED)
        assert kept.get(MATERIAL) is None
