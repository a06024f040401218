"""What a new site starts with (`manage.py setup_site`): the home page's texts, the sections by
scope (home/site_structure/sections.py), the standard pages with their text to complete
(standard_pages.py), the site settings' footer and description, and the legal notice's publisher
and host (site settings marked to complete). The demo content gives its own texts instead."""

from home.site_structure.sections import SECTIONS
from home.site_structure.standard_pages import STANDARD_PAGES, TO_COMPLETE

__all__ = ["DESCRIPTION", "FOOTER", "HOME", "LEGAL_IDENTITY", "SECTIONS", "STANDARD_PAGES", "TO_COMPLETE"]

HOME = {
    "fr": {
        "hero_heading": "Travail pair : des repères pour recruter, intégrer et travailler ensemble",
        "introduction": "<p>Pair à pair rassemble des guides pratiques, des témoignages et des "
        "modèles de fiches de poste pour faire une place aux travailleurs pairs dans le social et "
        "le médico-social.</p>",
    },
    "en": {
        "hero_heading": "Peer work: practical guidance to recruit, onboard and work together",
        "introduction": "<p>Pair à pair gathers practice guides, testimonies and job-description "
        "templates to make room for peer workers in social and medico-social services.</p>",
    },
}

FOOTER = {
    "fr": "Pair à pair rassemble guides, témoignages et fiches de poste pour développer le "
    "travail pair dans le social et le médico-social.",
    "en": "Pair à pair gathers guides, testimonies and job descriptions to develop peer work in "
    "social and medico-social services.",
}

DESCRIPTION = {
    "fr": "Guides pratiques, témoignages et modèles de fiches de poste pour développer le travail "
    "pair dans le social et le médico-social.",
    "en": "Practice guides, testimonies and job-description templates to develop peer work in "
    "social and medico-social services.",
}

# What the legal notice must name (LCEN, art. 6), as site settings: only the publisher knows it.
LEGAL_IDENTITY = {
    "publisher_name": f"[{TO_COMPLETE} : nom de l'association ou de la structure éditrice]",
    "publisher_address": f"[{TO_COMPLETE} : adresse du siège]",
    "publisher_phone": f"[{TO_COMPLETE} : téléphone]",
    "publisher_registration": f"[{TO_COMPLETE} : numéro RNA ou SIREN]",
    "publication_director": f"[{TO_COMPLETE} : nom et fonction]",
    "host_name": f"[{TO_COMPLETE} : nom ou raison sociale de l'hébergeur]",
    "host_address": f"[{TO_COMPLETE} : adresse de l'hébergeur]",
    "host_phone": f"[{TO_COMPLETE} : téléphone de l'hébergeur]",
}
