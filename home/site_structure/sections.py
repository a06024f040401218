"""The library sections and the search page of every site, by scope (the type of content each lists)."""

from library.models import ResourceType

SECTIONS = {
    ResourceType.GUIDE: {
        "in_menu": True,
        "fr": {
            "title": "Guides pratiques",
            "slug": "guides",
            "introduction": (
                "<p>Des repères concrets pour préparer, recruter, intégrer et accompagner un "
                "travailleur pair dans une équipe sociale ou médico-sociale.</p>"
            ),
        },
        "en": {
            "title": "Practice guides",
            "slug": "guides",
            "introduction": (
                "<p>Practical guidance to prepare, recruit, onboard and support a peer worker in "
                "a social or medico-social team.</p>"
            ),
        },
    },
    ResourceType.TESTIMONY: {
        "in_menu": True,
        "fr": {
            "title": "Témoignages",
            "slug": "temoignages",
            "introduction": (
                "<p>Des expériences réelles d'employeurs et d'équipes, avec leurs sources et ce "
                "qu'elles enseignent.</p>"
            ),
        },
        "en": {
            "title": "Testimonies",
            "slug": "testimonies",
            "introduction": (
                "<p>Real experiences of employers and teams, with their sources and their lessons.</p>"
            ),
        },
    },
    ResourceType.JOB_DESCRIPTION: {
        "in_menu": True,
        "fr": {
            "title": "Fiches de poste",
            "slug": "fiches-de-poste",
            "introduction": (
                "<p>Des modèles de fiches de poste à télécharger et à adapter à votre structure.</p>"
            ),
        },
        "en": {
            "title": "Job descriptions",
            "slug": "job-descriptions",
            "introduction": ("<p>Job-description templates to download and adapt to your organisation.</p>"),
        },
    },
    "": {
        "in_menu": False,
        "fr": {
            "title": "Rechercher",
            "slug": "recherche",
            "introduction": (
                "<p>Cherchez dans toute la bibliothèque : guides, témoignages et fiches de poste.</p>"
            ),
        },
        "en": {
            "title": "Search",
            "slug": "search",
            "introduction": ("<p>Search the whole library: guides, testimonies and job descriptions.</p>"),
        },
    },
}
