"""How much personalised rendering a visitor and a worker may ask for (core/limits.py).

Personalised files are rendered in the request (they are never stored). Each visitor gets
DOWNLOADS_PERSONALISED_PER_CLIENT files per DOWNLOADS_PERSONALISED_WINDOW seconds, counted in the
shared cache; a heavy format (PDF) also takes one of the DOWNLOADS_HEAVY_SLOTS_PER_WORKER slots of
the process, waiting at most DOWNLOADS_HEAVY_SLOT_WAIT seconds for one. Past either limit the
visitor gets the 429 page with `Retry-After`. The published files are not limited: they are
generated once, in the background (job_descriptions/downloads/tasks.py).
"""

from contextlib import nullcontext

from django.conf import settings

from core.limits import ClientRateLimit, WorkerSlots


def _setting(name, default):
    return getattr(settings, name, default)


def client_limit():
    # Read at each request: tests and deployments change the settings.
    return ClientRateLimit(
        "personalised-download",
        _setting("DOWNLOADS_PERSONALISED_PER_CLIENT", 10),
        _setting("DOWNLOADS_PERSONALISED_WINDOW", 60),
    )


# One per process, created at import (before gunicorn forks its workers, each gets its own).
HEAVY_SLOTS = WorkerSlots(
    size=_setting("DOWNLOADS_HEAVY_SLOTS_PER_WORKER", 1),
    wait=_setting("DOWNLOADS_HEAVY_SLOT_WAIT", 2.0),
    retry_after=_setting("DOWNLOADS_HEAVY_RETRY_AFTER", 10),
)


def rendering_slot(file_format):
    """The context in which a personalised file of `file_format` may be rendered."""
    return HEAVY_SLOTS.slot() if file_format.heavy else nullcontext()
