"""What the open API may show: the querysets every endpoint starts from, whoever asks.

The API answers as it would an anonymous reader, even a request that carries an editor's session,
and its base querysets hold nothing else (filters, `?fields=`, `?type=` and detail ids only ever
narrow them):

- pages: live library pages (guides, testimonies, job descriptions) under no view restriction,
  theirs or an ancestor's, that are not aliases, and no testimony of a family whose consent is
  withdrawn (a withdrawal unpublishes the family at once; this holds whatever saves it later);
- documents and images: those such a page uses (its listing image, an attachment, a document
  block or link: Wagtail's reference index, which follows the live version of a published page),
  outside any collection under a view restriction (the private « Consentements » among them), and
  never the document that proves a consent.
"""

from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, F, OuterRef
from django.db.models.functions import Cast
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction, Page, ReferenceIndex

from library.models import LibraryPage
from testimonies.models import ConsentRecord
from testimonies.visibility import without_withdrawn


def public_library_pages():
    """Live, public library pages: what anyone may read on the site, and nothing more."""
    pages = LibraryPage.objects.live().public().filter(alias_of__isnull=True)
    return without_withdrawn(pages, AnonymousUser())


def in_a_restricted_collection():
    """Condition on a document or an image: its collection, or one above it, has a view restriction."""
    return Exists(
        CollectionViewRestriction.objects.annotate(
            item_path=Cast(OuterRef("collection__path"), CharField())
        ).filter(item_path__startswith=F("collection__path"))
    )


def used_by(pages, model):
    """Condition on an object of `model`: one of `pages` refers to it (Wagtail's reference index)."""
    page_keys = pages.annotate(key=Cast("pk", CharField())).values("key")
    return Exists(
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=page_keys,
            to_content_type=ContentType.objects.get_for_model(model),
            to_object_id=Cast(OuterRef("pk"), CharField()),
        )
    )


def public_documents(pages=None):
    """Documents the public library pages use (`pages`: public_library_pages(), already built)."""
    pages = public_library_pages() if pages is None else pages
    Document = get_document_model()
    return (
        Document.objects.filter(used_by(pages, Document))
        .exclude(in_a_restricted_collection())
        .exclude(Exists(ConsentRecord.objects.filter(document=OuterRef("pk"))))
    )


def public_images(pages=None):
    pages = public_library_pages() if pages is None else pages
    Image = get_image_model()
    return Image.objects.filter(used_by(pages, Image)).exclude(in_a_restricted_collection())
