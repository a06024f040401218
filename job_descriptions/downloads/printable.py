"""Which characters the PDF can print: those its font draws, in regular and in bold.

The PDF's font is the family its template names (DejaVu Sans, from Debian's fonts-dejavu-core);
the files read are those fontconfig gives for that family, the ones WeasyPrint embeds. The form
refuses what they cannot draw (an emoji, a Chinese character…) with a message next to the field,
rather than let the PDF show an empty box; DOCX and ODT then say the same thing as the PDF.

Two exceptions to "what the font has a glyph for": the invisible characters that are never drawn
(default-ignorable code points: directional marks and isolates, zero-width joiners, variation
selectors, the soft hyphen) are accepted; private-use characters are refused even when the font
has a glyph for them, since they mean something only in that font (Word and LibreOffice would
show something else). Where no font file can be read, everything outside Unicode's Basic
Multilingual Plane is refused, which keeps the emoji out.
"""

import functools
import logging
import shutil
import subprocess
import unicodedata
from pathlib import Path

logger = logging.getLogger(__name__)
FONT_FAMILY = "DejaVu Sans"  # the PDF template's font-family (pdf_writer.py gives it)
FONT_FILES = (  # where fonts-dejavu-core puts them, when fontconfig cannot say
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
)
# Characters the writers handle themselves: the line breaks and tabs typed.
ALWAYS = frozenset({ord("\n"), ord("\t")})
# Default-ignorable code points (Unicode's DerivedCoreProperties): shaped as nothing, never a box.
INVISIBLE = frozenset(
    {0x00AD, 0x034F, 0x061C, 0xFEFF}
    | set(range(0x200B, 0x2010))
    | set(range(0x202A, 0x202F))
    | set(range(0x2060, 0x2065))
    | set(range(0x2066, 0x2070))
    | set(range(0xFE00, 0xFE10))
)


def _fontconfig_file(pattern):
    """The font file fontconfig chooses for `pattern`, or None."""
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return None
    try:
        result = subprocess.run(
            [fc_match, "--format=%{file}", pattern], capture_output=True, text=True, timeout=10, check=True
        )
    except (OSError, subprocess.SubprocessError):
        return None
    path = Path(result.stdout.strip())
    return path if result.stdout.strip() and path.is_file() else None


@functools.cache
def font_files():
    """The regular and bold files of the PDF's font."""
    found = (_fontconfig_file(f"{FONT_FAMILY}:weight=regular"), _fontconfig_file(f"{FONT_FAMILY}:bold"))
    return tuple(path or default for path, default in zip(found, FONT_FILES, strict=True))


@functools.cache
def covered_code_points():
    """The code points every PDF font file draws, or None when the fonts cannot be read."""
    try:
        from fontTools.ttLib import TTFont
    except ImportError:  # pragma: no cover - fontTools comes with WeasyPrint
        return None
    covered = None
    for path in font_files():
        try:
            points = set(TTFont(path, lazy=True).getBestCmap())
        except (OSError, KeyError, ValueError) as error:
            logger.warning("Police illisible pour le PDF (%s) : %s", path, error)
            return None
        covered = points if covered is None else covered & points
    return frozenset(covered or ())


def is_printable(character):
    point = ord(character)
    if point in ALWAYS or point in INVISIBLE:
        return True
    if unicodedata.category(character) in ("Co", "Cs", "Cn"):  # private use, surrogate, unassigned
        return False
    covered = covered_code_points()
    return point <= 0xFFFF if covered is None else point in covered


def unprintable(text):
    """The distinct characters of `text` the PDF cannot print, in order of appearance."""
    seen = []
    for character in text or "":
        if character not in seen and not is_printable(character):
            seen.append(character)
    return seen


def describe(character):
    """How a refused character is shown in a message: itself, with its code when it is invisible
    (a control or a space) or a combining mark."""
    code = f"U+{ord(character):04X}"
    category = unicodedata.category(character)
    if category[0] in "CZ":
        return code
    if category[0] == "M":
        return f"\u25cc{character} ({code})"
    return character
