"""Placed events → what a print map draws: per venue its events by type and its visits by origin,
the date range, the documents. A million events make a few hundred rows; the map is drawn from
these alone, so its cost does not grow with the events, and two builds whose aggregates are equal
draw the same map (which is how an unchanged one is skipped).
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Iterable, Sequence

import numpy as np
import orjson
import pyarrow as pa
import pyarrow.compute as pc

from ...errors import InputError
from ...events import Event
from ...events.checks import days
from ...events.columns import placed_mask
from ...layers import EVENT_TYPES
from ...timeline import EPOCH

PERIODS = ("month", "year")
_ORDER = [key for key, _, _ in EVENT_TYPES]


@dataclass(frozen=True)
class VenueCount:
    key: str                # venue id, else name, else its coordinates
    name: str               # as the first event there writes it
    lat: float
    lon: float
    n: int
    types: tuple[tuple[str, int], ...]    # (type, events) in legend order
    visits: tuple[tuple[str, int], ...]   # (origin, visits), by origin
    precision: str | None   # how well the place is known: the geo_precision of its first event
    passing: tuple[tuple[str, int], ...] = ()   # (type, events mentioned in passing) in legend order


@dataclass(frozen=True)
class Aggregate:
    venues: tuple[VenueCount, ...]
    n: int
    types: tuple[tuple[str, int], ...]
    first: tuple[str, str] | None   # date_start, precision of the earliest event (by first day, id)
    last: tuple[str, str] | None    # date_end, precision of the latest (by last day, id)
    docs: tuple[str, ...]
    # The documents' own period: the same without the events they mention in passing (an earlier
    # forum recalled in a bulletin does not stretch the bulletin's dates), and how many those are.
    own_first: tuple[str, str] | None = None
    own_last: tuple[str, str] | None = None
    passing: int = 0

    def digest(self) -> str:
        return hashlib.sha256(orjson.dumps(asdict(self))).hexdigest()


def from_events(placed: Iterable[Event]) -> Aggregate:
    """The aggregates of Event objects (what the table version computes in bulk)."""
    events = sorted((e for e in placed if e.placed), key=lambda e: (e.first_day(), e.id))
    firsts: dict[str, Event] = {}
    types: dict[str, Counter] = {}
    passing: dict[str, Counter] = {}
    visits: dict[str, Counter] = {}
    for e in events:
        key = e.venue_id or e.venue or f"{e.lat:.4f},{e.lon:.4f}"
        firsts.setdefault(key, e)
        types.setdefault(key, Counter())[e.event_type] += 1
        if e.in_passing:
            passing.setdefault(key, Counter())[e.event_type] += 1
        if e.event_type == "visit" and e.origin:
            visits.setdefault(key, Counter())[e.origin] += 1
    venues = tuple(_venue(k, e.venue or e.venue_text or "", e.lat, e.lon, e.geo_precision, types[k],
                          visits.get(k, Counter()), passing.get(k, Counter())) for k, e in firsts.items())
    if not events:
        return Aggregate((), 0, (), None, None, ())
    last = max(events, key=lambda e: (e.last_day(), e.id))
    total = Counter(e.event_type for e in events)
    own = [e for e in events if not e.in_passing]
    own_last = max(own, key=lambda e: (e.last_day(), e.id)) if own else None
    return Aggregate(venues, len(events), _ordered(total), (events[0].date_start, events[0].date_precision),
                     (last.date_end, last.date_precision), tuple(sorted({e.doc for e in events})),
                     (own[0].date_start, own[0].date_precision) if own else None,
                     (own_last.date_end, own_last.date_precision) if own_last else None,
                     len(events) - len(own))


def _venue(key: str, name: str, lat: float, lon: float, precision: str | None, types: Counter,
           visits: Counter, passing: Counter | None = None) -> VenueCount:
    return VenueCount(key, name, lat, lon, sum(types.values()), _ordered(types), tuple(sorted(visits.items())),
                      precision, _ordered(passing or Counter()))


def _ordered(counts: Counter) -> tuple[tuple[str, int], ...]:
    return tuple((k, counts[k]) for k in _ORDER if counts.get(k))


_COLUMNS = ["id", "doc", "date_start", "date_end", "date_precision", "event_type", "venue", "venue_id",
            "venue_text", "lat", "lon", "geo_precision", "origin", "in_passing"]


def from_table(table: pa.Table) -> Aggregate:
    """The aggregates of an events table, grouped in bulk."""
    t = table.select([c for c in _COLUMNS if c in table.column_names])
    if "in_passing" not in t.column_names:   # the dask engine's page rows: no mentions in passing
        t = t.append_column("in_passing", pa.repeat(False, t.num_rows))
    t = t.set_column(t.column_names.index("in_passing"), "in_passing", pc.fill_null(t.column("in_passing"), False))
    mask = placed_mask(t)
    if pc.all(mask).as_py() is False:
        t = t.filter(mask)
    if t.num_rows == 0:
        return Aggregate((), 0, (), None, None, ())
    t0, t1 = days(t)
    t = t.append_column("_t0", t0).append_column("_t1", t1)
    # Rows are not moved: each row's rank by first day and id is enough to find firsts and lasts.
    by_start = pc.sort_indices(t.select(["_t0", "id"]), [("_t0", "ascending"), ("id", "ascending")])
    rank = np.empty(t.num_rows, dtype=np.int64)
    rank[by_start.to_numpy()] = np.arange(t.num_rows)
    key = pc.coalesce(t.column("venue_id"), t.column("venue")).combine_chunks()
    if key.null_count:
        missing = pc.indices_nonzero(pc.is_null(key))
        coords = t.select(["lat", "lon"]).take(missing).to_pylist()
        key = pc.replace_with_mask(key, pc.is_null(key),
                                   pa.array([f"{r['lat']:.4f},{r['lon']:.4f}" for r in coords], pa.string()))
    t = t.append_column("_key", key).append_column("_i", pa.array(rank))
    firsts = t.select(["_key", "_i"]).group_by("_key", use_threads=False).aggregate([("_i", "min")]) \
        .sort_by("_i_min")
    first_at = pc.take(by_start, firsts.column("_i_min"))
    first_rows = t.select(["_key", "venue", "venue_text", "lat", "lon", "geo_precision"]).take(first_at).to_pylist()
    types: dict[str, Counter] = {}
    for r in t.select(["_key", "event_type", "_i"]).group_by(["_key", "event_type"], use_threads=False).aggregate([("_i", "count")]).to_pylist():
        types.setdefault(r["_key"], Counter())[r["event_type"]] = r["_i_count"]
    small = t.select(["_key", "event_type", "origin", "_i"])
    visiting = small.filter(pc.and_(pc.equal(small.column("event_type"), "visit"), pc.is_valid(small.column("origin"))))
    visits: dict[str, Counter] = {}
    for r in visiting.group_by(["_key", "origin"], use_threads=False).aggregate([("_i", "count")]).to_pylist():
        visits.setdefault(r["_key"], Counter())[r["origin"]] = r["_i_count"]
    passing: dict[str, Counter] = {}
    aside = small.append_column("in_passing", t.column("in_passing")).filter(t.column("in_passing"))
    for r in aside.group_by(["_key", "event_type"], use_threads=False).aggregate([("_i", "count")]).to_pylist():
        passing.setdefault(r["_key"], Counter())[r["event_type"]] = r["_i_count"]
    venues = tuple(_venue(r["_key"], r["venue"] or r["venue_text"] or "", r["lat"], r["lon"], r["geo_precision"],
                          types[r["_key"]], visits.get(r["_key"], Counter()), passing.get(r["_key"], Counter()))
                   for r in first_rows)
    earliest, latest = _ends(t)
    own = t.filter(pc.invert(t.column("in_passing")))
    own_first, own_last = _ends(own) if own.num_rows else (None, None)
    total: Counter = Counter()
    for v in venues:
        total.update(dict(v.types))
    return Aggregate(venues, t.num_rows, _ordered(total), earliest, latest,
                     tuple(sorted(pc.unique(t.column("doc")).to_pylist())), own_first, own_last,
                     t.num_rows - own.num_rows)


def _ends(t: pa.Table) -> tuple[tuple[str, str], tuple[str, str]]:
    """(date_start, precision) of the earliest row by first day and id, (date_end, precision) of the
    latest by last day and id."""
    first = pc.sort_indices(t.select(["_t0", "id"]), [("_t0", "ascending"), ("id", "ascending")])[0].as_py()
    last = pc.sort_indices(t.select(["_t1", "id"]), [("_t1", "descending"), ("id", "descending")])[0].as_py()
    a = t.select(["date_start", "date_precision"]).slice(first, 1).to_pylist()[0]
    b = t.select(["date_end", "date_precision"]).slice(last, 1).to_pylist()[0]
    return (a["date_start"], a["date_precision"]), (b["date_end"], b["date_precision"])


def check_period(period: str) -> None:
    if period not in PERIODS:
        raise InputError(f"unknown period '{period}'; use one of: {', '.join(PERIODS)}", field="by")


def period_keys(first: dt.date, last: dt.date, period: str) -> list[str]:
    """'2018-11' (or '2018') for every month (or year) from `first` to `last`."""
    if period == "year":
        return [str(y) for y in range(first.year, last.year + 1)]
    keys, (y, m) = [], (first.year, first.month)
    while (y, m) <= (last.year, last.month):
        keys.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return keys


def table_by_period(table: pa.Table, period: str) -> dict[str, pa.Table]:
    """The rows of each month (or year) their span touches, keys sorted."""
    check_period(period)
    t0, t1 = days(table)
    spans = pa.table({"a": t0, "b": t1})
    distinct = spans.group_by(["a", "b"], use_threads=False).aggregate([])
    keys = {(a, b): period_keys(EPOCH + dt.timedelta(days=a), EPOCH + dt.timedelta(days=b), period)
            for a, b in zip(distinct.column("a").to_pylist(), distinct.column("b").to_pylist())}
    pair = pc.binary_join_element_wise(pc.cast(t0, pa.string()), pc.cast(t1, pa.string()), ":")
    names = [f"{a}:{b}" for a, b in keys]
    lists = pa.array(list(keys.values()), pa.list_(pa.string()))
    per_row = pc.take(lists, pc.index_in(pair, pa.array(names, pa.string())))
    flat = pc.list_flatten(per_row)
    parents = pc.list_parent_indices(per_row)
    out = {}
    for k in sorted(pc.unique(flat).to_pylist()):
        out[k] = table.take(pc.filter(parents, pc.equal(flat, k)))
    return out


def events_by_period(placed: Sequence[Event], period: str = "month") -> dict[str, list[Event]]:
    """Events by the months (or years) their span touches: '2018-11' → events, keys sorted.

    A two-day event across a month end belongs to both months, so each month's map shows it.
    """
    check_period(period)
    groups: dict[str, list[Event]] = {}
    for e in placed:
        for key in period_keys(e.first_day(), e.last_day(), period):
            groups.setdefault(key, []).append(e)
    return {k: sorted(groups[k], key=lambda e: (e.first_day(), e.last_day(), e.id)) for k in sorted(groups)}
