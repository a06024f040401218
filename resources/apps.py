from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = _("Bibliothèque")

    def ready(self):
        from home.site_cache import watch
        from resources.models.taxonomy import TaxonomyTerm

        watch(TaxonomyTerm)
