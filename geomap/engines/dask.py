"""The build past one machine: partitioned Parquet or CSV read, checked, placed and counted by dask.

Each partition is read into the same columns as the in-memory build (events/columns.py), checked
by the same rules (events/checks.py) and placed by the same geocoder, once per distinct place in
it. What comes back to this process is small whatever the input: counts per venue, type and day;
the events a reader can open, at most CAP per venue and month (oldest first); the rows without a
place (the first SHOWN); the rejected rows' count and the first SHOWN of them. The exports are
written by the workers, one GeoParquet file per partition, instead of one giant GeoJSON.

The page is then made from these: below the cap it holds every event, as the in-memory page does;
above it, a venue's other events of a day are one row "and N more". The layer control's counts are
the true totals; the page's circles and clock count rows as today's page script does (it has no
notion of a row standing for several events); the column `events.count` holds N for the page to
read when it learns to.
"""
from __future__ import annotations

import glob
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from ..errors import InputError
from ..events import columns
from ..events.checks import RAW_JSON, check, days
from ..events.schema import Problem

CAP = 5         # events with their text per venue and month: the page stays a page past millions
SHOWN = 100     # rejected or unplaced rows listed by name in report.json


def files_of(patterns: list[str]) -> list[str]:
    out: list[str] = []
    for p in patterns:
        hits = sorted(glob.glob(p))
        if not hits:
            raise InputError("no file matches this pattern", path=p)
        out += hits
    kinds = {Path(h).suffix.lower() for h in out}
    if not kinds <= {".parquet", ".csv"} or len(kinds) != 1:
        raise InputError("--engine dask reads partitioned Parquet or CSV files, all of one kind",
                         path=patterns[0])
    return out


def _raw(part: Any, text: bool) -> pa.Table:
    table = pa.Table.from_pandas(part, preserve_index=False)
    if text:
        return table.cast(pa.schema([(n, pa.string()) for n in table.column_names]))
    fields = [RAW_JSON.field(n) if n in RAW_JSON.names else table.schema.field(n) for n in table.column_names]
    return table.cast(pa.schema(fields))


def _partition(part: Any, number: int, source: str, text: bool, out_dir: str, online: bool) -> dict[str, Any]:
    """One partition → its checked, placed rows' aggregates; its export written beside the others."""
    from ..gazetteer import load
    from ..placing import place

    raw = _raw(part, text)

    def record(i: int) -> Any:
        return {k: v for k, v in raw.slice(i, 1).to_pylist()[0].items() if v is not None and v != ""} if not text \
            else raw.slice(i, 1).to_pylist()[0]

    checked = check(raw, path=f"{source} (partition {number})", text=text, why=None, lines=None, record=record)
    located = place(checked.table, load(), online=online)
    _export(located, Path(out_dir) / "events" / f"part-{number:05d}.parquet")
    placed = located.placed_rows()
    unplaced = located.unplaced()
    return {"counts": counts(placed), "kept": capped(placed), "unplaced": unplaced.slice(0, SHOWN),
            "unplaced_n": unplaced.num_rows, "placed_n": placed.num_rows,
            "problems": checked.problems[:SHOWN], "problems_n": len(checked.problems),
            "ids": checked.table.column("id").combine_chunks()}


def _export(located: Any, path: Path) -> None:
    """The partition's events as GeoParquet 1.0: WKB points in `geometry` (null when unplaced, with
    `unplaced_reason`), in lon/lat (the format's default CRS, OGC:CRS84). Written from the columns
    with shapely and pyarrow: a GeoDataFrame would first copy them into Python objects."""
    import json

    import pyarrow.parquet as pq
    import shapely

    path.parent.mkdir(parents=True, exist_ok=True)
    table = located.table.append_column("unplaced_reason", located.reasons)
    lon = table.column("lon").to_numpy(zero_copy_only=False)
    lat = table.column("lat").to_numpy(zero_copy_only=False)
    wkb = shapely.to_wkb(shapely.points(lon, lat), flavor="iso")
    wkb[~located.placed.to_numpy(zero_copy_only=False)] = None
    table = table.append_column("geometry", pa.array(wkb, pa.binary()))
    bbox = [float(pc.min(table.column(c)).as_py() or 0) for c in ("lon", "lat")] + \
        [float(pc.max(table.column(c)).as_py() or 0) for c in ("lon", "lat")]
    geo = {"version": "1.0.0", "primary_column": "geometry",
           "columns": {"geometry": {"encoding": "WKB", "geometry_types": ["Point"], "bbox": bbox}}}
    table = table.replace_schema_metadata({b"geo": json.dumps(geo).encode()})
    pq.write_table(table, path)


