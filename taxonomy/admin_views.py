"""Admin: the taxonomy vocabularies, grouped under "Classement"."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from taxonomy.models import Audience, PostType, Region, StructureType, Theme


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    list_per_page = 50
    ordering = ["sort_order", "name"]
    # No `search_fields`: the terms are indexed models, searched by their indexed fields (a field
    # the index lacks, such as the slug, made the search answer 500).


class ThemeViewSet(TaxonomyViewSet):
    model = Theme
    icon = "tag"


class AudienceViewSet(TaxonomyViewSet):
    model = Audience
    icon = "group"


class StructureTypeViewSet(TaxonomyViewSet):
    model = StructureType
    icon = "home"


class PostTypeViewSet(TaxonomyViewSet):
    model = PostType
    icon = "user"


class RegionViewSet(TaxonomyViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "slug", "insee_code", "sort_order"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Classement")
    menu_icon = "tag"
    menu_order = 210
    items = (ThemeViewSet, AudienceViewSet, StructureTypeViewSet, PostTypeViewSet, RegionViewSet)
