"""The Python API as a notebook user meets it: the README's examples and each function's docstring
run as they are written, then what they promise that the examples do not show."""
from __future__ import annotations

import doctest
import subprocess
import sys
from pathlib import Path

import folium
import geopandas
import pandas
import pytest

import geomap
import geomap.api
from geomap.errors import InputError

REPO = Path(__file__).resolve().parents[1]
DATASETS = REPO / "tests" / "fixtures" / "datasets"
GDELT = DATASETS / "20250301120000.export.CSV"


@pytest.fixture
def in_a_fresh_folder(tmp_path, monkeypatch):
    """The examples name paths from the repository's root and write output/: give them a folder
    where tests/ is the suite's and output/ is new."""
    (tmp_path / "tests").symlink_to(REPO / "tests", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_readme_examples_run(in_a_fresh_folder):
    result = doctest.testfile(str(REPO / "README.md"), module_relative=False, optionflags=doctest.ELLIPSIS,
                              globs={}, verbose=False, report=True)
    assert result.attempted >= 10 and result.failed == 0
    assert (in_a_fresh_folder / "output" / "gdelt" / "events.gpkg").is_file()


def test_the_docstring_examples_run(in_a_fresh_folder):
    result = doctest.testmod(geomap.api, extraglobs={"tmp": in_a_fresh_folder}, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 10 and result.failed == 0


def test_importing_geomap_stays_light():
    code = "import sys, geomap; print(sorted(m for m in ('geopandas', 'folium', 'pandas') if m in sys.modules))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert run.stdout.strip() == "[]", run.stderr
    assert geomap.read_events is geomap.api.read_events
    with pytest.raises(AttributeError):
        geomap.no_such_function  # noqa: B018


# --- read_events -----------------------------------------------------------------------------------

def test_read_events_gives_geomaps_own_files_as_a_geodataframe():
    from geomap.dataset import bundled_path, load_bundled

    frame = geomap.read_events(str(bundled_path()))
    expected = load_bundled()
    assert isinstance(frame, geopandas.GeoDataFrame) and frame.crs.to_epsg() == 4326
    assert list(frame["id"]) == [e.id for e in expected]
    assert frame["dataset"].isna().all() and frame.attrs["rejected"] == []
    first = frame.iloc[0]
    assert (first.geometry.x, first.geometry.y) == (expected[0].lon, expected[0].lat)
    assert list(first["actors"]) == list(expected[0].actors)


def test_read_events_lists_rejected_rows_or_stops_with_strict():
    frame = geomap.read_events(GDELT)
    assert [(r["line"], r["field"]) for r in frame.attrs["rejected"]] == [
        (9, "EventCode"), (10, "SQLDATE"), (11, None), (12, "ActionGeo_Lat")]
    with pytest.raises(InputError, match="EventCode"):
        geomap.read_events(GDELT, strict=True)


# --- build from tables --------------------------------------------------------------------------------

def test_build_takes_a_dataframe_whose_geometry_gives_the_place(tmp_path):
    events = geomap.read_events(DATASETS / "acled_east_asia_europe.csv")
    projected = events.drop(columns=["lat", "lon"]).to_crs("EPSG:3857")  # as a GIS user may hand it over
    report = geomap.build(projected, out=tmp_path / "o", static=False)
    placed = int(events.geometry.notna().sum())
    assert report.placed == placed + 1   # + the row the gazetteer places (Vladivostok)
    back = geopandas.read_file(tmp_path / "o" / "events.gpkg")
    row = back.set_index("id").loc["acled-KOR1001"]
    assert row.geometry.x == pytest.approx(126.9794) and row.geometry.y == pytest.approx(37.573)
    assert row["dataset"] == "ACLED"


def test_build_takes_a_plain_dataframe_and_reports_its_bad_rows(tmp_path):
    table = pandas.DataFrame([
        {"doc": "notes", "date_start": "2024-03-01", "event_type": "meeting", "headline": "Talks in Tokyo",
         "venue_text": "Tokio", "actors": ["JP", "KR"]},
        {"doc": "notes", "date_start": "2024-02-30", "event_type": "meeting", "headline": "A day that is not"},
    ])
    report = geomap.build(table, out=tmp_path / "o", static=False)
    assert report.placed == 1 and [r["field"] for r in report.rejected] == ["date_start"]


def test_build_takes_a_list_of_paths_and_the_countries(tmp_path):
    report = geomap.build([GDELT, DATASETS / "polecat_sample.jsonl"], out=tmp_path / "o", static=False,
                          countries=["RU", "BY"])
    assert report.placed + len(report.unplaced) == 6
    assert len(report.event_files) == 2


# --- interactive_map --------------------------------------------------------------------------------

def test_interactive_map_groups_datasets_and_shows_in_jupyter():
    frames = [geomap.read_events(DATASETS / f) for f in ("acled_east_asia_europe.csv", "polecat_sample.jsonl")]
    events = pandas.concat(frames, ignore_index=True)
    m = geomap.interactive_map(events, title="Fixture events")
    assert isinstance(m, folium.Map)
    page = m.get_root().render()
    for layer in ("ACLED: Military (1)", "ACLED: Agreements (1)", "POLECAT: Visits (2)", "POLECAT: Meetings (2)"):
        assert layer in page
    assert "Fixture events" in page
    assert "<iframe" in m._repr_html_()   # what Jupyter shows inline


def test_interactive_map_draws_centroids_hollow_and_escapes_text():
    from geomap.dataset import load_bundled

    own = load_bundled()[0]
    shouting = own.with_(id="x1", headline="<script>alert(1)</script> talks", geo_precision="country")
    m = geomap.interactive_map([own, shouting])
    page = m.get_root().render()
    assert "<script>alert(1)</script>" not in page
    geojson, feature = next((c, f) for c in _children(m) if isinstance(c, folium.GeoJson)
                            for f in c.data["features"] if f.get("id") == "x1")
    assert feature["properties"]["headline"] == "&lt;script&gt;alert(1)&lt;/script&gt; talks"
    assert geojson.style_function(feature)["fillOpacity"] == 0.0             # a country: hollow
    assert geojson.style_function({"properties": {"exact": True}})["fillOpacity"] > 0   # a city: filled


def _children(element):
    for child in element._children.values():
        yield child
        yield from _children(child)


def test_interactive_map_places_events_that_only_name_their_place():
    table = pandas.DataFrame([{"doc": "d", "date_start": "2024-03-01", "event_type": "visit",
                               "headline": "A visit to Vladivostok", "venue_text": "we Władywostoku"}])
    page = geomap.interactive_map(table).get_root().render()
    assert "Vladivostok" in page and "Visits (1)" in page


def test_interactive_map_refuses_a_bad_row_naming_it():
    table = pandas.DataFrame([{"doc": "d", "date_start": "2024-13-01", "event_type": "visit", "headline": "x"}])
    with pytest.raises(InputError, match="date_start"):
        geomap.interactive_map(table)


# --- extract and geocode -------------------------------------------------------------------------

def test_extract_lists_documents_it_cannot_read(tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 not really")
    frame = geomap.extract([REPO / "tests" / "fixtures" / "extract" / "en_news_2023_09.txt", scan])
    assert len(frame) > 0 and [u["file"] for u in frame.attrs["unread"]] == [str(scan)]
    with pytest.raises(InputError):
        geomap.extract(scan, strict=True)
    with pytest.raises(InputError, match="no such file"):
        geomap.extract(tmp_path / "missing.txt")


def test_geocode_uses_the_countries_given():
    assert geomap.geocode("Władywostok").country == "RU"
    assert geomap.geocode("nowhere at all, really") is None


def test_api_functions_are_typed():
    import inspect

    for name in geomap.__all__:
        signature = inspect.signature(getattr(geomap, name))
        assert signature.return_annotation is not inspect.Signature.empty, name
        assert all(p.annotation is not inspect.Parameter.empty for p in signature.parameters.values()
                   if p.kind is not p.VAR_KEYWORD), name
