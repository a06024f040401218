"""From a URL to a page in as few queries as possible: the site, the locale, the home page's
children, the section a page is under and the page itself are read from the site cache, once per
content change, instead of the database on every request.
"""

import functools

from django.contrib.contenttypes.models import ContentType
from django.http.request import split_domain_port
from django.utils.translation import get_language
from wagtail.models import Locale, Page, PageViewRestriction, Site

from core.site_cache import (
    cached,
    close_scope,
    generation,
    is_usable,
    open_scope,
    prefetch,
    scope_is_open,
)


def active_locale():
    """The Locale of the language being served (Wagtail's `Locale.get_active()`, cached)."""
    return cached("active-locale", Locale.get_active, get_language())


def default_locale_id():
    """The id of the site's main language (French)."""
    return cached("default-locale-id", lambda: Locale.get_default().pk)


class CachedSiteMiddleware:
    """Finds the request's Wagtail site once per host and generation, not once per request, and
    opens the request's site-cache scope (the generation read once, each value once) unless the
    page cache has opened it.

    It runs after CommonMiddleware, so the host is an allowed one. Wagtail's public
    `Site.find_for_request()` finds the site on a cache miss; it keeps its answer on the request
    (`request._wagtail_site`) but offers no public way to give it one, so the cached site is put
    there: the only private name left here. It is put there when first asked for, not before: a
    view that never needs the site (a redirect, robots.txt, a JSON answer) costs the cache nothing.

    The sites found under the current generation are also kept in the process's memory, so finding
    the site costs the site cache one read (its generation), and one more fetches together what
    serving a page looks up next (`prefetch`). A new generation empties that memory; while the
    cache is unreachable the site is read from the database.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.generation = None
        self.sites = {}

    def __call__(self, request):
        request.__class__ = _with_lazy_site(type(request))
        request.__dict__[_FINDER] = self.find_site
        if scope_is_open():  # the page cache's, which has read the generation already
            return self.get_response(request)
        scope = open_scope()
        try:
            return self.get_response(request)
        finally:
            close_scope(scope)

    def find_site(self, request):
        current = generation()
        if not is_usable(current):
            return _find_site(request)
        if current != self.generation or len(self.sites) >= MAX_SITES_KEPT:
            self.generation, self.sites = current, {}
        where = (split_domain_port(request.get_host())[0], request.get_port())
        site = self.sites.get(where, _UNKNOWN)
        if site is _UNKNOWN:
            site = self.sites[where] = cached("site", lambda: _find_site(request), *where)
        if site is not None:
            # What serving a page asks for next, in one round trip.
            language = get_language()
            prefetch(
                ("active-locale", language),
                ("default-locale-id",),
                ("view-restrictions",),
                ("children", site.root_page.pk),
                ("search-url", site.pk, language),
            )
        return site


_UNKNOWN = object()
_FINDER = "_pairapair_find_site"
MAX_SITES_KEPT = 100  # host names, already limited by ALLOWED_HOSTS


class _LazySite:
    """`request._wagtail_site` found at its first read (`hasattr` in `Site.find_for_request()`)."""

    def __getattr__(self, name):
        if name == "_wagtail_site" and _FINDER in self.__dict__:
            site = self.__dict__["_wagtail_site"] = self.__dict__.pop(_FINDER)(self)
            return site
        raise AttributeError(name)


_lazy_classes = {}


def _with_lazy_site(request_class):
    """The request's own class (WSGIRequest, ASGIRequest…) with a lazy `_wagtail_site`."""
    lazy = _lazy_classes.get(request_class)
    if lazy is None:
        if issubclass(request_class, _LazySite):
            return request_class
        lazy = _lazy_classes[request_class] = type(request_class.__name__, (_LazySite, request_class), {})
    return lazy


def _find_site(request):
    site = Site.find_for_request(request)
    if site is not None:
        # Kept with the site: routing starts from the specific home page.
        site.root_page = site.root_page.specific
    return site


