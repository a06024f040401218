from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    name = "feedback"
    verbose_name = _("Avis des lecteurs")

    def ready(self):
        from core.form_guard import cacheable_stamp
        from core.navigation import vary_fragment

        # The block under a library page (feedback_tags) holds the form's stamp of the hour.
        vary_fragment("feedback", lambda: (cacheable_stamp(),))
