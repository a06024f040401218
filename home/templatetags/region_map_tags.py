"""`{% region_map %}`: the map of the regions, its legend and its table, in the reader's language."""

from django import template

from core.navigation import SiteNavigation
from core.routing import active_locale
from home.region_map.map_data import region_map as region_map_data

register = template.Library()


@register.inclusion_tag("home/includes/region_map.html", takes_context=True)
def region_map(context, table_open=False):
    """The map and its legend, then the same figures as a table, folded in a disclosure unless
    `table_open`."""
    navigation = context.get("navigation") or SiteNavigation(context["request"])
    page = context.get("page")
    locale_id = page.locale_id if getattr(page, "locale_id", None) else active_locale().pk
    return {
        "map": region_map_data(locale_id, navigation.search_url),
        "table_open": table_open,
        "request": context["request"],
    }
