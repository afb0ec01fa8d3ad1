"""events.gpkg: opens in geopandas and with GDAL's ogrinfo (as QGIS reads it), same bytes for the same events."""
from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import geopandas
import pandas
import pytest

from geomap.exports import gpkg_bytes, rows_of
from geomap.importers import read

DATASETS = Path(__file__).parent / "fixtures" / "datasets"


@pytest.fixture(scope="module")
def events():
    """Events of every kind: placed and not, each dataset's and geomap's own."""
    from geomap.dataset import load_bundled

    imported = [e for f in ("20250301120000.export.CSV", "acled_east_asia_europe.csv", "polecat_sample.jsonl")
                for e in read(DATASETS / f).events]
    return load_bundled()[:10] + imported


@pytest.fixture(scope="module")
def gpkg(events, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("gpkg") / "events.gpkg"
    path.write_bytes(gpkg_bytes(rows_of(events, {"gdelt-1210000007": "the source names no place for this event"})))
    return path


def test_geopandas_reads_every_event_back(events, gpkg):
    back = geopandas.read_file(gpkg, layer="events")
    assert list(back["id"]) == [e.id for e in events]
    assert back.crs.to_epsg() == 4326
    placed = {e.id for e in events if e.placed}
    assert set(back.loc[back.geometry.notna(), "id"]) == placed
    row = back.set_index("id").loc["gdelt-1210000001"]
    assert (row.geometry.x, row.geometry.y) == (126.9997, 37.5664)
    assert row["actors"] == "JP;KR" and row["dataset"] == "GDELT" and row["event_type"] == "visit"
    assert back.set_index("id").loc["gdelt-1210000007", "unplaced_reason"] == "the source names no place for this event"
    own = back[back["id"] == events[0].id].iloc[0]
    assert pandas.isna(own["dataset"])   # geomap's own events carry no dataset


def test_the_same_events_give_the_same_bytes(events):
    assert gpkg_bytes(rows_of(events)) == gpkg_bytes(rows_of(events))


def test_the_time_stamp_is_the_latest_event_day_not_the_clock(events, gpkg):
    with sqlite3.connect(gpkg) as db:
        (stamp,) = db.execute("select last_change from gpkg_contents where table_name = 'events'").fetchone()
    last = max(e.last_day() for e in events).isoformat()
    assert stamp.startswith(last)


def test_ogrinfo_opens_it(events, gpkg):
    ogrinfo = shutil.which("ogrinfo")
    if ogrinfo is None:
        pytest.skip("GDAL's ogrinfo is not installed (Debian: apt-get install gdal-bin)")
    run = subprocess.run([ogrinfo, "-ro", "-so", str(gpkg), "events"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert "Geometry: Point" in run.stdout
    assert f"Feature Count: {len(events)}" in run.stdout
    assert "dataset: String" in run.stdout and "Warning" not in run.stderr
