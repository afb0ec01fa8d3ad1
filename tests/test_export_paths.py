"""The build's exports (from its placed table, in date order) and the Python API's (from Event
objects) are the same bytes, and say what the events say: on the bundled dataset and on rows with
quotes, line breaks, non-ASCII text, empty lists and no coordinates."""
from __future__ import annotations

import io
import json
import random
import sqlite3

import geopandas
import orjson
import pyarrow as pa
import pyarrow.compute as pc
import pytest
import shapely

from geomap.dataset import load_bundled
from geomap.events import columns
from geomap.exports import files, files_from_table, rows_of, to_frame
from geomap.gazetteer import load
from geomap.placing import place


def hostile(base):
    return [
        base.with_(id='q"1', headline='Quote " comma, line\nbreak\\ back, tab\t and ü 日本', summary="ctrl\x01 \x7f",
                   why={"z": "ü", "a": [1, 2.5], "nested": {"b": None}}, evidence=(3, 9), confidence=0.1 + 0.2,
                   in_passing=True, persons=('Zoë "Z"', "O'Brien"), source_urls=("https://x.test/?a=1&b=\"2\"",)),
        base.with_(id="q2", actors=(), persons=(), source_urls=(), lat=None, lon=None, venue=None, venue_id=None,
                   venue_text=None, venue_country=None, geo_precision=None, venue_basis="none", summary="", why=None),
        base.with_(id="q3", event_type="visit", origin="JP", actors=("JP", "KR", "JP"), lat=None, lon=None,
                   venue="Atlantis", venue_text="w Atlantydzie", venue_id=None, venue_country=None, geo_precision=None),
        base.with_(id="q4", event_type="statement", headline="Ünïcödé — “quoted”", venue_text='a"b', lat=-0.0,
                   lon=-180.0, date_start="2024-02", date_end="2024-02", date_precision="month"),
    ]


@pytest.fixture(scope="module", params=["bundled", "hostile"])
def both(request):
    """(files by the build's path, files by the Event path, the events in export order, reasons)."""
    events = load_bundled()
    if request.param == "hostile":
        events = hostile(events[0]) + events[:3]
    shuffled = events[:]
    random.Random(7).shuffle(shuffled)
    located = place(columns.from_events(shuffled), load())
    order = pc.sort_indices(located.table.select(["date_start", "id"]),
                            [("date_start", "ascending"), ("id", "ascending")])
    built = {name: b"".join(chunks) for name, chunks in files_from_table(located.table, located.reasons, order).items()}
    ordered = columns.to_events(located.table.take(order))
    why = pc.take(located.reasons, order).to_pylist()
    reasons = {e.id: r for e, r in zip(ordered, why) if r is not None}
    return built, files(ordered, reasons), ordered, reasons


def test_the_table_and_the_events_give_the_same_bytes(both):
    built, made, _, _ = both
    assert set(built) == {"events.gpkg", "events.parquet", "events.plover.jsonl"}
    for name in built:
        assert built[name] == made[name], name


def test_the_parquet_reads_back_as_the_frame(both):
    built, _, events, reasons = both
    back = geopandas.read_parquet(io.BytesIO(built["events.parquet"]))
    frame = to_frame(events, reasons)
    assert list(back.columns) == list(frame.columns)
    assert list(back["id"]) == [e.id for e in events]
    for name in ("actors", "persons", "source_urls"):
        assert [list(v) for v in back[name]] == [list(getattr(e, name)) for e in events]
    text = [c for c in frame.columns if str(frame[c].dtype) == "string"]
    assert back[text].equals(frame[text])
    assert list(back.geometry.is_empty | back.geometry.isna()) == [not e.placed for e in events]
    placed = [e for e in events if e.placed]
    assert [(p.x, p.y) for p in back.geometry.dropna()] == [(e.lon, e.lat) for e in placed]
    assert [json.loads(w) if isinstance(w, str) else None for w in back["why"]] == [e.why or None for e in events]


def test_the_plover_lines_are_one_record_per_event(both):
    built, _, events, reasons = both
    lines = built["events.plover.jsonl"].split(b"\n")
    assert lines[-1] == b"" and len(lines) == len(events) + 1
    for line, e in zip(lines, events):
        rec = json.loads(line)
        assert orjson.dumps(rec) == line   # compact, in PLOVER's order, non-ASCII as UTF-8
        assert rec["id"] == e.id and rec["comment"].startswith(e.headline)
        assert ("event_loc" in rec) == e.placed
        assert rec["geomap"].get("unplaced_reason") == (None if e.placed else reasons.get(e.id, "no venue"))
        assert rec["geomap"].get("persons", []) == list(e.persons)
        assert rec["cite_info"]["url"] == (e.source_urls[0] if e.source_urls else None)
        assert rec["geomap"].get("summary") == (e.summary or None)
    assert "日本".encode() in built["events.plover.jsonl"] or not any("日本" in e.headline for e in events)


def test_the_geopackage_holds_every_event(both, tmp_path):
    built, _, events, _ = both
    path = tmp_path / "events.gpkg"
    path.write_bytes(built["events.gpkg"])
    back = geopandas.read_file(path, layer="events")
    assert list(back["id"]) == [e.id for e in events]
    assert list(back["actors"]) == [";".join(e.actors) for e in events]
    assert list(back.geometry.isna()) == [not e.placed for e in events]
    with sqlite3.connect(path) as db:
        assert db.execute("select column_name from gpkg_geometry_columns").fetchone() == ("geom",)


def test_points_are_the_wkb_shapely_writes():
    events = hostile(load_bundled()[0])
    rows = rows_of(events)
    want = [shapely.to_wkb(shapely.Point(e.lon, e.lat)) if e.placed else None for e in events]
    assert rows.geometry.to_pylist() == want
    assert rows.geometry.type == pa.binary()
