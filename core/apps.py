from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Socle du site")

    def ready(self):
        from core import site_cache

        site_cache.connect()
