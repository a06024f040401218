from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "search"
    verbose_name = _("Recherche")

    def ready(self):
        from wagtail.contrib.search_promotions.models import Query, SearchPromotion

        from core.site_cache import watch
        from search import signals
        from search.synonyms import SynonymGroup

        signals.connect()
        watch(SynonymGroup, SearchPromotion, Query)
