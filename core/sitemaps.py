"""sitemap.xml with both languages, each page carrying its hreflang alternates."""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class BilingualSitemap(Sitemap):
    def items(self):
        """Live, public pages under the site's root page and its translations."""
        in_a_root = Q()
        for root in self.get_wagtail_site().root_page.get_translations(inclusive=True):
            in_a_root |= Q(path__startswith=root.path)
        return list(
            Page.objects.live()
            .public()
            .filter(in_a_root)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def get_urls(self, page=1, site=None, protocol=None):
        """Each page's own sitemap entries (`Page.get_sitemap_urls`), with the hreflang links of
        its translation family. Full URLs come from the Wagtail site, not the request's host."""
        entries = self.paginator.page(page)
        families = defaultdict(list)
        for item in entries.paginator.object_list:
            families[item.translation_key].append(item)
        urls = []
        for item in entries.object_list:
            links = self.hreflang_links(families[item.translation_key])
            for url_info in item.get_sitemap_urls(self.request):
                # A page that lists its own alternates (a filtered listing) keeps them.
                urls.append({"alternates": links, **url_info} if links else url_info)
        return urls

    def hreflang_links(self, family):
        """One link per language of a family of at least two translations, and the x-default."""
        if len(family) < 2:
            return []
        links = [
            {"lang_code": page.locale.language_code, "location": page.get_full_url(self.request)}
            for page in family
        ]
        default = next((link for link in links if link["lang_code"] == settings.LANGUAGE_CODE), None)
        if default:
            links.append({"lang_code": "x-default", "location": default["location"]})
        return links


class ViewsSitemap(Sitemap):
    """Pages of the site's own URLconf that are not Wagtail pages (named URLs inside
    `i18n_patterns`): each in every language, with the hreflang links of the others, on the
    Wagtail site's address like the pages. `ViewsSitemap.of("name", …)` makes one."""

    url_names = ()

    @classmethod
    def of(cls, *url_names):
        return type("ViewsSitemap", (cls,), {"url_names": url_names})

    def items(self):
        return list(self.url_names)

    def get_urls(self, page=1, site=None, protocol=None):
        root = self.get_wagtail_site().root_url
        urls = []
        for name in self.paginator.page(page).object_list:
            links = []
            for code, _name in settings.LANGUAGES:
                with translation.override(code):
                    links.append({"lang_code": code, "location": root + reverse(name)})
            default = next(link for link in links if link["lang_code"] == settings.LANGUAGE_CODE)
            alternates = [*links, {"lang_code": "x-default", "location": default["location"]}]
            urls += [{"item": name, "location": link["location"], "alternates": alternates} for link in links]
        return urls
