"""GDELT 2.0 event exports as `geomap build --events` reads them: 61 tab-separated columns, with or
without a header, zipped or not; every row an event or a rejected row naming its line and field."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from geomap.errors import InputError
from geomap.importers import read
from geomap.importers.gdelt import COLUMNS

GDELT = Path(__file__).parent / "fixtures" / "datasets" / "20250301120000.export.CSV"
REGION = "JP,KR,KP,RU,UA,BY"


@pytest.fixture(scope="module")
def imported():
    got = read(GDELT)
    return got, {e.id: e for e in got.events}


def test_every_row_is_an_event_or_a_rejected_row(imported):
    got, _ = imported
    data_rows = sum(1 for line in GDELT.read_text(encoding="utf-8").splitlines() if line.strip())
    assert got.rows == data_rows == 14
    assert len(got.events) + len(got.problems) == data_rows
    assert got.dataset == "GDELT"


def test_rejected_rows_name_line_field_and_reason(imported):
    got, _ = imported
    found = [(p.line, p.field) for p in got.problems]
    assert found == [(9, "EventCode"), (10, "SQLDATE"), (11, None), (12, "ActionGeo_Lat")]
    assert "61" in got.problems[2].reason and "60" in got.problems[2].reason
    assert all(p.path == str(GDELT) for p in got.problems)


def test_visits_from_cameo_042_and_043_keep_the_visitor_as_origin(imported):
    _, by_id = imported
    made, hosted = by_id["gdelt-1210000001"], by_id["gdelt-1210000002"]
    assert made.event_type == hosted.event_type == "visit"
    assert made.origin == "JP"     # 042: Actor1 (Japan) makes the visit
    assert hosted.origin == "JP"   # 043: Actor1 (South Korea) hosts Actor2 (Japan)
    assert made.actors == ("JP", "KR") and hosted.actors == ("KR", "JP")
    assert (made.venue_country, made.geo_precision, made.lat, made.lon) == ("KR", "city", 37.5664, 126.9997)


@pytest.mark.parametrize("event_id, event_type, precision", [
    ("gdelt-1210000003", "statement", "country"),   # 036, ActionGeo_Type 1 (country centroid)
    ("gdelt-1210000004", "agreement", "city"),      # 057 sign formal agreement
    ("gdelt-1210000005", "meeting", "country"),     # 041 telephone
    ("gdelt-1210000006", "military", "city"),       # 190 conventional military force
    ("gdelt-1210000013", "statement", "city"),      # 112 accuse
    ("gdelt-1210000014", "military", "admin1"),     # 154, ActionGeo_Type 5 (world state)
])
def test_cameo_codes_and_geo_types_cross_to_our_types_and_precisions(imported, event_id, event_type, precision):
    _, by_id = imported
    e = by_id[event_id]
    assert (e.event_type, e.geo_precision) == (event_type, precision)


def test_source_id_url_and_dataset_are_kept(imported):
    _, by_id = imported
    e = by_id["gdelt-1210000004"]
    assert e.source_urls == ("https://news.example.org/2025/03/02/minsk-agreement",)
    assert e.why["dataset"] == "GDELT" and e.why["source_id"] == "1210000004" and e.why["EventCode"] == "057"
    assert e.doc == GDELT.name and e.date_start == "2025-03-02" and e.date_precision == "day"


def test_a_citation_that_is_no_address_goes_to_the_summary(imported):
    _, by_id = imported
    e = by_id["gdelt-1210000014"]
    assert e.source_urls == () and "BBC Monitoring" in e.summary


def test_an_event_without_a_place_has_no_coordinates(imported):
    _, by_id = imported
    e = by_id["gdelt-1210000007"]
    assert not e.placed and e.venue is None and e.venue_basis == "none"


def test_countries_keep_events_with_an_actor_in_the_set(imported):
    _, by_id = imported
    got = read(GDELT, countries={"JP", "KR", "KP", "RU", "UA", "BY"})
    assert got.outside == 1 and "gdelt-1210000008" not in {e.id for e in got.events}
    assert len(got.events) == len(by_id) - 1
    assert len(got.events) + len(got.problems) + got.outside == got.rows
    assert {e.id for e in read(GDELT, countries={"CN"}).events} == {"gdelt-1210000013"}


def _same_events(a, b) -> bool:
    return [e.to_dict() | {"doc": None} for e in a.events] == [e.to_dict() | {"doc": None} for e in b.events]


def test_a_header_row_and_a_zip_give_the_same_events(tmp_path, imported):
    got, _ = imported
    text = GDELT.read_text(encoding="utf-8")
    with_header = tmp_path / "events-with-header.tsv"
    with_header.write_text("\t".join(COLUMNS) + "\n" + text, encoding="utf-8")
    zipped = tmp_path / "20250301120000.export.CSV.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("20250301120000.export.CSV", text)
    headed, unzipped = read(with_header), read(zipped)
    assert _same_events(got, headed) and _same_events(got, unzipped)
    assert [p.line for p in headed.problems] == [p.line + 1 for p in got.problems]  # the header is line 1
    assert [(p.line, p.field) for p in unzipped.problems] == [(p.line, p.field) for p in got.problems]


def test_a_header_may_order_and_name_columns_its_own_way(tmp_path, imported):
    got, _ = imported
    rows = [line.split("\t") for line in GDELT.read_text(encoding="utf-8").splitlines()]
    names = ["Day" if c == "SQLDATE" else c.lower() for c in COLUMNS]
    order = list(reversed(range(len(COLUMNS))))
    lines = ["\t".join(names[i] for i in order)]
    lines += ["\t".join(r[i] for i in order) if len(r) == len(COLUMNS) else "\t".join(r) for r in rows]
    path = tmp_path / "reordered.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _same_events(got, read(path, format="gdelt"))


def test_a_header_without_gdelt_columns_stops_the_import(tmp_path):
    path = tmp_path / "half.tsv"
    path.write_text("GLOBALEVENTID\tSQLDATE\n1\t20250301\n", encoding="utf-8")
    with pytest.raises(InputError, match="lacks the GDELT 2.0 column"):
        read(path, format="gdelt")


def test_gdelt_1_rows_are_named_as_such(tmp_path):
    v1 = tmp_path / "20130401.export.CSV"
    row = GDELT.read_text(encoding="utf-8").splitlines()[0].split("\t")
    v1.write_text("\t".join(row[:58]) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="GDELT 1.0") as e:
        read(v1)
    assert e.value.line == 1


def test_strict_stops_at_the_first_bad_row():
    with pytest.raises(InputError) as e:
        read(GDELT, strict=True)
    assert (e.value.line, e.value.field) == (9, "EventCode")


def test_build_from_a_zipped_day_keeps_the_region_and_reports_the_rest(tmp_path, cli):
    zipped = tmp_path / "20250301120000.export.CSV.zip"
    with zipfile.ZipFile(zipped, "w") as z:
        z.write(GDELT, GDELT.name)
    out = tmp_path / "out"
    run = cli("build", "--events", zipped, "--countries", REGION, "--no-static", "--out", out)
    assert run.exit_code == 0, run.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    n = report["events"]
    assert (n["placed"], n["unplaced"], n["rejected"]) == (8, 1, 4)
    assert [r["line"] for r in report["rejected"]] == [9, 10, 11, 12]
    assert any("1 of 14 rows left out" in w["warning"] for w in report["warnings"])
    assert report["unplaced"][0]["id"] == "gdelt-1210000007"


def test_a_row_repeated_word_for_word_is_read_once_and_counted(tmp_path):
    lines = GDELT.read_text(encoding="utf-8").splitlines(keepends=True)
    twice = tmp_path / "twice.CSV"
    twice.write_text("".join(lines + lines[:2]), encoding="utf-8")
    got = read(twice)
    assert got.rows == 16 and len(got.events) == 10 and got.repeated == 2
    assert len(got.events) + len(got.problems) + got.outside + got.repeated == got.rows
