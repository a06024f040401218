"""The master's warm-up (core/warm_up.py): templates parsed into the cached loader, translations
and URL patterns loaded, and no database connection left for the forked workers to share, even
when the database cannot be read."""

import subprocess
import sys

from django.conf import settings

SCRIPT = """
import django
django.setup()
from django.db import connections
from django.template import engines
from django.utils import translation
from django.utils.translation import trans_real
from core.warm_up import warm_up

warm_up()
loader = engines["django"].engine.template_loaders[0]
cached = set(loader.get_template_cache)
assert {"base.html", "library/includes/detail_footer.html", "components/card.html"} <= cached
assert {"fr", "en"} <= set(trans_real._translations), trans_real._translations
assert all(connection.connection is None for connection in connections.all(initialized_only=True))
print("ok", len(cached))
"""


def test_the_master_starts_the_workers_warm(tmp_path):
    environment = {
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",  # no tables: the skipped branch
        "PATH": "/usr/bin:/bin",
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=settings.BASE_DIR, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("ok")
    assert "Préchargement des types de contenu impossible" in result.stderr
