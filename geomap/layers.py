"""Geocoded events → the data the map page draws: event rows by type, venues, arcs and islands.

The page gets one JSON document instead of one folium object per marker (folium-findings.md §2):
events are columns, one list per field, so 100,000 events compress to a few megabytes.
"""
from __future__ import annotations

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
# The page's event table is columnar: one list per field, in start-date order. A column of a
# million short values compresses far better than a million rows, and the page reads it as is.
EVENT_COLUMNS = ("id", "type", "venue", "t0", "t1", "date", "headline", "summary", "persons", "actors",
                 "sources", "basis", "origin")

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
    """Everything the page needs, as plain JSON-ready data; deterministic for the same input.

    `events` holds one list per name in EVENT_COLUMNS, sorted by first day then id, which is what
    lets the page find a time window by binary search. List fields stay tuples (JSON arrays).
    """
    keyed = sorted(((timeline.span(e), e.id, e) for e in placed), key=lambda k: (k[0], k[1]))
    venues: dict[tuple[float, float, str], int] = {}
    venue_rows: list[list[Any]] = []
    origins: dict[str, int] = {}
    origin_rows: list[list[Any]] = []
    cols: dict[str, list[Any]] = {name: [] for name in EVENT_COLUMNS}
    (c_id, c_type, c_venue, c_t0, c_t1, c_date, c_head, c_summary, c_persons, c_actors, c_sources,
     c_basis, c_origin) = (cols[name] for name in EVENT_COLUMNS)
    counts = [0] * len(EVENT_TYPES)
    for (t0, t1), eid, e in keyed:
        vkey = (round(e.lat, 5), round(e.lon, 5), e.venue_id or e.venue or "")
        v = venues.get(vkey)
        if v is None:
            v = venues[vkey] = len(venue_rows)
            venue_rows.append([e.venue or e.venue_text or "unnamed place", vkey[0], vkey[1],
                               e.geo_precision])
        origin = None
        if e.event_type == "visit" and e.origin and e.origin in origin_points:
            p = origin_points[e.origin]
            origin = origins.get(p.id)
            if origin is None:
                origin = origins[p.id] = len(origin_rows)
                origin_rows.append([p.name, round(p.lat, 5), round(p.lon, 5)])
        kind = TYPE_INDEX[e.event_type]
        counts[kind] += 1
        c_id.append(eid)
        c_type.append(kind)
        c_venue.append(v)
        c_t0.append(t0)
        c_t1.append(t1)
        c_date.append(timeline.label(e))
        c_head.append(e.headline)
        c_summary.append(e.summary)
        c_persons.append(e.persons)
        c_actors.append(e.actors)
        c_sources.append(e.source_urls)
        c_basis.append(e.venue_basis)
        c_origin.append(origin)
    late = sorted(unplaced.values(), key=lambda pair: (pair[0].date_start, pair[0].id))
    spans = [(c_t0[0], max(c_t1))] if c_t0 else []
    spans += [timeline.span(e) for e, _ in late]
    return {
        "title": title,
        "types": [{"key": k, "label": label, "color": color, "count": counts[i]}
                  for i, (k, label, color) in enumerate(EVENT_TYPES)],
        "days": [min(s[0] for s in spans), max(s[1] for s in spans)] if spans else None,
        "events": cols,
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
