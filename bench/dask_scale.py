"""`geomap build --engine dask` on partitioned Parquet, timed (bench/scale.py --engine dask).

Makes N events as Parquet files of PART events, once, in the working folder (see partitions); starts a LocalCluster of 2 worker processes with one thread each; runs the geomap command
with `--scheduler` pointing at it, so the workers can be asked afterwards for their peak memory.
Prints the wall time of the command, the command's own peak memory and each worker's.
"""
from __future__ import annotations

import json
import os
import resource
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PART = 500_000


def partitions(n: int, seed: int, work: Path) -> Path:
    """N events as Parquet files of PART events under work/feeds-N-sS/, made once.

    The events are the million seeded ones of the 1,000,000 run (bench/synth.py, one Python object
    at a time: ten million would take most of an hour to make), repeated with distinct ids: the
    N // 1,000,000-th repetition's ids end in '-r<k>'. Partitions hold the same mix of venues,
    types and dates as the million, which is what the build's cost depends on.
    """
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from geomap.events import read_table
    from scale import events_file

    folder = work / f"feeds-{n}-s{seed}"
    done = folder / "done"
    if done.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    base = read_table(events_file(min(n, 1_000_000), seed)).table
    k = 0
    for copy in range(-(-n // base.num_rows)):
        ids = base.column("id") if copy == 0 else pc.binary_join_element_wise(base.column("id"),
                                                                              pa.scalar(f"-r{copy}"), "")
        table = base.set_column(0, "id", ids)
        for start in range(0, min(base.num_rows, n - copy * base.num_rows), PART):
            pq.write_table(table.slice(start, PART), folder / f"part-{k:04d}.parquet")
            k += 1
        print(f"  {(copy + 1) * base.num_rows:,} events written", file=sys.stderr, flush=True)
    done.write_text("ok\n")
    return folder


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(sizes: list[int], work: Path, seed: int, timeout: float, json_out: Path | None) -> int:
    from distributed import Client, LocalCluster

    from scale import geomap_command, geomap_env, timed

    figures = []
    for n in sizes:
        feeds = partitions(n, seed, work)
        out = work / f"dask-{n}"
        shutil.rmtree(out, ignore_errors=True)
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                               memory_limit="10GB")
        client = Client(cluster)
        try:
            wall, peak, code = timed([*geomap_command(), "build", "--events", str(feeds / "*.parquet"),
                                      "--out", str(out), "--engine", "dask", "--scheduler",
                                      cluster.scheduler_address], work / f"dask-{n}.log", timeout, geomap_env())
            workers = client.run(_peak_mb)
        finally:
            client.close()
            cluster.close()
        size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file()) if out.exists() else 0
        row = {"n": n, "exit": code, "wall_s": wall, "driver_peak_mb": peak,
               "worker_peak_mb": sorted(workers.values()), "output_bytes": size,
               "html_bytes": (out / "index.html").stat().st_size if (out / "index.html").exists() else None}
        figures.append(row)
        print(f"{n:>11,} events on dask (2 workers × 1 thread, {os.cpu_count()} CPUs): {wall:.1f} s, "
              f"exit {code}; geomap process peak {peak:.0f} MB; worker peaks "
              f"{', '.join(f'{m:.0f} MB' for m in row['worker_peak_mb'])}; page "
              f"{(row['html_bytes'] or 0) / 1e6:.1f} MB; all output {size / 1e9:.2f} GB", flush=True)
    if json_out:
        json_out.write_text(json.dumps({"seed": seed, "dask": figures}, indent=2) + "\n")
    return 0 if all(f["exit"] == 0 for f in figures) else 1


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main([int(a) for a in sys.argv[1:]] or [10_000_000], HERE.parent / ".cache" / "bench-scale", 1,
                  3600, None))
