"""ACLED CSV exports as `geomap build --events` reads them: codebook columns, dates with their
precision, actors' countries from their names, places with ACLED's precision code."""
from __future__ import annotations

from pathlib import Path

import pytest

from geomap.errors import InputError
from geomap.importers import read

ACLED = Path(__file__).parent / "fixtures" / "datasets" / "acled_east_asia_europe.csv"


@pytest.fixture(scope="module")
def imported():
    got = read(ACLED)
    return got, {e.id: e for e in got.events}


def test_every_row_is_an_event_or_a_rejected_row(imported):
    got, _ = imported
    data_rows = len(ACLED.read_text(encoding="utf-8").splitlines()) - 1
    assert got.rows == data_rows == 12
    assert len(got.events) + len(got.problems) == data_rows


def test_rejected_rows_name_line_field_and_reason(imported):
    got, _ = imported
    assert [(p.line, p.field) for p in got.problems] == [
        (8, "event_date"), (9, "geo_precision"), (10, "event_type"), (12, None)]
    assert "Parades" in got.problems[2].reason and "31" in got.problems[3].reason


def test_time_precision_sets_the_span(imported):
    _, by_id = imported
    day, week, month = by_id["acled-KOR1001"], by_id["acled-UKR2002"], by_id["acled-BLR3001"]
    assert (day.date_start, day.date_end, day.date_precision) == ("2024-05-04", "2024-05-04", "day")
    assert (week.date_start, week.date_end) == ("2024-05-04", "2024-05-10")   # '7 May 2024' ± 3 days
    assert (month.date_start, month.date_end, month.date_precision) == ("2024-05", "2024-05", "month")


def test_geo_precision_and_place(imported):
    _, by_id = imported
    town, region = by_id["acled-KOR1001"], by_id["acled-UKR2002"]
    assert (town.venue, town.venue_country, town.geo_precision, town.lat) == ("Seoul - Jongno", "KR", "city", 37.573)
    assert region.geo_precision == "admin1"   # ACLED 2: near a town or part of a region


def test_actor_countries_come_from_actor_names(imported):
    _, by_id = imported
    assert by_id["acled-UKR2001"].actors == ("UA", "JP")
    assert by_id["acled-UKR2002"].actors == ("RU", "UA")
    assert by_id["acled-PRK7001"].actors == ("KP",)


def test_types_follow_event_and_sub_event_type(imported):
    _, by_id = imported
    assert by_id["acled-UKR2001"].event_type == "agreement"
    assert by_id["acled-UKR2002"].event_type == "military"
    assert by_id["acled-KOR1001"].event_type == "other"
    assert by_id["acled-JPN4001"].event_type == "other"   # 'protestors': the sub-type's siblings decide


def test_source_id_sources_and_dataset_are_kept(imported):
    _, by_id = imported
    e = by_id["acled-KOR1001"]
    assert e.why["dataset"] == "ACLED" and e.why["source_id"] == "KOR1001"
    assert e.why["sub_event_type"] == "Peaceful protest" and "Fixture News" in e.summary
    assert e.source_urls == ()   # ACLED gives no address


def test_countries_filter(imported):
    got = read(ACLED, countries={"JP", "KR", "KP", "RU", "UA", "BY"})
    assert got.outside == 1 and "acled-DEU5001" not in {e.id for e in got.events}
    assert len(got.events) + len(got.problems) + got.outside == got.rows


def test_the_events_country_stands_for_actors_that_name_none(tmp_path):
    header, row = ACLED.read_text(encoding="utf-8").splitlines()[:2]
    row = row.replace("Protesters (South Korea)", "Students")
    path = tmp_path / "acled.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    assert read(path).events[0].actors == ("KR",)


def test_upper_case_headers_of_older_exports(tmp_path, imported):
    got, _ = imported
    header, *rows = ACLED.read_text(encoding="utf-8").splitlines()
    path = tmp_path / "old.csv"
    path.write_text("\n".join([header.upper(), *rows]) + "\n", encoding="utf-8")
    assert [e.id for e in read(path).events] == [e.id for e in got.events]


def test_a_file_without_the_id_column_is_refused(tmp_path):
    path = tmp_path / "acled.csv"
    path.write_text("event_date,event_type\n2024-01-01,Protests\n", encoding="utf-8")
    with pytest.raises(InputError, match="event_id_cnty"):
        read(path, format="acled")


def test_a_row_without_coordinates_is_placed_by_the_gazetteer(imported):
    from geomap.api import _locate

    _, by_id = imported
    row = by_id["acled-RUS6002"]
    assert not row.placed
    placed, reasons = _locate([row], online=False)
    assert placed[0].placed and placed[0].venue_country == "RU" and not reasons
