"""Advice shown while an employer personalises a job description, drawn from the field's advice.

Peer work is first a relationship: a post filled with technical tasks, without supervision or
practice analysis, or without the expected lived experience loses what makes it a peer post.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

REFLECTIVE_SUPPORT = {"supervision", "practice_analysis"}


@dataclass(frozen=True)
class Advice:
    code: str
    message: str
    field_id: str  # the form control the advice is about, for a link to it
    link_text: str = ""


def advise(mission_kinds, support_kinds, lived_experience, details=None):
    """[Advice] for the missions kept (their kinds), the support planned, the lived experience and,
    when given, the HR details ({"pay": …, "apply_contact": …}) of a personalisation."""
    kinds = list(mission_kinds)
    technical = kinds.count("technical")
    relational = kinds.count("relational")
    advice = []
    if not kinds:
        advice.append(
            Advice(
                "no-mission",
                _(
                    "Aucune mission n'est gardée : gardez au moins une mission du modèle, "
                    "ou ajoutez la vôtre."
                ),
                "id_missions",
                _("Revoir les missions"),
            )
        )
    elif technical > relational:
        advice.append(
            Advice(
                "technical",
                _(
                    "Les tâches techniques (%(technical)s) l'emportent sur les missions de relation "
                    "(%(relational)s). Le cœur du poste de travailleur pair est le lien avec les "
                    "personnes : gardez peu de tâches techniques, pour qu'il ne devienne pas un poste "
                    "d'agent polyvalent."
                )
                % {"technical": technical, "relational": relational},
                "id_missions",
                _("Revoir les missions"),
            )
        )
    elif kinds and relational == 0:
        advice.append(
            Advice(
                "no-relational",
                _(
                    "Aucune mission de relation n'est gardée : le cœur du poste de travailleur pair est "
                    "le lien avec les personnes accompagnées."
                ),
                "id_missions",
                _("Revoir les missions"),
            )
        )
    if not REFLECTIVE_SUPPORT & set(support_kinds):
        advice.append(
            Advice(
                "no-supervision",
                _(
                    "Ni supervision ni analyse de pratiques ne sont prévues. Un travailleur pair mobilise "
                    "sa propre histoire : un temps régulier pour prendre du recul, hors de la hiérarchie, "
                    "protège la personne et le poste."
                ),
                "id_support",
                _("Revoir le soutien prévu"),
            )
        )
    if not (lived_experience or "").strip():
        advice.append(
            Advice(
                "no-lived-experience",
                _(
                    "L'expérience de vie attendue n'est pas précisée : c'est elle qui fonde le poste. "
                    "Décrivez l'expérience proche de celle du public, et suffisamment consolidée."
                ),
                "id_lived_experience",
                _("Décrire l'expérience de vie attendue"),
            )
        )
    details = details or {}
    if "pay" in details and not (details["pay"] or "").strip():
        advice.append(
            Advice(
                "no-pay",
                _(
                    "La rémunération n'est pas indiquée : les candidats la cherchent en premier. "
                    "Indiquez le montant ou la grille que vous appliquez (le site n'en propose pas)."
                ),
                "id_pay",
                _("Indiquer la rémunération"),
            )
        )
    if "apply_contact" in details and not (details["apply_contact"] or "").strip():
        advice.append(
            Advice(
                "no-contact",
                _(
                    "Rien n'indique comment candidater : sans contact, la fiche ne peut pas être "
                    "diffusée telle quelle."
                ),
                "id_apply_contact",
                _("Indiquer comment candidater"),
            )
        )
    return advice
