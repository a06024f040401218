"""Admin: a flat listing of the library with taxonomy filters."""

import django_filters
from django.conf import settings
from django.forms import CheckboxSelectMultiple
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet

from library.models import LibraryPage, ResourceType
from taxonomy.models import TAXONOMY_FIELDS


def _filter_terms(queryset, name, value):
    """Pages classified under the chosen terms, in whichever language (same translation_key)."""
    if not value:
        return queryset
    keys = [term.translation_key for term in value]
    return queryset.filter(**{f"{name}__translation_key__in": keys}).distinct()


def _term_filter(field_name, model):
    return django_filters.ModelMultipleChoiceFilter(
        field_name=field_name,
        label=model._meta.verbose_name_plural.capitalize(),
        queryset=lambda request: model.objects.filter(locale__language_code=settings.LANGUAGE_CODE),
        widget=CheckboxSelectMultiple,
        method=_filter_terms,
    )


class LibraryPageFilterSet(PageFilterSet):
    resource_type = django_filters.ChoiceFilter(
        label=_("Type de contenu"), choices=ResourceType.choices, empty_label=_("Tous")
    )

    class Meta:
        model = LibraryPage
        fields = ["resource_type", *TAXONOMY_FIELDS, "locale", "live"]

    @classmethod
    def filter_for_field(cls, field, field_name, lookup_expr=None):
        """Each taxonomy field: its terms in the site's main language, as checkboxes."""
        if field_name in TAXONOMY_FIELDS:
            return _term_filter(field_name, TAXONOMY_FIELDS[field_name])
        return super().filter_for_field(field, field_name, lookup_expr)


class LibraryListingViewSet(PageListingViewSet):
    model = LibraryPage
    icon = "doc-full-inverse"
    menu_label = _("Bibliothèque")
    menu_order = 150
    add_to_admin_menu = True
    name = "library"
    filterset_class = LibraryPageFilterSet
