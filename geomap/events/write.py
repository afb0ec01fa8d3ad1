"""Events → JSON lines, CSV and GeoJSON. The exports are written from columns, a slice of rows at a
time, so a million events never sit in memory as one text; the bytes are those a row-by-row writer
with the csv module and orjson gives (tests/test_events_columns.py holds the two side by side).
"""
from __future__ import annotations

import json
from typing import Iterable, Iterator, Mapping

import orjson
import pyarrow as pa
import pyarrow.compute as pc

from .. import jsoncols
from . import columns
from .schema import FIELD_NAMES, LIST_FIELDS, Event

_CHUNK = 16_384   # rows per slice: a few MB of text in flight per export
_FLOATS = ("lat", "lon", "confidence")
# Fields whose values the schema holds to dates, codes and names from a fixed list: no comma,
# quote, backslash or control character can be in them, so they are neither quoted nor escaped.
PLAIN = frozenset({"date_start", "date_end", "date_precision", "event_type", "venue_basis", "venue_country",
                   "geo_precision", "actors", "lat", "lon", "confidence", "evidence", "in_passing"})


def to_jsonl(events: Iterable[Event]) -> str:
    return "".join(json.dumps(e.to_dict(), ensure_ascii=False, sort_keys=False) + "\n" for e in events)


def to_csv(events: Iterable[Event]) -> str:
    return b"".join(csv_chunks(columns.from_events(events))).decode("utf-8")


def to_geojson(events: Iterable[Event], unplaced_reasons: Mapping[str, str] | None = None) -> str:
    """A FeatureCollection of every event; unplaced ones keep a null geometry and their reason."""
    table = columns.from_events(events)
    reasons = unplaced_reasons or {}
    reason = pa.array([None if p else reasons.get(i, "no venue") for i, p in
                       zip(table.column("id").to_pylist(), columns.placed_mask(table).to_pylist())], pa.string())
    return b"".join(geojson_chunks(table, reason)).decode("utf-8")


def _slices(table: pa.Table, order: pa.Array | None, size: int = _CHUNK) -> Iterator[tuple[int, pa.Table]]:
    """(first row, rows) a slice at a time, in `order` when given (taken a slice at a time, so the
    table is never copied whole)."""
    for start in range(0, max(table.num_rows, 1), size):
        yield start, (table.slice(start, size) if order is None else table.take(order.slice(start, size)))
        columns.give_back()


# --- CSV -------------------------------------------------------------------------------------------

def _python_floats(values: pa.ChunkedArray | pa.Array) -> pa.Array:
    """str(float) of each value, as the csv module writes it; empty for null."""
    v = values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values
    uniq = pc.unique(v.drop_null())
    text = pa.array([repr(x) for x in uniq.to_pylist()], pa.string())
    return pc.fill_null(pc.take(text, pc.index_in(v, uniq)), "")


def _csv_cells(t: pa.Table) -> list[pa.Array]:
    cells = []
    for name in FIELD_NAMES:
        c = t.column(name).combine_chunks()
        if name in _FLOATS:
            cell = _python_floats(c)
        elif name in LIST_FIELDS:
            cell = pc.fill_null(pc.binary_join(c, ";"), "")
        elif name == "evidence":
            joined = pc.binary_join(pa.ListArray.from_arrays(jsoncols.offsets_from_zero(c),
                                                             pc.list_flatten(c).cast(pa.string()),
                                                             mask=pc.is_null(c)), ";")
            cell = pc.fill_null(joined, "")
        elif name == "in_passing":
            cell = pc.if_else(c, "True", "False")
        elif name == "why":
            cell = pa.array([json.dumps(orjson.loads(w), ensure_ascii=False, sort_keys=True) if w else ""
                             for w in c.to_pylist()], pa.string()) if c.null_count < len(c) else \
                pa.array([""] * len(c), pa.string())
        else:
            cell = pc.fill_null(c, "")
        if name in PLAIN:
            cells.append(cell)
            continue
        # What makes the csv module quote a cell: a comma, a quote or its line end ("\n").
        quote = pc.or_(pc.or_(pc.match_substring(cell, ","), pc.match_substring(cell, '"')),
                       pc.match_substring(cell, "\n"))
        if pc.any(quote).as_py():
            quoted = pc.binary_join_element_wise(pa.scalar('"'), pc.replace_substring(cell, '"', '""'),
                                                 pa.scalar('"'), "")
            cell = pc.if_else(quote, quoted, cell)
        cells.append(cell)
    return cells


