"""Where the reader is and where they can go: home, main menu, search page, translations."""

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils.functional import cached_property
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.models import Site

from core.routing import active_locale
from core.site_cache import TIMEOUT, cached, generation, prefetch

# The parts of templates/base.html kept in the site cache (`{% sitefragment %}`, core/templatetags/
# site_tags.py): the same for every page of a site and language, or one copy per page.
SITE_FRAGMENTS = ("head-links", "header", "search-box", "footer")
PAGE_FRAGMENTS = ("hreflang", "switcher", "menu", "breadcrumbs")


class RequestUrlPartsMixin:
    """For a page whose address a request asks for several times (canonical link, Open Graph,
    JSON-LD, its files' links): Wagtail's `get_url_parts()` reverses the page's route at each call;
    here once per request, page path and language."""

    def get_url_parts(self, request=None):
        if not isinstance(request, HttpRequest) or not self.pk:
            return super().get_url_parts(request=request)
        known = request.__dict__.setdefault("_page_url_parts", {})
        key = (self.pk, self.url_path, get_language())
        if key not in known:
            known[key] = super().get_url_parts(request=request)
        return known[key]


_fragment_variations = {}


def vary_fragment(name, parts):
    """Makes the fragment `name` vary on `parts()` as well: a tuple computed for each request (a
    time stamp, for instance), added to its key where it is read and where it is prefetched."""
    _fragment_variations[name] = parts


def fragment_page_key(page):
    """What a fragment varies on for `page`: its id ("" without a page)."""
    return getattr(page, "pk", None) or ""


def context_navigation(context):
    """The request's `SiteNavigation` (core.context_processors.site_navigation), or a new one."""
    return context.get("navigation") or SiteNavigation(context["request"])


class SiteNavigation:
    """Computed once per request, only when a template asks for it.

    The page chrome built from it (header, menu, breadcrumbs, language links, footer) is kept in
    the site cache by the templates' `{% sitefragment %}` (never in a preview) under the content
    generation, for the site and language (and the page, for what marks or links the page shown):
    most requests never compute it, and read every fragment of a page in one round trip
    (`prefetch_fragments`).
    """

    cache_timeout = TIMEOUT

    def __init__(self, request):
        self.request = request
        self._language_links = {}

    @cached_property
    def site(self):
        return Site.find_for_request(self.request)

    @cached_property
    def site_id(self):
        return self.site.pk if self.site is not None else 0

    @cached_property
    def locale(self):
        return active_locale()

    @cached_property
    def language(self):
        return get_language()

    @cached_property
    def generation(self):
        """The content generation: any change an editor makes gives the chrome a new cache key."""
        return generation()

    @cached_property
    def home(self):
        if self.site is None:
            return None
        # The live home of the reader's language (cached by the home page's routing), else the main one.
        return self.site.root_page.localized

    @cached_property
    def menu_pages(self):
        if self.home is None:
            return []
        return list(self.home.get_children().live().public().in_menu())

    @cached_property
    def search_url(self):
        return cached("search-url", self._find_search_url, self.site_id, self.language)

    def _find_search_url(self):
        # The app that owns the search page tells where it is (hook "search_page_url").
        for find_url in hooks.get_hooks("search_page_url"):
            url = find_url(self.request, self.locale)
            if url:
                return url
        return "/recherche/" if self.language == settings.LANGUAGE_CODE else "/en/search/"

    def fragment_lookup(self, name, page_key=""):
        """The site-cache lookup (`cached()` name and parts) of the fragment `name`."""
        vary = _fragment_variations.get(name)
        return ("fragment", name, self.site_id, self.language, page_key, *(vary() if vary else ()))

    def prefetch_fragments(self, page=None):
        """Reads at once every fragment `page`'s template may show: the chrome's, and those its
        page type lists in `page_fragments` (names of `{% sitefragment name page %}`)."""
        page_key = fragment_page_key(page)
        names = (*PAGE_FRAGMENTS, *getattr(page, "page_fragments", ()))
        prefetch(
            *(self.fragment_lookup(name) for name in SITE_FRAGMENTS),
            *(self.fragment_lookup(name, page_key) for name in names),
        )

    def language_links(self, page=None):
        """`language_links()` for `page`, computed once per request: the language switcher and the
        hreflang tags both show them."""
        key = getattr(page, "pk", None)
        if key not in self._language_links:
            self._language_links[key] = language_links(self.request, page)
        return self._language_links[key]


def language_links(request, page=None):
    """One entry per language: the translation of `page` when it exists, else that home page."""
    current = get_language()
    translations = {}
    if page is not None and getattr(page, "pk", None):
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
    site = Site.find_for_request(request)
    homes = {}
    if site is not None:
        for home in site.root_page.get_translations(inclusive=True).select_related("locale"):
            homes[home.locale.language_code] = home
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        is_fallback = target is None
        if target is None:
            target = homes.get(code)
        if target is None:
            continue
        url = target.get_url(request)
        if is_fallback and code != current and page is not None:
            url = f"{url}?untranslated=1"
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "is_current": code == current,
                "is_fallback": is_fallback and page is not None,
                "full_url": target.get_full_url(request),
            }
        )
    return links


def view_language_links(request):
    """`language_links()` for a page of the site's own URLconf (not a Wagtail page, such as the
    site plan): the same view in each language (`translate_url`), full URLs on the Wagtail site."""
    current = get_language()
    site = Site.find_for_request(request)
    root = site.root_url if site is not None else f"{request.scheme}://{request.get_host()}"
    links = []
    for code, name in settings.LANGUAGES:
        url = translate_url(request.path, code)
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "is_current": code == current,
                "is_fallback": False,
                "full_url": root + url,
            }
        )
    return links
