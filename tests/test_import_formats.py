"""Telling event files apart (by content, or --format), the crosswalk tables, and --countries."""
from __future__ import annotations

import csv
import io
import json
import shutil
import zipfile
from importlib.resources import files
from pathlib import Path

import pytest

from geomap import crosswalk
from geomap.dataset import bundled_path
from geomap.errors import InputError
from geomap.events import EVENT_TYPES, GEO_PRECISIONS, read_events, to_csv
from geomap.importers import detect, parse_countries, read, read_table

DATASETS = Path(__file__).parent / "fixtures" / "datasets"
FIXTURES = {"gdelt": DATASETS / "20250301120000.export.CSV", "acled": DATASETS / "acled_east_asia_europe.csv",
            "polecat": DATASETS / "polecat_sample.jsonl"}


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_each_dataset_is_known_by_its_content_whatever_its_name(tmp_path, name):
    assert detect(FIXTURES[name]) == name
    renamed = tmp_path / "download.txt"
    shutil.copy(FIXTURES[name], renamed)
    assert detect(renamed) == name


def test_geomaps_own_files_are_read_as_before(tmp_path):
    own = Path(str(bundled_path()))
    assert detect(own) == "geomap"
    before = read_events(own)
    got = read(own)
    assert got.events == before.events and got.dataset == "geomap" and got.rows == len(before.events)
    exported = tmp_path / "events.csv"
    exported.write_text(to_csv(before.events), encoding="utf-8")
    assert detect(exported) == "geomap" and read(exported).events == before.events


def test_countries_filter_geomaps_own_files_too():
    own = Path(str(bundled_path()))
    everything = read(own).events
    got = read(own, countries={"BY"})
    assert got.events == [e for e in everything if "BY" in e.actors]
    assert got.outside == len(everything) - len(got.events) > 0
    # The build reads own files as columns: the same rows, and the same count left out.
    table = read_table(own, countries={"BY"})
    assert table.table.column("id").to_pylist() == [e.id for e in got.events]
    assert (table.outside, table.rows) == (got.outside, got.rows)


def test_a_file_of_no_known_kind_asks_for_format(tmp_path):
    odd = tmp_path / "notes.txt"
    odd.write_text("just some words\n", encoding="utf-8")
    with pytest.raises(InputError, match="--format"):
        read(odd)


def test_format_overrides_detection_and_says_what_is_missing():
    with pytest.raises(InputError, match="event_id_cnty"):
        read(FIXTURES["gdelt"], format="acled")
    with pytest.raises(InputError, match="--format"):
        read(FIXTURES["gdelt"], format="icews")


def test_a_zip_of_several_files_is_refused(tmp_path):
    zipped = tmp_path / "two.zip"
    with zipfile.ZipFile(zipped, "w") as z:
        z.writestr("a.CSV", "x")
        z.writestr("b.CSV", "y")
    with pytest.raises(InputError, match="holds 2 files"):
        read(zipped, format="gdelt")


def test_bytes_that_are_not_utf8_name_their_line(tmp_path):
    lines = FIXTURES["gdelt"].read_bytes().splitlines(keepends=True)
    broken = tmp_path / "broken.CSV"
    broken.write_bytes(b"".join(lines[:3]) + lines[3].replace(b"Minsk", b"M\xffnsk") + b"".join(lines[4:]))
    with pytest.raises(InputError, match="not UTF-8") as e:
        read(broken)
    assert e.value.line == 4


@pytest.mark.parametrize("text, expected", [("JP,KR", {"JP", "KR"}), (" jp , kp ", {"JP", "KP"}),
                                            (["RU", "UA"], {"RU", "UA"}), (None, None)])
def test_parse_countries(text, expected):
    assert parse_countries(text) == (frozenset(expected) if expected else None)


@pytest.mark.parametrize("text", ["JPN,KR", "", "J1"])
def test_parse_countries_refuses_what_is_no_iso2_list(text):
    with pytest.raises(InputError, match="--countries"):
        parse_countries(text)


# --- the crosswalk tables: every row checked -----------------------------------------------------------

def _table(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO((files("geomap") / "data" / name).read_text(encoding="utf-8"))))


PLOVER_CATEGORIES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                     "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


