"""Where the reader is and where they can go: home, main menu, search page, translations."""

from django.conf import settings
from django.urls import translate_url
from django.utils.functional import cached_property
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.models import Site

from core.routing import active_locale
from core.site_cache import TIMEOUT, cached, generation


class SiteNavigation:
    """Computed once per request, only when a template asks for it.

    The page chrome built from it (header, menu, breadcrumbs, language links, footer) is cached by
    the templates with Wagtail's `{% wagtailcache %}` / `{% wagtailpagecache %}` (never in a
    preview), varying on `generation`, `site_id` and `language`, so most requests never compute it.
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
