"""Demo content of the standard pages (about, legal notice, accessibility statement) and the home page.

Shape: see home/demo/data/__init__.py. Where a fact about the publisher is not known yet, the text
says so in plain words ("l'association éditrice du site") instead of inventing it."""

from demo.data.pages import about, accessibility, legal
from demo.data.pages.home import HOME

__all__ = ["HOME", "STANDARD_PAGES"]

STANDARD_PAGES = {
    "about": about.PAGE,
    "legal": legal.PAGE,
    "accessibility": accessibility.PAGE,
}
