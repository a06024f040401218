"""The neutral structure of a job-description document, shared by every format, and the parts of
a page that the employer's choices keep.

The generators (DOCX, ODT, PDF) only lay out this structure: a title, a structure block, then
headings, paragraphs, bulleted lists and tables, and a footer line. Every piece of text is already
translated (the page's language) and cleaned of characters XML cannot hold; on a partly
translated page, `parts()` says which texts are still in the source language, so each format
marks their language (WCAG 3.1.2).
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.site_cache import cached
from core.templatetags.dates import long_date
from editorial.fallback_passages import FallbackPassages, fallback_passages
from job_descriptions.blocks import MISSION_KIND_LABELS, SKILL_KIND_LABELS, SUPPORT_KIND_LABELS

# Control characters: those XML 1.0 cannot carry (python-docx and odfpy refuse them), DEL and the
# C1 controls (no format shows them the same way), and the two non-characters XML refuses.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
# Every way of typing a line break becomes "\n": Windows and old Mac newlines, NEL, and Unicode's
# line and paragraph separators (which the PDF would print as a box).
_LINE_BREAKS = re.compile("\r\n|[\r\x85\u2028\u2029]")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def clean_text(value):
    """Text safe for every format and the same in each: no control characters, every line break
    a "\n", trimmed."""
    text = _LINE_BREAKS.sub("\n", str(value or ""))
    return _CONTROLS.sub("", text).strip()


def paragraphs(value):
    """One paragraph per block of text separated by a blank line; the line breaks typed inside a
    paragraph are kept ("\n"), the spaces within each line collapsed."""
    text = clean_text(value)
    return [
        "\n".join(" ".join(line.split()) for line in part.split("\n") if line.strip())
        for part in _BLANK_LINES.split(text)
        if part.strip()
    ]


def one_text(value):
    """A short text (a table cell): its typed line breaks kept, blank lines dropped."""
    return "\n".join(paragraphs(value))


@dataclass(frozen=True)
class Block:
    """One element of the document body.

    kind: "heading" (level 1 = section, 2 = subsection), "paragraph", "bullets" (items) or
    "table" (rows of (label, value)). Texts may hold "\n": a line break typed by the employer.
    """

    kind: str
    text: str = ""
    level: int = 1
    items: tuple = ()
    rows: tuple = ()


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
    footer: str = ""
    personalised: bool = False
    keywords: tuple = field(default=())
    page_label: str = "page"  # the footer's "page X sur Y", translated
    page_of: str = "sur"
    # The page's passages still in the source language (a partly translated page).
    passages: FallbackPassages = field(default_factory=FallbackPassages, compare=False, repr=False)

    def parts(self, text):
        """[(piece, language)] of one of the document's texts, "" for the document's language."""
        return self.passages.parts(text)

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


def mission_id(block):
    return str(block.id) if block.id else ""


@dataclass(frozen=True)
class Selection:
    """What a page's blocks become once the employer has chosen: None means "everything"."""

    mission_ids: tuple | None = None
    extra_missions: tuple = ()  # ((kind, text), ...)
    support_kinds: tuple | None = None

    def missions(self, page):
        """The mission blocks kept, in the template's order."""
        chosen = self.mission_ids
        return [block for block in page.missions if chosen is None or mission_id(block) in chosen]

    def support(self, page):
        wanted = self.support_kinds
        return [block for block in page.support if wanted is None or block.value["kind"] in wanted]

    def mission_pairs(self, page):
        """[(kind, text)] of the missions kept, the employer's own missions last."""
        pairs = [(block.value["kind"], clean_text(block.value["text"])) for block in self.missions(page)]
        return pairs + [(kind, clean_text(text)) for kind, text in self.extra_missions]

    def activities(self, page):
        """The template's general activities, then those of the missions and the support kept."""
        texts = [clean_text(block.value) for block in page.activities]
        for block in self.missions(page) + self.support(page):
            texts += [clean_text(text) for text in block.value.get("activities") or ()]
        return [text for text in texts if text]

    def skills(self, page):
        """[(kind, text)]: the template's general skills, then those of the missions kept."""
        pairs = [(block.value["kind"], clean_text(block.value["text"])) for block in page.skills]
        for block in self.missions(page):
            pairs += [(skill["kind"], clean_text(skill["text"])) for skill in block.value.get("skills") or ()]
        return [(kind, text) for kind, text in pairs if text]

    def support_lines(self, page, placeholder=""):
        """["Label : text"] per support kind kept; a kind the template leaves without text gets the
        placeholder (the bare label when there is none)."""
        by_kind = {}
        for block in page.support:
            by_kind.setdefault(block.value["kind"], []).append(clean_text(block.value["text"]))
        wanted = list(by_kind) if self.support_kinds is None else list(self.support_kinds)
        lines = []
        for kind, label in SUPPORT_KIND_LABELS.items():
            if kind in wanted:
                texts = by_kind.get(kind) or [placeholder]
                lines += [labelled(label, text) if text else str(label) for text in texts]
        return lines


