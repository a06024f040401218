from wagtail import hooks
from wagtail.snippets.models import register_snippet

from resources.admin_views import LibraryListingViewSet, TaxonomyGroup

register_snippet(TaxonomyGroup)


@hooks.register("register_admin_viewset")
def register_library_listing():
    return LibraryListingViewSet()
