from django.core.management.base import BaseCommand

from search.stats_flush import flush_search_stats


class Command(BaseCommand):
    help = (
        "Ajoute aux statistiques du jour les recherches comptées dans le cache et supprime celles "
        "qui dépassent la durée de conservation (SEARCH_STATS_RETENTION_DAYS). À lancer toutes les "
        "quelques minutes (cron ou tâche planifiée)."
    )

    def handle(self, *args, **options):
        written, deleted = flush_search_stats()
        self.stdout.write(f"{written} ligne(s) de statistiques mises à jour, {deleted} supprimée(s).")
