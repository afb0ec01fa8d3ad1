"""Geocoded events → the data the map page draws: event rows by type, venues, arcs and islands.

The page gets one JSON document instead of one folium object per marker (folium-findings.md §2):
events are columns, one list per field, so 100,000 events compress to a few megabytes.
"""
from __future__ import annotations

import math
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


EXACT = ("site", "city")   # precisions drawn as a point; the others (admin1, island, country) hollow
CORE_SHARE = 0.92         # the first view frames the venues nearest the median that hold this share


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
    from .render.i18n import strings

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
    kinds = pc.index_in(keyed.column("event_type"), pa.array(_TYPE_KEYS))
    venue_col, venue_rows = _venues(keyed, names, lang)
    origin_col, origin_rows = _origins(keyed, origin_points, names)
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
        "venues": venue_rows,
        "origins": origin_rows,
        "datasets": datasets,
        "frame": core_frame(venue_rows, venue_col),
        "unplaced": [{"id": r["id"], "type": TYPE_INDEX[r["event_type"]],
                      "date": timeline.label_of(r["date_start"], r["date_end"], r["date_precision"], lang),
                      "t0": timeline.span_of(r["date_start"], r["date_end"])[0], "headline": r["headline"],
                      "reason": r["_reason"], "persons": person(r["persons"] or []), "actors": list(r["actors"] or []),
                      "sources": list(r["source_urls"] or []), "venue_text": r.get("venue_text"),
                      "dataset": number.get(late_why.get(k, {}).get("dataset")),
                      "passing": bool(r.get("in_passing")), "review": review.get(r["id"], 0)}
                     for k, r in enumerate(late_rows)],
        "countries": dict(sorted(country_names.items())),
        "areas": areas_collection(islands, {v["area"] for v in venue_rows if v.get("area")}, lang),
        "tiles": [dict(t, name=text[t["name"]]) for t in TILES],
        "basemap": basemap,
    }


def _venues(keyed: pa.Table, names: Mapping[str, str], lang: str) -> tuple[pa.Array, list[dict[str, Any]]]:
    """Each row's venue number, and the venue rows in order of first use.

    A venue is its coordinates rounded to 1e-5 degree; the first event at it names it."""
    n = keyed.num_rows
    if n == 0:
        return pa.array([], pa.int64()), []
    raw = pc.binary_join_element_wise(pc.cast(keyed.column("lat"), pa.string()),
                                      pc.cast(keyed.column("lon"), pa.string()), "\x1f").combine_chunks()
    distinct = pc.unique(raw)
    at = pc.index_in(raw, distinct)
    firsts = pa.table({"k": at, "i": pa.array(range(n), pa.int64())}).group_by("k", use_threads=False) \
        .aggregate([("i", "min")]).sort_by("i_min")
    wanted = [c for c in ("lat", "lon", "venue_id", "venue", "venue_text", "geo_precision", "venue_country")
              if c in keyed.column_names]
    first_rows = keyed.take(firsts.column("i_min")).select(wanted).to_pylist()
    rounded: dict[tuple[float, float], int] = {}
    rows: list[dict[str, Any]] = []
    number = [0] * len(distinct)
    for k, r in zip(firsts.column("k").to_pylist(), first_rows):
        vkey = (round(r["lat"], 5), round(r["lon"], 5))
        v = rounded.get(vkey)
        if v is None:
            v = rounded[vkey] = len(rows)
            rows.append(_venue(r, vkey, names, lang))
        number[k] = v
    return pc.take(pa.array(number, pa.int64()), at), rows


def _origins(keyed: pa.Table, origin_points: Mapping[str, Place],
             names: Mapping[str, str]) -> tuple[pa.Array, list[dict[str, Any]]]:
    """Each visit's origin number (null for other events and unknown origins), and the origin rows."""
    n = keyed.num_rows
    known = pa.array(sorted(origin_points), pa.string())
    drawn = pc.and_(pc.equal(keyed.column("event_type"), "visit"), pc.is_in(keyed.column("origin"), known))
    drawn = pc.fill_null(drawn, False)
    if n == 0 or not pc.any(drawn).as_py():
        return pa.nulls(n, pa.int64()), []
    codes = pc.if_else(drawn, keyed.column("origin"), pa.scalar(None, pa.string())).combine_chunks()
    order: dict[str, int] = {}
    rows: list[dict[str, Any]] = []
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
            rows.append({"name": names.get(p.id, p.name), "lat": round(p.lat, 5), "lon": round(p.lon, 5)})
        number[k] = o
    return pc.take(pa.array(number, pa.int64()), at), rows


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
    from .render.i18n import person_name

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


