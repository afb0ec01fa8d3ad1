"""Geocoded events → the data the map page draws: event rows by type, venues, arcs and islands.

The page gets one JSON document instead of one folium object per marker (folium-findings.md §2):
events are columns, one list per field, so 100,000 events compress to a few megabytes.
"""
from __future__ import annotations

import math
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
                 "sources", "basis", "origin")

_first_three = itemgetter(0, 1, 2)  # first day, last day, id

ISLAND_STATUS = "Administered by Russia, claimed by Japan"
ISLAND_NOTE = ("Article 9 of the 1956 Soviet–Japanese Joint Declaration provides that Shikotan and "
               "the Habomai islands are to be handed to Japan after a peace treaty is concluded; "
               "no such treaty has been signed.")


EXACT = ("site", "city")   # precisions drawn as a point; the others (admin1, island, country) hollow
CORE_SHARE = 0.92         # the first view frames the venues nearest the median that hold this share


def map_data(placed: Iterable[Event], unplaced: Mapping[str, tuple[Event, str]], *,
             title: str, country_names: Mapping[str, str],
             origin_points: Mapping[str, Place], islands: Mapping[str, Any] | None,
             basemap: Mapping[str, Any] | None, lang: str = "en",
             place_names: Mapping[str, str] | None = None,
             review: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Everything the page needs, as plain JSON-ready data; deterministic for the same input.

    `events` holds one list per name in EVENT_COLUMNS (and `dataset`, `passing`, `written`,
    `source_id`, `review` when some event has them), sorted by first day then id, which is what lets the page
    find a time window by binary search. A venue is a position: events at the same coordinates
    share one mark whatever name they give it. place_names: gazetteer id → name in `lang`.
    review: event id → what the page's review loop shows of it (geomap/review/page.py).
    """
    from .importers import dataset_of
    from .render.i18n import person_name, strings

    names = place_names or {}
    review = review or {}
    span, label = timeline.span, timeline.label
    keyed = sorted((span(e) + (e.id, e) for e in placed), key=_first_three)
    events = [k[3] for k in keyed]
    venues: dict[tuple[float, float], int] = {}
    venue_rows: list[dict[str, Any]] = []
    origins: dict[str, int] = {}
    origin_rows: list[dict[str, Any]] = []
    venue_col: list[int] = []
    origin_col: list[int | None] = []
    for e in events:
        vkey = (round(e.lat, 5), round(e.lon, 5))
        v = venues.get(vkey)
        if v is None:
            v = venues[vkey] = len(venue_rows)
            venue_rows.append(_venue(e, vkey, names, lang))
        venue_col.append(v)
        origin = None
        if e.event_type == "visit" and e.origin and e.origin in origin_points:
            p = origin_points[e.origin]
            origin = origins.get(p.id)
            if origin is None:
                origin = origins[p.id] = len(origin_rows)
                origin_rows.append({"name": names.get(p.id, p.name), "lat": round(p.lat, 5), "lon": round(p.lon, 5)})
        origin_col.append(origin)
    # One pass per column: list comprehensions run several times faster than one loop appending
    # to thirteen lists, which matters at a million events.
    kinds = [TYPE_INDEX[e.event_type] for e in events]
    translate = (lambda ps: [person_name(x, lang) for x in ps]) if lang != "en" else list
    cols: dict[str, list[Any]] = {
        "id": [k[2] for k in keyed], "type": kinds, "venue": venue_col,
        "t0": [k[0] for k in keyed], "t1": [k[1] for k in keyed],
        "date": [timeline.label(e, lang) for e in events], "headline": [e.headline for e in events],
        "summary": [e.summary for e in events], "persons": [translate(e.persons) for e in events],
        "actors": [e.actors for e in events], "sources": [e.source_urls for e in events],
        "basis": [e.venue_basis for e in events], "origin": origin_col,
    }
    late = sorted(unplaced.values(), key=lambda pair: (pair[0].date_start, pair[0].id))
    datasets = sorted({d for e in (*events, *(u for u, _ in late)) if (d := dataset_of(e))})
    number = {d: k for k, d in enumerate(datasets)}
    if datasets:
        cols["dataset"] = [number.get(dataset_of(e)) for e in events]
        cols["source_id"] = [_source_id(e) for e in events]
    if any(e.in_passing for e in events):
        cols["passing"] = [1 if e.in_passing else 0 for e in events]
    written = [_written(e) for e in events]
    if any(written):
        cols["written"] = written
    if review:
        cols["review"] = [review.get(e.id, 0) for e in events]
    counts = Counter(kinds)
    c_t0, c_t1 = cols["t0"], cols["t1"]
    spans = [(c_t0[0], max(c_t1))] if c_t0 else []
    spans += [timeline.span(e) for e, _ in late]
    table = strings(lang)
    return {
        "title": title,
        "lang": lang,
        "strings": table,
        "types": [{"key": k, "label": table["types"][k]["label"], "color": color, "count": counts.get(i, 0)}
                  for i, (k, _, color) in enumerate(EVENT_TYPES)],
        "days": [min(s[0] for s in spans), max(s[1] for s in spans)] if spans else None,
        "events": cols,
        "venues": venue_rows,
        "origins": origin_rows,
        "datasets": datasets,
        "frame": core_frame(venue_rows, venue_col),
        "unplaced": [{"id": e.id, "type": TYPE_INDEX[e.event_type], "date": timeline.label(e, lang),
                      "t0": timeline.span(e)[0], "headline": e.headline, "reason": reason,
                      "persons": translate(e.persons), "actors": list(e.actors), "sources": list(e.source_urls),
                      "venue_text": e.venue_text, "dataset": number.get(dataset_of(e)),
                      "passing": bool(e.in_passing), "review": review.get(e.id, 0)} for e, reason in late],
        "countries": dict(sorted(country_names.items())),
        "areas": areas_collection(islands, {v["area"] for v in venue_rows if v.get("area")}, lang),
        "tiles": [dict(t, name=table[t["name"]]) for t in TILES],
        "basemap": basemap,
    }


# Online tile layers a reader may switch on; nothing is fetched until they do. Names: UI string keys.
TILES = [
    {"name": "tile_osm", "url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png", "max_zoom": 19,
     "attribution": "© OpenStreetMap contributors"},
    {"name": "tile_carto", "url": "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}.png",
     "max_zoom": 19, "attribution": "© OpenStreetMap contributors © CARTO"},
]


def _venue(e: Event, key: tuple[float, float], names: Mapping[str, str], lang: str) -> dict[str, Any]:
    """A venue as the page names and draws it; a disputed one carries its area, states and status."""
    from .disputed import area_of

    row: dict[str, Any] = {"name": names.get(e.venue_id or "", e.venue or e.venue_text or "unnamed place"),
                           "lat": key[0], "lon": key[1], "precision": e.geo_precision,
                           "exact": e.geo_precision in EXACT}
    area = area_of(e.venue_id)
    if area is not None:
        row.update(area=area.id, status=area.status(lang), de_facto=area.de_facto, de_jure=area.de_jure)
    elif e.venue_id and (claim := _claimed_by(e.venue_id)):   # the southern Kurils
        row.update(area="kurils", status=_island_status(lang), de_facto=e.venue_country, de_jure=claim)
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


def _source_id(e: Event) -> str | None:
    why: Any = e.why
    return str(why.get("source_id")) if isinstance(why, dict) and why.get("source_id") is not None else None


def _written(e: Event) -> list[str] | None:
    """How the source wrote the persons whose standard spelling the event shows (extraction's why)."""
    why: Any = e.why
    spelled = why.get("persons") if isinstance(why, dict) else None
    if not isinstance(spelled, dict):
        return None
    out = [f"{spelled[p]}" for p in e.persons if isinstance(spelled.get(p), str) and spelled[p] != p]
    return out or None


def core_frame(venues: list[dict[str, Any]], venue_col: list[int]) -> list[float] | None:
    """[south, west, north, east] around where most events are: the venues nearest the median that
    hold CORE_SHARE of them. A lone summit in New York should not zoom the first view out to the
    whole world (it is still on the map)."""
    if not venue_col:
        return None
    per = Counter(venue_col)
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
