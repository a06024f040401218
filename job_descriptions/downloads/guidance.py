"""Advice shown while an employer personalises a job description, drawn from the field's advice.

Peer work is first a relationship: a post filled with technical tasks, without supervision or
practice analysis, or without the expected lived experience loses what makes it a peer post. A
job description sent to candidates also says who manages the post, how much time it takes, under
which status and for what pay, and how to apply; the status chosen has its own points of attention
(the guide « Statuts et contrats »).
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
    when given, the HR details of a personalisation ({field name: value}, see hr_advice)."""
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
    return advice + hr_advice(details or {})


# The HR details advised on, as the form names them.
HR_DETAILS = (
    "reporting_line",
    "working_time",
    "status",
    "contract",
    "classification",
    "pay",
    "apply_contact",
    "equal_opportunity",
)
# The statuses whose pay follows a grade or a classification the employer has to choose.
GRADED_STATUSES = {"fpt-titulaire", "fpt-contractuel", "association"}


def _filled(details, name):
    return bool(str(details.get(name) or "").strip())


def hr_advice(details):
    """[Advice] on the HR details of a personalisation ({field name: value}, the names of
    HR_DETAILS; a name left out is not advised on), drawn from the guides on the job description
    and on statuses and contracts."""
    advice = []
    if "reporting_line" in details and not _filled(details, "reporting_line"):
        advice.append(
            Advice(
                "no-reporting-line",
                _(
                    "Le rattachement hiérarchique n'est pas indiqué : un rattachement clair, connu de "
                    "toute l'équipe, protège la personne et le poste."
                ),
                "id_reporting_line",
                _("Indiquer le rattachement hiérarchique"),
            )
        )
    if "working_time" in details and not _filled(details, "working_time"):
        advice.append(
            Advice(
                "no-working-time",
                _(
                    "Le temps de travail n'est pas indiqué : précisez la quotité (temps plein, 80 %…), "
                    "que les candidats cherchent avec la rémunération."
                ),
                "id_working_time",
                _("Indiquer le temps de travail"),
            )
        )
    advice += _status_advice(details)
    if "pay" in details and not _filled(details, "pay") and details.get("status") != "benevole":
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
    if "apply_contact" in details and not _filled(details, "apply_contact"):
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
    if "equal_opportunity" in details and not details["equal_opportunity"]:
        advice.append(
            Advice(
                "no-equal-opportunity",
                _(
                    "La mention d'égalité des chances n'est pas ajoutée : elle dit aux candidats que "
                    "toutes les candidatures sont étudiées sans discrimination, et qu'un aménagement "
                    "de l'entretien peut être demandé."
                ),
                "id_equal_opportunity",
                _("Ajouter la mention"),
            )
        )
    return advice


def _status_advice(details):
    """The points of attention of the status chosen (the guide « Statuts et contrats »)."""
    status = details.get("status") or ""
    if status == "benevole" and (_filled(details, "pay") or _filled(details, "contract")):
        return [
            Advice(
                "volunteer-paid",
                _(
                    "Le statut choisi est « Bénévole », mais une rémunération ou un contrat est "
                    "indiqué : un ou une bénévole n'est pas rémunéré·e et n'a pas de contrat de "
                    "travail. Choisissez un statut de salarié·e, ou retirez la rémunération et le "
                    "contrat."
                ),
                "id_status",
                _("Revoir le statut"),
            )
        ]
    if status == "benevole":
        return [
            Advice(
                "volunteer",
                _(
                    "Le bénévolat ne doit pas masquer un emploi : si la personne tient un poste, avec "
                    "des missions, des horaires et un rattachement, choisissez un statut de salarié·e."
                ),
                "id_status",
                _("Revoir le statut"),
            )
        ]
    if status == "insertion":
        return [
            Advice(
                "insertion",
                _(
                    "Un contrat d'insertion est à durée limitée et s'accompagne d'un accompagnement "
                    "vers l'emploi : prévoyez avec la personne la suite de son parcours."
                ),
                "id_status",
                _("Revoir le statut"),
            )
        ]
    if status == "independant":
        return [
            Advice(
                "independent",
                _(
                    "Un ou une intervenant·e indépendant·e assume sa propre protection sociale et "
                    "facture des honoraires : indiquez-les dans la rémunération, et ne lui donnez "
                    "pas les horaires et le rattachement d'un salarié."
                ),
                "id_status",
                _("Revoir le statut"),
            )
        ]
    if status in GRADED_STATUSES and "classification" in details and not _filled(details, "classification"):
        return [
            Advice(
                "no-classification",
                _(
                    "Le métier de travailleur pair ne figure dans aucune grille : indiquez le grade ou "
                    "l'emploi de rattachement retenu (agent social, ou l'emploi et le coefficient de "
                    "la convention collective), dont dépend la rémunération."
                ),
                "id_classification",
                _("Indiquer le grade ou la classification"),
            )
        ]
    return []