def venue_keys(table: pa.Table) -> pa.Array:
    """The page's venue of a row: its rounded coordinates and its id (or name), as one text."""
    name = pc.coalesce(table.column("venue_id"), table.column("venue"), pa.scalar(""))
    lat = pc.cast(pc.round(table.column("lat"), 5), pa.string())
    lon = pc.cast(pc.round(table.column("lon"), 5), pa.string())
    return pc.binary_join_element_wise(lat, lon, name, "\x1f")


def counts(placed: pa.Table) -> pa.Table:
    """Events per venue, type and first day."""
    t0, _ = days(placed)
    t = pa.table({"venue": venue_keys(placed), "type": placed.column("event_type"), "day": t0,
                  "n": pa.array([1] * placed.num_rows, pa.int64())})
    return t.group_by(["venue", "type", "day"], use_threads=False).aggregate([("n", "sum")])


def capped(placed: pa.Table) -> pa.Table:
    """The first CAP events (by first day and id) of each venue and month, with their text."""
    if placed.num_rows == 0:
        return placed
    t0, _ = days(placed)
    month = pc.utf8_slice_codeunits(placed.column("date_start"), 0, 7)
    keyed = placed.append_column("_venue", venue_keys(placed)).append_column("_month", month) \
        .append_column("_t0", t0)
    keyed = keyed.take(pc.sort_indices(keyed, [("_venue", "ascending"), ("_month", "ascending"),
                                              ("_t0", "ascending"), ("id", "ascending")]))
    group = pc.binary_join_element_wise(keyed.column("_venue"), keyed.column("_month"), "\x1e").combine_chunks()
    # rank within each run of equal groups (the table is sorted by group)
    starts = pc.not_equal(group.slice(1), group.slice(0, len(group) - 1))
    flags = [True] + starts.to_pylist()
    rank, out = 0, []
    for f in flags:
        rank = 0 if f else rank + 1
        out.append(rank < CAP)
    return keyed.filter(pa.array(out)).drop_columns(["_venue", "_month", "_t0"])


def build_dask(patterns: list[str], out_dir: Path, *, scheduler: str | None, online: bool,
               strict: bool) -> dict[str, Any]:
    """Run the partitions on a dask cluster (a LocalCluster of this machine without `scheduler`),
    merging each partition's result as it arrives, so this process holds one at a time. The
    patterns are checked first: a pattern that matches nothing is said before dask is imported."""
    paths = files_of(patterns)
    import dask
    import dask.dataframe as dd
    from distributed import Client, LocalCluster, as_completed

    text = paths[0].lower().endswith(".csv")
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    merged = Merge()
    try:
        if text:
            frame = dd.read_csv(paths, dtype=str, keep_default_na=False, blocksize="64MB")
        else:
            frame = dd.read_parquet(paths, dtype_backend="pyarrow")
        jobs = [dask.delayed(_partition)(p, i, patterns[0], text, str(out_dir), online)
                for i, p in enumerate(frame.to_delayed())]
        futures = client.compute(jobs)
        for future in as_completed(futures):
            merged.add(futures.index(future), future.result())
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return merged.result(strict)


