"""The demo's translations go through core.translation (kept here for the tests that import it)."""

from core.translation import TranslationMismatch, translate_page

__all__ = ["TranslationMismatch", "translate_page"]
