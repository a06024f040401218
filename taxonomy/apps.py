from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaxonomyConfig(AppConfig):
    name = "taxonomy"
    verbose_name = _("Classement")

    def ready(self):
        from core.site_cache import watch
        from taxonomy.models import TaxonomyTerm

        watch(TaxonomyTerm)