def technical_count_sentence(kinds):
    """A sentence counting the technical tasks among the missions kept, or "" when there is none."""
    technical, total = kinds.count("technical"), len(kinds)
    if not technical:
        return ""
    if technical == total == 1:
        return _("La seule mission du poste est une tâche technique.")
    return translation.ngettext(
        "%(count)s tâche technique sur %(total)s missions.",
        "%(count)s tâches techniques sur %(total)s missions.",
        technical,
    ) % {"count": technical, "total": total}


def version_line(page):
    moment = page.last_published_at or page.latest_revision_created_at or timezone.now()
    return _("Version du %(date)s") % {"date": long_date(moment)}


def site_name(page):
    """The name of the page's site, read once per content change for each home page's tree."""
    return cached("site-name", lambda: _site_name(page), page.path[: page.steplen * 2])


def _site_name(page):
    site = page.get_site()
    return (site.site_name if site and site.site_name else "") or settings.WAGTAIL_SITE_NAME


def labelled(label, value):
    separator = " : " if translation.get_language() == "fr" else ": "
    return f"{label}{separator}{value}"


def filename(kicker, page, structure_name=""):
    parts = [kicker, clean_text(page.job_title) or clean_text(page.title)]
    if clean_text(structure_name):
        parts.append(clean_text(structure_name))
    return " – ".join(parts)


def page_words():
    """The footer's "page X sur Y" words, in the active language."""
    return {"page_label": _("page"), "page_of": _("sur")}


def page_document(page, name, *, kicker, url, structure, blocks, **fields):
    """The JobDocument of `page`, with what every version of it shares (language, title, site name,
    keywords, footer words); `fields` are the version's own (version line, file name, footer…)."""
    title = clean_text(page.job_title) or clean_text(page.title)
    return JobDocument(
        language=page.locale.language_code,
        kicker=kicker,
        title=title,
        structure_heading=_("La structure"),
        structure=structure,
        blocks=tuple(blocks),
        site_name=name,
        url=url,
        keywords=(kicker, title),
        passages=fallback_passages(page),
        **page_words(),
        **fields,
    )


def mission_blocks(kind_text_pairs):
    """Subheadings per kind and their bullets, and the count of the technical tasks."""
    blocks = []
    for kind, label, items in _grouped_missions(kind_text_pairs):
        blocks.append(Block("heading", label, level=2))
        if kind == "technical":
            sentence = technical_count_sentence([pair[0] for pair in kind_text_pairs])
            if sentence:
                blocks.append(Block("paragraph", sentence))
        blocks.append(Block("bullets", items=tuple(items)))
    return blocks


def _grouped_missions(pairs):
    groups = {kind: [] for kind in MISSION_KIND_LABELS}
    for kind, text in pairs:
        if text:
            groups.setdefault(kind, []).append(text)
    return [
        (kind, str(MISSION_KIND_LABELS.get(kind, kind)), items) for kind, items in groups.items() if items
    ]


def skill_blocks(pairs):
    blocks = []
    for label, items in _group(pairs, SKILL_KIND_LABELS):
        blocks += [Block("heading", label, level=2), Block("bullets", items=tuple(items))]
    return blocks
