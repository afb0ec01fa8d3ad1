"""The build's export files written by a second process, while the first packs the page.

Making the exports' text is Arrow's work driven from Python, and GDAL writes the GeoPackage with
Python's lock held: in the build's own process all of it would wait its turn for that lock beside
the page. A process of its own gets the second core instead. It is forked when the build starts,
before any event is read (a fork of a process with threads running may inherit a lock that one of
them held), and imports GDAL and the writers meanwhile. It receives the events table as an Arrow
IPC file (mapped, not copied), writes each export into a folder beside the outputs, and the build
moves each file into place when its turn comes (build.write_all). An export the worker has not
begun by then is written by the build's process itself, which has finished the page: the work
goes to whichever process is free, and the bytes are the same either way.
"""
from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Callable, Iterable

import pyarrow as pa

from ..review.changes import INDEX

IPC = "events.arrow"
_REASON = "_unplaced_reason"   # the placing's reasons, carried beside the events in the IPC file


# The files in the order the worker takes them, the GeoPackage first (GDAL would hold this
# process's lock); build.write_all asks for them the other way round, so what the worker has not
# begun when its turn comes is made by the build's own process instead (Written.write_to).
_QUEUE = ("events.gpkg", "events.plover.jsonl", "events.parquet", INDEX, "events.csv", "events.geojson")

_OPEN: dict[str, dict[str, Callable[[], Iterable[bytes]]]] = {}   # in the worker: its IPC file's writers


def writers(table: pa.Table, reasons: pa.Array | pa.ChunkedArray) -> dict[str, Callable[[], Iterable[bytes]]]:
    """Each export's writer (→ its chunks) and the index's, over the same events; the export rows
    of the last three are made once, by the first of them to be written."""
    from ..events import csv_chunks, geojson_chunks
    from ..review import changes
    from .gpkg import gpkg_chunks
    from .parquet import geoparquet_table, parquet_buffer
    from .plover import plover_chunks
    from .rows import export_rows

    rows: list = []
    lock = threading.Lock()   # in the build's process two threads may ask at once

    def shared():
        with lock:
            if not rows:
                rows.append(export_rows(table, reasons))
        return rows[0]

    return {"events.geojson": lambda: geojson_chunks(table, reasons), "events.csv": lambda: csv_chunks(table),
            changes.INDEX: lambda: [changes.index_bytes(changes.index_table(table))],
            "events.gpkg": lambda: gpkg_chunks(shared()),
            "events.parquet": lambda: [parquet_buffer(geoparquet_table(shared()))],
            "events.plover.jsonl": lambda: plover_chunks(shared())}


def _opened(ipc: str) -> dict[str, Callable[[], Iterable[bytes]]]:
    if ipc not in _OPEN:
        _OPEN.clear()
        with pa.memory_map(ipc) as source:
            table = pa.ipc.open_file(source).read_all()
        reasons = table.column(_REASON).combine_chunks()
        _OPEN[ipc] = writers(table.drop_columns([_REASON]), reasons)
    return _OPEN[ipc]


def _write(name: str, ipc: str, dest: str) -> int:
    """In the worker: one export of the events in `ipc`, written to `dest`; its size."""
    return _written(_opened(ipc)[name](), Path(dest))


def _written(chunks: Iterable[bytes], dest: Path) -> int:
    size = 0
    with open(dest, "wb") as f:
        for chunk in chunks:
            size += f.write(chunk)
    return size


def _warm() -> None:
    """Import the writers (and GDAL) while the build reads its input."""
    import pyogrio  # noqa: F401

    from ..events import write  # noqa: F401
    from . import gpkg, parquet, plover  # noqa: F401


class Written:
    """An export the worker is to write: `write_to(path)` moves its file to `path` when the worker
    has it; one the worker has not begun is written there by this process (`here`) instead."""

    def __init__(self, future: Future, made: Path, here: Callable[[], Iterable[bytes]]) -> None:
        self.future, self.made, self.here = future, made, here

    def write_to(self, path: Path) -> int:
        if self.future.cancel():
            return _written(self.here(), path)
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
        here = writers(table, reasons)
        names = [name for name in _QUEUE if name != INDEX or index]
        return {name: Written(self.pool.submit(_write, name, str(ipc), str(self.folder / name)), self.folder / name,
                              here[name]) for name in names}

    def close(self) -> None:
        """Let the process go (an export it is writing, in a build that failed meanwhile, is
        finished first) and remove its folder."""
        self.pool.shutdown(wait=True, cancel_futures=True)
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