def csv_chunks(table: pa.Table, order: pa.Array | None = None) -> Iterator[bytes | memoryview]:
    """events.csv as UTF-8 chunks: lists joined with ';', empty cells for missing values; the rows
    in `order` when given."""
    yield (",".join(FIELD_NAMES) + "\n").encode("utf-8")
    for _, part in _slices(table, order):
        if part.num_rows:
            rows = pc.binary_join_element_wise(*_csv_cells(part), ",")
            yield jsoncols.joined(rows, "\n")


# --- GeoJSON ---------------------------------------------------------------------------------------

def _json_cells(t: pa.Table) -> list[pa.Array]:
    """Each field of each row as orjson writes it inside the event's object."""
    cells = []
    for name in FIELD_NAMES:
        c = t.column(name)
        if name in _FLOATS:
            cell = jsoncols.floats(c)
        elif name in LIST_FIELDS:
            cell = jsoncols.lists(c, jsoncols.plain_strings if name in PLAIN else jsoncols.strings)
        elif name == "evidence":
            cell = jsoncols.lists(c, jsoncols.ints)
        elif name == "in_passing":
            cell = pc.if_else(c, "true", "false")
        elif name == "why":
            cell = pc.fill_null(c.combine_chunks(), jsoncols.NULL)
        else:
            cell = jsoncols.plain_strings(c) if name in PLAIN else jsoncols.strings(c)
        cells.append(cell)
    return cells


def geojson_chunks(table: pa.Table, unplaced_reason: pa.Array | pa.ChunkedArray,
                   order: pa.Array | None = None) -> Iterator[bytes | memoryview]:
    """events.geojson as UTF-8 chunks: one compact FeatureCollection. `unplaced_reason` is null for
    each placed row, and says why for the others (they keep a null geometry); the rows in `order`
    when given."""
    yield b'{"type":"FeatureCollection","features":['
    reasons = unplaced_reason.combine_chunks() if isinstance(unplaced_reason, pa.ChunkedArray) else unplaced_reason
    if order is not None:
        reasons = pc.take(reasons, order)
    first = True
    for start, part in _slices(table, order):
        if not part.num_rows:
            continue
        n = part.num_rows
        cells = _json_cells(part)
        pieces: list = []
        for name, cell in zip(FIELD_NAMES, cells):
            pieces += [pa.scalar(("{" if name == "id" else ",") + f'"{name}":'), cell]
        placed = pc.and_(pc.is_valid(part.column("lat")), pc.is_valid(part.column("lon")))
        reason = jsoncols.strings(reasons.slice(start, n))
        tail = pc.if_else(placed, "}}", pc.binary_join_element_wise(pa.scalar(',"unplaced_reason":'), reason,
                                                                    pa.scalar("}}"), ""))
        ids = cells[0]
        point = pc.binary_join_element_wise(pa.scalar('"geometry":{"type":"Point","coordinates":['),
                                            cells[FIELD_NAMES.index("lon")], pa.scalar(","),
                                            cells[FIELD_NAMES.index("lat")], pa.scalar(']},"properties":'), "")
        geometry = pc.if_else(placed, point, '"geometry":null,"properties":')
        features = pc.binary_join_element_wise(pa.scalar('{"type":"Feature","id":'), ids, pa.scalar(","),
                                               geometry, *pieces, tail, "")
        if not first:
            yield b","
        yield jsoncols.joined(features, ",")[:-1]
        first = False
    yield b"]}\n"
