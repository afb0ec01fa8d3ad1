"""Events → files for GIS and data tools: GeoPackage (QGIS), GeoParquet (notebooks, DuckDB) and
PLOVER JSON lines (to join the POLECAT event data). `files` is what a build writes besides its page,
maps, GeoJSON and CSV; `to_frame` is the GeoDataFrame they are made from.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Mapping

from ..events import Event
from .frame import to_frame
from .gpkg import gpkg_bytes
from .parquet import parquet_bytes
from .plover import plover_lines

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["files", "files_from_table", "to_frame", "gpkg_bytes", "parquet_bytes", "plover_lines"]


def files(events: Iterable[Event], unplaced_reasons: Mapping[str, str] | None = None) -> dict[str, bytes]:
    """events.gpkg, events.parquet and events.plover.jsonl for the events in the order given."""
    rows = list(events)
    frame = to_frame(rows, unplaced_reasons)
    return {"events.gpkg": gpkg_bytes(frame), "events.parquet": parquet_bytes(frame),
            "events.plover.jsonl": b"".join(plover_lines(rows, unplaced_reasons))}


def files_from_table(table: "pa.Table", reasons: "pa.Array", order: "pa.Array") -> dict[str, bytes]:
    """`files` for an events table in the row order `order`; reasons: why each row has no place
    (null where it has one)."""
    import pyarrow.compute as pc

    from ..events import columns

    rows = table.take(order)
    why = pc.take(reasons, order)
    unplaced = pc.indices_nonzero(pc.is_valid(why))
    found = dict(zip(pc.take(rows.column("id"), unplaced).to_pylist(), pc.take(why, unplaced).to_pylist()))
    return files(columns.to_events(rows), found)
