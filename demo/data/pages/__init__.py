"""Demo content of the standard pages (about, legal notice, accessibility statement) and the home page.

Shape: see home/demo/data/__init__.py. Where a fact about the publisher is not known yet, the text
says so in plain words ("l'association éditrice du site") instead of inventing it; the
publisher and host details of the legal notice (site settings) are example values, said to be."""

from demo.data.pages import about, accessibility, legal
from demo.data.pages.home import HOME

__all__ = ["HOME", "LEGAL_IDENTITY", "STANDARD_PAGES"]

LEGAL_IDENTITY = legal.LEGAL_IDENTITY

STANDARD_PAGES = {
    "about": about.PAGE,
    "legal": legal.PAGE,
    "accessibility": accessibility.PAGE,
}
