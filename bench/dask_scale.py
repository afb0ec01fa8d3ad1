"""`geomap build --engine dask` on partitioned Parquet, timed (bench/scale.py --engine dask).

Makes N seeded events (bench/synth.py, each file of PART events with its own seed) as Parquet
files, once, in the working folder; starts a LocalCluster of 2 worker processes with one thread each; runs the geomap command
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


def _partition(args: tuple[Path, int, int, int]) -> Path:
    """One Parquet file of seeded events (each file its own seed, so files differ)."""
    import pyarrow.parquet as pq

    import synth
    from geomap.events import columns

    path, n, seed, k = args
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        pq.write_table(columns.from_events(list(synth.events(n, seed * 100_000 + k))), tmp)
        tmp.replace(path)
    return path


def partitions(n: int, seed: int, work: Path) -> Path:
    """N events as Parquet files of PART events under work/feeds-N-sS/ (made once, two at a time)."""
    from concurrent.futures import ProcessPoolExecutor

    folder = work / f"feeds-{n}-s{seed}"
    folder.mkdir(parents=True, exist_ok=True)
    jobs = [(folder / f"part-{k:04d}.parquet", min(PART, n - k * PART), seed, k) for k in range(-(-n // PART))]
    with ProcessPoolExecutor(max_workers=2) as pool:
        for done, path in enumerate(pool.map(_partition, jobs), 1):
            print(f"  {path.name} ({done}/{len(jobs)})", file=sys.stderr, flush=True)
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
