"""Delete the contact details of testimony proposals older than the retention period shown on the
form; the draft testimony stays, for the moderators to keep or delete."""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from testimonies.contributions import RETENTION_MONTHS
from testimonies.models import Contribution


class Command(BaseCommand):
    help = (
        "Efface les coordonnées des propositions de témoignage reçues il y a plus de "
        f"{RETENTION_MONTHS} mois."
    )

    def handle(self, *args, **options):
        cutoff = timezone.now() - datetime.timedelta(days=RETENTION_MONTHS * 31)
        deleted, _details = Contribution.objects.filter(created_at__lt=cutoff).delete()
        self.stdout.write(f"Coordonnées de propositions effacées : {deleted}")
