"""The open API's endpoints, read-only, built on Wagtail's API v2 (docs/api.md says how to use them):

- `pages/`: guides, testimonies and job descriptions, with their summary and taxonomy, filtered by
  type, facet and language; the full content of a page in its detail;
- `documents/` and `images/`: those the pages above use, never a private one.

Each endpoint starts from the querysets of api/visibility.py and accepts only the parameters it
names (any other is a 400): Wagtail's tree filters (`child_of`, `descendant_of`…), its field
filters and its full-text `search` are left out (the search is `/recherche/?format=json`).
"""

from django.conf import settings
from django.db.models import Prefetch
from django.http import Http404
from django.utils import translation
from django.utils.functional import classproperty
from django.utils.translation import get_language_from_path
from django.utils.translation import gettext as _
from rest_framework.fields import CharField
from rest_framework.permissions import AllowAny
from wagtail.api import APIField
from wagtail.api.v2.filters import LocaleFilter, OrderingFilter, TranslationOfFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale, Site, get_page_models

from api.filters import FACET_PARAMETERS, LibraryFacetsFilter, parameter_values
from api.protocol import ClientThrottle, JSONOnly, SafeJSONRenderer, open_to_every_origin
from api.visibility import public_documents, public_images, public_library_pages
from library.api_fields import IMAGE_RENDITIONS, PUBLIC_DOCUMENTS, RenditionsField
from library.models import LibraryPage, ResourceType
from taxonomy.models import TAXONOMY_FIELDS

MAX_OFFSET = 100_000
# The largest primary key of a page, a document or an image (a 32-bit integer column): a larger
# number names nothing, and SQLite cannot even compare it.
MAX_ID = 2**31 - 1
MAX_HTML_PATH = 2048
COMMON_PARAMETERS = frozenset(["limit", "offset", "fields", "order", "format", "_"])


class BoundedPagination(WagtailPagination):
    """Wagtail's `limit`/`offset` (limit at most WAGTAILAPI_LIMIT_MAX), and an offset the
    database can take."""

    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "").strip()
        if offset.isdecimal() and int(offset) > MAX_OFFSET:
            raise BadRequestError(_("offset : %(max)s au plus.") % {"max": MAX_OFFSET})
        return super().paginate_queryset(queryset, request, view)


class OpenEndpoint:
    """What every endpoint of the open API shares (api/protocol.py)."""

    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = [ClientThrottle]
    renderer_classes = [SafeJSONRenderer]
    content_negotiation_class = JSONOnly
    pagination_class = BoundedPagination
    metadata_class = None  # OPTIONS describes nothing (405): simple GETs need no preflight

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if any("\x00" in name or "\x00" in value for name, values in request.GET.lists() for value in values):
            raise BadRequestError(_("Un paramètre contient un caractère nul."))
        if int(kwargs.get("pk", 0)) > MAX_ID:
            raise Http404("not found")
        for name in ("id", "translation_of"):
            value = request.GET.get(name, "").strip()
            if value.isdecimal() and int(value) > MAX_ID:
                raise BadRequestError(_("%(name)s : aucun contenu n'a cet identifiant.") % {"name": name})

    def finalize_response(self, request, response, *args, **kwargs):
        return open_to_every_origin(super().finalize_response(request, response, *args, **kwargs))

    def check_query_parameters(self, queryset):
        """Only the parameters the endpoint names: no filter on an arbitrary field."""
        unknown = set(self.request.GET) - self.known_query_parameters
        if unknown:
            raise BadRequestError(
                _("Paramètre inconnu : %(names)s.") % {"names": ", ".join(sorted(unknown))[:200]}
            )

    def find_object(self, queryset, request):
        if "id" in request.GET:
            value = request.GET["id"].strip()
            if not value.isdecimal():
                raise BadRequestError(_("id : un nombre entier."))
            return queryset.filter(pk=int(value)).first()
        return None


def library_page_models():
    """The library's page types by their `type` slug, in the order of ResourceType."""
    models = {
        model.default_resource_type: model
        for model in get_page_models()
        if issubclass(model, LibraryPage) and model.default_resource_type
    }
    return {slug: models[slug] for slug in ResourceType.values if slug in models}


def _type_names():
    names = {}
    for slug, model in library_page_models().items():
        names[slug] = model
        names[model._meta.label_lower] = model
    return names


