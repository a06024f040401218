from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "editorial"
    verbose_name = _("Travail éditorial")

    def ready(self):
        from wagtail.models import Locale

        from editorial import signals  # noqa: F401

        # WAGTAIL_CONTENT_LANGUAGES holds lazy names (translated in the admin's language), and
        # wagtail-localize puts Locale.get_display_name() in JSON: resolve them to plain strings.
        display_name = Locale.get_display_name
        if not getattr(display_name, "resolves_lazy_names", False):

            def get_display_name(self):
                name = display_name(self)
                return None if name is None else str(name)

            get_display_name.resolves_lazy_names = True
            Locale.get_display_name = get_display_name
