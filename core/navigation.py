"""Where the reader is and where they can go: home, main menu, search page, translations."""

from django.conf import settings
from django.utils.functional import cached_property
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.models import Site

from core.routing import active_locale
from core.site_cache import TIMEOUT, cached, generation


class SiteNavigation:
    """Computed once per request, only when a template asks for it.

    The page chrome built from it (header, menu, breadcrumbs, language links, footer) is cached
    in the templates under `chrome_key`, so most requests never compute it.
    """

    def __init__(self, request):
        self.request = request

    @cached_property
    def site(self):
        return Site.find_for_request(self.request)

    @cached_property
    def locale(self):
        return active_locale()

    @cached_property
    def is_preview(self):
        return bool(getattr(self.request, "is_preview", False))

    @cached_property
    def chrome_key(self):
        """What the chrome depends on besides the page: content generation, site, language."""
        site_id = self.site.pk if self.site is not None else 0
        return f"{generation()}-{site_id}-{get_language()}{'-preview' if self.is_preview else ''}"

    @property
    def chrome_timeout(self):
        """A preview (unpublished content) is never cached."""
        return 0 if self.is_preview else TIMEOUT

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
        return cached("search-url", self._find_search_url, self.chrome_key)

    def _find_search_url(self):
        # The app that owns the search page tells where it is (hook "search_page_url").
        for find_url in hooks.get_hooks("search_page_url"):
            url = find_url(self.request, self.locale)
            if url:
                return url
        return "/recherche/" if get_language() == settings.LANGUAGE_CODE else "/en/search/"


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
