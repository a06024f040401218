import json

from django.core.management.base import BaseCommand, CommandError

from home.models import LEGAL_IDENTITY_FIELDS, SiteSettings
from home.site_setup import SiteBuilder, SiteSetupError
from home.site_structure import TO_COMPLETE


class Command(BaseCommand):
    help = (
        "Construit l'arborescence d'un nouveau site (accueil en français et en anglais, rubriques, "
        "recherche, pages à compléter, réglages) et règle l'adresse du site Wagtail d'après SITE_URL. "
        "Sans contenu ni compte de démonstration ; sans effet sur ce qui existe déjà."
    )

    def handle(self, *args, **options):
        try:
            builder = SiteBuilder()
            tree = builder.build()
        except SiteSetupError as error:
            raise CommandError(str(error)) from error
        site = tree["site"]
        self.stdout.write(f"Site « {site.site_name} » : {site.root_url}/")
        if builder.changes:
            for change in builder.changes:
                self.stdout.write(self.style.SUCCESS(f"  {change}"))
        else:
            self.stdout.write("  Déjà en place : rien à créer ni à changer.")
        self.stdout.write("Circuits de relecture des rubriques :")
        for section in tree["sections"].values():
            workflow = section.get_workflow()
            self.stdout.write(f"  {section.title} : {workflow.name if workflow else 'aucun'}")
        to_complete = [
            page
            for page in tree["standard"].values()
            if TO_COMPLETE in page.introduction
            or TO_COMPLETE in json.dumps(list(page.body.raw_data), ensure_ascii=False)
        ]
        if to_complete:
            self.stdout.write(f"Pages à compléter (passages « [{TO_COMPLETE} : …] ») :")
            for page in to_complete:
                self.stdout.write(f"  {page.title} : {page.full_url}")
        site_settings = SiteSettings.for_site(site)
        if any(TO_COMPLETE in getattr(site_settings, name) for name in LEGAL_IDENTITY_FIELDS):
            self.stdout.write(
                "Réglages du site : éditeur et hébergeur des mentions légales à compléter "
                "(Paramètres > Réglages du site)."
            )
        if not site_settings.contact_email:
            self.stdout.write(
                "Réglages du site : adresse de contact à remplir (Paramètres > Réglages du site)."
            )
        self.stdout.write("Ensuite : « manage.py createsuperuser » crée le premier compte d'administration.")
