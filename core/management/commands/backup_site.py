from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from core.backups import BackupError, create_backup


class Command(BaseCommand):
    help = "Sauvegarde la base PostgreSQL, les fichiers déposés et un manifeste de contrôle."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="Dossier de la sauvegarde (par défaut backups/AAAAMMJJ-HHMMSS).",
        )

    def handle(self, *args, output=None, **options):
        destination = Path(output or f"backups/{timezone.now():%Y%m%d-%H%M%S}")
        try:
            manifest = create_backup(destination)
        except BackupError as error:
            raise CommandError(str(error)) from error
        rows = sum(manifest["counts"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Sauvegarde écrite dans {destination} : {rows} lignes dans "
                f"{len(manifest['counts'])} tables, {len(manifest['media_files'])} fichiers."
            )
        )
