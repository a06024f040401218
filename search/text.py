"""Reading what people type: normalising words, spotting synonyms, highlighting matches.

The database does the real stemming (PostgreSQL text search configurations); this module only
needs a light, language-neutral normalisation to recognise synonyms and to highlight words.
"""

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import mark_safe

MAX_QUERY_LENGTH = 200
MAX_GROUPS = 8
MAX_ALTERNATIVES = 16

# Words that carry no meaning on their own, in French and English. They are ignored when
# synonyms are recognised, so "médiateur de santé pair" and "médiateur santé pair" are one term.
STOPWORDS = frozenset(
    """a au aux avec ce ces d dans de des du en et l la le les leur leurs ou par pour qu que qui
    s sa se ses son sur un une y the of and or for in to an""".split()
)

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def fold(text):
    """Lower case, without accents or ligatures: "Médiatrice ŒUVRE" -> "mediatrice oeuvre"."""
    text = text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


def clean_query(text):
    """What we keep of a query: no control characters, single spaces, at most 200 characters."""
    text = _CONTROL.sub(" ", text or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def raw_words(text):
    """Lower-case words as typed; hyphens, apostrophes and the middle dot separate words."""
    return [word for word in _NON_WORD.split(text.lower().replace("_", " ")) if word]


def words(text):
    """Folded words: "Pair-aidant·e" -> ["pair", "aidant", "e"]."""
    return raw_words(fold(text))


def light_stem(word):
    """Just enough to match plurals: "pairs" -> "pair", "travaux" -> "travau"."""
    if len(word) > 3 and word[-1] in "sx":
        return word[:-1]
    return word


def key_words(text):
    """The words that identify a term: folded, singular, without stop words."""
    return tuple(light_stem(word) for word in words(text) if word not in STOPWORDS)


@dataclass
class QueryGroup:
    """One idea of the query: a word, or a synonym term with every way to say it."""

    words: tuple
    alternatives: list = field(default_factory=list)
    is_synonym: bool = False


@dataclass
class ParsedQuery:
    text: str
    groups: list

    @property
    def highlight_words(self):
        """Every folded word worth highlighting: the query's and its synonyms'."""
        found = []
        for group in self.groups:
            for alternative in group.alternatives:
                for word in words(alternative):
                    if word not in STOPWORDS and word not in found:
                        found.append(word)
        return found


class SynonymIndex:
    """Synonym groups ready for matching: key words of each term -> the group's terms."""

    def __init__(self, groups):
        self.groups = [list(dict.fromkeys(term for term in group if key_words(term))) for group in groups]
        self.by_key = {}
        # A term listed by several groups names the narrowest: "MSP" is a médiateur de santé pair,
        # even though the broad "Pair-aidance" group lists it too.
        for index in sorted(range(len(self.groups)), key=lambda index: len(self.groups[index])):
            for term in self.groups[index]:
                self.by_key.setdefault(key_words(term), index)
        self.max_length = max((len(key) for key in self.by_key), default=0)

    def parse(self, text):
        """Splits a query into groups, longest synonym terms first, other words one by one."""
        text = clean_query(text)
        tokens = [word for word in raw_words(text) if "".join(words(word)) not in STOPWORDS | {""}]
        stems = [light_stem("".join(words(word))) for word in tokens]
        groups, position = [], 0
        while position < len(tokens):
            for length in range(min(self.max_length, len(tokens) - position), 0, -1):
                index = self.by_key.get(tuple(stems[position : position + length]))
                if index is not None:
                    typed = " ".join(tokens[position : position + length])
                    alternatives = [typed] + self.groups[index]
                    groups.append(
                        QueryGroup(
                            tuple(stems[position : position + length]),
                            _unique(alternatives)[:MAX_ALTERNATIVES],
                            True,
                        )
                    )
                    position += length
                    break
            else:
                groups.append(QueryGroup((stems[position],), [tokens[position]]))
                position += 1
        merged = {}
        for group in groups:
            merged.setdefault(group.words, group)
        return ParsedQuery(text=text, groups=list(merged.values())[:MAX_GROUPS])

    def expansions(self, text):
        """Terms to add to a document's index: the spelled-out forms of the acronyms it contains.

        Only one-word terms ("CHRS", "LAM", "MSP") trigger an expansion, so "réinsertion" finds
        the pages that only say "CHRS"; the documents' own wording still ranks its pages first.
        """
        present = set(key_words(text))
        extra = []
        for group in self.groups:
            keys = [key_words(term) for term in group]
            if any(len(key) == 1 and key[0] in present for key in keys):
                extra.extend(term for term, key in zip(group, keys, strict=True) if len(key) > 1)
        return " ".join(_unique(extra))


def _unique(items):
    seen, kept = set(), []
    for item in items:
        key = fold(item)
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def _matches(word, wanted):
    """A word of the text matches a query word when one is a close prefix of the other."""
    if word == wanted:
        return True
    short, long_ = sorted((word, wanted), key=len)
    if len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 4:
        return True
    common = 0
    for a, b in zip(word, wanted, strict=False):
        if a != b:
            break
        common += 1
    return common >= 6


_TOKEN = re.compile(r"\w+", re.UNICODE)


@functools.lru_cache(maxsize=8192)
def _is_wanted(token, wanted_words):
    """Whether a word as written matches one of `wanted_words` (a tuple): the same words recur
    from one summary to the next, so each is folded and compared once."""
    word = fold(token)
    return len(word) > 1 and any(_matches(word, wanted) for wanted in wanted_words)


def highlight(text, wanted_words):
    """Escapes `text` and wraps the words matching `wanted_words` in <mark>."""
    if not text:
        return ""
    if not wanted_words:
        return escape(text)
    wanted_words = tuple(wanted_words)
    parts, last = [], 0
    for match in _TOKEN.finditer(text):
        if _is_wanted(match.group(), wanted_words):
            parts.append(escape(text[last : match.start()]))
            parts.append(f"<mark>{escape(match.group())}</mark>")
            last = match.end()
    parts.append(escape(text[last:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece above is escaped
