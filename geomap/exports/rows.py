"""The events of an export as columns: the one place that says what the exports hold.

Every export (GeoPackage, GeoParquet, PLOVER) and the Python API's GeoDataFrame start here, from
the build's Arrow table, so there is one way to turn events into export rows. One row per event,
in the order given, with every schema field, the dataset an imported event came from (`dataset`,
null for geomap's own) and, for an event without a place, why (`unplaced_reason`); its geometry is
then null. `why` is JSON text with sorted keys, as json.dumps writes it (the same text events.csv
holds), since its keys differ by event.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

import numpy as np
import orjson
import pyarrow as pa
import pyarrow.compute as pc

from ..events import FIELD_NAMES, Event, columns
from ..events.columns import placed_mask
from ..jsoncols import whole

CRS = "EPSG:4326"
COLUMNS = (*FIELD_NAMES, "dataset", "unplaced_reason")
NO_VENUE = "no venue"   # the reason an unplaced event gets when the geocoder gave none


@dataclass(frozen=True)
class Rows:
    """An export's rows. `whys` holds the parsed `why` of the rows listed in `why_rows` (the
    others have none), parsed once for every format that reads it."""
    table: pa.Table          # COLUMNS, one chunk each, in export order
    placed: np.ndarray       # bool per row: has coordinates
    geometry: pa.Array       # WKB point per row, null where unplaced
    why_rows: np.ndarray     # row numbers with a `why`
    whys: list[Any]          # their parsed `why`

    @property
    def num_rows(self) -> int:
        return self.table.num_rows


def export_rows(table: pa.Table, reasons: pa.Array | pa.ChunkedArray, order: pa.Array | None = None) -> Rows:
    """An events table → export rows in `order` (the table's when None). reasons: why each row
    has no place, null where it has one or where the geocoder said nothing."""
    t = table.select(list(FIELD_NAMES))
    if order is not None:
        t, reasons = t.take(order), pc.take(reasons, order)
    t = pa.table([whole(c) for c in t.columns], names=t.column_names)
    placed = placed_mask(t).combine_chunks() if t.num_rows else pa.array([], pa.bool_())
    why_rows, whys = _parsed_whys(t.column("why"))
    why_text, dataset = _why_columns(t.num_rows, why_rows, whys)
    unplaced = pc.if_else(placed, pa.scalar(None, pa.string()), pc.fill_null(whole(reasons), NO_VENUE))
    t = t.set_column(FIELD_NAMES.index("why"), "why", why_text)
    t = t.append_column("dataset", dataset).append_column("unplaced_reason", unplaced)
    mask = placed.to_numpy(zero_copy_only=False)
    return Rows(t, mask, wkb_points(t.column("lon"), t.column("lat"), mask), why_rows, whys)


def rows_of(events: Iterable[Event], unplaced_reasons: Mapping[str, str] | None = None) -> Rows:
    """Export rows of events in the order given; unplaced_reasons: event id → why it has no place."""
    table = columns.from_events(events)
    got = unplaced_reasons or {}
    reasons = [got.get(i) for i in table.column("id").to_pylist()] if got else [None] * table.num_rows
    return export_rows(table, pa.array(reasons, pa.string()))


def _parsed_whys(why: pa.Array) -> tuple[np.ndarray, list[Any]]:
    """(rows, parsed values) of the rows whose `why` says something: most events have none."""
    rows = pc.indices_nonzero(pc.is_valid(why))
    parsed = [orjson.loads(w) for w in pc.take(why, rows).to_pylist()]
    keep = [i for i, w in enumerate(parsed) if w]
    rows_np = rows.to_numpy(zero_copy_only=False).astype(np.int64)
    return rows_np[keep], [parsed[i] for i in keep]


def _why_columns(n: int, rows: np.ndarray, whys: list[Any]) -> tuple[pa.Array, pa.Array]:
    """(why as sorted JSON text, dataset) per row, null where a row has no `why`."""
    text = [json.dumps(w, ensure_ascii=False, sort_keys=True) for w in whys]
    names = [w.get("dataset") if isinstance(w, dict) else None for w in whys]
    return _scattered(n, rows, text), _scattered(n, rows, names)


def _scattered(n: int, rows: np.ndarray, values: list[Any]) -> pa.Array:
    """A string column of n rows holding `values` at `rows`, null elsewhere."""
    empty = pa.nulls(n, pa.string())
    if not len(rows):
        return empty
    mask = np.zeros(n, dtype=bool)
    mask[rows] = True
    return pc.replace_with_mask(empty, pa.array(mask), pa.array(values, pa.string()))


def wkb_points(lon: pa.Array | pa.ChunkedArray, lat: pa.Array | pa.ChunkedArray, placed: np.ndarray) -> pa.Array:
    """Little-endian WKB points (the bytes shapely.to_wkb writes for a 2D point), null where not
    placed. Written straight into one buffer: a point's WKB has a fixed layout, and making shapely
    objects first costs a hundred times as long."""
    n = len(placed)
    raw = np.zeros((n, 21), dtype=np.uint8)
    raw[:, 0] = 1                                   # little endian
    raw[:, 1] = 1                                   # geometry type 1: Point
    for at, values in ((5, lon), (13, lat)):
        xs = whole(values).to_numpy(zero_copy_only=False).astype("<f8")
        raw[:, at:at + 8] = np.nan_to_num(xs).view(np.uint8).reshape(n, 8)
    offsets = np.arange(0, 21 * (n + 1), 21, dtype=np.int32)
    validity = pa.array(placed, pa.bool_()).buffers()[1]
    return pa.Array.from_buffers(pa.binary(), n, [validity, pa.py_buffer(offsets), pa.py_buffer(raw)],
                                 null_count=int(n - placed.sum()))
