"""RSS of new library content, one feed per language."""

from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.feedgenerator import Rss201rev2Feed
from wagtail.models import Locale

from library.models import LibraryPage

FEED_SIZE = 30


class LibraryFeed(Feed):
    feed_type = Rss201rev2Feed
    language_code = "fr"

    def __call__(self, request, *args, **kwargs):
        self.request = request
        with translation.override(self.language_code):
            return super().__call__(request, *args, **kwargs)

    def title(self):
        return "Pair à pair — " + translation.gettext("nouveautés")

    def description(self):
        return translation.gettext("Les derniers guides, témoignages et fiches de poste sur le travail pair.")

    def link(self):
        return "/en/" if self.language_code == "en" else "/"

    def items(self):
        locale = Locale.objects.filter(language_code=self.language_code).first()
        return (
            LibraryPage.objects.live()
            .public()
            .filter(locale=locale)
            .order_by("-publication_date", "-pk")[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_categories(self, item):
        return [item.get_resource_type_display()]


class EnglishLibraryFeed(LibraryFeed):
    language_code = "en"
