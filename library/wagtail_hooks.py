from wagtail import hooks

from library.admin_views import LibraryListingViewSet


@hooks.register("register_admin_viewset")
def register_library_listing():
    return LibraryListingViewSet()
