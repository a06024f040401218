"""What a job-description document says, built once from the page and shared by every format.

The generators (DOCX, ODT, PDF) only lay out this neutral structure: a title, a structure block,
then headings, paragraphs, bulleted lists and tables, and a footer line. Every piece of text is
already translated (the page's language) and cleaned of characters XML cannot hold.
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from job_descriptions.blocks import (
    MISSION_KIND_LABELS,
    SKILL_KIND_LABELS,
    SUPPORT_KIND_LABELS,
)

# Characters XML 1.0 cannot carry (python-docx and odfpy refuse them).
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def clean_text(value):
    """Text safe for every format: no control characters, trimmed, Windows newlines unified."""
    text = _INVALID_XML.sub("", str(value or "")).replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def paragraphs(value):
    """One paragraph per block of text separated by a blank line; single newlines kept as spaces."""
    text = clean_text(value)
    return [" ".join(part.split()) for part in _BLANK_LINES.split(text) if part.strip()]


@dataclass(frozen=True)
class Block:
    """One element of the document body.

    kind: "heading" (level 1 = section, 2 = subsection), "paragraph", "bullets" (items) or
    "table" (rows of (label, value)).
    """

    kind: str
    text: str = ""
    level: int = 1
    items: tuple = ()
    rows: tuple = ()


@dataclass(frozen=True)
class Personalisation:
    """An employer's choices; None means "as in the template"."""

    structure_name: str = ""
    structure_type: str = ""
    town: str = ""
    setting: str | None = None
    working_time: str = ""
    contract: str = ""
    mission_ids: tuple | None = None
    extra_missions: tuple = ()  # ((kind, text), ...)
    support_kinds: tuple | None = None
    lived_experience: str | None = None


@dataclass(frozen=True)
class JobDocument:
    language: str
    kicker: str
    title: str
    structure_heading: str
    structure: tuple
    blocks: tuple
    site_name: str
    url: str
    version: str
    filename: str
    personalised: bool = False
    keywords: tuple = field(default=())

    @property
    def footer(self):
        return " — ".join(part for part in (self.site_name, self.url, self.version) if part)

    def all_text(self):
        """Every string of the document, for tests and search."""
        parts = [self.kicker, self.title, self.footer]
        parts += [f"{label} {value}" for label, value in self.structure]
        for block in self.blocks:
            parts.append(block.text)
            parts.extend(block.items)
            parts.extend(f"{label} {value}" for label, value in block.rows)
        return "\n".join(part for part in parts if part)

    def outline(self):
        """[(section heading, [details])] for the preview of the document's structure."""
        sections = [(self.structure_heading, [label for label, _value in self.structure])]
        for block in self.blocks:
            if block.kind == "heading" and block.level == 1:
                sections.append((block.text, []))
            elif not sections:
                continue
            elif block.kind == "heading":
                sections[-1][1].append(block.text)
            elif block.kind == "bullets" and not _has_subheadings(self.blocks, block):
                sections[-1][1].append(
                    translation.ngettext("%(count)s élément", "%(count)s éléments", len(block.items))
                    % {"count": len(block.items)}
                )
            elif block.kind == "table":
                sections[-1][1].extend(label for label, _value in block.rows)
        return sections


def _has_subheadings(blocks, target):
    """True when the bulleted list sits under a subheading (its count is then implied)."""
    index = blocks.index(target)
    return index > 0 and blocks[index - 1].kind == "heading" and blocks[index - 1].level == 2


def _group(pairs, labels):
    """[(label, [texts])] in the order of `labels`, empty groups left out."""
    groups = {kind: [] for kind in labels}
    for kind, text in pairs:
        if text:
            groups.setdefault(kind, []).append(text)
    return [(str(labels.get(kind, kind)), items) for kind, items in groups.items() if items]


def mission_pairs(page, personalisation=None):
    """[(kind, text)] of the missions kept, the employer's own missions last."""
    chosen = None if personalisation is None else personalisation.mission_ids
    pairs = [
        (block.value["kind"], clean_text(block.value["text"]))
        for block in page.missions
        if chosen is None or mission_id(block) in chosen
    ]
    if personalisation is not None:
        pairs += [(kind, clean_text(text)) for kind, text in personalisation.extra_missions]
    return pairs


def mission_id(block):
    return str(block.id) if block.id else ""


