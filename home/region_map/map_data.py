"""What the map of the regions shows: each region's outline, its testimonies and job descriptions
as the library's facets count them, the shade that follows, and the listing it leads to.

The counts are the region facet of the testimonies' and of the job descriptions' listings
(`search.engine.listing_facet_counts`, the facets' own counts, from the search's catalogue): the
search page filtered on a region shows the same numbers in its type facet. They are computed once
per content generation and language, then read from the site cache.
"""

import functools
import json
from pathlib import Path
from urllib.parse import urlencode

from django.utils.translation import get_language, gettext, ngettext

from core.site_cache import cached
from library.models import ResourceType
from search.engine import listing_facet_counts
from search.vocabulary import canonical_key
from taxonomy.models import Region

SHAPES = Path(__file__).with_name("regions.json")
FACET = Region.facet_key
COUNTED = {"testimonies": ResourceType.TESTIMONY, "job_descriptions": ResourceType.JOB_DESCRIPTION}
# Shades: the lowest count of each, the first for regions that hold nothing.
SHADE_FLOORS = [0, 1, 3, 6, 11]
INSET_NAME_OFFSET = (6, 16)  # from the top left corner of an inset's frame, in viewBox units


@functools.cache
def shapes():
    """The drawing: `view_box`, `insets` (frame of each overseas region) and `regions` (path data
    and label point, by INSEE code)."""
    return json.loads(SHAPES.read_text(encoding="utf-8"))


def shade(total):
    """The index of the shade of a region holding `total` items (0 for none)."""
    return max(index for index, floor in enumerate(SHADE_FLOORS) if total >= floor)


def shade_labels():
    labels = [gettext("Aucun contenu")]
    for floor, next_floor in zip(SHADE_FLOORS[1:], SHADE_FLOORS[2:], strict=False):
        labels.append(gettext("%(low)s à %(high)s") % {"low": floor, "high": next_floor - 1})
    labels.append(gettext("%(count)s ou plus") % {"count": SHADE_FLOORS[-1]})
    return [{"shade": index, "label": label} for index, label in enumerate(labels)]


def counts_text(testimonies, job_descriptions):
    """« 3 témoignages, 2 fiches de poste » (0 and 1 take the singular in French)."""
    return ", ".join(
        [
            ngettext("%(count)s témoignage", "%(count)s témoignages", testimonies) % {"count": testimonies},
            ngettext("%(count)s fiche de poste", "%(count)s fiches de poste", job_descriptions)
            % {"count": job_descriptions},
        ]
    )


def region_entries(locale_id):
    """The regions of `locale_id`'s vocabulary in its order, each with its counts: those on the
    map (an INSEE code the drawing knows) and the others ("National")."""
    per_type = {key: listing_facet_counts(locale_id, scope).get(FACET, {}) for key, scope in COUNTED.items()}
    drawing = shapes()["regions"]
    terms = Region.objects.filter(locale_id=locale_id).order_by("sort_order", "name")
    on_map, elsewhere = [], []
    for slug, name, insee_code, translation_key in terms.values_list(
        "slug", "name", "insee_code", "translation_key"
    ):
        key = canonical_key(translation_key)
        counts = {field: per_type[field].get(key, 0) for field in COUNTED}
        total = sum(counts.values())
        entry = {
            "slug": slug,
            "name": name,
            **counts,
            "total": total,
            "shade": shade(total),
            # « Auvergne-Rhône-Alpes : 3 témoignages, 2 fiches de poste »
            "label": gettext("%(region)s : %(counts)s") % {"region": name, "counts": counts_text(**counts)},
        }
        shape = drawing.get(insee_code)
        if shape is None:
            elsewhere.append(entry)
        else:
            x, y = shape["label"]
            on_map.append(
                {**entry, "insee_code": insee_code, "path": shape["path"], "label_x": x, "label_y": y}
            )
    return {"on_map": on_map, "elsewhere": elsewhere}


def insets(regions):
    """The overseas regions' frames, each with the region's name above its drawing."""
    names = {region["insee_code"]: region["name"] for region in regions}
    framed = []
    for inset in shapes()["insets"]:
        x, y, width, height = inset["frame"]
        framed.append(
            {
                "x": x,
                "y": y,
                "width": width,
                "height": height,
                "name": names.get(inset["region"], ""),
                "name_x": x + INSET_NAME_OFFSET[0],
                "name_y": y + INSET_NAME_OFFSET[1],
            }
        )
    return framed


def region_map(locale_id, search_url):
    """Everything the map's template needs; each region links to `search_url` filtered on it."""
    entries = cached("region-map", lambda: region_entries(locale_id), locale_id, get_language())

    def linked(entry):
        return {**entry, "url": f"{search_url}?{urlencode({FACET: entry['slug']})}"}

    on_map = [linked(entry) for entry in entries["on_map"]]
    return {
        "view_box": " ".join(str(value) for value in shapes()["view_box"]),
        "regions": on_map,
        "elsewhere": [linked(entry) for entry in entries["elsewhere"]],
        "insets": insets(on_map),
        "shades": shade_labels(),
    }
