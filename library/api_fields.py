"""What the open API (api/) shows of a library page beyond Wagtail's own fields: its taxonomy, its
image as public renditions (original files are never served), and documents, shown only when the
API says they are public.

Each page type lists its fields in `api_fields` (Wagtail's API v2); these serializer fields read
what the listing's queryset prefetched, so a page costs no query of its own.
"""

from rest_framework.fields import Field
from wagtail.api import APIField
from wagtail.api.utils import get_full_url

from taxonomy.models import TAXONOMY_FIELDS

# The image's renditions, by the name the API gives them: the detail page's, and the social card's.
IMAGE_RENDITIONS = {"large": "width-960", "social": "fill-1200x630"}
# Set by the API's views in the serializer context: the documents it may show (a queryset).
PUBLIC_DOCUMENTS = "public_documents"


class TaxonomyField(Field):
    """{"thematique": [{"slug", "name"}], "public": […], …}: every facet, the terms by their slug
    (the filters' values, the same in every language) and their name in the page's language."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        terms = page.taxonomy_terms()
        return {
            model.facet_key: [{"slug": term.slug, "name": term.name} for term in terms[field_name]]
            for field_name, model in TAXONOMY_FIELDS.items()
        }


def image_renditions(image):
    """{"large": {"url", "width", "height"}, "social": {…}}: the image's public renditions."""
    renditions = image.get_renditions(*IMAGE_RENDITIONS.values())
    return {
        name: {
            "url": renditions[spec].full_url,
            "width": renditions[spec].width,
            "height": renditions[spec].height,
        }
        for name, spec in IMAGE_RENDITIONS.items()
    }


class RenditionsField(Field):
    def to_representation(self, image):
        return image_renditions(image)


class ImageRenditionsField(Field):
    """A page's image: its id (see the images endpoint), text alternative and renditions."""

    def to_representation(self, image):
        return {"id": image.pk, "alt": image.default_alt_text, **image_renditions(image)}


class PublicDocumentsField(Field):
    """Documents of the page (`documents_of(page)`), those the API's view says are public only:
    without that word from the view, none."""

    def __init__(self, documents_of, **kwargs):
        self.documents_of = documents_of
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        documents = [document for document in self.documents_of(page) if document is not None]
        public = self.context.get(PUBLIC_DOCUMENTS)
        if public is None or not documents:
            return []
        ids = [document.pk for document in documents]
        allowed = set(public.filter(pk__in=ids).values_list("pk", flat=True))
        request = self.context.get("request")
        return [
            {
                "id": document.pk,
                "title": document.title,
                "file_extension": document.file_extension,
                "download_url": get_full_url(request, document.url),
            }
            for document in documents
            if document.pk in allowed
        ]


# The fields every library page shows, in listings and in detail; each type adds its own.
LIBRARY_API_FIELDS = [
    APIField("resource_type"),
    APIField("summary"),
    APIField("publication_date"),
    APIField("reading_time"),
    APIField("taxonomy", serializer=TaxonomyField(read_only=True)),
    APIField("image", serializer=ImageRenditionsField(read_only=True)),
]
