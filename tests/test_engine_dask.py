"""The build on dask (a LocalCluster of 2 workers, shared by the module) against the in-memory build on the
same events."""
from __future__ import annotations

import base64
import json
import re
import sys
import zlib
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from geomap.build import build
from geomap.engines.dask import CAP
from geomap.events import columns, to_jsonl

pytestmark = pytest.mark.slow
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))


def page_data(out: Path) -> dict:
    html = (out / "index.html").read_text(encoding="utf-8")
    parts = re.findall(r'data-part="([^"]+)">([^<]*)</script>', html)
    return {name: json.loads(zlib.decompress(base64.b64decode(b64))) for name, b64 in parts}


@pytest.fixture(scope="module")
def events():
    import synth

    evs = list(synth.events(600, seed=7))
    # One busy venue and month, past the page's cap: its events must still all be counted.
    busy = [e.with_(id=f"busy-{i}", venue="Seoul", venue_id=None, venue_text="Seoul", venue_country="KR",
                    lat=37.566, lon=126.9784, date_start="2019-05-0%d" % (1 + i % 3),
                    date_end="2019-05-0%d" % (1 + i % 3), date_precision="day")
            for i, e in enumerate(synth.events(60, seed=8))]
    return evs, busy


@pytest.fixture(scope="module")
def scheduler():
    """One cluster for the module, the one build_dask starts without --scheduler: two clusters cost
    about 3 s of CPU more (each worker imports geomap), and --scheduler is the path of a real cluster."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def _write_parts(table, folder: Path, parts: int) -> None:
    folder.mkdir()
    step = -(-table.num_rows // parts)
    for k in range(parts):
        pq.write_table(table.slice(k * step, step), folder / f"part-{k}.parquet")


def test_dask_page_and_counts_equal_the_in_memory_build(events, tmp_path, scheduler):
    evs, _ = events
    src = tmp_path / "all.jsonl"
    src.write_text(to_jsonl(evs), encoding="utf-8")
    memory = build(tmp_path / "memory", [src], static=False)
    _write_parts(columns.from_events(evs), tmp_path / "feeds", 3)
    dask = build(tmp_path / "dask", [str(tmp_path / "feeds" / "*.parquet")], engine="dask", scheduler=scheduler)
    a, b = page_data(tmp_path / "dask"), page_data(tmp_path / "memory")
    # The review loop (doubts, corrections) is the default engine's: a feed on dask has none.
    assert "review" not in a["meta"] and "events.review" not in a
    b["meta"].pop("review")
    b.pop("events.review", None)
    assert a == b
    assert (dask.placed, len(dask.unplaced)) == (memory.placed, len(memory.unplaced))
    assert sorted(u["id"] for u in dask.unplaced) == sorted(u["id"] for u in memory.unplaced)
    written = sorted((tmp_path / "dask" / "events").glob("part-*.parquet"))
    assert len(written) == 3
    assert sum(pq.read_metadata(p).num_rows for p in written) == len(evs)
    assert b"geo" in pq.read_metadata(written[0]).metadata   # GeoParquet


def test_past_the_cap_rows_say_how_many_more_and_counts_hold(events, tmp_path, scheduler):
    evs, busy = events
    _write_parts(columns.from_events(evs + busy), tmp_path / "feeds", 2)
    build(tmp_path / "dask", [str(tmp_path / "feeds" / "*.parquet")], engine="dask", scheduler=scheduler)
    data = page_data(tmp_path / "dask")
    meta, count = data["meta"], data["events.count"]
    assert sum(count) == len(evs + busy) - sum(1 for e in evs if not e.placed)
    assert sum(t["count"] for t in meta["types"]) == sum(count)
    seoul = [i for i, v in enumerate(data["events.venue"]) if meta["venues"][v]["name"] == "Seoul"
             and data["events.date"][i].endswith("May 2019")]
    assert sum(count[i] for i in seoul) >= 60
    more = [i for i in seoul if data["events.id"][i].startswith("more-")]
    assert more and all(data["events.headline"][i] == f"and {count[i]} more" for i in more)
    assert len(seoul) - len(more) == CAP          # the events with their text: the cap
