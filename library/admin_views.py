"""Admin: a flat listing of the library with taxonomy filters."""

import django_filters
from django.conf import settings
from django.forms import CheckboxSelectMultiple
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet

from library.models import LibraryPage, ResourceType
from taxonomy.models import TAXONOMY_FIELDS, Audience, PostType, Region, StructureType, Theme


def _term_filter(model):
    def filter_terms(queryset, name, value):
        if not value:
            return queryset
        keys = [term.translation_key for term in value]
        return queryset.filter(**{f"{name}__translation_key__in": keys}).distinct()

    return django_filters.ModelMultipleChoiceFilter(
        label=model._meta.verbose_name_plural.capitalize(),
        queryset=lambda request: model.objects.filter(locale__language_code=settings.LANGUAGE_CODE),
        widget=CheckboxSelectMultiple,
        method=filter_terms,
    )


class LibraryPageFilterSet(PageFilterSet):
    resource_type = django_filters.ChoiceFilter(
        label=_("Type de contenu"), choices=ResourceType.choices, empty_label=_("Tous")
    )
    themes = _term_filter(Theme)
    audiences = _term_filter(Audience)
    structure_types = _term_filter(StructureType)
    post_types = _term_filter(PostType)
    regions = _term_filter(Region)

    class Meta:
        model = LibraryPage
        fields = ["resource_type", *TAXONOMY_FIELDS, "locale", "live"]


class LibraryListingViewSet(PageListingViewSet):
    model = LibraryPage
    icon = "doc-full-inverse"
    menu_label = _("Bibliothèque")
    menu_order = 150
    add_to_admin_menu = True
    name = "library"
    filterset_class = LibraryPageFilterSet
