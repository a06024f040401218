"""Backups of the whole site: the PostgreSQL database (pg_dump, custom format), the media folder,
and a manifest with the row count of every model and the checksum of every file, so that a
restore can prove it found everything again.
"""

import hashlib
import json
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connection
from django.utils import timezone

DATABASE_FILE = "database.dump"
MEDIA_FILE = "media.tar.gz"
MANIFEST_FILE = "manifest.json"


class BackupError(Exception):
    """A backup or a restore that cannot go on; the message is for the person running it."""


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for chunk in iter(lambda: file.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _client_environment(settings_dict):
    """pg_dump/pg_restore arguments and environment for the database of `settings_dict`."""
    env = {**os.environ}
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = str(settings_dict["PASSWORD"])
    args = ["--dbname", settings_dict["NAME"]]
    if settings_dict.get("HOST"):
        args += ["--host", str(settings_dict["HOST"])]
    if settings_dict.get("PORT"):
        args += ["--port", str(settings_dict["PORT"])]
    if settings_dict.get("USER"):
        args += ["--username", str(settings_dict["USER"])]
    return args, env


def _require_postgresql():
    if connection.vendor != "postgresql":
        raise BackupError(
            "Les sauvegardes portent sur la base PostgreSQL de production : réglez DATABASE_URL "
            "sur une base PostgreSQL."
        )
    for program in ("pg_dump", "pg_restore"):
        if shutil.which(program) is None:
            raise BackupError(f"Le programme {program} est introuvable : installez postgresql-client.")


def row_counts():
    """{"app_label.model": rows} for every table the project's models own."""
    counts = {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.managed and not model._meta.proxy:
            counts[model._meta.label_lower] = model._default_manager.using(connection.alias).count()
    return dict(sorted(counts.items()))


def media_root():
    return Path(settings.MEDIA_ROOT)


def create_backup(destination):
    """Writes database, media and manifest into the folder `destination`; returns the manifest."""
    _require_postgresql()
    destination = Path(destination)
    destination.mkdir(parents=True, exist_ok=True)
    args, env = _client_environment(connection.settings_dict)
    dump = destination / DATABASE_FILE
    result = subprocess.run(
        ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file", str(dump), *args],
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise BackupError(f"pg_dump a échoué : {result.stderr.strip()}")
    media_files = []
    with tarfile.open(destination / MEDIA_FILE, "w:gz") as archive:
        root = media_root()
        if root.is_dir():
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                name = str(path.relative_to(root))
                archive.add(path, arcname=name)
                media_files.append(name)
    manifest = {
        "created_at": timezone.now().isoformat(),
        "database": connection.settings_dict["NAME"],
        "counts": row_counts(),
        "media_files": media_files,
        "checksums": {name: _sha256(destination / name) for name in (DATABASE_FILE, MEDIA_FILE)},
    }
    (destination / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    return manifest


def read_manifest(source):
    source = Path(source)
    try:
        manifest = json.loads((source / MANIFEST_FILE).read_text())
    except (OSError, ValueError) as error:
        raise BackupError(f"Manifeste illisible dans {source} : {error}") from error
    for name, checksum in manifest.get("checksums", {}).items():
        if not (source / name).is_file() or _sha256(source / name) != checksum:
            raise BackupError(f"Le fichier {name} de la sauvegarde est absent ou altéré.")
    return manifest


def database_is_empty():
    with connection.cursor() as cursor:
        return not connection.introspection.table_names(cursor)


def restore_backup(source):
    """Restores database and media from `source` into an empty database; returns the differences
    between the manifest's counts and the restored ones (empty when everything came back)."""
    _require_postgresql()
    source = Path(source)
    manifest = read_manifest(source)
    if not database_is_empty():
        raise BackupError(
            f"La base « {connection.settings_dict['NAME']} » n'est pas vide : une restauration se "
            "fait dans une base neuve (createdb), pour ne rien mélanger."
        )
    args, env = _client_environment(connection.settings_dict)
    result = subprocess.run(
        [
            "pg_restore",
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            *args,
            str(source / DATABASE_FILE),
        ],
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise BackupError(f"pg_restore a échoué : {result.stderr.strip()}")
    root = media_root()
    root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(source / MEDIA_FILE, "r:gz") as archive:
        archive.extractall(root, filter="data")
    connection.close()
    differences = {}
    restored = row_counts()
    for label, count in manifest["counts"].items():
        if restored.get(label) != count:
            differences[label] = (count, restored.get(label))
    missing = [name for name in manifest["media_files"] if not (root / name).is_file()]
    if missing:
        differences["media_files"] = (
            len(manifest["media_files"]),
            len(manifest["media_files"]) - len(missing),
        )
    return differences
