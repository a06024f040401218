from django.core.management.base import BaseCommand

from demo.loader import DEMO_ADMIN, DEMO_ROLE_ACCOUNTS, load_demo_content, site_address


class Command(BaseCommand):
    help = "Charge le contenu de démonstration (sans effet sur ce qui existe déjà)."

    def handle(self, *args, **options):
        created = load_demo_content()
        if created:
            self.stdout.write(self.style.SUCCESS(f"Contenu de démonstration : {created} éléments créés."))
        else:
            self.stdout.write("Contenu de démonstration déjà en place : rien à créer.")
        address = site_address()
        self.stdout.write(
            f"Administration : http://{address['hostname']}:{address['port']}/admin/ — identifiant "
            f"« {DEMO_ADMIN['username']} », mot de passe « {DEMO_ADMIN['password']} »"
        )
        self.stdout.write("Un compte par rôle éditorial :")
        for account in DEMO_ROLE_ACCOUNTS:
            self.stdout.write(
                f"  {account['role']} : identifiant « {account['username']} », "
                f"mot de passe « {account['password']} »"
            )
