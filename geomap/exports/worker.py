"""The build's export files written by a second process, while the first packs the page.

Making the exports' text is Arrow's work driven from Python, and GDAL writes the GeoPackage with
Python's lock held: in the build's own process all of it would wait its turn for that lock beside
the page. A process of its own gets the second core instead. It is forked when the build starts,
before any event is read (a fork of a process with threads running may inherit a lock that one of
them held), and imports GDAL and the writers meanwhile. It receives the events table as an Arrow
IPC file (mapped, not copied), writes each export into a folder beside the outputs, and the build
moves each file into place when its turn comes (build.write_all). The bytes are those the same
functions write in the build's process.
"""
from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Iterable

import pyarrow as pa

IPC = "events.arrow"
_REASON = "_unplaced_reason"   # the placing's reasons, carried beside the events in the IPC file


NAMES = ("events.geojson", "events.csv", "events.gpkg", "events.parquet", "events.plover.jsonl")
_LAST = NAMES[-1]   # the last file written: the worker lets the table go after it

_OPEN: dict[str, tuple] = {}   # in the worker: the table of the IPC file it was given, and its export rows


def _opened(ipc: str) -> tuple[pa.Table, pa.Array, list]:
    if ipc not in _OPEN:
        _OPEN.clear()
        with pa.memory_map(ipc) as source:
            table = pa.ipc.open_file(source).read_all()
        reasons = table.column(_REASON).combine_chunks()
        _OPEN[ipc] = (table.drop_columns([_REASON]), reasons, [])
    return _OPEN[ipc]


def _chunks(name: str, ipc: str) -> Iterable[bytes]:
    """One export's chunks, from the events of the IPC file (the export rows made once for the
    three files that read them); INDEX: the events' fingerprints for the next build."""
    from ..events import csv_chunks, geojson_chunks
    from ..review import changes
    from .gpkg import gpkg_chunks
    from .parquet import geoparquet_table, parquet_buffer
    from .plover import plover_chunks
    from .rows import export_rows

    table, reasons, rows = _opened(ipc)
    if name == changes.INDEX:
        return [changes.index_bytes(changes.index_table(table))]
    if name == "events.geojson":
        return geojson_chunks(table, reasons)
    if name == "events.csv":
        return csv_chunks(table)
    if not rows:
        rows.append(export_rows(table, reasons))
    if name == "events.gpkg":
        return gpkg_chunks(rows[0])
    if name == "events.parquet":
        return [parquet_buffer(geoparquet_table(rows[0]))]
    return plover_chunks(rows[0])


def _write(name: str, ipc: str, dest: str) -> int:
    """In the worker: one export of the events in `ipc`, written to `dest`; its size."""
    size = 0
    with open(dest, "wb") as f:
        for chunk in _chunks(name, ipc):
            size += f.write(chunk)
    if name == _LAST:
        _OPEN.clear()   # the last export: the table is let go
    return size


def _warm() -> None:
    """Import the writers (and GDAL) while the build reads its input."""
    import pyogrio  # noqa: F401

    from ..events import write  # noqa: F401
    from . import gpkg, parquet, plover  # noqa: F401


class Written:
    """An export the worker is writing: `write_to(path)` waits for it and moves it to `path`."""

    def __init__(self, future: Future, made: Path) -> None:
        self.future, self.made = future, made

    def write_to(self, path: Path) -> int:
        size = self.future.result()
        os.replace(self.made, path)
        return size


class ExportWorker:
    """The process that writes a build's exports (see the module's docstring)."""

    def __init__(self) -> None:
        methods = multiprocessing.get_all_start_methods()
        self.pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context(
            "fork" if "fork" in methods else "spawn"))
        self.pool.submit(_warm)
        self.folder: Path | None = None

    def start(self, table: pa.Table, reasons: pa.Array | pa.ChunkedArray, out_dir: Path,
              index: bool = False) -> dict[str, Written]:
        """Hand the events over and start every export (and with `index`, the events' index for
        the next build, review.changes.INDEX); the files appear in a hidden folder of `out_dir`
        (the same file system, so moving them into place copies nothing)."""
        out_dir.mkdir(parents=True, exist_ok=True)
        self.folder = Path(tempfile.mkdtemp(prefix=".geomap-exports-", dir=out_dir))
        ipc = self.folder / IPC
        whole = table.append_column(_REASON, reasons if isinstance(reasons, pa.ChunkedArray)
                                    else pa.chunked_array([reasons]))
        with pa.OSFile(str(ipc), "wb") as sink, pa.ipc.new_file(sink, whole.schema) as writer:
            writer.write_table(whole)
        del whole
        from ..review.changes import INDEX

        names = NAMES[:2] + ((INDEX,) if index else ()) + NAMES[2:]   # in the order build.write_all asks
        return {name: Written(self.pool.submit(_write, name, str(ipc), str(self.folder / name)), self.folder / name)
                for name in names}

    def close(self) -> None:
        """Let the process go (an export it is writing, in a build that failed meanwhile, is
        finished first) and remove its folder."""
        self.pool.shutdown(wait=True, cancel_futures=True)
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
