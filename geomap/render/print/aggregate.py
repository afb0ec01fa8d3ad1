"""Placed events → what a print map draws: the venues, routes, disputed areas and frame of the
layers stage (geomap/layers/, which the page reads too), the date range, the documents. A million
events make a few hundred rows; the map is drawn from these alone, so its cost does not grow with
the events, and two builds whose aggregates are equal draw the same map (which is how an unchanged
one is skipped).
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

import orjson
import pyarrow as pa
import pyarrow.compute as pc

from ...errors import InputError
from ...events import Event
from ...events.checks import days
from ...events.columns import from_events as from_event_objects, placed_mask
from ...layers import Frame, Route, Venue, frame_of, present, routes_of, venues_of
from ...layers.venues import COLUMNS as VENUE_COLUMNS, ordered
from ...timeline import EPOCH

PERIODS = ("month", "year")


@dataclass(frozen=True)
class Aggregate:
    venues: tuple[Venue, ...]       # layers.venues_of: one per position, in order of first use
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
    routes: tuple[Route, ...] = ()   # layers.routes_of: origin → venue pairs, most visits first
    areas: tuple[str, ...] = ()      # layers.present: the disputed areas some venue lies in
    frame: Frame | None = None       # layers.frame_of: what the map must hold and its centre

    def digest(self) -> str:
        # orjson writes a dataclass as asdict would make it, without asdict's deep copy of every venue
        return hashlib.sha256(orjson.dumps(self)).hexdigest()


def from_events(placed: Iterable[Event], names: Mapping[str, str] | None = None,
                origins: Iterable[str] = ()) -> Aggregate:
    """The aggregates of Event objects: those of their table."""
    return from_table(from_event_objects([e for e in placed if e.placed]), names, origins)


_COLUMNS = sorted({"doc", *VENUE_COLUMNS} - {"_count"})


def from_table(table: pa.Table, names: Mapping[str, str] | None = None, origins: Iterable[str] = ()) -> Aggregate:
    """The aggregates of an events table, grouped in bulk; venues named by `names` (gazetteer id →
    name in the map's language), routes from the `origins` that can be placed."""
    t = table.select([c for c in _COLUMNS if c in table.column_names])
    if "in_passing" not in t.column_names:   # the dask engine's page rows: no mentions in passing
        t = t.append_column("in_passing", pa.repeat(False, t.num_rows))
    t = t.set_column(t.column_names.index("in_passing"), "in_passing", pc.fill_null(t.column("in_passing"), False))
    mask = placed_mask(t)
    if pc.all(mask).as_py() is False:
        t = t.filter(mask)
    if t.num_rows == 0:
        return Aggregate((), 0, (), None, None, ())
    _, venues = venues_of(t, names)
    t0, t1 = days(t)
    t = t.append_column("_t0", t0).append_column("_t1", t1)
    earliest, latest = _ends(t)
    own = t.filter(pc.invert(t.column("in_passing")))
    own_first, own_last = _ends(own) if own.num_rows else (None, None)
    total: Counter = Counter()
    for v in venues:
        total.update(dict(v.types))
    return Aggregate(venues, t.num_rows, ordered(total), earliest, latest,
                     tuple(sorted(pc.unique(t.column("doc")).to_pylist())), own_first, own_last,
                     t.num_rows - own.num_rows, routes_of(venues, origins), present(venues), frame_of(venues))


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
