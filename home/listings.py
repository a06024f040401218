"""What the home page lists: the editors' picks and the latest item of each kind."""

from django.utils.translation import gettext as _

from library.models import LibraryPage, ResourceType
from search.models import LibraryIndexPage

LATEST_PER_TYPE = 3

MORE_LABELS = {
    ResourceType.GUIDE: lambda: _("Tous les guides pratiques"),
    ResourceType.TESTIMONY: lambda: _("Tous les témoignages"),
    ResourceType.JOB_DESCRIPTION: lambda: _("Toutes les fiches de poste"),
}
SECTION_TITLES = {
    ResourceType.GUIDE: lambda: _("Derniers guides pratiques"),
    ResourceType.TESTIMONY: lambda: _("Derniers témoignages"),
    ResourceType.JOB_DESCRIPTION: lambda: _("Dernières fiches de poste"),
}


def home_page_sections(home):
    live = LibraryPage.objects.live().public().filter(locale_id=home.locale_id)
    picked_ids = [item.page_id for item in home.featured_items.all()]
    picked_keys = {}
    if picked_ids:
        for page in LibraryPage.objects.filter(pk__in=picked_ids).only("translation_key"):
            picked_keys[page.pk] = page.translation_key
    featured_by_key = {
        page.translation_key: page for page in live.filter(translation_key__in=picked_keys.values())
    }
    featured = [
        featured_by_key[picked_keys[pk]] for pk in picked_ids if picked_keys.get(pk) in featured_by_key
    ]
    indexes = {
        index.scope: index for index in LibraryIndexPage.objects.child_of(home).live().exclude(scope="")
    }
    sections = []
    for scope in ResourceType:
        items = list(live.filter(resource_type=scope).order_by("-publication_date", "-pk")[:LATEST_PER_TYPE])
        sections.append(
            {
                "scope": scope.value,
                "title": SECTION_TITLES[scope](),
                "more_label": MORE_LABELS[scope](),
                "items": items,
                "index": indexes.get(scope.value),
            }
        )
    return {"featured": featured, "latest_sections": sections}
