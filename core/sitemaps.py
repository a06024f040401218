"""sitemap.xml with both languages, each page carrying its hreflang alternates."""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class BilingualSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_root = Q()
        for root in roots:
            in_a_root |= Q(path__startswith=root.path)
        pages = list(
            Page.objects.live()
            .public()
            .filter(in_a_root)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
        self.family = defaultdict(list)
        for page in pages:
            self.family[page.translation_key].append(page)
        return pages

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list:
            alternates = self.alternates(item)
            for url_info in item.get_sitemap_urls(self.request):
                if alternates:
                    url_info["alternates"] = alternates
                urls.append(url_info)
        return urls

    def alternates(self, item):
        relatives = self.family.get(item.translation_key, [])
        if len(relatives) < 2:
            return []
        links = [
            {"lang_code": rel.locale.language_code, "location": rel.get_full_url(self.request)}
            for rel in relatives
        ]
        default = next((a for a in links if a["lang_code"] == settings.LANGUAGE_CODE), None)
        if default:
            links.append({"lang_code": "x-default", "location": default["location"]})
        return links
