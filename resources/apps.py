from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    """Migration history only: the models that were first created here now live in `taxonomy`,
    `library`, `guides` and `job_descriptions`, whose first migrations take over their tables."""

    name = "resources"
    verbose_name = "Historique des migrations de la bibliothèque"
