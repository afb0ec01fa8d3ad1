"""The event schema: one schema, three formats that round-trip, errors that say where."""
from __future__ import annotations

import json

import pytest

from geomap.dataset import load_bundled
from geomap.errors import InputError
from geomap.events import read_events, to_csv, to_geojson, to_jsonl


@pytest.fixture(scope="module")
def events():
    return load_bundled()


@pytest.mark.parametrize("name,writer", [("e.jsonl", to_jsonl), ("e.csv", to_csv), ("e.geojson", to_geojson)])
def test_formats_round_trip(tmp_path, events, name, writer):
    path = tmp_path / name
    path.write_text(writer(events), encoding="utf-8")
    back = read_events(path, strict=True)
    assert back.problems == []
    assert back.events == events


def test_source_urls_with_semicolons_survive_csv(tmp_path, events):
    ev = events[0].with_(source_urls=("https://example.org/a;b=1", "http://example.org/c"))
    path = tmp_path / "e.csv"
    path.write_text(to_csv([ev]), encoding="utf-8")
    assert read_events(path, strict=True).events[0].source_urls == ev.source_urls


def _jsonl(tmp_path, *records):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


GOOD = {"doc": "d.txt", "date_start": "2018-11-07", "event_type": "meeting", "headline": "A meeting"}


@pytest.mark.parametrize("change,field,words", [
    ({"date_start": "2018-13-45"}, "date_start", "not a real calendar date"),
    ({"date_start": "31.11.2018"}, "date_start", "YYYY-MM-DD"),
    ({"lat": 200, "lon": 10}, "lat", "outside"),
    ({"event_type": "party"}, "event_type", "not one of"),
    ({"actors": ["Russia"]}, "actors", "ISO 3166"),
    ({"headline": ""}, "headline", "required"),
    ({"date_end": "2018-11-01"}, "date_end", "before date_start"),
])
def test_bad_rows_name_file_line_and_field(tmp_path, change, field, words):
    path = _jsonl(tmp_path, GOOD, {**GOOD, "id": "x", **change})
    with pytest.raises(InputError) as e:
        read_events(path, strict=True)
    msg = str(e.value)
    assert msg.startswith(f"{path}:2 field '{field}'") and words in msg
    lenient = read_events(path)
    assert len(lenient.events) == 1 and len(lenient.problems) == 1
    assert (lenient.problems[0].line, lenient.problems[0].field) == (2, field)


def test_duplicate_ids_with_different_content_are_refused(tmp_path):
    path = _jsonl(tmp_path, {**GOOD, "id": "a"}, {**GOOD, "id": "a", "headline": "Other"})
    with pytest.raises(InputError, match="used twice"):
        read_events(path, strict=True)


def test_csv_missing_column_is_named(tmp_path):
    path = tmp_path / "e.csv"
    path.write_text("doc,date_start,headline\nd,2018-11-07,x\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"e\.csv:1: .*event_type"):
        read_events(path)


@pytest.mark.parametrize("content,words", [(b"", "empty"), (b"\x00\x01\x02binary", "binary")])
def test_empty_and_binary_files(tmp_path, content, words):
    path = tmp_path / "e.jsonl"
    path.write_bytes(content)
    with pytest.raises(InputError, match=words):
        read_events(path)


def test_windows_1250_and_bom_and_crlf(tmp_path):
    rec = {**GOOD, "headline": "Spotkanie w Łodzi, żółć"}
    text = json.dumps(rec, ensure_ascii=False) + "\r\n"
    for enc, prefix in (("cp1250", b""), ("utf-8", b"\xef\xbb\xbf")):
        path = tmp_path / f"{enc}.jsonl"
        path.write_bytes(prefix + text.encode(enc))
        assert read_events(path, strict=True).events[0].headline == rec["headline"]


def test_geojson_keeps_unplaced_events_with_reason(events):
    data = json.loads(to_geojson(events, {e.id: "no place" for e in events if not e.placed}))
    unplaced = [f for f in data["features"] if f["geometry"] is None]
    assert unplaced and all(f["properties"]["unplaced_reason"] == "no place" for f in unplaced)
    assert len(data["features"]) == len(events)