@pytest.mark.parametrize("name, column, allowed", [
    ("cameo_types.csv", "event_type", EVENT_TYPES), ("plover_types.csv", "event_type", EVENT_TYPES),
    ("acled_types.csv", "event_type", EVENT_TYPES), ("plover_export.csv", "event_type", EVENT_TYPES),
    ("geo_precision.csv", "geo_precision", GEO_PRECISIONS),
    ("plover_resolution.csv", "geo_precision", GEO_PRECISIONS),
])
def test_tables_name_only_our_types_and_precisions(name, column, allowed):
    rows = _table(name)
    assert rows and all(r[column] in allowed for r in rows), name


@pytest.mark.parametrize("name, column", [("cameo_types.csv", "plover_event"), ("plover_types.csv", "plover_event"),
                                          ("acled_types.csv", "plover_event"), ("plover_export.csv", "plover_event")])
def test_tables_name_only_plover_categories(name, column):
    assert {r[column] for r in _table(name)} - {""} <= PLOVER_CATEGORIES


def test_cameo_table_has_every_root_and_only_codes_under_them():
    rows = _table("cameo_types.csv")
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes))
    roots = {c for c in codes if len(c) == 2}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    assert all(c.isdigit() and 2 <= len(c) <= 4 and c[:2] in roots for c in codes)
    assert {r["code"] for r in rows if r["event_type"] == "visit"} == {"042", "043"}


@pytest.mark.parametrize("code, expected", [("0421", "042"), ("042", "042"), ("040", "04"), ("1383", "138"),
                                            ("21", None), ("", None)])
def test_cameo_lookup_falls_back_to_the_base_and_root_code(code, expected):
    hit = crosswalk.cameo(code)
    assert (hit.code if hit else None) == expected


def test_acled_table_covers_the_codebooks_six_types_and_25_sub_types():
    rows = _table("acled_types.csv")
    assert len(rows) == 25 and len({(r["acled_event_type"], r["sub_event_type"]) for r in rows}) == 25
    assert {r["acled_event_type"] for r in rows} == {
        "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
        "Strategic developments"}
    assert crosswalk.acled("STRATEGIC DEVELOPMENTS", "agreement").event_type == "agreement"
    assert crosswalk.acled("Battles", "a sub-type ACLED adds later").event_type == "military"
    assert crosswalk.acled("Strategic developments", "new").event_type == "other"
    assert crosswalk.acled("Parades", "Other") is None


def test_geo_precision_codes_per_dataset():
    rows = _table("geo_precision.csv")
    by = {}
    for r in rows:
        by.setdefault(r["dataset"], set()).add(r["code"])
    assert by == {"GDELT": set("12345"), "ACLED": set("123"), "POLECAT": set("12345")}
    assert crosswalk.plover_resolution() == {"site": 5, "city": 4, "island": 3, "admin1": 2, "country": 1}
    assert set(crosswalk.plover_export()) == set(EVENT_TYPES)


# --- the command line --------------------------------------------------------------------------------

def test_build_names_the_format_of_a_file_it_cannot_tell(tmp_path, cli):
    odd = tmp_path / "notes.txt"
    odd.write_text("just some words\n", encoding="utf-8")
    run = cli("build", "--events", odd, "--no-static", "--out", tmp_path / "o")
    assert run.exit_code == 1 and isinstance(run.exception, SystemExit), "an error, not a crash"
    assert "--format" in run.stderr and "notes.txt" in run.stderr


def test_build_refuses_countries_that_are_no_codes(tmp_path, cli):
    run = cli("build", "--events", FIXTURES["acled"], "--countries", "Japan", "--out", tmp_path / "o")
    assert run.exit_code == 1 and isinstance(run.exception, SystemExit), "an error, not a crash"
    assert "--countries" in run.stderr


def test_build_with_format_and_countries_from_a_polecat_file_named_otherwise(tmp_path, cli):
    src = tmp_path / "polecat-week.txt"
    shutil.copy(FIXTURES["polecat"], src)
    out = tmp_path / "o"
    run = cli("build", "--events", src, "--format", "polecat", "--countries", "JP,KR,KP,RU,UA,BY",
              "--no-static", "--out", out)
    assert run.exit_code == 0, run.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["events"]["placed"] + report["events"]["unplaced"] == 7
    assert report["events"]["rejected"] == 4
