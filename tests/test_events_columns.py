"""The columnar path against the row-by-row rules it replaces: same events, same problems, same bytes."""
from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

import orjson
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from geomap.dataset import load_bundled
from geomap.events import (FIELD_NAMES, columns, json_lines, read_table, read_text, to_csv, to_geojson,
                           to_jsonl, validate_records)
from geomap.events.read import _csv_records
from geomap.jsoncols import Column

FIELDS = ["id", "doc", "date_start", "date_end", "date_precision", "event_type", "headline", "summary", "venue",
          "venue_id", "venue_text", "venue_basis", "venue_country", "lat", "lon", "geo_precision", "origin",
          "actors", "persons", "source_urls", "evidence", "confidence", "in_passing", "why"]
GOOD = {"doc": "d.txt", "date_start": "2018-11-07", "event_type": "meeting", "headline": "A meeting"}

# Values that are right, nearly right (a space to trim, another date shape) and wrong, for each field.
text = st.one_of(st.sampled_from(["", " ", "x", " x", "x ", "\u00a0x", "Łódź", "a,b", 'q"q', "l\nl"]),
                 st.text(max_size=6))
value = {
    "id": st.one_of(st.none(), st.sampled_from(["a", "b", " a", ""])),
    "date_start": st.sampled_from(["2018-11-07", "2018-11", "2018", "2018-02-30", "07.11.2018", "", " 2018-11-07"]),
    "date_end": st.one_of(st.none(), st.sampled_from(["2018-11-08", "2018-11-01", "2018-12", "2019", "x"])),
    "date_precision": st.one_of(st.none(), st.sampled_from(["day", "month", "year", "week", ""])),
    "event_type": st.sampled_from(["meeting", "visit", "party", "", " visit"]),
    "lat": st.one_of(st.none(), st.floats(-100, 100, allow_nan=False), st.just(38.5)),
    "lon": st.one_of(st.none(), st.floats(-200, 200, allow_nan=False), st.just(140.25)),
    "actors": st.lists(st.sampled_from(["JP", "KR", " KR", "Russia", ""]), max_size=3),
    "persons": st.lists(text, max_size=3),
    "source_urls": st.lists(st.sampled_from(["https://a.org/x", "https://b.org/y;z=1", " http://c.org", ""]),
                            max_size=3),
    "evidence": st.one_of(st.none(), st.just([3, 9]), st.just([1]), st.just([3, ""])),
    "confidence": st.one_of(st.none(), st.floats(-1, 2, allow_nan=False)),
    "in_passing": st.one_of(st.none(), st.booleans()),
    "venue_country": st.one_of(st.none(), st.sampled_from(["JP", "jp", " JP", ""])),
    "venue_basis": st.one_of(st.none(), st.sampled_from(["explicit", "implied", "none", "guess", ""])),
    "geo_precision": st.one_of(st.none(), st.sampled_from(["city", "town", ""])),
    "why": st.one_of(st.none(), st.just({}), st.just({"date": "rule", "n": 1.5}), st.just([1]), st.just("{}")),
}
mostly = {k: st.one_of(st.just(v), st.just(v), text) for k, v in GOOD.items() if k in ("doc", "headline")}
required = {**mostly, "date_start": value["date_start"], "event_type": value["event_type"]}
records = st.lists(st.fixed_dictionaries(required, optional={
    **{k: text for k in ("summary", "venue", "venue_id", "venue_text", "origin")},
    **{k: v for k, v in value.items() if k not in required}}), min_size=1, max_size=8)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records)
