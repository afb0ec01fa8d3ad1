"""events.plover.jsonl: PLOVER field names, categories from the source or the crosswalk, and a build
that writes it with the GeoPackage and GeoParquet exports."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap.build import build
from geomap.dataset import load_bundled
from geomap.exports import plover_bytes, rows_of
from geomap.importers import countries, read

DATASETS = Path(__file__).parent / "fixtures" / "datasets"
POLECAT = DATASETS / "polecat_sample.jsonl"


def records(events, reasons=None) -> dict[str, dict]:
    out = {}
    for line in plover_bytes(rows_of(events, reasons)).decode("utf-8").splitlines():
        rec = json.loads(line)
        out[rec["id"]] = rec
    return out


def test_every_record_has_plovers_required_fields():
    events = load_bundled()
    recs = records(events)
    assert len(recs) == len(events)
    for rec in recs.values():
        assert {"id", "date", "actor", "event"} <= set(rec)
        assert all(len(a["code"]) == 3 for a in rec["actor"] + rec["recipient"])


def test_polecat_events_go_back_as_they_came():
    source = {}
    for line in POLECAT.read_text(encoding="utf-8").splitlines():
        try:
            rec = json.loads(line)
        except ValueError:
            continue
        source[f"polecat-{rec['id']}"] = rec
    for pid, rec in records(read(POLECAT).events).items():
        src = source[pid]
        assert rec["event"] == src["event"] and rec["mode"] == src.get("mode", [])
        assert rec["context"] == src.get("context", [])
        assert [a["code"] for a in rec["actor"]] == [a["code"] for a in src["actor"]]
        assert [a["code"] for a in rec["recipient"]] == [a["code"] for a in src.get("recipient", [])]
        assert rec["date"] == src["date"] and rec.get("enddate") == src.get("enddate")
        if "event_loc" in src:
            assert (rec["event_loc"]["lat"], rec["event_loc"]["resolution"]) == (
                src["event_loc"]["lat"], src["event_loc"]["resolution"])


def test_a_visit_has_the_visitor_as_actor_and_the_host_as_recipient():
    gdelt = {e.id: e for e in read(DATASETS / "20250301120000.export.CSV").events}
    own = next(e for e in load_bundled() if e.event_type == "visit" and e.origin in e.actors and len(e.actors) == 2)
    recs = records([gdelt["gdelt-1210000001"], gdelt["gdelt-1210000002"], own])
    for rid in ("gdelt-1210000001", "gdelt-1210000002"):   # 042 and 043: Japan visits, Korea hosts
        rec = recs[rid]
        assert (rec["event"], rec["mode"]) == (["CONSULT"], ["visit"])
        assert (rec["actor"], rec["recipient"]) == ([{"code": "JPN"}], [{"code": "KOR"}])
    host = next(c for c in own.actors if c != own.origin)
    rec = recs[own.id]
    assert rec["actor"] == [{"code": countries.to_iso3(own.origin)}]
    assert rec["recipient"] == [{"code": countries.to_iso3(host)}]


def test_a_statement_has_no_plover_category_and_says_so():
    own = next(e for e in load_bundled() if e.event_type == "statement")
    rec = records([own])[own.id]
    assert rec["event"] == [] and "no PLOVER category" in rec["comment"]


def test_month_precision_spans_the_month_and_places_carry_resolution():
    acled = {e.id: e for e in read(DATASETS / "acled_east_asia_europe.csv").events}
    rec = records([acled["acled-BLR3001"]])["acled-BLR3001"]
    assert (rec["date"], rec["enddate"], rec["geomap"]["date_precision"]) == ("2024-05-01", "2024-05-31", "month")
    assert (rec["event"], rec["mode"]) == (["COERCE"], ["arrest"])
    assert rec["event_loc"]["country_code"] == "BLR" and rec["event_loc"]["resolution"] == 4


def test_an_unplaced_event_has_no_location_and_its_reason():
    e = next(e for e in read(POLECAT).events if not e.placed)
    rec = records([e], {e.id: "the source names no place for this event"})[e.id]
    assert "event_loc" not in rec and rec["geomap"]["unplaced_reason"] == "the source names no place for this event"


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    base = tmp_path_factory.mktemp("builds")
    files = [DATASETS / "20250301120000.export.CSV", DATASETS / "acled_east_asia_europe.csv", POLECAT]
    reports = [build(base / name, files, static=False, countries={"JP", "KR", "KP", "RU", "UA", "BY"})
               for name in ("a", "b")]
    return base, reports


def test_a_build_writes_the_three_exports_and_lists_them(two_builds):
    base, (report, _) = two_builds
    for name in ("events.gpkg", "events.parquet", "events.plover.jsonl"):
        assert report.outputs[name] == (base / "a" / name).stat().st_size > 0
    lines = (base / "a" / "events.plover.jsonl").read_text(encoding="utf-8").splitlines()
    # GDELT, ACLED and POLECAT events within the six countries
    assert len(lines) == report.placed + len(report.unplaced) == 9 + 7 + 7


def test_two_builds_give_the_same_bytes(two_builds):
    base, _ = two_builds
    for name in ("events.gpkg", "events.parquet", "events.plover.jsonl", "events.csv", "events.geojson"):
        assert (base / "a" / name).read_bytes() == (base / "b" / name).read_bytes(), name
