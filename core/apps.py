from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Socle du site")

    def ready(self):
        from wagtail.contrib.settings.models import BaseSiteSetting
        from wagtail.models import Locale, Page, PageViewRestriction, Site

        from core import frontend_cache, site_cache

        site_cache.watch(Page, Site, Locale, PageViewRestriction, BaseSiteSetting)
        site_cache.connect()
        frontend_cache.connect()
