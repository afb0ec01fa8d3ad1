"""POLECAT/PLOVER JSON lines as `geomap build --events` reads them: PLOVER categories and modes,
actors and recipients, the Mordecai location with its resolution."""
from __future__ import annotations

from pathlib import Path

import pytest

from geomap import crosswalk
from geomap.importers import read

POLECAT = Path(__file__).parent / "fixtures" / "datasets" / "polecat_sample.jsonl"


@pytest.fixture(scope="module")
def imported():
    got = read(POLECAT)
    return got, {e.id: e for e in got.events}


def test_every_line_is_an_event_or_a_rejected_row(imported):
    got, _ = imported
    lines = sum(1 for line in POLECAT.read_text(encoding="utf-8").splitlines() if line.strip())
    assert got.rows == lines == 12 and len(got.events) + len(got.problems) == lines


def test_rejected_lines_name_line_field_and_reason(imported):
    got, _ = imported
    assert [(p.line, p.field) for p in got.problems] == [
        (7, None), (8, "event"), (9, "event"), (10, "event_loc.resolution")]
    assert "JSON" in got.problems[0].reason and "DANCE" in got.problems[2].reason


def test_consult_with_the_visit_mode_is_a_visit_from_the_actor(imported):
    _, by_id = imported
    e = by_id["polecat-20240601-0001-fixture_CONSULT"]
    assert (e.event_type, e.origin, e.actors) == ("visit", "JP", ("JP", "UA"))
    assert (e.venue, e.venue_country, e.geo_precision) == ("Kyiv", "UA", "city")
    assert e.source_urls == ("https://wire.example.org/2024/06/01/visit",)
    assert e.why["dataset"] == "POLECAT" and e.why["source_id"] == "20240601-0001-fixture_CONSULT"


@pytest.mark.parametrize("event_id, event_type, precision", [
    ("polecat-20240602-0002-fixture_CONSULT", "meeting", None),       # phone, no event_loc
    ("polecat-20240603-0003-fixture_AGREE", "statement", "city"),
    ("polecat-20240604-0004-fixture_ASSAULT", "military", "city"),    # military context
    ("polecat-20240605-0005-fixture_CONSULT", "meeting", "admin1"),   # multilateral, resolution 2
    ("polecat-20240611-0011-fixture_SUPPORT", "statement", "country"),
    ("polecat-20240620-0012-fixture_CONSULT", "meeting", "site"),     # third-party, resolution 5
])
def test_categories_and_resolutions(imported, event_id, event_type, precision):
    _, by_id = imported
    e = by_id[event_id]
    assert (e.event_type, e.geo_precision) == (event_type, precision)


def test_an_end_date_makes_a_span(imported):
    _, by_id = imported
    e = by_id["polecat-20240620-0012-fixture_CONSULT"]
    assert (e.date_start, e.date_end) == ("2024-06-20", "2024-06-21")


def test_countries_filter_reads_actors_and_recipients(imported):
    got = read(POLECAT, countries={"JP", "KR", "KP", "RU", "UA", "BY"})
    assert got.outside == 1 and "polecat-20240606-0006-fixture_CONSULT" not in {e.id for e in got.events}
    assert {e.id for e in read(POLECAT, countries={"US"}).events} == {"polecat-20240605-0005-fixture_CONSULT"}


@pytest.mark.parametrize("category, modes, contexts, expected", [
    ("CONSULT", ("visit",), (), "visit"),
    ("consult", ("Phone",), (), "meeting"),
    ("ASSAULT", (), ("military",), "military"),
    ("ASSAULT", (), ("crime",), "other"),
    ("AID", (), ("military",), "military"),
    ("AGREE", (), ("military",), "statement"),
    ("FLY", (), (), None),
])
def test_plover_crosswalk(category, modes, contexts, expected):
    assert crosswalk.plover_type(category, modes, contexts) == expected
