from django.core.management.base import BaseCommand, CommandError

from core.backups import BackupError, restore_backup


class Command(BaseCommand):
    help = "Restaure une sauvegarde (backup_site) dans une base PostgreSQL vide, puis la vérifie."

    def add_arguments(self, parser):
        parser.add_argument("source", help="Dossier de la sauvegarde.")

    def handle(self, *args, source, **options):
        try:
            differences = restore_backup(source)
        except BackupError as error:
            raise CommandError(str(error)) from error
        if differences:
            lines = [
                f"  {label} : {expected} attendu, {found} trouvé"
                for label, (expected, found) in differences.items()
            ]
            raise CommandError("La restauration est incomplète :\n" + "\n".join(lines))
        self.stdout.write(self.style.SUCCESS(f"Sauvegarde {source} restaurée : tout y est."))