def _children_by_slug(page):
    return {
        slug: (pk, content_type_id)
        for pk, slug, content_type_id in page.get_children().values_list("pk", "slug", "content_type_id")
    }


def _specific_child(page, pk, content_type_id):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    return next(iter(model.objects.filter(pk=pk, path__startswith=page.path).order_by()[:1]), None)


class CachedRoutingMixin:
    """For the home page: its translation and its children found without a query each time."""

    @property
    def localized(self):
        locale = active_locale()
        if locale is None or locale.pk == self.locale_id:
            return self
        return cached("localized-home", lambda: self._live_translation(locale), self.pk, locale.pk)

    def _live_translation(self, locale):
        translation = self.get_translation_or_none(locale)
        return translation.specific if translation is not None and translation.live else self

    def route(self, request, path_components):
        if path_components:
            child = cached("children", lambda: _children_by_slug(self), self.pk).get(path_components[0])
            if child is not None:
                pk, content_type_id = child
                if len(path_components) > 1:
                    # The section and the page under it (TypedChildRoutingMixin), in one round trip.
                    prefetch(("home-child", pk), ("typed-child", pk, path_components[1]))
                # The section itself, read once per content change (any page's change opens a new
                # generation).
                subpage = cached("home-child", lambda: _specific_child(self, pk, content_type_id), pk)
                if subpage is not None and subpage.slug == path_components[0]:
                    subpage._cached_parent_obj = self
                    return subpage.route(request, path_components[1:])
        return super().route(request, path_components)


def _view_restriction_state():
    """Where restrictions apply, and whether any page is an alias (aliases share their source's)."""
    paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
    return paths, Page.objects.filter(alias_of__isnull=False).exists()


def surely_unrestricted(page):
    """True when no view restriction applies to `page`, told from the site cache without a query
    (False may still mean unrestricted: an alias is then checked by Wagtail)."""
    restricted_paths, aliases_exist = cached("view-restrictions", _view_restriction_state)
    return not aliases_exist and not any(page.path.startswith(path) for path in restricted_paths)


@functools.cache
def _no_restrictions():
    """An empty queryset of restrictions, evaluated once per process: iterating it again (Wagtail's
    check of every page served) costs nothing, where a new `.none()` is compiled each time. A
    queryset made from it (`.order_by()`, `.filter()`) is a new one."""
    restrictions = PageViewRestriction.objects.none()
    len(restrictions)
    return restrictions


class CachedViewRestrictionsMixin:
    """Pages under no view restriction (the usual case) are checked without a query."""

    def get_view_restrictions(self):
        if surely_unrestricted(self):
            return _no_restrictions()
        return super().get_view_restrictions()


class TypedChildRoutingMixin:
    """For a page whose children are mostly of one type: a child of that type is found in one
    query (Wagtail's routing reads the base page, then its specific row). Any other child is
    routed by Wagtail. Placed after RoutablePageMixin, whose own routes come first."""

    def child_model_for_routing(self):
        """The specific page model most children have, or None."""
        return None

    def route(self, request, path_components):
        model = self.child_model_for_routing() if path_components else None
        if model is not None:
            # Read once per content change (a page's change opens a new generation), and kept
            # only when found: a slug that names nothing is not stored.
            slug = path_components[0]
            child = cached(
                "typed-child",
                lambda: _typed_child(model, self, slug),
                self.pk,
                slug,
                keep=lambda found: found is not None,
            )
            if child is not None:
                child._cached_parent_obj = self  # treebeard's get_parent() reads it, as in Page.route
                return child.route(request, path_components[1:])
        return super().route(request, path_components)


def _typed_child(model, parent, slug):
    # No ORDER BY (a slug is unique among siblings): less SQL to build.
    return next(iter(model.objects.child_of(parent).filter(slug=slug).order_by()[:1]), None)
