"""Keeps the index right where Wagtail's own signals come too early."""

from wagtail.search import index
from wagtail.signals import page_published


def reindex_published_library_page(sender, instance, **kwargs):
    """Indexes a library page again once published.

    Wagtail indexes a page when its row is saved, before modelcluster writes the page's taxonomy
    (a ParentalManyToManyField): without this, the index would hold the previous terms.
    """
    from library.models import LibraryPage

    if isinstance(instance, LibraryPage):
        index.insert_or_update_object(instance)


def connect():
    page_published.connect(reindex_published_library_page, dispatch_uid="search_reindex_published")
