"""Wagtail's content checks (axe-core, in the page editor's "Vérifications" panel and the preview's
user bar), set for what a writer can fix, in the admin's language.

The checks read the page's main content only (`<main>`: the site's header, navigation and footer
are the project's, checked by its own tests), with Wagtail's checks plus those that catch what a
writer writes: an image without a text alternative, or one repeating its neighbour, a table
without data, an invalid language code. Every check has its message here or in Wagtail, so
nothing falls back to axe-core's English.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.userbar import ContentCheckerItem

ADDED_RULES = {
    "image-alt": {
        "error_name": _("Image sans texte de remplacement"),
        "help_text": _("Décrivez l'image en quelques mots, ou indiquez qu'elle est décorative"),
    },
    "image-redundant-alt": {
        "error_name": _("Texte de remplacement qui répète le texte voisin"),
        "help_text": _("Dites ce que l'image apporte, sans reprendre la légende ou le lien"),
    },
    "th-has-data-cells": {
        "error_name": _("En-tête de tableau sans données"),
        "help_text": _("Chaque colonne du tableau a besoin d'au moins une cellule remplie"),
    },
    "valid-lang": {
        "error_name": _("Code de langue inconnu"),
        "help_text": _("Utilisez « fr » ou « en »"),
    },
}


def configure(item):
    """Set one content checker (the editor's panel or the preview's user bar)."""
    item.axe_include = ["main"]
    item.axe_run_only = [*ContentCheckerItem.axe_run_only, *ADDED_RULES]
    item.axe_messages = {**ContentCheckerItem.axe_messages, **ADDED_RULES}


def configure_content_checks(request, items, page):
    """`construct_wagtail_userbar` hook."""
    for item in items:
        if isinstance(item, ContentCheckerItem):
            configure(item)
