"""Geocoded events → the data the map page draws: event rows by type, venues, arcs and islands.

The page gets one JSON document instead of one folium object per marker (folium-findings.md §2):
events are columns, one list per field, so 100,000 events compress to a few megabytes.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Mapping

import pyarrow as pa
import pyarrow.compute as pc

from . import timeline
from .events.checks import days
from .gazetteer import Place
from .jsoncols import Column

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
_TYPE_KEYS = [key for key, _, _ in EVENT_TYPES]
# The short event fields the page sorts and groups by (and `_count`, a row standing for several).
_KEYS = {"id", "event_type", "date_start", "date_end", "date_precision", "venue", "venue_id", "venue_text",
         "lat", "lon", "geo_precision", "origin", "venue_basis", "_count"}
# The page's event table is columnar: one list per field, in start-date order. A column of a
# million short values compresses far better than a million rows, and the page reads it as is.
EVENT_COLUMNS = ("id", "type", "venue", "t0", "t1", "date", "headline", "summary", "persons", "actors",
                 "sources", "basis", "origin")

ISLAND_STATUS = "Administered by Russia, claimed by Japan"
ISLAND_NOTE = ("Article 9 of the 1956 Soviet–Japanese Joint Declaration provides that Shikotan and "
               "the Habomai islands are to be handed to Japan after a peace treaty is concluded; "
               "no such treaty has been signed.")


def map_data(table: pa.Table, placed: pa.Array, unplaced: pa.Table, *,
             title: str, country_names: Mapping[str, str],
             origin_points: Mapping[str, Place], islands: Mapping[str, Any] | None,
             basemap: Mapping[str, Any] | None) -> dict[str, Any]:
    """Everything the page needs, as JSON-ready data; deterministic for the same input.

    table: the events, `placed` saying which have coordinates; unplaced: the others, with the
    reason as `_reason`. `events` holds one column per name in EVENT_COLUMNS, sorted by first day,
    last day and id, which is what lets the page find a time window by binary search. The columns
    are jsoncols.Column: the long texts stay where they are in `table` and are written in that
    order when the page is packed. What is done in Python is done once per distinct venue, origin
    or date.
    """
    every = len(placed) == table.num_rows and pc.all(placed).as_py() is not False
    rows = None if every else pc.indices_nonzero(placed)
    keys = table.select([c for c in table.column_names if c in _KEYS])
    if rows is not None:
        keys = keys.take(rows)
    t0, t1 = days(keys)
    sort = pc.sort_indices(pa.table({"t0": t0, "t1": t1, "id": keys.column("id")}),
                           [("t0", "ascending"), ("t1", "ascending"), ("id", "ascending")])
    keyed = keys.append_column("_t0", t0).append_column("_t1", t1)
    del keys, t0, t1
    keyed = keyed.take(sort)
    order = sort if rows is None else pc.take(rows, sort)
    n = keyed.num_rows
    kinds = pc.index_in(keyed.column("event_type"), pa.array(_TYPE_KEYS))
    venue_col, venue_rows = _venues(keyed)
    origin_col, origin_rows = _origins(keyed, origin_points)
    cols = {
        "id": Column(keyed.column("id"), "strings"), "type": Column(kinds, "ints"),
        "venue": Column(venue_col, "ints"), "t0": Column(keyed.column("_t0"), "ints"),
        "t1": Column(keyed.column("_t1"), "ints"), "date": Column(_labels(keyed), "strings"),
        "headline": Column(table.column("headline"), "strings", order),
        "summary": Column(table.column("summary"), "strings", order),
        "persons": Column(table.column("persons"), "lists", order),
        "actors": Column(table.column("actors"), "lists", order),
        "sources": Column(table.column("source_urls"), "lists", order),
        "basis": Column(keyed.column("venue_basis"), "strings"), "origin": Column(origin_col, "ints"),
    }
    if "_count" in keyed.column_names:   # a row standing for several events (engines/dask.py)
        cols["count"] = Column(keyed.column("_count"), "ints")
        counts: Counter = Counter()
        for k, c in zip(kinds.to_pylist(), keyed.column("_count").to_pylist()):
            counts[k] += c
    else:
        counts = Counter(kinds.to_pylist()) if n else Counter()
    spans = [(keyed.column("_t0")[0].as_py(), pc.max(keyed.column("_t1")).as_py())] if n else []
    late = _unplaced_rows(unplaced)
    spans += [timeline.span_of(start, end) for start, end in ((r[-2], r[-1]) for r in late)]
    return {
        "title": title,
        "types": [{"key": k, "label": name, "color": color, "count": counts.get(i, 0)}
                  for i, (k, name, color) in enumerate(EVENT_TYPES)],
        "days": [min(s[0] for s in spans), max(s[1] for s in spans)] if spans else None,
        "events": {name: cols[name] for name in EVENT_COLUMNS + tuple(c for c in cols if c not in EVENT_COLUMNS)},
        "venues": venue_rows,
        "origins": origin_rows,
        "unplaced": [r[:-2] for r in late],
        "countries": dict(sorted(country_names.items())),
        "islands": islands,
        "basemap": basemap,
    }


def _venues(keyed: pa.Table) -> tuple[pa.Array, list[list[Any]]]:
    """Each row's venue number, and the venue rows [name, lat, lon, precision] in order of first use.

    A venue is its coordinates rounded to 1e-5 degree and its id (or name); the first event at it
    names it."""
    n = keyed.num_rows
    if n == 0:
        return pa.array([], pa.int64()), []
    name = pc.coalesce(keyed.column("venue_id"), keyed.column("venue"), pa.scalar(""))
    raw = pc.binary_join_element_wise(pc.cast(keyed.column("lat"), pa.string()),
                                      pc.cast(keyed.column("lon"), pa.string()), name, "\x1f").combine_chunks()
    distinct = pc.unique(raw)
    at = pc.index_in(raw, distinct)
    firsts = pa.table({"k": at, "i": pa.array(range(n), pa.int64())}).group_by("k", use_threads=False) \
        .aggregate([("i", "min")]).sort_by("i_min")
    first_rows = keyed.take(firsts.column("i_min")).select(["lat", "lon", "venue_id", "venue", "venue_text",
                                                           "geo_precision"]).to_pylist()
    rounded: dict[tuple[float, float, str], int] = {}
    rows: list[list[Any]] = []
    number = [0] * len(distinct)
    for k, r in zip(firsts.column("k").to_pylist(), first_rows):
        vkey = (round(r["lat"], 5), round(r["lon"], 5), r["venue_id"] or r["venue"] or "")
        v = rounded.get(vkey)
        if v is None:
            v = rounded[vkey] = len(rows)
            rows.append([r["venue"] or r["venue_text"] or "unnamed place", vkey[0], vkey[1], r["geo_precision"]])
        number[k] = v
    return pc.take(pa.array(number, pa.int64()), at), rows


def _origins(keyed: pa.Table, origin_points: Mapping[str, Place]) -> tuple[pa.Array, list[list[Any]]]:
    """Each visit's origin number (null for other events and unknown origins), and the origin rows."""
    n = keyed.num_rows
    known = pa.array(sorted(origin_points), pa.string())
    drawn = pc.and_(pc.equal(keyed.column("event_type"), "visit"), pc.is_in(keyed.column("origin"), known))
    drawn = pc.fill_null(drawn, False)
    if n == 0 or not pc.any(drawn).as_py():
        return pa.nulls(n, pa.int64()), []
    codes = pc.if_else(drawn, keyed.column("origin"), pa.scalar(None, pa.string())).combine_chunks()
    order: dict[str, int] = {}
    rows: list[list[Any]] = []
    distinct = pc.unique(codes.drop_null())
    at = pc.index_in(codes, distinct)
    firsts = pa.table({"k": at, "i": pa.array(range(n), pa.int64())}).filter(pc.is_valid(at)) \
        .group_by("k", use_threads=False).aggregate([("i", "min")]).sort_by("i_min")
    number = [0] * len(distinct)
    for k in firsts.column("k").to_pylist():
        p = origin_points[distinct[k].as_py()]
        o = order.get(p.id)
        if o is None:
            o = order[p.id] = len(rows)
            rows.append([p.name, round(p.lat, 5), round(p.lon, 5)])
        number[k] = o
    return pc.take(pa.array(number, pa.int64()), at), rows


def _labels(keyed: pa.Table) -> pa.Array:
    """'7–8 Nov 2018' for each row, worked out once per distinct start, end and precision."""
    if keyed.num_rows == 0:
        return pa.array([], pa.string())
    key = pc.binary_join_element_wise(keyed.column("date_start"), keyed.column("date_end"),
                                      keyed.column("date_precision"), "|").combine_chunks()
    distinct = pc.unique(key)
    text = pa.array([timeline.label_of(*k.split("|")) for k in distinct.to_pylist()], pa.string())
    return pc.take(text, pc.index_in(key, distinct))


def _unplaced_rows(unplaced: pa.Table) -> list[list[Any]]:
    """The page's rows for events without a place, by start date and id; the last two items (start
    and end date) are for the time span and are not sent."""
    t = unplaced
    t = t.take(pc.sort_indices(t, [("date_start", "ascending"), ("id", "ascending")]))
    out = []
    for r in t.to_pylist():
        label = timeline.label_of(r["date_start"], r["date_end"], r["date_precision"])
        out.append([r["id"], TYPE_INDEX[r["event_type"]], label, r["headline"], r["_reason"], r["persons"],
                    r["actors"], r["source_urls"], r["venue_text"], r["date_start"], r["date_end"]])
    return out


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
