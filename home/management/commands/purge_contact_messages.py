"""Delete the contact messages older than the retention period shown on the form."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from home.models import ContactMessage

RETENTION_MONTHS = ContactMessage.RETENTION_MONTHS


class Command(BaseCommand):
    help = f"Efface les messages de contact reçus il y a plus de {RETENTION_MONTHS} mois."

    def handle(self, *args, **options):
        cutoff = timezone.now() - ContactMessage.RETENTION
        deleted, _details = ContactMessage.objects.filter(created_at__lt=cutoff).delete()
        self.stdout.write(f"Messages de contact effacés : {deleted}")
