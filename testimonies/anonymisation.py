"""Anonymisation help: names of people and places in a testimony that its consent does not cover.

A simple, explainable check: capitalised words and sequences ("Marie Dupont",
"Saint-Martin-d'Hères", "Le Relais Ozanam") that are in none of the stop-lists (`stoplist.py`:
common words, months, job titles, contract types, field acronyms) nor covered by the consent's list
of allowed names. Publishing a version that shows such names needs a moderator's confirmation
(`name_review.py`).
"""

import re
import unicodedata

from django.utils.html import strip_tags

from testimonies.stoplist import ORDINARY_WORDS, is_stop_word

CONNECTORS = {"de", "du", "des", "d", "la", "le", "les", "l", "sur", "en", "von", "van"}
WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
ELISION_RE = re.compile(r"^(qu|[dljnsc])['’](.+)$", re.IGNORECASE)
SENTENCE_END_RE = re.compile(r"(^|[.!?:;«»\"“”(\[\n•–—|])\s*$")
MAX_NAMES = 40


def normalise(text):
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(char for char in text if not unicodedata.combining(char))
    return re.sub(r"[\s'-]+", " ", text).strip().casefold()


def _is_capitalised(word):
    return word[:1].isupper()


def _is_common(word):
    return is_stop_word(word)


def _tokens(text):
    """(word, starts a sentence, joined to the previous word by spaces only) for every word."""
    previous_end = 0
    for match in WORD_RE.finditer(text):
        word = match.group(0)
        gap = text[previous_end : match.start()]
        starts = bool(SENTENCE_END_RE.search(text[: match.start()]))
        joined = previous_end > 0 and gap.strip(" \t\u00a0") == ""
        previous_end = match.end()
        elided = ELISION_RE.match(word)
        if elided:
            yield elided.group(1), starts, joined
            yield elided.group(2), False, True
        else:
            yield word, starts, joined


def _sequences(text):
    """Runs of capitalised words joined by spaces or particles ("Pont-de-Claix", "CCAS de Grenoble")."""
    run, pending, run_starts = [], [], False
    for word, starts, joined in _tokens(text):
        if run and not joined:
            yield run, run_starts
            run, pending = [], []
        if _is_capitalised(word):
            if not run:
                run_starts = starts
            run.extend(pending)
            pending = []
            run.append(word)
        elif run and word.casefold() in CONNECTORS:
            pending.append(word)
        else:
            if run:
                yield run, run_starts
            run, pending = [], []
    if run:
        yield run, run_starts


def _is_heading(words):
    """A run in capitals that holds an ordinary word is a heading ("POUR ALLER PLUS LOIN")."""
    return all(word.isupper() or word.casefold() in CONNECTORS for word in words) and any(
        word.isupper() and word.casefold() in ORDINARY_WORDS and word.casefold() not in CONNECTORS
        for word in words
    )


def _significant(words):
    return [word for word in words if not _is_common(word) and word.casefold() not in CONNECTORS]


def candidate_names(text):
    """Capitalised words and sequences that may name a person or a place.

    A lone capitalised word opening a sentence ("Prévoir", "Marie") counts only when the text
    also capitalises it mid-sentence: that keeps ordinary words out, at the cost of a name that
    only ever opens sentences.
    """
    runs = []
    proper_nouns = set()
    for run, starts in _sequences(text):
        while run and (_is_common(run[0]) or run[0].casefold() in CONNECTORS):
            run = run[1:]
            starts = False
        if not _significant(run) or _is_heading(run):
            continue
        runs.append((run, starts))
        if not starts:
            proper_nouns.update(word.casefold() for word in run)
    found = {}
    for run, starts in runs:
        if len(run) == 1 and starts and run[0].casefold() not in proper_nouns:
            continue
        name = " ".join(run)
        found.setdefault(normalise(name), (name, _significant(run)))
    return list(found.values())


def uncovered_names(text, allowed_names):
    """The candidate names of `text` that no allowed name covers, in order of appearance."""
    allowed = [normalise(name) for name in allowed_names if name.strip()]
    allowed_words = {word for name in allowed for word in name.split()}
    result = []
    for name, significant in candidate_names(text):
        key = normalise(name)
        if any(key == item or f" {key} " in f" {item} " for item in allowed):
            continue
        if all(normalise(word) in allowed_words for word in significant):
            continue
        result.append(name)
    return result[:MAX_NAMES]


BLOCK_END_RE = re.compile(r"</(?:p|li|h[1-6]|div|blockquote)>|<br\s*/?>", re.IGNORECASE)


def plain(value):
    return strip_tags(BLOCK_END_RE.sub("\n", str(value or ""))).replace("&nbsp;", " ")


def testimony_text(page):
    """Every part of a testimony a reader sees, as plain text, one part per line."""
    parts = [
        page.title,
        page.summary,
        page.structure_name,
        page.place,
        page.period,
        page.peer_roles,
        page.peer_status,
        page.context,
        page.actions,
        page.outcomes,
    ]
    for block in page.key_figures:
        parts.append(f"{block.value.get('value', '')} {block.value.get('label', '')}")
    parts.extend(str(block.value) for block in page.lessons)
    for block in page.quotes:
        parts.extend(str(block.value.get(key) or "") for key in ("quote", "role"))
        # A quoted person's name is a name even when it opens the line.
        parts.append(f"par {block.value.get('name') or ''}")
    return "\n".join(plain(part) for part in parts)


def names_to_check(page, records=None):
    """Names in `page` not covered by the family's active consent records.

    The structure's own name counts as covered when the consent allows naming the structure.
    """
    records = list(page.consent_records()) if records is None else records
    active = [record for record in records if record.withdrawn_at is None]
    allowed = [name for record in active for name in record.allowed_name_list()]
    if any("structure_name" in (record.scope or []) for record in active):
        allowed.append(page.structure_name or "")
    return uncovered_names(testimony_text(page), allowed)
