"""Visit routes: where visitors came from, and each origin → venue pair with its number of visits.

The print map draws the busiest pairs of its events; the page draws the busiest pairs of the events
in its time window, from each visit's origin number (origins_of) and venue number.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

import pyarrow as pa
import pyarrow.compute as pc

from ..gazetteer import Place
from .venues import Venue


@dataclass(frozen=True)
class Route:
    origin: str   # as the events give it: ISO2 or a gazetteer id
    venue: str    # the venue's key
    n: int        # visits


def routes_of(venues: Sequence[Venue], known: Iterable[str]) -> tuple[Route, ...]:
    """Every pair with visits from an origin we can place, most visits first (then by origin, venue)."""
    places = set(known)
    pairs = [Route(o, v.key, k) for v in venues for o, k in v.visits if o in places]
    return tuple(sorted(pairs, key=lambda r: (-r.n, r.origin, r.venue)))


def origins_of(keyed: pa.Table, origin_points: Mapping[str, Place],
               names: Mapping[str, str]) -> tuple[pa.Array, list[dict[str, Any]]]:
    """Each visit's origin number (null for other events and unknown origins), and the origins in
    order of first use, named in the build's language (names: gazetteer id → name)."""
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
