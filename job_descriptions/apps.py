from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JobDescriptionsConfig(AppConfig):
    name = "job_descriptions"
    verbose_name = _("Fiches de poste")

    def ready(self):
        from job_descriptions.downloads import tasks

        tasks.connect()
