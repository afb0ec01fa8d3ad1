"""Events as columns (Apache Arrow): the table every stage after reading works on.

A table holds the schema's fields as Arrow columns, normalised as an `Event` holds them: text
trimmed, empty text as null (the summary as ""), lists never null, `why` as the JSON text orjson
writes for the object. Python objects are made only where a rule needs one (`to_events`).

pyarrow and not polars: on 100,000 synthetic events the two read JSON lines and sort in about the
same time, pyarrow imports faster, and dask's Parquet path needs pyarrow anyway (see the README).
"""
from __future__ import annotations

from typing import Any, Iterable

import orjson
import pyarrow as pa
import pyarrow.compute as pc

from ..jsoncols import whole  # noqa: F401  (callers read a column as one array through here)
from .schema import FIELD_NAMES, LIST_FIELDS, Event, all_fields

STR = pa.string()
SCHEMA = pa.schema([
    ("id", STR), ("doc", STR), ("date_start", STR), ("date_end", STR), ("date_precision", STR),
    ("event_type", STR), ("headline", STR), ("summary", STR), ("venue", STR), ("venue_id", STR),
    ("venue_text", STR), ("venue_basis", STR), ("venue_country", STR), ("lat", pa.float64()),
    ("lon", pa.float64()), ("geo_precision", STR), ("origin", STR), ("actors", pa.list_(STR)),
    ("persons", pa.list_(STR)), ("source_urls", pa.list_(STR)), ("evidence", pa.list_(pa.int64())),
    ("confidence", pa.float64()), ("in_passing", pa.bool_()), ("why", STR),
])
assert tuple(SCHEMA.names) == FIELD_NAMES, "the Arrow schema follows the Event's fields"


def empty() -> pa.Table:
    return SCHEMA.empty_table()


def from_events(events: Iterable[Event]) -> pa.Table:
    """Events → a table (the columns of the objects, in order)."""
    rows = [all_fields(e) for e in events]
    cols: list[Any] = [list(c) for c in zip(*rows)] if rows else [[] for _ in FIELD_NAMES]
    at = FIELD_NAMES.index
    for name in LIST_FIELDS:
        cols[at(name)] = [list(v) for v in cols[at(name)]]
    cols[at("evidence")] = [list(v) if v else None for v in cols[at("evidence")]]
    cols[at("why")] = [orjson.dumps(v).decode() if v else None for v in cols[at("why")]]
    return pa.Table.from_arrays([pa.array(c, type=f.type) for c, f in zip(cols, SCHEMA)], schema=SCHEMA)


def to_events(table: pa.Table) -> list[Event]:
    """A table → Events, for the rules that need one object per event (overrides, extraction cache)."""
    cols = [table.column(name).to_pylist() for name in FIELD_NAMES]
    at = FIELD_NAMES.index
    for name in LIST_FIELDS:
        cols[at(name)] = [tuple(v) if v else () for v in cols[at(name)]]
    cols[at("evidence")] = [tuple(v) if v else None for v in cols[at("evidence")]]
    cols[at("why")] = [orjson.loads(v) if v else None for v in cols[at("why")]]
    return [Event(*row) for row in zip(*cols)]


def give_back() -> None:
    """Return the memory Arrow has freed to the system. Its allocator keeps freed blocks for reuse,
    and reading a file block by block frees hundreds of them: kept, they would count as twice
    the table."""
    pa.default_memory_pool().release_unused()


def one_chunk(holder: list[pa.Table]) -> pa.Table:
    """The table in `holder` (which is emptied: then only this function holds it), each column as
    one contiguous array, made a column at a time so the table is never held twice.

    Arrow's readers give a column in blocks; taking rows from a column of many blocks first joins
    them, every time: writing a million events in order would join the summaries fifty times."""
    table = holder.pop()
    for i, name in enumerate(table.column_names):
        if table.column(i).num_chunks > 1:
            table = table.set_column(i, name, pa.chunked_array([table.column(i).combine_chunks()]))
            give_back()
    return table


def concat(tables: list[pa.Table]) -> pa.Table:
    """The tables one after another; the list is emptied, so their blocks are freed as they are joined."""
    kept = [t for t in tables if t.num_rows] or [empty()]
    tables.clear()
    if len(kept) == 1:
        return kept[0]
    joined = [pa.concat_tables(kept)]
    kept.clear()
    return one_chunk(joined)


def latest_by_id(table: pa.Table) -> pa.Table:
    """One row per id, where the id first appeared, holding the row that came last: what a dict
    keyed by id gives when the rows are put in one after another (curated events win)."""
    if table.num_rows == 0:
        return table
    index = pa.array(range(table.num_rows), pa.int64())
    keyed = pa.table({"id": table.column("id"), "i": index})
    spans = keyed.group_by("id", use_threads=False).aggregate([("i", "min"), ("i", "max")])
    if spans.num_rows == table.num_rows:
        return table
    order = pc.sort_indices(spans, [("i_min", "ascending")])
    return table.take(pc.take(spans.column("i_max"), order))


def placed_mask(table: pa.Table) -> pa.ChunkedArray:
    return pc.and_(pc.is_valid(table.column("lat")), pc.is_valid(table.column("lon")))
