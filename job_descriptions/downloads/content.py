"""What a job-description document says, built once from the page and shared by every format.

Two sources: the published template as it is (with its placeholders "à compléter" and the
employer's points of vigilance), or an employer's personalisation, which gives either the job
description to send to candidates or the employer's own notes (see personalised.py).
"""

from django.utils import translation
from django.utils.translation import gettext as _

from job_descriptions.downloads.document import (  # noqa: F401  (re-exported for the forms)
    Block,
    JobDocument,
    Selection,
    clean_text,
    filename,
    mission_blocks,
    mission_id,
    one_text,
    page_document,
    page_words,
    paragraphs,
    site_name,
    skill_blocks,
    version_line,
)
from job_descriptions.downloads.personalised import (  # noqa: F401
    NOTES,
    Personalisation,
    build_notes,
    build_personalised,
)


def build_document(page, personalisation=None, url=None):
    """The JobDocument of a job-description page, in the page's language: the template as published,
    or the employer's version (the job description, or the notes when they asked for them)."""
    with translation.override(page.locale.language_code):
        if personalisation is None:
            return _build_template(page, url)
        if personalisation.document == NOTES:
            return build_notes(page, personalisation, url)
        return build_personalised(page, personalisation, url)


def _build_template(page, url):
    """The template as published: every mission, the placeholders to fill, the vigilance points."""
    to_fill = _("à compléter")
    everything = Selection()
    structure = (
        (_("Structure"), to_fill),
        (_("Type de structure"), to_fill),
        (_("Commune"), to_fill),
        (_("Intitulé du poste"), clean_text(page.job_title) or to_fill),
    )

    blocks = [Block("heading", _("Le poste"))]
    blocks += [Block("heading", _("Cadre et équipe"), level=2)]
    blocks += [Block("paragraph", text) for text in paragraphs(page.setting)] or [Block("paragraph", to_fill)]
    blocks += [Block("heading", _("Raison d'être du poste"), level=2)]
    blocks += [Block("paragraph", text) for text in paragraphs(page.purpose)]

    blocks.append(Block("heading", _("Missions")))
    blocks += mission_blocks(everything.mission_pairs(page))

    activities = everything.activities(page)
    if activities:
        blocks += [Block("heading", _("Activités")), Block("bullets", items=tuple(activities))]

    blocks.append(Block("heading", _("Compétences")))
    blocks.append(Block("heading", _("Expérience de vie attendue"), level=2))
    blocks += [Block("paragraph", text) for text in paragraphs(page.lived_experience)] or [
        Block("paragraph", to_fill)
    ]
    blocks += skill_blocks(everything.skills(page))

    conditions = [
        (_("Lieu de travail"), to_fill),
        (_("Temps de travail"), page.working_time),
        (_("Contrat ou statut, grade"), page.contract),
        (_("Rémunération indicative"), page.pay),
        (_("Rattachement hiérarchique"), page.reporting_line),
    ]
    rows = tuple((label, one_text(value)) for label, value in conditions if one_text(value))
    blocks += [Block("heading", _("Conditions de travail")), Block("table", rows=rows)]

    support = everything.support_lines(page, placeholder=_("modalités à préciser par la structure."))
    blocks.append(Block("heading", _("Soutien au poste")))
    blocks.append(
        Block("bullets", items=tuple(support))
        if support
        else Block("paragraph", _("Aucun soutien au poste n'est prévu."))
    )

    vigilance = [clean_text(block.value) for block in page.vigilance]
    if any(vigilance):
        blocks += [
            Block("heading", _("Points de vigilance pour l'employeur")),
            Block("bullets", items=tuple(filter(None, vigilance))),
        ]

    kicker = _("Fiche de poste")
    url = url or page.full_url or ""
    name = site_name(page)
    return page_document(
        page,
        name,
        kicker=kicker,
        url=url,
        structure=structure,
        blocks=blocks,
        version=version_line(page),
        filename=filename(kicker, page),
        footer=" — ".join(part for part in (name, url, version_line(page)) if part),
    )
