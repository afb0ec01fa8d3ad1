"""events.parquet: GeoParquet that geopandas reads back with lists, CRS and the dataset mark."""
from __future__ import annotations

import io
import json
from pathlib import Path

import geopandas
import pyarrow.parquet as pq
import pytest

from geomap.exports import parquet_bytes, rows_of
from geomap.importers import read

DATASETS = Path(__file__).parent / "fixtures" / "datasets"


@pytest.fixture(scope="module")
def events():
    return read(DATASETS / "acled_east_asia_europe.csv").events + read(DATASETS / "polecat_sample.jsonl").events


@pytest.fixture(scope="module")
def data(events) -> bytes:
    return parquet_bytes(rows_of(events))


def test_geopandas_reads_it_back(events, data):
    back = geopandas.read_parquet(io.BytesIO(data))
    assert list(back["id"]) == [e.id for e in events]
    assert back.crs.to_epsg() == 4326
    by_id = back.set_index("id")
    assert list(by_id.loc["acled-UKR2001", "actors"]) == ["UA", "JP"]
    assert by_id.loc["polecat-20240602-0002-fixture_CONSULT", "geometry"] is None
    assert by_id.loc["acled-KOR1001", "dataset"] == "ACLED"
    assert json.loads(by_id.loc["acled-KOR1001", "why"])["source_id"] == "KOR1001"


def test_it_is_geoparquet(data):
    meta = json.loads(pq.read_metadata(io.BytesIO(data)).metadata[b"geo"])
    assert meta["primary_column"] == "geometry"
    assert meta["columns"]["geometry"]["encoding"] == "WKB"
    assert "Point" in meta["columns"]["geometry"]["geometry_types"]


def test_the_same_events_give_the_same_bytes(events, data):
    assert parquet_bytes(rows_of(events)) == data
