"""Placed events → venues: one per position, with its events by type, its mentions in passing and
its visits by origin. The page's marks and the print map's clusters are these venues.

A venue is a position (coordinates rounded to 1e-5 degree): events at the same coordinates share
one mark whatever name they give the place, and the first of them (by first day, last day and id)
names it. Everything here is done once per distinct position or per venue and type, so a million
events cost a few group-bys.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Mapping

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..events.checks import days
from .types import EXACT, TYPE_KEYS


@dataclass(frozen=True)
class Venue:
    key: str                 # 'lat,lon' as rounded: the same in every build and language
    name: str                # the gazetteer's name in the build's language, else as the first event writes it
    lat: float
    lon: float
    precision: str | None    # geo_precision of the first event: 'country', 'admin1' and 'island' stand for an area
    venue_id: str | None
    n: int                                   # events (a dask row standing for several counts as several)
    types: tuple[tuple[str, int], ...]       # (type, events) in legend order
    passing: tuple[tuple[str, int], ...] = ()   # (type, events mentioned in passing) in legend order
    visits: tuple[tuple[str, int], ...] = ()    # (origin, visits) by origin, for visits with an origin
    area: str | None = None       # the disputed area it lies in: an id of geomap/data/disputed.csv, or 'kurils'
    de_facto: str | None = None   # ISO2 of the state that holds that area, and of the one it belongs to
    de_jure: str | None = None    # under international law as most states see it

    @property
    def exact(self) -> bool:
        return self.precision in EXACT


# The event fields venues are made from.
COLUMNS = ("id", "date_start", "date_end", "date_precision", "event_type", "venue", "venue_id", "venue_text",
           "venue_country", "lat", "lon", "geo_precision", "origin", "in_passing", "_count")


def venues_of(table: pa.Table, names: Mapping[str, str] | None = None, *,
              in_order: bool = False) -> tuple[pa.Array, tuple[Venue, ...]]:
    """Each row's venue number, and the venues numbered in order of first use.

    table: placed events with (some of) COLUMNS; in_order: its rows are already by first day, last
    day and id (the page's order), so no ranking is needed. names: gazetteer id → the place's name
    in the build's language.
    """
    n = table.num_rows
    if n == 0:
        return pa.array([], pa.int64()), ()
    if in_order:
        rank = np.arange(n, dtype=np.int64)
    else:
        t0, t1 = days(table)
        by = pc.sort_indices(pa.table({"t0": t0, "t1": t1, "id": table.column("id")}),
                             [("t0", "ascending"), ("t1", "ascending"), ("id", "ascending")])
        rank = np.empty(n, dtype=np.int64)
        rank[by.to_numpy()] = np.arange(n)
    raw = pc.binary_join_element_wise(pc.cast(table.column("lat"), pa.string()),
                                      pc.cast(table.column("lon"), pa.string()), "\x1f").combine_chunks()
    distinct = pc.unique(raw)
    at = pc.index_in(raw, distinct)
    firsts = pa.table({"k": at, "r": pa.array(rank)}).group_by("k", use_threads=False) \
        .aggregate([("r", "min")]).sort_by("r_min")
    first_row = np.empty(n, dtype=np.int64)
    first_row[rank] = np.arange(n)   # rank → row
    wanted = [c for c in ("lat", "lon", "venue_id", "venue", "venue_text", "geo_precision", "venue_country")
              if c in table.column_names]
    first_rows = table.select(wanted).take(pa.array(first_row[firsts.column("r_min").to_numpy()])).to_pylist()
    rounded: dict[tuple[float, float], int] = {}
    heads: list[Mapping[str, Any]] = []
    keys: list[tuple[float, float]] = []
    number = [0] * len(distinct)
    for k, r in zip(firsts.column("k").to_pylist(), first_rows):
        vkey = (round(r["lat"], 5), round(r["lon"], 5))
        v = rounded.get(vkey)
        if v is None:
            v = rounded[vkey] = len(heads)
            heads.append(r)
            keys.append(vkey)
        number[k] = v
    venue = pc.take(pa.array(number, pa.int64()), at)
    weight = (pc.fill_null(table.column("_count"), 1) if "_count" in table.column_names
              else pa.repeat(pa.scalar(1, pa.int64()), n))
    small = pa.table({"v": venue, "type": table.column("event_type"), "w": weight})
    types = _counted(small, "type")
    passing: dict[int, Counter] = {}
    if "in_passing" in table.column_names:
        aside = pc.fill_null(table.column("in_passing"), False)
        if pc.any(aside).as_py():
            passing = _counted(small.filter(aside), "type")
    visits: dict[int, Counter] = {}
    if "origin" in table.column_names:
        visiting = pc.fill_null(pc.and_(pc.equal(table.column("event_type"), "visit"),
                                        pc.is_valid(table.column("origin"))), False)
        if pc.any(visiting).as_py():
            visits = _counted(small.append_column("origin", table.column("origin")).filter(visiting), "origin")
    names = names or {}
    out = tuple(_venue(i, heads[i], keys[i], names, types[i], passing.get(i, Counter()), visits.get(i, Counter()))
                for i in range(len(heads)))
    return venue, out


def _counted(small: pa.Table, by: str) -> dict[int, Counter]:
    """Venue number → Counter of `by` values, weighted by `w`."""
    out: dict[int, Counter] = {}
    grouped = small.select(["v", by, "w"]).group_by(["v", by], use_threads=False).aggregate([("w", "sum")])
    for v, key, w in zip(grouped.column("v").to_pylist(), grouped.column(by).to_pylist(),
                         grouped.column("w_sum").to_pylist()):
        out.setdefault(v, Counter())[key] = w
    return out


def ordered(counts: Mapping[str, int]) -> tuple[tuple[str, int], ...]:
    """(type, count) in legend order, types without events left out."""
    return tuple((k, counts[k]) for k in TYPE_KEYS if counts.get(k))


def _venue(i: int, r: Mapping[str, Any], key: tuple[float, float], names: Mapping[str, str], types: Counter,
           passing: Counter, visits: Counter) -> Venue:
    from ..disputed import area_of

    venue_id = r.get("venue_id")
    name = names.get(venue_id or "") or r.get("venue") or r.get("venue_text") or "unnamed place"
    area = area_of(venue_id, key[0], key[1])
    where: dict[str, Any] = {}
    if area is not None:
        where = {"area": area.id, "de_facto": area.de_facto, "de_jure": area.de_jure}
    elif venue_id and (claim := _claimed_by(venue_id)):   # the southern Kurils
        where = {"area": "kurils", "de_facto": r.get("venue_country"), "de_jure": claim}
    return Venue(f"{key[0]},{key[1]}", name, key[0], key[1], r.get("geo_precision"), venue_id,
                 sum(types.values()), ordered(types), ordered(passing), tuple(sorted(visits.items())), **where)


def _claimed_by(place_id: str) -> str | None:
    from ..gazetteer import load

    try:
        return load().claimed_by(place_id)
    except KeyError:
        return None
