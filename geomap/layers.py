"""Geocoded events → the data the map page draws: event rows by type, venues, arcs and islands.

The page gets one JSON document instead of one folium object per marker (folium-findings.md §2):
rows are arrays under a shared header, so 100,000 events stay a few megabytes.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from . import timeline
from .events import Event

# Okabe–Ito colours: distinguishable with the common colour-vision deficiencies and in print.
EVENT_TYPES: tuple[tuple[str, str, str], ...] = (
    ("visit", "Visits", "#0072B2"),
    ("summit", "Summits", "#D55E00"),
    ("meeting", "Meetings", "#009E73"),
    ("ceremony_forum", "Ceremonies & forums", "#CC79A7"),
    ("agreement", "Agreements", "#E69F00"),
    ("statement", "Statements", "#56B4E9"),
    ("military", "Military", "#6B3A1E"),
    ("other", "Other", "#7F7F7F"),
)
TYPE_INDEX = {key: i for i, (key, _, _) in enumerate(EVENT_TYPES)}
ROW_FIELDS = ("id", "type", "venue", "t0", "t1", "date", "headline", "summary", "persons", "actors",
              "sources", "basis", "venue_text", "doc", "origin")

ISLAND_STATUS = "Administered by Russia, claimed by Japan"
ISLAND_NOTE = ("Article 9 of the 1956 Soviet–Japanese Joint Declaration provides that Shikotan and "
               "the Habomai islands are to be handed to Japan after a peace treaty is concluded; "
               "no such treaty has been signed.")


@dataclass(frozen=True)
class Point:
    """A place the page can draw: venue of events or origin of visits."""
    id: str
    name: str
    lat: float
    lon: float
    kind: str | None = None


def map_data(placed: Iterable[Event], unplaced: Mapping[str, tuple[Event, str]], *,
             title: str, country_names: Mapping[str, str],
             origin_points: Mapping[str, Point], islands: Mapping[str, Any] | None,
             basemap: Mapping[str, Any] | None) -> dict[str, Any]:
    """Everything the page needs, as plain JSON-ready data; deterministic for the same input."""
    events = sorted(placed, key=lambda e: (timeline.span(e), e.id))
    venues: dict[tuple[float, float, str], int] = {}
    venue_rows: list[list[Any]] = []
    rows: list[list[Any]] = []
    origins: dict[str, int] = {}
    origin_rows: list[list[Any]] = []
    for e in events:
        vkey = (round(e.lat, 5), round(e.lon, 5), e.venue_id or e.venue or "")
        if vkey not in venues:
            venues[vkey] = len(venue_rows)
            venue_rows.append([e.venue or e.venue_text or "unnamed place", vkey[0], vkey[1],
                               e.geo_precision])
        origin = None
        if e.event_type == "visit" and e.origin and e.origin in origin_points:
            p = origin_points[e.origin]
            if p.id not in origins:
                origins[p.id] = len(origin_rows)
                origin_rows.append([p.name, round(p.lat, 5), round(p.lon, 5)])
            origin = origins[p.id]
        t0, t1 = timeline.span(e)
        rows.append([e.id, TYPE_INDEX[e.event_type], venues[vkey], t0, t1, timeline.label(e),
                     e.headline, e.summary, list(e.persons), list(e.actors), list(e.source_urls),
                     e.venue_basis, e.venue_text, e.doc, origin])
    late = sorted(unplaced.values(), key=lambda pair: (pair[0].date_start, pair[0].id))
    counts = Counter(e.event_type for e in events)
    spans = [timeline.span(e) for e in events] + [timeline.span(e) for e, _ in late]
    return {
        "title": title,
        "types": [{"key": k, "label": label, "color": color, "count": counts.get(k, 0)}
                  for k, label, color in EVENT_TYPES],
        "days": [min(s[0] for s in spans), max(s[1] for s in spans)] if spans else None,
        "fields": list(ROW_FIELDS),
        "rows": rows,
        "venues": venue_rows,
        "origins": origin_rows,
        "unplaced": [[e.id, TYPE_INDEX[e.event_type], timeline.label(e), e.headline, reason,
                      list(e.persons), list(e.actors), list(e.source_urls), e.venue_text]
                     for e, reason in late],
        "countries": dict(sorted(country_names.items())),
        "islands": islands,
        "basemap": basemap,
    }


def island_features(polygons: Mapping[str, Any], labels: Mapping[str, Mapping[str, str]]) -> dict[str, Any]:
    """Join the vendored island polygons with their names; the status and treaty note are facts."""
    feats = []
    for feat in polygons["features"]:
        pid = feat["properties"]["id"]
        names = labels.get(pid, {})
        feats.append({
            "type": "Feature",
            "geometry": feat["geometry"],
            "properties": {
                "id": pid,
                "names": dict(names),
                "area_km2": feat["properties"].get("area_km2"),
                "status": ISLAND_STATUS,
                "note": ISLAND_NOTE,
            },
        })
    return {"type": "FeatureCollection", "features": feats}
