from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.loader import DEMO_ADMIN, DEMO_ROLE_ACCOUNTS, load_demo_content


class Command(BaseCommand):
    help = (
        "Charge le contenu et les comptes de démonstration (sans effet sur ce qui existe déjà). "
        "Refusé en production : un nouveau site se construit avec « manage.py setup_site »."
    )

    def handle(self, *args, **options):
        if not settings.DEMO_CONTENT_ALLOWED:
            raise CommandError(
                "Le contenu de démonstration n'est pas chargé avec ces réglages (production) : il crée "
                f"des comptes dont les mots de passe sont publics (« {DEMO_ADMIN['username']} »…). "
                "Pour un nouveau site : « manage.py setup_site » puis « manage.py createsuperuser »."
            )
        created = load_demo_content()
        if created:
            self.stdout.write(self.style.SUCCESS(f"Contenu de démonstration : {created} éléments créés."))
        else:
            self.stdout.write("Contenu de démonstration déjà en place : rien à créer.")
        self.stdout.write(
            f"Administration : {settings.SITE_URL}/admin/ — identifiant "
            f"« {DEMO_ADMIN['username']} », mot de passe « {DEMO_ADMIN['password']} »"
        )
        self.stdout.write("Un compte par rôle éditorial :")
        for account in DEMO_ROLE_ACCOUNTS:
            self.stdout.write(
                f"  {account['role']} : identifiant « {account['username']} », "
                f"mot de passe « {account['password']} »"
            )
