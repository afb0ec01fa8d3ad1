"""How long the build's three exports (events.gpkg, events.parquet, events.plover.jsonl) take from
the placed events table, per format, as geomap.build.render calls them.

    .venv/bin/python bench/exports_bench.py                  # 100,000 synthetic events (bench/synth.py)
    .venv/bin/python bench/exports_bench.py 1000000 --repeat 1
    .venv/bin/python bench/exports_bench.py --events FILE    # any events file geomap reads

The events file is made once per size and seed under .cache/bench-scale (as bench/scale.py makes
it). Each step is run `--repeat` times and the best is printed: the machine is shared, and the
best run is the one least disturbed. Figures are printed, never asserted.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pyarrow.compute as pc  # noqa: E402

import synth  # noqa: E402
from geomap import exports  # noqa: E402
from geomap.events import read_table  # noqa: E402
from geomap.gazetteer import load  # noqa: E402
from geomap.placing import place  # noqa: E402

WORK = HERE.parent / ".cache" / "bench-scale"


def events_file(n: int, seed: int) -> Path:
    path = WORK / f"events-{n}-s{seed}.jsonl"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        synth.write(tmp, n, seed)
        tmp.replace(path)
    return path


def best(label: str, fn: Callable[[], Any], repeat: int) -> Any:
    """fn's result, printing its best wall and CPU time of `repeat` runs (CPU time, of every thread
    of the process, says more than the wall clock when other work shares the cores)."""
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    print(f"{label:<34} {min(wall):7.3f} s wall {min(cpu):7.3f} s CPU   (runs: {', '.join(f'{t:.2f}' for t in wall)})")
    return result


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

    rows = best("rows (order, why, dataset, WKB)", lambda: exports.export_rows(table, located.reasons, order),
                args.repeat)
    sizes = {}
    for name, write in (("events.gpkg", exports.gpkg_bytes), ("events.parquet", exports.parquet_bytes),
                        ("events.plover.jsonl", exports.plover_bytes)):
        sizes[name] = len(best(name, lambda: write(rows), args.repeat))
    best("files_from_table (all three)", lambda: exports.files_from_table(table, located.reasons, order), args.repeat)
    for name, size in sizes.items():
        print(f"  {name:<22} {size / 1e6:8.2f} MB")


if __name__ == "__main__":
    main()