def test_column_checks_agree_with_the_record_rules(recs):
    """JSON lines read by columns give what the record rules give: events, and problems by line
    and field in the same words."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "e.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
        want = validate_records(json_lines(path.read_text(encoding="utf-8").split("\n"), str(path)), str(path))
        got = read_table(path)
        assert columns.to_events(got.table) == want.events
        assert got.problems == want.problems


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records)
def test_csv_columns_agree_with_the_record_rules(recs):
    """The same for CSV, whose cells are all text (lists joined with ';'). A NUL byte makes the
    file binary, which both paths refuse before any row is read (test_events.py)."""
    assume(not any("\x00" in (";".join(map(str, v)) if isinstance(v, list) else str(v))
                   for r in recs for v in r.values()))   # str() of a list would show a NUL escaped
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "e.csv"
        buf = io.StringIO()
        w = csv.DictWriter(buf, FIELDS, lineterminator="\n")
        w.writeheader()
        for r in recs:
            row = {k: (";".join(map(str, v)) if isinstance(v, list) else json.dumps(v) if isinstance(v, dict)
                       else "" if v is None else v) for k, v in r.items()}
            w.writerow(row)
        path.write_text(buf.getvalue(), encoding="utf-8")
        want = validate_records(_csv_records(read_text(path), str(path)), str(path))   # the record path
        got = read_table(path)
        assert columns.to_events(got.table) == want.events
        assert got.problems == want.problems


def _csv_by_rows(events) -> str:
    """events.csv as the csv module writes it, row by row (what the columns must equal)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(FIELD_NAMES)
    for e in events:
        row = ["" if v is None else str(v) for v in (getattr(e, f) for f in FIELD_NAMES)]
        for i, f in enumerate(FIELD_NAMES):
            if f in ("actors", "persons", "source_urls"):
                row[i] = ";".join(getattr(e, f))
        row[FIELD_NAMES.index("evidence")] = ";".join(map(str, e.evidence)) if e.evidence else ""
        row[FIELD_NAMES.index("why")] = json.dumps(e.why, ensure_ascii=False, sort_keys=True) if e.why else ""
        w.writerow(row)
    return buf.getvalue()


def _geojson_by_rows(events, reasons) -> bytes:
    feats = []
    for e in events:
        props = orjson.dumps(e)
        if e.placed:
            head = b'{"type":"Feature","id":%b,"geometry":{"type":"Point","coordinates":%b},"properties":' % (
                orjson.dumps(e.id), orjson.dumps((e.lon, e.lat)))
        else:
            head = b'{"type":"Feature","id":%b,"geometry":null,"properties":' % orjson.dumps(e.id)
            props = props[:-1] + b',"unplaced_reason":%b}' % orjson.dumps(reasons.get(e.id, "no venue"))
        feats.append(head + props + b"}")
    return b'{"type":"FeatureCollection","features":[' + b",".join(feats) + b"]}\n"


@pytest.fixture(scope="module")
def bundled():
    evs = load_bundled()
    odd = evs[0].with_(id="odd", headline='Quote " comma, line\nbreak\\ back', summary="tab\there\x01",
                       why={"z": "ü", "a": [1, 2.5]}, evidence=(3, 9), confidence=0.1 + 0.2, in_passing=True,
                       lat=1e-05, lon=140.0)
    return evs + [odd]


def test_exports_from_columns_are_the_row_by_row_bytes(bundled):
    assert to_csv(bundled) == _csv_by_rows(bundled)
    reasons = {e.id: "why not" for e in bundled if not e.placed}
    assert to_geojson(bundled, reasons).encode() == _geojson_by_rows(bundled, reasons)
    assert to_jsonl(bundled).count("\n") == len(bundled)


def test_page_columns_know_their_length_and_write_what_orjson_writes(bundled):
    table = columns.from_events(bundled)
    order = pa.array(list(reversed(range(table.num_rows))))
    for name, kind in (("headline", "strings"), ("persons", "lists"), ("source_urls", "lists")):
        col = Column(table.column(name), kind, order)
        text = b"".join(bytes(p) for p in col.pieces(rows=7))
        want = [list(v) if isinstance(v, tuple) else v for v in (getattr(e, name) for e in reversed(bundled))]
        assert text == orjson.dumps(want)
        assert col.size() == len(text)


def test_a_table_round_trips_through_objects(bundled):
    assert columns.to_events(columns.from_events(bundled)) == bundled
