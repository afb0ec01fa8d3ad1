"""Geocoded events → the data the map page draws: event rows by type, venues, arcs and islands.

The page gets one JSON document instead of one folium object per marker (folium-findings.md §2):
events are columns, one list per field, so 100,000 events compress to a few megabytes.
"""
from __future__ import annotations

from collections import Counter
from operator import itemgetter
from typing import Any, Iterable, Mapping

from . import timeline
from .events import Event
from .gazetteer import Place

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
                 "sources", "basis", "origin", "review")

_first_three = itemgetter(0, 1, 2)  # first day, last day, id

ISLAND_STATUS = "Administered by Russia, claimed by Japan"
ISLAND_NOTE = ("Article 9 of the 1956 Soviet–Japanese Joint Declaration provides that Shikotan and "
               "the Habomai islands are to be handed to Japan after a peace treaty is concluded; "
               "no such treaty has been signed.")


def map_data(placed: Iterable[Event], unplaced: Mapping[str, tuple[Event, str]], *,
             title: str, country_names: Mapping[str, str],
             origin_points: Mapping[str, Place], islands: Mapping[str, Any] | None,
             basemap: Mapping[str, Any] | None, review: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Everything the page needs, as plain JSON-ready data; deterministic for the same input.

    `events` holds one list per name in EVENT_COLUMNS, sorted by first day then id, which is what
    lets the page find a time window by binary search. List fields stay tuples (JSON arrays).
    `review`: event id → what the page's review loop shows of it (geomap/review/page.py), 0 for the others.
    """
    review = review or {}
    span, label = timeline.span, timeline.label
    keyed = sorted((span(e) + (e.id, e) for e in placed), key=_first_three)
    events = [k[3] for k in keyed]
    venues: dict[tuple[float, float, str], int] = {}
    seen: dict[tuple[float | None, float | None, str], int] = {}  # unrounded, to skip round() after the first
    venue_rows: list[list[Any]] = []
    origins: dict[str, int] = {}
    origin_rows: list[list[Any]] = []
    venue_col: list[int] = []
    origin_col: list[int | None] = []
    for e in events:
        raw = (e.lat, e.lon, e.venue_id or e.venue or "")
        v = seen.get(raw)
        if v is None:
            vkey = (round(e.lat, 5), round(e.lon, 5), raw[2])
            v = venues.get(vkey)
            if v is None:
                v = venues[vkey] = len(venue_rows)
                venue_rows.append([e.venue or e.venue_text or "unnamed place", vkey[0], vkey[1],
                                   e.geo_precision])
            seen[raw] = v
        venue_col.append(v)
        origin = None
        if e.event_type == "visit" and e.origin and e.origin in origin_points:
            p = origin_points[e.origin]
            origin = origins.get(p.id)
            if origin is None:
                origin = origins[p.id] = len(origin_rows)
                origin_rows.append([p.name, round(p.lat, 5), round(p.lon, 5)])
        origin_col.append(origin)
    # One pass per column: list comprehensions run several times faster than one loop appending
    # to thirteen lists, which matters at a million events.
    kinds = [TYPE_INDEX[e.event_type] for e in events]
    cols: dict[str, list[Any]] = {
        "id": [k[2] for k in keyed], "type": kinds, "venue": venue_col,
        "t0": [k[0] for k in keyed], "t1": [k[1] for k in keyed],
        "date": [label(e) for e in events], "headline": [e.headline for e in events],
        "summary": [e.summary for e in events], "persons": [e.persons for e in events],
        "actors": [e.actors for e in events], "sources": [e.source_urls for e in events],
        "basis": [e.venue_basis for e in events], "origin": origin_col,
        "review": [review.get(e.id, 0) for e in events],
    }
    counts = Counter(kinds)
    c_t0, c_t1 = cols["t0"], cols["t1"]
    late = sorted(unplaced.values(), key=lambda pair: (pair[0].date_start, pair[0].id))
    spans = [(c_t0[0], max(c_t1))] if c_t0 else []
    spans += [timeline.span(e) for e, _ in late]
    return {
        "title": title,
        "types": [{"key": k, "label": name, "color": color, "count": counts.get(i, 0)}
                  for i, (k, name, color) in enumerate(EVENT_TYPES)],
        "days": [min(s[0] for s in spans), max(s[1] for s in spans)] if spans else None,
        "events": cols,
        "venues": venue_rows,
        "origins": origin_rows,
        "unplaced": [[e.id, TYPE_INDEX[e.event_type], timeline.label(e), e.headline, reason,
                      list(e.persons), list(e.actors), list(e.source_urls), e.venue_text, review.get(e.id, 0)]
                     for e, reason in late],
        "countries": dict(sorted(country_names.items())),
        "islands": islands,
        "basemap": basemap,
    }


def island_features(polygons: Mapping[str, Any], gazetteer: Any) -> dict[str, Any]:
    """Join the vendored island polygons with their gazetteer names; the status and treaty note are facts."""
    feats = []
    for feat in polygons["features"]:
        pid = feat["properties"]["id"]
        feats.append({
            "type": "Feature",
            "geometry": feat["geometry"],
            "properties": {
                "id": pid,
                "names": _island_names(gazetteer.get(pid)),
                "area_km2": feat["properties"].get("area_km2"),
                "status": ISLAND_STATUS,
                "note": ISLAND_NOTE,
            },
        })
    return {"type": "FeatureCollection", "features": feats}


def _island_names(place: Any) -> dict[str, str]:
    """Label and popup names: English first, then pl, ru, ko, and Japanese with its romaji."""
    names = dict(place.names)
    out = {"en": place.name}
    for lang in ("pl", "ru", "ko"):
        if names.get(lang):
            out[lang] = names[lang][0]
    ja = names.get("ja") or ()
    native = [n for n in ja if not n.isascii()]
    latin = [n for n in ja if n.isascii()]
    if native or latin:
        out["ja"] = " ".join(filter(None, [native[0] if native else None, f"({latin[0]})" if latin else None]))
    if latin:
        out["ja_latn"] = latin[0]
    return out