def _venue(r: Mapping[str, Any], key: tuple[float, float], names: Mapping[str, str], lang: str) -> dict[str, Any]:
    """A venue as the page names and draws it, from its first event's place fields; a disputed one
    carries its area, states and status."""
    from .disputed import area_of

    venue_id, precision = r.get("venue_id"), r.get("geo_precision")
    row: dict[str, Any] = {"name": names.get(venue_id or "", r.get("venue") or r.get("venue_text") or "unnamed place"),
                           "lat": key[0], "lon": key[1], "precision": precision, "exact": precision in EXACT}
    area = area_of(venue_id)
    if area is not None:
        row.update(area=area.id, status=area.status(lang), de_facto=area.de_facto, de_jure=area.de_jure)
    elif venue_id and (claim := _claimed_by(venue_id)):   # the southern Kurils
        row.update(area="kurils", status=_island_status(lang), de_facto=r.get("venue_country"), de_jure=claim)
    return row


def _claimed_by(place_id: str) -> str | None:
    from .gazetteer import load

    try:
        return load().claimed_by(place_id)
    except KeyError:
        return None


def _island_status(lang: str) -> str:
    from .render.i18n import strings

    return strings(lang)["island_status"]


def _written(why: Mapping[str, Any], persons: list[str] | None) -> list[str] | None:
    """How the source wrote the persons whose standard spelling the event shows (extraction's why)."""
    spelled = why.get("persons")
    if not isinstance(spelled, dict):
        return None
    out = [f"{spelled[p]}" for p in persons or () if isinstance(spelled.get(p), str) and spelled[p] != p]
    return out or None


def core_frame(venues: list[dict[str, Any]], venue_col: pa.Array | list[int]) -> list[float] | None:
    """[south, west, north, east] around where most events are: the venues nearest the median that
    hold CORE_SHARE of them. A lone summit in New York should not zoom the first view out to the
    whole world (it is still on the map)."""
    if not len(venue_col):
        return None
    if isinstance(venue_col, list):
        per = Counter(venue_col)
    else:
        counted = pc.value_counts(venue_col)
        per = Counter(dict(zip(counted.field("values").to_pylist(), counted.field("counts").to_pylist())))
    used = sorted(per)

    def median(coord: str) -> float:
        seen, half = 0, len(venue_col) / 2
        for v in sorted(used, key=lambda k: (venues[k][coord], k)):
            seen += per[v]
            if seen > half:
                return venues[v][coord]
        return venues[used[-1]][coord]

    c = (median("lat"), median("lon"))
    near = sorted(used, key=lambda k: ((venues[k]["lat"] - c[0]) ** 2 + (venues[k]["lon"] - c[1]) ** 2, k))
    keep, count, want = [], 0, max(1, math.ceil(len(venue_col) * CORE_SHARE))
    for v in near:
        if count >= want:
            break
        keep.append(v)
        count += per[v]
    lats, lons = [venues[v]["lat"] for v in keep], [venues[v]["lon"] for v in keep]
    return [min(lats), min(lons), max(lats), max(lons)]


def areas_collection(islands: Mapping[str, Any] | None, hit: set[str], lang: str) -> dict[str, Any]:
    """The disputed areas the page draws: the southern Kurils always (their outlines), and each
    other area of geomap/data/disputed.csv in which some event falls."""
    from .disputed import areas
    from .render.i18n import strings

    table = strings(lang)
    language = table["language_names"]
    feats: list[dict[str, Any]] = []
    for f in (islands or {}).get("features", []):
        p = f["properties"]
        nm = p.get("names", {})
        label = " / ".join(x for x in (nm.get("en"), nm.get("ja_latn")) if x) or p["id"]
        if lang == "pl" and nm.get("pl"):
            label = " / ".join(x for x in (nm.get("pl"), nm.get("ja_latn")) if x)
        listed = [[language[k], nm[k]] for k in ("pl", "en", "ru", "ja", "ko") if nm.get(k) and k != lang]
        feats.append({"type": "Feature", "geometry": f["geometry"], "properties": {
            "id": p["id"], "island": True, "label": label, "names": listed, "status": _island_status(lang),
            "note": table["island_note"], "area_km2": p.get("area_km2")}})
    for a in areas():
        if a.id in hit:
            feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [a.lon, a.lat]},
                          "properties": {"id": a.id, "label": a.label(lang), "status": a.status(lang),
                                         "radius_km": a.radius_km}})
    return {"type": "FeatureCollection", "features": feats}


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
