"""An employer's version of a job description: the document for candidates, and the notes.

The job description holds only what the employer chose and typed: a field left empty is left
out (never replaced by the template's text), unticked missions take their activities and skills
with them, and nothing meant for the employer (points of vigilance, advice) is in it. Its footer
is a discreet "Modèle : Pair à pair" line with the template's public address. The employer's
notes are a separate document: the advice on their choices, the points of vigilance and the
support to plan.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from job_descriptions.blocks import SUPPORT_KIND_LABELS
from job_descriptions.downloads.document import (
    Block,
    Selection,
    clean_text,
    filename,
    mission_blocks,
    one_text,
    page_document,
    paragraphs,
    site_name,
    skill_blocks,
)
from job_descriptions.downloads.guidance import HR_DETAILS, advise

JOB, NOTES = "job", "notes"


@dataclass(frozen=True)
class Personalisation:
    """An employer's choices. Texts are already checked; an empty one is left out."""

    structure_name: str = ""
    structure_type: str = ""
    town: str = ""
    setting: str = ""
    mission_ids: tuple = ()
    extra_missions: tuple = ()  # ((kind, text), ...)
    support_kinds: tuple = ()
    lived_experience: str = ""
    workplace: str = ""
    reporting_line: str = ""
    functional_link: str = ""
    working_time: str = ""
    schedule: str = ""
    status: str = ""  # the label of the status chosen among those the guides describe
    status_key: str = ""  # its key (forms.STATUSES), for the advice
    contract: str = ""
    classification: str = ""
    pay: str = ""
    start_date: str = ""
    apply_contact: str = ""
    apply_deadline: str = ""  # already formatted for the document's language
    equal_opportunity: bool = False
    document: str = JOB

    @property
    def selection(self):
        return Selection(self.mission_ids, self.extra_missions, self.support_kinds)

    def condition_rows(self):
        """[(label, value)] of the working conditions filled in, in the order HR reads them."""
        rows = [
            (_("Lieu de travail"), self.workplace),
            (_("Rattachement hiérarchique"), self.reporting_line),
            (_("Lien fonctionnel"), self.functional_link),
            (_("Temps de travail"), self.working_time),
            (_("Horaires"), self.schedule),
            (_("Statut"), self.status),
            (_("Contrat"), self.contract),
            (_("Grade ou classification"), self.classification),
            (_("Rémunération"), self.pay),
            (_("Prise de poste"), self.start_date),
        ]
        return tuple((label, one_text(value)) for label, value in rows if one_text(value))


def _structure(page, custom):
    rows = (
        (_("Structure"), custom.structure_name),
        (_("Type de structure"), custom.structure_type),
        (_("Commune"), custom.town),
        (_("Intitulé du poste"), page.job_title),
    )
    return tuple((label, one_text(value)) for label, value in rows if one_text(value))


def _document(page, custom, url, kicker, blocks, structure):
    url = page.full_url or url or ""
    name = site_name(page)
    model_line = _("Modèle : %(site)s") % {"site": name}
    return page_document(
        page,
        name,
        kicker=kicker,
        url=url,
        structure=structure,
        blocks=blocks,
        version="",
        filename=filename(kicker, page, custom.structure_name),
        footer=" — ".join(part for part in (model_line, url) if part),
        personalised=True,
    )


def build_personalised(page, custom, url=None):
    """The job description to send to candidates, as the employer chose it."""
    selection = custom.selection
    blocks = [Block("heading", _("Le poste"))]
    setting = paragraphs(custom.setting)
    if setting:
        blocks += [Block("heading", _("Cadre et équipe"), level=2)]
        blocks += [Block("paragraph", text) for text in setting]
    purpose = paragraphs(page.purpose)
    if purpose:
        blocks += [Block("heading", _("Raison d'être du poste"), level=2)]
        blocks += [Block("paragraph", text) for text in purpose]

    blocks.append(Block("heading", _("Missions")))
    blocks += mission_blocks(selection.mission_pairs(page))

    activities = selection.activities(page)
    if activities:
        blocks += [Block("heading", _("Activités")), Block("bullets", items=tuple(activities))]

    blocks.append(Block("heading", _("Compétences")))
    lived = paragraphs(custom.lived_experience)
    if lived:
        blocks.append(Block("heading", _("Expérience de vie attendue"), level=2))
        blocks += [Block("paragraph", text) for text in lived]
    blocks += skill_blocks(selection.skills(page))

    rows = custom.condition_rows()
    if rows:
        blocks += [Block("heading", _("Conditions de travail")), Block("table", rows=rows)]

    support = selection.support_lines(page)
    if support:
        blocks += [Block("heading", _("Soutien au poste")), Block("bullets", items=tuple(support))]

    apply_rows = tuple(
        (label, one_text(value))
        for label, value in ((_("Contact"), custom.apply_contact), (_("Date limite"), custom.apply_deadline))
        if one_text(value)
    )
    if apply_rows:
        blocks += [Block("heading", _("Pour candidater")), Block("table", rows=apply_rows)]
    if custom.equal_opportunity:
        blocks.append(Block("paragraph", equal_opportunity_sentence()))
    return _document(page, custom, url, _("Fiche de poste"), blocks, _structure(page, custom))


def equal_opportunity_sentence():
    """The equal-opportunity sentence: the grounds the law protects, among them; never the life
    history, which the post asks for (the expected lived experience)."""
    return _(
        "Nous étudions toutes les candidatures sans discrimination, quels que soient notamment "
        "l'origine, le sexe, l'identité de genre, l'orientation sexuelle, l'âge, la situation de "
        "famille, l'état de santé, le handicap ou le lieu de résidence. Les personnes en situation "
        "de handicap peuvent demander un aménagement pour l'entretien."
    )


def build_notes(page, custom, url=None):
    """The employer's notes: advice on their choices, the points of vigilance, the support to plan."""
    selection = custom.selection
    kinds = [kind for kind, _text in selection.mission_pairs(page)]
    details = {name: getattr(custom, name) for name in HR_DETAILS if name != "status"}
    details["status"] = custom.status_key
    advice = advise(kinds, custom.support_kinds, custom.lived_experience, details)
    blocks = [Block("heading", _("Conseils sur vos choix"))]
    if advice:
        blocks.append(Block("bullets", items=tuple(str(item.message) for item in advice)))
    else:
        blocks.append(Block("paragraph", _("Vos choix ne soulèvent aucun point d'attention.")))

    vigilance = [clean_text(block.value) for block in page.vigilance]
    if any(vigilance):
        blocks += [
            Block("heading", _("Points de vigilance")),
            Block("bullets", items=tuple(filter(None, vigilance))),
        ]

    blocks.append(Block("heading", _("Soutien à prévoir")))
    planned = selection.support_lines(page)
    if planned:
        blocks += [Block("heading", _("Prévu"), level=2), Block("bullets", items=tuple(planned))]
    missing = [str(label) for kind, label in SUPPORT_KIND_LABELS.items() if kind not in custom.support_kinds]
    if missing:
        blocks += [Block("heading", _("Non prévu"), level=2), Block("bullets", items=tuple(missing))]
    return _document(page, custom, url, _("Notes pour l'employeur"), blocks, _structure(page, custom))
