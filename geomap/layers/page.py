"""Geocoded events → the data the map page draws: event columns, venues, routes, areas and the frame.

The page gets one JSON document instead of one folium object per marker (folium-findings.md §2):
events are columns, one list per field, so 100,000 events compress to a few megabytes. Venues,
origins, the disputed areas and the first view come from this package's functions, the ones the
print map reads too.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Mapping

import pyarrow as pa
import pyarrow.compute as pc

from .. import timeline
from ..events.checks import days
from ..gazetteer import Place
from ..jsoncols import Column
from .areas import areas_collection, present
from .frame import frame_of
from .routes import origins_of
from .types import EVENT_TYPES, TYPE_INDEX, TYPE_KEYS
from .venues import COLUMNS as VENUE_COLUMNS, Venue, venues_of

# The short event fields the page sorts and groups by (and `_count`, a row standing for several).
_KEYS = {*VENUE_COLUMNS, "venue_basis"}
# The page's event table is columnar: one list per field, in start-date order. A column of a
# million short values compresses far better than a million rows, and the page reads it as is.
EVENT_COLUMNS = ("id", "type", "venue", "t0", "t1", "date", "headline", "summary", "persons", "actors",
                 "sources", "basis", "origin")


def map_data(table: pa.Table, placed: pa.Array, unplaced: pa.Table, *,
             title: str, country_names: Mapping[str, str],
             origin_points: Mapping[str, Place], islands: Mapping[str, Any] | None,
             basemap: Mapping[str, Any] | None, lang: str = "en",
             place_names: Mapping[str, str] | None = None,
             review: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Everything the page needs, as JSON-ready data; deterministic for the same input.

    table: the events, `placed` saying which have coordinates; unplaced: the others, with the
    reason as `_reason`. `events` holds one column per name in EVENT_COLUMNS (and `dataset`,
    `source_id`, `passing`, `written`, `review` when some event has them), sorted by first day,
    last day and id, which is what lets the page find a time window by binary search. The columns
    are jsoncols.Column: the long texts stay where they are in `table` and are written in that
    order when the page is packed. What is done in Python is done once per distinct venue, origin,
    date or person, or for the few events with an explanation. A venue is a position: events at the
    same coordinates share one mark whatever name they give it. place_names: gazetteer id → name
    in `lang`; review: event id → what the page's review loop shows of it (geomap/review/page.py).
    """
    from ..render.i18n import strings

    names = place_names or {}
    review = review or {}
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
    kinds = pc.index_in(keyed.column("event_type"), pa.array(TYPE_KEYS))
    venue_col, venues = venues_of(keyed, names, in_order=True)
    origin_col, origin_rows = origins_of(keyed, origin_points, names)
    persons = table.column("persons") if lang == "en" else _map_lists(table.column("persons"),
                                                                       lambda x: _person(x, lang))
    cols: dict[str, Any] = {
        "id": Column(keyed.column("id"), "strings"), "type": Column(kinds, "ints"),
        "venue": Column(venue_col, "ints"), "t0": Column(keyed.column("_t0"), "ints"),
        "t1": Column(keyed.column("_t1"), "ints"), "date": Column(_labels(keyed, lang), "strings"),
        "headline": Column(table.column("headline"), "strings", order),
        "summary": Column(table.column("summary"), "strings", order),
        "persons": Column(persons, "lists", order),
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
    late = unplaced.take(pc.sort_indices(unplaced, [("date_start", "ascending"), ("id", "ascending")]))
    late_why = _whys(late)
    why = _whys(table, order)
    datasets = sorted({d for w in (*why.values(), *late_why.values()) if (d := w.get("dataset"))})
    number = {d: k for k, d in enumerate(datasets)}
    if datasets:
        cols["dataset"] = _sparse(n, {i: number[w["dataset"]] for i, w in why.items() if w.get("dataset")})
        cols["source_id"] = _sparse(n, {i: str(w["source_id"]) for i, w in why.items()
                                        if w.get("source_id") is not None})
    if "in_passing" in table.column_names:
        passing = pc.fill_null(pc.take(table.column("in_passing"), order), False)
        if n and pc.any(passing).as_py():
            cols["passing"] = Column(pc.cast(passing, pa.int64()), "ints")
    if why:
        persons_of = dict(zip(sorted(why), pc.take(table.column("persons"), pc.take(order, pa.array(sorted(why),
                                                                                                     pa.int64()))).to_pylist()))
        written = {i: w for i, row in why.items() if (w := _written(row, persons_of[i]))}
        if written:
            cols["written"] = _sparse(n, written)
    if review:
        cols["review"] = [review.get(i, 0) for i in keyed.column("id").to_pylist()]
    spans = [(keyed.column("_t0")[0].as_py(), pc.max(keyed.column("_t1")).as_py())] if n else []
    late_rows = late.to_pylist()
    spans += [timeline.span_of(r["date_start"], r["date_end"]) for r in late_rows]
    text = strings(lang)
    person = (lambda ps: [_person(x, lang) for x in ps]) if lang != "en" else list
    return {
        "title": title,
        "lang": lang,
        "strings": {k: v for k, v in text.items() if k != "print"},   # the print maps' words stay here
        "types": [{"key": k, "label": text["types"][k]["label"], "color": color, "count": counts.get(i, 0)}
                  for i, (k, _, color) in enumerate(EVENT_TYPES)],
        "days": [min(s[0] for s in spans), max(s[1] for s in spans)] if spans else None,
        "events": {name: cols[name] for name in EVENT_COLUMNS + tuple(c for c in cols if c not in EVENT_COLUMNS)},
        "venues": [_venue_row(v, lang) for v in venues],
        "origins": origin_rows,
        "datasets": datasets,
        "frame": list(frame.bounds) if (frame := frame_of(venues)) else None,
        "unplaced": [{"id": r["id"], "type": TYPE_INDEX[r["event_type"]],
                      "date": timeline.label_of(r["date_start"], r["date_end"], r["date_precision"], lang),
                      "t0": timeline.span_of(r["date_start"], r["date_end"])[0], "headline": r["headline"],
                      "reason": r["_reason"], "persons": person(r["persons"] or []), "actors": list(r["actors"] or []),
                      "sources": list(r["source_urls"] or []), "venue_text": r.get("venue_text"),
                      "dataset": number.get(late_why.get(k, {}).get("dataset")),
                      "passing": bool(r.get("in_passing")), "review": review.get(r["id"], 0)}
                     for k, r in enumerate(late_rows)],
        "countries": dict(sorted(country_names.items())),
        "areas": areas_collection(islands, present(venues), lang),
        "tiles": [dict(t, name=text[t["name"]]) for t in TILES],
        "basemap": basemap,
    }




def _labels(keyed: pa.Table, lang: str = "en") -> pa.Array:
    """'7–8 Nov 2018' for each row, worked out once per distinct start, end and precision."""
    if keyed.num_rows == 0:
        return pa.array([], pa.string())
    key = pc.binary_join_element_wise(keyed.column("date_start"), keyed.column("date_end"),
                                      keyed.column("date_precision"), "|").combine_chunks()
    distinct = pc.unique(key)
    text = pa.array([timeline.label_of(*k.split("|"), lang) for k in distinct.to_pylist()], pa.string())
    return pc.take(text, pc.index_in(key, distinct))


def _person(name: str, lang: str) -> str:
    from ..render.i18n import person_name

    return person_name(name, lang)


def _map_lists(values: pa.ChunkedArray, fn: Any) -> pa.Array:
    """A list<string> column with each item replaced by fn(item), worked out once per distinct item."""
    arr = values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values
    items = arr.values
    distinct = pc.unique(items)
    mapped = pa.array([fn(x) for x in distinct.to_pylist()], pa.string())
    return pa.ListArray.from_arrays(arr.offsets, pc.take(mapped, pc.index_in(items, distinct)))


def _whys(table: pa.Table, order: pa.Array | None = None) -> dict[int, dict[str, Any]]:
    """Row number (in `order`) → its `why` object, for the rows that have one: a few explained
    events among many plain ones."""
    if "why" not in table.column_names or table.num_rows == 0:
        return {}
    col = table.column("why") if order is None else pc.take(table.column("why"), order)
    at = pc.indices_nonzero(pc.is_valid(col))
    if not len(at):
        return {}
    import orjson

    out = {}
    for i, text in zip(at.to_pylist(), pc.take(col, at).to_pylist()):
        value = orjson.loads(text) if isinstance(text, (str, bytes)) else text
        if isinstance(value, dict):
            out[i] = value
    return out


def _sparse(n: int, values: Mapping[int, Any]) -> list[Any]:
    out: list[Any] = [None] * n
    for i, v in values.items():
        out[i] = v
    return out


# Online tile layers a reader may switch on; nothing is fetched until they do. Names: UI string keys.
TILES = [
    {"name": "tile_osm", "url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png", "max_zoom": 19,
     "attribution": "© OpenStreetMap contributors"},
    {"name": "tile_carto", "url": "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}.png",
     "max_zoom": 19, "attribution": "© OpenStreetMap contributors © CARTO"},
]








def _written(why: Mapping[str, Any], persons: list[str] | None) -> list[str] | None:
    """How the source wrote the persons whose standard spelling the event shows (extraction's why)."""
    spelled = why.get("persons")
    if not isinstance(spelled, dict):
        return None
    out = [f"{spelled[p]}" for p in persons or () if isinstance(spelled.get(p), str) and spelled[p] != p]
    return out or None


def _venue_row(v: Venue, lang: str) -> dict[str, Any]:
    """A venue as the page names and draws it; a disputed one carries its area, states and status."""
    from .areas import status

    row: dict[str, Any] = {"name": v.name, "lat": v.lat, "lon": v.lon, "precision": v.precision, "exact": v.exact}
    if v.area:
        row.update(area=v.area, status=status(v.area, lang), de_facto=v.de_facto, de_jure=v.de_jure)
    return row
