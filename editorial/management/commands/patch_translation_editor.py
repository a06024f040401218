from django.core.management.base import BaseCommand, CommandError

from editorial.localize_bundle import PatchError, write


class Command(BaseCommand):
    help = (
        "Recopie l'éditeur de traduction de wagtail-localize (son JavaScript) avec les modifications "
        "du projet (editorial/localize_bundle.py), après une mise à jour de wagtail-localize."
    )

    def handle(self, *args, **options):
        try:
            path = write()
        except PatchError as error:
            raise CommandError(f"Modification impossible : {error}") from error
        self.stdout.write(self.style.SUCCESS(f"Écrit : {path}"))
