"""The editors' synonym groups, ready for the search."""

from search.text import SynonymIndex


def load_synonyms():
    """All synonym groups in one query."""
    from search.models import SynonymGroup

    return SynonymIndex(group.term_list() for group in SynonymGroup.objects.only("terms"))
