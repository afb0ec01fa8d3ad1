"""Disputed territories: which areas events fall in, what each area is called, what its status is
and what outline it has.

One table (geomap/data/disputed.csv) serves the page, the print map and the build: an event at one
of an area's gazetteer places is in it, and so is any place inside the outline of an area held
whole by one side (Crimea: Sevastopol and Yalta, which the gazetteer knows only from GeoNames). Such
an event carries the area's de facto and de jure states and makes the maps draw the area. Outlines
are the vendored disputed.geojson (scripts/vendor.py); the southern Kurils keep their island
outlines (layers/areas.py).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import shapely
from shapely.geometry import shape


@dataclass(frozen=True)
class Area:
    id: str
    places: frozenset[str]
    whole: bool             # one side holds all of it: any place inside its outline is in it
    labels: dict[str, str]
    statuses: dict[str, str]
    de_facto: str | None
    de_jure: str | None
    lat: float
    lon: float
    radius_km: float

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels["en"]

    def status(self, lang: str) -> str:
        return self.statuses.get(lang) or self.statuses["en"]


@cache
def areas() -> tuple[Area, ...]:
    text = files("geomap").joinpath("data", "disputed.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return tuple(Area(r["id"], frozenset(r["places"].split("|")), r["whole"] == "yes",
                      {k[len("label_"):]: v for k, v in r.items() if k.startswith("label_")},
                      {k[len("status_"):]: v for k, v in r.items() if k.startswith("status_")},
                      r["de_facto"] or None, r["de_jure"] or None, float(r["lat"]), float(r["lon"]),
                      float(r["radius_km"])) for r in rows)


@cache
def by_place() -> dict[str, Area]:
    """The area each listed gazetteer place lies in."""
    return {p: a for a in areas() for p in a.places}


@cache
def outlines() -> dict[str, dict[str, Any]]:
    """Area id → its outline as a GeoJSON geometry, for the areas that have one."""
    from . import assets

    return {f["properties"]["id"]: f["geometry"] for f in assets.geojson("disputed.geojson")["features"]}


@cache
def _whole() -> tuple[tuple[Area, Any], ...]:
    out = []
    for a in areas():
        if a.whole and a.id in outlines():
            geom = shape(outlines()[a.id])
            shapely.prepare(geom)
            out.append((a, geom))
    return tuple(out)


def area_of(venue_id: str | None, lat: float | None = None, lon: float | None = None) -> Area | None:
    """The area a place lies in: by its gazetteer id, else by its coordinates inside an area held whole."""
    found = by_place().get(venue_id or "")
    if found is not None or lat is None or lon is None:
        return found
    point = shapely.Point(lon, lat)
    return next((a for a, geom in _whole() if geom.contains(point)), None)
