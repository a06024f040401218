"""Which characters the PDF can print: those of its font (DejaVu Sans, from fonts-dejavu-core).

The form refuses what the font cannot draw (an emoji, for instance) with a message, rather than
let the PDF show an empty box; DOCX and ODT then say the same thing as the PDF. Where the font
file is missing, everything outside Unicode's Basic Multilingual Plane is refused, which keeps
the emoji out.
"""

import functools
import logging
from pathlib import Path

logger = logging.getLogger(__name__)
FONT_FILES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
)
# Spacing and joining characters the writers handle themselves.
ALWAYS = {ord("\n"), ord("\t"), 0x200B, 0x200C, 0x200D, 0x2060, 0xFE0F}


@functools.cache
def covered_code_points():
    """The code points every PDF font covers, or None when the fonts cannot be read."""
    try:
        from fontTools.ttLib import TTFont
    except ImportError:  # pragma: no cover - fontTools comes with WeasyPrint
        return None
    covered = None
    for path in FONT_FILES:
        try:
            points = set(TTFont(path, lazy=True).getBestCmap())
        except (OSError, KeyError, ValueError) as error:
            logger.warning("Police illisible pour le PDF (%s) : %s", path, error)
            return None
        covered = points if covered is None else covered & points
    return frozenset(covered or ()) | frozenset(ALWAYS)


def unprintable(text):
    """The distinct characters of `text` the PDF cannot print, in order of appearance."""
    covered = covered_code_points()
    seen = []
    for character in text or "":
        point = ord(character)
        refused = point > 0xFFFF if covered is None else point not in covered
        if refused and point not in ALWAYS and character not in seen:
            seen.append(character)
    return seen
