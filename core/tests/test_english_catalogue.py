"""Every string the code marks for translation has its English text: the catalogue is built again
from the sources (makemessages, in a copy of the project) and compared with the committed one."""

import shutil
import subprocess
import sys
from pathlib import Path

from django.conf import settings

SKIPPED = {".git", ".venv", "node_modules", "media", "static_collected", "htmlcov", "__pycache__"}


def _copy_sources(destination):
    root = Path(settings.BASE_DIR)
    for entry in root.iterdir():
        if entry.name in SKIPPED or entry.name.startswith("."):
            continue
        if entry.is_dir():
            shutil.copytree(entry, destination / entry.name, ignore=shutil.ignore_patterns(*SKIPPED, "*.mo"))
        else:
            shutil.copy2(entry, destination / entry.name)


def _entries(po_path, *flags):
    """The msgids (with their context) that `msgattrib FLAGS` keeps, but the header."""
    result = subprocess.run(
        ["msgattrib", *flags, "--no-obsolete", "--no-wrap", str(po_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    entries, context = [], None
    for line in result.stdout.splitlines():
        if line.startswith("msgctxt "):
            context = line[8:]
        elif line.startswith("msgid ") and line != 'msgid ""':
            entries.append(f"{context}|{line[6:]}" if context else line[6:])
            context = None
    return entries


def test_every_string_of_the_code_has_its_english_text(tmp_path):
    _copy_sources(tmp_path)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "en", "--no-obsolete", "--add-location=file"],
        cwd=tmp_path,
        capture_output=True,
        check=True,
    )
    catalogue = tmp_path / "locale" / "en" / "LC_MESSAGES" / "django.po"
    assert _entries(catalogue, "--untranslated") == []
    assert _entries(catalogue, "--only-fuzzy") == []