class LibraryPagesEndpoint(OpenEndpoint, PagesAPIViewSet):
    name = "pages"
    model = LibraryPage
    filter_backends = [OrderingFilter, TranslationOfFilter, LocaleFilter, LibraryFacetsFilter]
    known_query_parameters = COMMON_PARAMETERS | {
        "rich_text_format",
        "type",
        "locale",
        "translation_of",
        *FACET_PARAMETERS,
    }
    find_query_parameters = frozenset(["id", "html_path"])
    meta_fields = [
        "type",
        "detail_url",
        "html_url",
        "slug",
        "search_description",
        "first_published_at",
        "last_published_at",
        "locale",
    ]
    listing_default_fields = [
        "id",
        "type",
        "detail_url",
        "html_url",
        "locale",
        "title",
        "resource_type",
        "summary",
        "publication_date",
        "taxonomy",
        "image",
    ]
    nested_default_fields = ["id", "type", "detail_url", "html_url", "title"]

    @classproperty
    def detail_only_fields(cls):
        """Each type's own content (a guide's body, a job's missions…) is in the detail only: a
        listing's SQL stays the same whatever its pages hold."""
        shared = {field.name for field in LibraryPage.api_fields}
        return sorted(
            {
                field.name if isinstance(field, APIField) else field
                for model in library_page_models().values()
                for field in model.api_fields
            }
            - shared
        )

    @classmethod
    def get_listing_default_fields(cls, model):
        return cls.listing_default_fields[:]

    @classmethod
    def get_detail_default_fields(cls, model):
        return cls.get_available_fields(model)

    def get_base_queryset(self):
        if not hasattr(self, "_base_queryset"):
            self._base_queryset = public_library_pages()
        return self._base_queryset

    def requested_models(self):
        """The models `?type=` asks for: `guide`, `temoignage`, `fiche-de-poste` (the search
        page's values) or Wagtail's names (`guides.PracticeGuidePage`), comma-separated."""
        names = _type_names()
        models = []
        for value in parameter_values(self.request, "type"):
            model = names.get(value.lower())
            if model is None:
                raise BadRequestError(
                    _("type : « %(value)s » n'est pas un type de la bibliothèque (%(types)s).")
                    % {"value": value[:80], "types": ", ".join(library_page_models())}
                )
            if model not in models:
                models.append(model)
        return models

    def get_queryset(self):
        if not hasattr(self, "_queryset"):
            models = self.requested_models()
            base = self.get_base_queryset()
            if len(models) == 1:
                queryset = models[0].objects.filter(pk__in=base.values("pk"))
            else:
                queryset = base.type(*models) if models else base
            image_model = get_image_model()
            self._queryset = (
                queryset.select_related("locale")
                .prefetch_related(
                    *TAXONOMY_FIELDS,
                    Prefetch(
                        "image",
                        queryset=image_model.objects.prefetch_renditions(*IMAGE_RENDITIONS.values()),
                    ),
                )
                .order_by("-publication_date", "-pk")
            )
        return self._queryset

    def get_root_page(self):
        raise BadRequestError(_("« root » ne désigne aucun contenu de la bibliothèque."))

    def resolve_rich_text_format(self):
        """Rich text as HTML, its links resolved (a link to a withdrawn testimony is its text
        alone): the database's own format would give the ids of pages and documents."""
        requested = self.request.GET.get("rich_text_format")
        if requested is not None and requested != "html":
            raise BadRequestError(_("rich_text_format : seul « html » est proposé."))
        return "html"

    def find_object(self, queryset, request):
        if "html_path" in request.GET:
            page = self.page_at(request, request.GET["html_path"])
            return queryset.filter(pk=page.pk).first() if page is not None else None
        return super().find_object(queryset, request)

    @staticmethod
    def page_at(request, html_path):
        """The page a reader gets at `html_path` (French at /, English under /en/), or None."""
        if len(html_path) > MAX_HTML_PATH:
            raise BadRequestError(_("html_path : %(max)s caractères au plus.") % {"max": MAX_HTML_PATH})
        site = Site.find_for_request(request)
        if site is None:
            return None
        components = [component for component in html_path.split("/") if component]
        language = get_language_from_path(html_path if html_path.startswith("/") else f"/{html_path}")
        root = site.root_page.specific
        if language and language != settings.LANGUAGE_CODE:
            components = components[1:]
            locale = Locale.objects.filter(language_code=language).first()
            root = root.get_translation_or_none(locale) if locale is not None else None
            if root is None:
                return None
            root = root.specific
        with translation.override(language or settings.LANGUAGE_CODE):
            try:
                page, _args, _kwargs = root.route(request, components)
            except Http404:
                return None
        return page

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context[PUBLIC_DOCUMENTS] = public_documents(self.get_base_queryset())
        return context


class PublicDocumentsEndpoint(OpenEndpoint, DocumentsAPIViewSet):
    name = "documents"
    filter_backends = [OrderingFilter]
    known_query_parameters = COMMON_PARAMETERS
    body_fields = BaseAPIViewSet.body_fields + ["title", "file_extension", "file_size"]
    meta_fields = BaseAPIViewSet.meta_fields + ["download_url"]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + [
        "title",
        "file_extension",
        "download_url",
    ]
    nested_default_fields = BaseAPIViewSet.nested_default_fields + ["title", "download_url"]

    def get_queryset(self):
        return public_documents().order_by("id")


class PublicImagesEndpoint(OpenEndpoint, ImagesAPIViewSet):
    """Images by their renditions: the original files are not public (only renditions are)."""

    name = "images"
    filter_backends = [OrderingFilter]
    known_query_parameters = COMMON_PARAMETERS
    body_fields = BaseAPIViewSet.body_fields + [
        "title",
        "width",
        "height",
        APIField("alt", serializer=CharField(source="default_alt_text", read_only=True)),
        APIField("renditions", serializer=RenditionsField(source="*", read_only=True)),
    ]
    meta_fields = BaseAPIViewSet.meta_fields
    listing_default_fields = BaseAPIViewSet.listing_default_fields + ["title", "alt", "renditions"]
    nested_default_fields = BaseAPIViewSet.nested_default_fields + ["title"]

    def get_queryset(self):
        return public_images().prefetch_renditions(*IMAGE_RENDITIONS.values()).order_by("id")
