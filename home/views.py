"""The site's own pages that are not Wagtail pages: the site plan and the map of the regions."""

from django.conf import settings
from django.shortcuts import render
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

from core.navigation import view_language_links


def plan_entries(home):
    """The home page's live public children, each with its own live public children, in two queries."""
    if home is None:
        return []
    children = list(home.get_children().live().public())
    grandchildren = {}
    if children:
        nested = Page.objects.live().public().filter(depth=home.depth + 2, path__startswith=home.path)
        for page in nested.exclude(content_type__model__in=LIBRARY_MODELS).order_by("path"):
            grandchildren.setdefault(page.path[: -Page.steplen], []).append(page)
    return [{"page": page, "children": grandchildren.get(page.path, [])} for page in children]


# The library's pages are reached through the sections' listings, never all listed here.
LIBRARY_MODELS = ["practiceguidepage", "testimonypage", "jobdescriptionpage"]


@require_GET
def site_plan(request):
    site = Site.find_for_request(request)
    home = site.root_page.localized if site is not None else None
    if home is not None and not home.live:
        home = site.root_page
    return render(request, "home/site_plan.html", {"home": home, "entries": plan_entries(home)})


@require_GET
def region_map(request):
    """The map of the regions on a page of its own, its table open (the home page shows it too)."""
    links = view_language_links(request)
    current = next(link for link in links if link["is_current"])
    default = next((link for link in links if link["code"] == settings.LANGUAGE_CODE), None)
    return render(
        request,
        "home/region_map_page.html",
        {"language_links": links, "canonical_url": current["full_url"], "default_link": default},
    )
