"""How long the build's three exports (events.gpkg, events.parquet, events.plover.jsonl) take from
the placed events table, per format, as geomap.build.render calls them.

    .venv/bin/python bench/exports_bench.py                  # 100,000 synthetic events (bench/synth.py)
    .venv/bin/python bench/exports_bench.py 1000000 --repeat 1
    .venv/bin/python bench/exports_bench.py --events FILE    # any events file geomap reads

The events file is made once per size and seed under .cache/bench-scale (as bench/scale.py makes
it). The steps are run in turn `--repeat` times and the best of each is printed: the machine is
shared, and the best run is the one least disturbed. files_from_table is more than the sum of its
parts on one core and less on two (the Parquet file is written while GDAL writes the GeoPackage).
Figures are printed, never asserted.
"""
from __future__ import annotations

import argparse
import sys
import time
from functools import partial
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pyarrow.compute as pc  # noqa: E402

from scale import events_file  # noqa: E402
from geomap import exports  # noqa: E402
from geomap.events import read_table  # noqa: E402
from geomap.gazetteer import load  # noqa: E402
from geomap.placing import place  # noqa: E402





def timed(label: str, fn: Callable[[], Any], times: dict[str, list[tuple[float, float]]]) -> Any:
    """fn's result; its wall and CPU time (of every thread of the process) go under `label`."""
    start, start_cpu = time.perf_counter(), time.process_time()
    result = fn()
    times.setdefault(label, []).append((time.perf_counter() - start, time.process_time() - start_cpu))
    return result


def report(times: dict[str, list[tuple[float, float]]]) -> None:
    """The best wall and CPU time of each step: the run least disturbed by other work on the cores."""
    for label, runs in times.items():
        walls = ", ".join(f"{w:.2f}" for w, _ in runs)
        print(f"{label:<34} {min(w for w, _ in runs):7.3f} s wall {min(c for _, c in runs):7.3f} s CPU   "
              f"(runs: {walls})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=100_000, help="synthetic events (default 100,000)")
    parser.add_argument("--events", type=Path, help="an events file instead of synthetic events")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    path = args.events or events_file(args.n, args.seed)
    located = place(read_table(path).table, load())
    table = located.table
    order = pc.sort_indices(table.select(["date_start", "id"]), [("date_start", "ascending"), ("id", "ascending")])
    print(f"{table.num_rows:,} events from {path}, {located.count:,} placed")

    times: dict[str, list[tuple[float, float]]] = {}
    exports.files_from_table(table, located.reasons, order)   # imports (pyogrio, pyproj) out of the way
    for _ in range(args.repeat):   # the steps in turn, so a busy moment of the machine hits them alike
        rows = timed("rows (order, why, dataset, WKB)", partial(exports.export_rows, table, located.reasons, order),
                     times)
        sizes = {name: len(timed(name, partial(write, rows), times)) for name, write in (
            ("events.gpkg", exports.gpkg_bytes), ("events.parquet", exports.parquet_bytes),
            ("events.plover.jsonl", exports.plover_bytes))}
        timed("files_from_table (all three)", partial(exports.files_from_table, table, located.reasons, order), times)
    report(times)
    for name, size in sizes.items():
        print(f"  {name:<22} {size / 1e6:8.2f} MB")


if __name__ == "__main__":
    main()
