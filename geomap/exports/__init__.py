"""Events → files for GIS and data tools: GeoPackage (QGIS), GeoParquet (notebooks, DuckDB) and
PLOVER JSON lines (to join the POLECAT event data). `files_from_table` is what a build writes besides
its page, maps, GeoJSON and CSV; `files` and `to_frame` (a GeoDataFrame) do the same for a list of
events. All of them start from the same columns (exports.rows), so the Python API and the build agree.
"""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Iterable, Iterator, Mapping

import pyarrow as pa

from ..events import Event
from .frame import to_frame
from .gpkg import gpkg_bytes, gpkg_chunks
from .parquet import geoparquet_table, parquet_buffer, parquet_bytes, written
from .plover import plover_bytes, plover_chunks
from .rows import Rows, export_rows, rows_of

__all__ = ["files", "files_from_table", "to_frame", "export_rows", "rows_of", "gpkg_bytes", "parquet_bytes",
           "plover_bytes"]


def files(events: Iterable[Event], unplaced_reasons: Mapping[str, str] | None = None) -> dict[str, bytes]:
    """events.gpkg, events.parquet and events.plover.jsonl for the events in the order given;
    unplaced_reasons: event id → why it has no place."""
    return _files(rows_of(events, unplaced_reasons))


def files_from_table(table: pa.Table, reasons: pa.Array | pa.ChunkedArray, order: pa.Array | None = None
                     ) -> dict[str, Iterator[bytes]]:
    """`files` for an events table in the row order `order`, as streams of chunks made when they are
    written (build.write_all); reasons: why each row has no place (null where it has one).

    The export rows are made once, on the first file's turn, and let go after the last: a build of
    a million events never holds them beside its page, nor a whole file in memory."""
    shared: list[Rows] = []
    left, lock = [3], threading.Lock()   # the files are written two at a time, on threads

    def stream(chunks: Callable[[Rows], Iterable[bytes]]) -> Iterator[bytes]:
        with lock:
            if not shared:
                shared.append(export_rows(table, reasons, order))
        try:
            yield from chunks(shared[0])
        finally:
            left[0] -= 1
            if not left[0]:
                shared.clear()

    return {"events.gpkg": stream(gpkg_chunks), "events.parquet": stream(lambda r: [parquet_buffer(geoparquet_table(r))]),
            "events.plover.jsonl": stream(plover_chunks)}


def _files(rows: Rows) -> dict[str, bytes]:
    """The three files. The Parquet file is written on a second thread while GDAL writes the
    GeoPackage: GDAL holds the GIL and pyarrow lets go of it, so on two cores the two overlap."""
    table = geoparquet_table(rows)
    with ThreadPoolExecutor(1, thread_name_prefix="geomap-parquet") as pool:
        parquet = pool.submit(written, table)
        gpkg, plover = gpkg_bytes(rows), plover_bytes(rows)
        return {"events.gpkg": gpkg, "events.parquet": parquet.result(), "events.plover.jsonl": plover}
