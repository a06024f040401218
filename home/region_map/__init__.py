"""The map of the regions: their outlines (regions.json, built once by scripts/build_region_map.py
from the sources named in SOURCES.md) and what each region holds (map_data.py)."""
