"""What a new server process would otherwise do during its first requests, done once in gunicorn's
master before it forks its workers (deploy/gunicorn.conf.py, `preload_app`): every worker, and
every worker that replaces a recycled one (`max_requests`), starts with the translation catalogues
loaded, the URL patterns compiled, every template parsed and the content types known. Without it,
each recycled worker's first requests took hundreds of milliseconds, while the others waited for
the CPU (docs/performance.md, "Charge").
"""

import logging
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import DatabaseError, connections
from django.template import TemplateDoesNotExist, TemplateSyntaxError, engines
from django.urls import Resolver404, get_resolver, reverse
from django.utils import translation

logger = logging.getLogger(__name__)


def warm_up():
    """Loads what every request needs; a database that cannot be reached is skipped."""
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            reverse("sitemap")  # the patterns of the language, compiled
            try:
                get_resolver().resolve("/sitemap.xml")
            except Resolver404:
                pass
    _parse_templates()
    try:
        from django.contrib.contenttypes.models import ContentType

        ContentType.objects.get_for_models(*apps.get_models())
    except DatabaseError as error:
        logger.warning("Préchargement des types de contenu impossible : %s", error)
    finally:
        connections.close_all()  # never a connection shared by the forked workers


def _parse_templates():
    """Every template of the project and its apps, parsed into the cached loader of each engine."""
    for engine in engines.all():
        for directory in _template_directories(engine):
            for path in directory.rglob("*"):
                if path.is_file() and path.suffix in {".html", ".txt", ".xml", ".svg"}:
                    try:
                        engine.get_template(str(path.relative_to(directory)))
                    except (TemplateDoesNotExist, TemplateSyntaxError, UnicodeDecodeError):
                        continue


def _template_directories(engine):
    directories = [Path(directory) for directory in getattr(engine, "dirs", [])]
    if getattr(engine, "app_dirs", False):
        for config in apps.get_app_configs():
            candidate = Path(config.path) / "templates"
            if candidate.is_dir() and candidate.is_relative_to(settings.BASE_DIR):
                directories.append(candidate)
    return [directory for directory in directories if directory.is_dir()]
