from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "search"
    verbose_name = _("Recherche")

    def ready(self):
        from django.db.backends.signals import connection_created
        from wagtail.contrib.search_promotions.models import Query, SearchPromotion

        from core.site_cache import watch
        from search import signals
        from search.ranking import register_sqlite_functions
        from search.synonyms import SynonymGroup

        signals.connect()
        connection_created.connect(register_sqlite_functions, dispatch_uid="search_sqlite_functions")
        watch(SynonymGroup, SearchPromotion, Query)
