"""Disputed territories: which areas events fall in, what each area is called and what its status is.

One table (geomap/data/disputed.csv) serves the page, the print map and the build: an event at one
of an area's gazetteer places is in it, carries the area's de facto and de jure states, and makes
the maps draw the area. The southern Kurils keep their island outlines (layers.island_features).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True)
class Area:
    id: str
    places: frozenset[str]
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
    return tuple(Area(r["id"], frozenset(r["places"].split("|")),
                      {k[len("label_"):]: v for k, v in r.items() if k.startswith("label_")},
                      {k[len("status_"):]: v for k, v in r.items() if k.startswith("status_")},
                      r["de_facto"] or None, r["de_jure"] or None, float(r["lat"]), float(r["lon"]),
                      float(r["radius_km"])) for r in rows)


@cache
def by_place() -> dict[str, Area]:
    """The area each listed gazetteer place lies in."""
    return {p: a for a in areas() for p in a.places}


def area_of(venue_id: str | None) -> Area | None:
    return by_place().get(venue_id or "")