class Merge:
    """The partitions' results as one, taken in as they come: counts summed, the cap applied again
    across partitions, the listed rows kept in partition order (so any order of arrival gives the
    same result)."""

    def __init__(self) -> None:
        self.counts: pa.Table | None = None
        self.kept: pa.Table | None = None
        self.ids: list[pa.Array] = []
        self.listed: dict[int, tuple[pa.Table, list[Problem]]] = {}
        self.unplaced_n = self.placed_n = self.problems_n = 0

    def add(self, number: int, r: dict[str, Any]) -> None:
        counts = r["counts"] if self.counts is None else pa.concat_tables([self.counts, r["counts"]])
        self.counts = counts.group_by(["venue", "type", "day"], use_threads=False).aggregate([("n_sum", "sum")]) \
            .rename_columns(["venue", "type", "day", "n_sum"])
        self.kept = capped(columns.concat([t for t in (self.kept, r["kept"]) if t is not None]))
        self.ids.append(r["ids"])
        self.listed[number] = (r["unplaced"], r["problems"])
        self.unplaced_n += r["unplaced_n"]
        self.placed_n += r["placed_n"]
        self.problems_n += r["problems_n"]

    def result(self, strict: bool) -> dict[str, Any]:
        order = sorted(self.listed)
        problems = [p for k in order for p in self.listed[k][1]]
        if strict and problems:
            p = problems[0]
            raise InputError(p.reason, path=p.path, line=p.line, field=p.field)
        ids = pa.chunked_array(self.ids, pa.string())
        if pc.count_distinct(ids).as_py() != len(ids):
            raise InputError("an event id is used in more than one partition; --engine dask needs unique ids")
        unplaced = [self.listed[k][0] for k in order]
        return {"counts": self.counts.rename_columns(["venue", "type", "day", "n_sum_sum"]), "kept": self.kept,
                "unplaced": pa.concat_tables(unplaced).slice(0, SHOWN) if unplaced else None,
                "unplaced_n": self.unplaced_n, "placed_n": self.placed_n,
                "problems": problems[:SHOWN], "problems_n": self.problems_n}


def remainder(merged: dict[str, Any]) -> pa.Table:
    """Per venue, type and day, the events not kept with their text: (venue, type, day, n)."""
    kept = merged["kept"]
    if kept.num_rows:
        shown = counts(kept).rename_columns(["venue", "type", "day", "shown"])
    else:
        shown = pa.table({"venue": pa.array([], pa.string()), "type": pa.array([], pa.string()),
                          "day": pa.array([], pa.int64()), "shown": pa.array([], pa.int64())})
    joined = merged["counts"].join(shown, ["venue", "type", "day"], join_type="left outer")
    more = pc.subtract(joined.column("n_sum_sum"), pc.fill_null(joined.column("shown"), 0))
    joined = joined.append_column("more", more).filter(pc.greater(more, 0))
    return joined.select(["venue", "type", "day", "more"]).sort_by([("day", "ascending"), ("venue", "ascending"),
                                                                     ("type", "ascending")])


def page_rows(merged: dict[str, Any]) -> pa.Table:
    """The events the page holds: those kept with their text, then one row per venue, type and day
    for the rest ("and 12 more"), standing for that many events (column `_count`)."""
    kept = merged["kept"]
    more = remainder(merged)
    if more.num_rows == 0:   # every event kept: the page the in-memory build makes
        return kept
    kept = kept.append_column("_count", pa.array([1] * kept.num_rows, pa.int64()))
    keys = venue_keys(kept).combine_chunks()
    first = pc.index_in(more.column("venue"), keys)
    like = kept.take(first)
    import datetime as dt

    from ..timeline import EPOCH
    day = [(EPOCH + dt.timedelta(days=d)).isoformat() for d in more.column("day").to_pylist()]
    n = more.num_rows
    texts = [f"and {k} more" for k in more.column("more").to_pylist()]
    ids = [f"more-{i}" for i in range(n)]
    empty = pa.array([[]] * n, pa.list_(pa.string()))
    rows = {name: pa.nulls(n, columns.SCHEMA.field(name).type) for name in columns.SCHEMA.names}
    rows.update({"id": pa.array(ids), "doc": pa.array([""] * n), "date_start": pa.array(day),
                 "date_end": pa.array(day), "date_precision": pa.array(["day"] * n),
                 "event_type": more.column("type"), "headline": pa.array(texts), "summary": pa.array([""] * n),
                 "venue_basis": pa.array(["none"] * n), "actors": empty, "persons": empty, "source_urls": empty,
                 "in_passing": pa.array([False] * n)})
    for name in ("venue", "venue_id", "venue_text", "venue_country", "lat", "lon", "geo_precision"):
        rows[name] = like.column(name)
    extra = pa.table(rows, schema=columns.SCHEMA).append_column("_count", more.column("more"))
    return pa.concat_tables([kept, extra])
