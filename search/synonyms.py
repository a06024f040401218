"""The editors' synonym groups, ready for the search."""

from core.site_cache import cached
from search.text import SynonymIndex


def load_synonyms():
    """All synonym groups, read in one query once per content generation."""
    return cached("synonyms", _build_synonyms)


def _build_synonyms():
    from search.models import SynonymGroup

    return SynonymIndex(group.term_list() for group in SynonymGroup.objects.only("terms"))
