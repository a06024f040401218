from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TestimoniesConfig(AppConfig):
    name = "testimonies"
    verbose_name = _("Témoignages")

    def ready(self):
        from testimonies import signals  # noqa: F401
        from testimonies.page_policy import register_page_policy

        # Registered before any view asks the policy registry for the page policy.
        register_page_policy()