def support_lines(page, kinds=None):
    """["Label : text"] for the support kinds kept; a kind without text gets a placeholder."""
    by_kind = {}
    for block in page.support:
        by_kind.setdefault(block.value["kind"], []).append(clean_text(block.value["text"]))
    wanted = list(by_kind) if kinds is None else list(kinds)
    lines = []
    for kind, label in SUPPORT_KIND_LABELS.items():
        if kind not in wanted:
            continue
        for text in by_kind.get(kind) or [_("modalités à préciser par la structure.")]:
            lines.append(_labelled(label, text))
    return lines


def _version(page):
    moment = page.last_published_at or page.latest_revision_created_at or timezone.now()
    day = formats.date_format(timezone.localtime(moment).date(), "j F Y")
    return _("Version du %(date)s") % {"date": day}


def _site_name(page):
    site = page.get_site()
    return (site.site_name if site and site.site_name else "") or settings.WAGTAIL_SITE_NAME


def _labelled(label, value):
    separator = " : " if translation.get_language() == "fr" else ": "
    return f"{label}{separator}{value}"


def _filename(page, structure_name=""):
    parts = [_("Fiche de poste"), clean_text(page.job_title) or clean_text(page.title)]
    if clean_text(structure_name):
        parts.append(clean_text(structure_name))
    return " – ".join(parts)


def build_document(page, personalisation=None, url=None):
    """The JobDocument of a job-description page, in the page's language."""
    with translation.override(page.locale.language_code):
        return _build(page, personalisation, url)


def _build(page, custom, url):
    to_fill = _("à compléter")
    kept_support = None if custom is None else custom.support_kinds
    lived = (
        page.lived_experience
        if custom is None or custom.lived_experience is None
        else (custom.lived_experience)
    )
    structure = (
        (_("Structure"), clean_text(custom.structure_name) if custom else ""),
        (_("Type de structure"), clean_text(custom.structure_type) if custom else ""),
        (_("Commune"), clean_text(custom.town) if custom else ""),
        (_("Intitulé du poste"), clean_text(page.job_title)),
    )
    structure = tuple((label, value or to_fill) for label, value in structure)

    blocks = [Block("heading", _("Le poste"))]
    blocks += [Block("heading", _("Cadre et équipe"), level=2)]
    setting = page.setting if custom is None or custom.setting is None else custom.setting
    blocks += [Block("paragraph", text) for text in paragraphs(setting)] or [Block("paragraph", to_fill)]
    blocks += [Block("heading", _("Raison d'être du poste"), level=2)]
    blocks += [Block("paragraph", text) for text in paragraphs(page.purpose)]

    blocks.append(Block("heading", _("Missions")))
    for label, items in _group(mission_pairs(page, custom), MISSION_KIND_LABELS):
        blocks += [Block("heading", label, level=2), Block("bullets", items=tuple(items))]

    activities = [clean_text(block.value) for block in page.activities]
    if any(activities):
        blocks += [Block("heading", _("Activités")), Block("bullets", items=tuple(filter(None, activities)))]

    blocks.append(Block("heading", _("Compétences")))
    blocks.append(Block("heading", _("Expérience de vie attendue"), level=2))
    blocks += [Block("paragraph", text) for text in paragraphs(lived)] or [Block("paragraph", to_fill)]
    skills = [(block.value["kind"], clean_text(block.value["text"])) for block in page.skills]
    for label, items in _group(skills, SKILL_KIND_LABELS):
        blocks += [Block("heading", label, level=2), Block("bullets", items=tuple(items))]

    conditions = [
        (_("Temps de travail"), (custom.working_time if custom else "") or page.working_time),
        (_("Contrat ou statut, grade"), (custom.contract if custom else "") or page.contract),
        (_("Rémunération indicative"), page.pay),
        (_("Rattachement hiérarchique"), page.reporting_line),
    ]
    if custom and custom.town:
        conditions.append((_("Lieu de travail"), custom.town))
    rows = tuple((label, clean_text(value)) for label, value in conditions if clean_text(value))
    blocks += [Block("heading", _("Conditions de travail")), Block("table", rows=rows)]

    support = support_lines(page, kept_support)
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
    title = clean_text(page.job_title) or clean_text(page.title)
    return JobDocument(
        language=page.locale.language_code,
        kicker=kicker,
        title=title,
        structure_heading=_("La structure"),
        structure=structure,
        blocks=tuple(blocks),
        site_name=_site_name(page),
        url=url or page.full_url or "",
        version=_version(page),
        filename=_filename(page, custom.structure_name if custom else ""),
        personalised=custom is not None,
        keywords=(kicker, title),
    )
