"""Disputed areas beyond the Kurils: their vendored outlines, which places fall in them, and both
maps drawing them by outline (Crimea, the Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts) or,
where there is none, by a circle (Dokdo/Takeshima, Panmunjom)."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import shapely
from page_data import read as read_page
from pyproj import Geod
from shapely.geometry import shape
from shared_data import path as shared_path
from test_layers import _event

from geomap import assets
from geomap.build import build
from geomap.disputed import area_of, areas, outlines
from geomap.events import to_jsonl
from geomap.events.columns import from_events
from geomap.layers import present, venues_of

# Official areas (km²) of the oblasts and of Crimea with Sevastopol (Ukraine's statistics office).
KNOWN_KM2 = {"crimea": 26_081 + 864, "occupied-donbas": 26_517 + 26_684, "occupied-south": 27_180 + 28_461}
SEVASTOPOL = (44.608, 33.5213)   # GeoNames: the gazetteer knows it only from there


def _km2(geometry: dict) -> float:
    return abs(Geod(ellps="WGS84").geometry_area_perimeter(shape(geometry))[0]) / 1e6


def test_outlines_are_the_oblasts_and_crimea_at_their_size():
    shapes = outlines()
    assert set(shapes) == set(KNOWN_KM2)
    for area_id, km2 in KNOWN_KM2.items():
        geom = shape(shapes[area_id])
        assert geom.is_valid and not geom.is_empty
        assert _km2(shapes[area_id]) == pytest.approx(km2, rel=0.05), area_id
    assert len(assets.text("disputed.geojson")) < 40_000   # small enough to inline in every page


def test_outlines_lie_where_natural_earth_draws_the_states_that_hold_and_claim_them():
    countries = {f["properties"]["iso_a2"]: shape(f["geometry"])
                 for f in json.loads(shared_path("data", "world_countries_50m.geojson").read_text())["features"]}
    for area_id, holder in (("crimea", "RU"), ("occupied-donbas", "UA"), ("occupied-south", "UA")):
        geom = shape(outlines()[area_id])
        # Natural Earth draws Crimea as held on the ground; the oblasts within Ukraine's borders.
        assert geom.intersection(countries[holder]).area / geom.area > 0.95, area_id


@pytest.mark.parametrize("venue_id, lat, lon, expected", [
    ("geonames-694423", *SEVASTOPOL, "crimea"),              # inside the outline of an area held whole
    ("geonames-688533", 44.5022, 34.1662, "crimea"),           # Yalta
    ("crimea", 44.9572, 34.1108, "crimea"),
    ("donetsk", 48.023, 37.8022, "occupied-donbas"),           # listed in disputed.csv
    ("zaporizhzhia-nuclear-power-plant", 47.5119, 34.5856, "occupied-south"),
    ("zaporizhzhia", 47.8517, 35.1171, None),                  # in the oblast's outline, held by Ukraine
    ("kherson", 46.6369, 32.6146, None),
    ("kyiv", 50.4501, 30.5234, None),
    ("liancourt-rocks", 37.24, 131.87, "dokdo"),
])
def test_which_places_lie_in_an_area(venue_id, lat, lon, expected):
    area = area_of(venue_id, lat, lon)
    assert (area.id if area else None) == expected


def _events():
    return [_event(1, *SEVASTOPOL, venue="Sevastopol", venue_id="geonames-694423"),
            _event(2, 48.023, 37.8022, venue="Donetsk", venue_id="donetsk", kind="visit", origin="RU"),
            _event(3, 47.8517, 35.1171, venue="Zaporizhzhia", venue_id="zaporizhzhia"),
            _event(4, 50.4501, 30.5234, venue="Kyiv", venue_id="kyiv", kind="summit"),
            _event(5, 37.9558, 126.6769, venue="Panmunjom", venue_id="panmunjom", precision="site")]


def test_the_layers_list_the_areas_some_venue_lies_in():
    _, venues = venues_of(from_events(_events()))
    assert present(venues) == ("crimea", "occupied-donbas", "panmunjom")
    sevastopol = venues[0]
    assert (sevastopol.area, sevastopol.de_facto, sevastopol.de_jure) == ("crimea", "RU", "UA")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("disputed")
    src = out / "e.jsonl"
    src.write_text(to_jsonl(_events()), encoding="utf-8")
    build(out / "out", [src])
    return out / "out"


def test_the_page_carries_outlines_and_circles_with_labels_and_status(built):
    data = read_page(built / "index.html")
    drawn = {f["properties"]["id"]: f for f in data["areas"]["features"] if not f["properties"].get("island")}
    assert set(drawn) == {"crimea", "occupied-donbas", "panmunjom"}
    assert drawn["crimea"]["geometry"] == outlines()["crimea"]
    assert drawn["occupied-donbas"]["geometry"]["type"] in ("Polygon", "MultiPolygon")
    assert drawn["panmunjom"]["geometry"]["type"] == "Point" and drawn["panmunjom"]["properties"]["radius_km"] > 0
    csv = {a.id: a for a in areas()}
    for area_id, f in drawn.items():
        assert f["properties"]["label"] == csv[area_id].label("en")
        assert f["properties"]["status"] == csv[area_id].status("en")
    assert "Partly held by Russia" in drawn["occupied-donbas"]["properties"]["status"]


def test_the_print_map_draws_and_names_the_same_areas(built):
    root = ET.parse(built / "map.svg").getroot()
    ids = {el.get("id") for el in root.iter() if el.get("id")}
    assert {"legend-area-crimea", "legend-area-occupied-donbas", "area-crimea", "area-occupied-donbas"} <= ids
    # Panmunjom's one event lies far beyond the frame (listed in the outside note): no circle there
    assert not {"legend-area-panmunjom", "area-panmunjom", "legend-area-occupied-south"} & ids
    texts = " ".join("".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "Crimea / Krym / Крим" in texts and "Partly held by Russia" in texts.replace("\n", " ")


def test_the_print_map_draws_an_area_without_outline_as_a_circle(tmp_path):
    from geomap.gazetteer import load
    from geomap.geocode.locate import origin_points
    from geomap.render.print import render_static

    events = [_event(1, 37.9558, 126.6769, venue="Panmunjom", venue_id="panmunjom", precision="site"),
              _event(2, 37.5665, 126.978, venue="Seoul"), _event(3, 39.0392, 125.7625, venue="Pyongyang")]
    root = ET.fromstring(render_static(events, title="DMZ", origin_points=origin_points(events, load()),
                                       sources=[], fmt="svg"))
    ids = {el.get("id") for el in root.iter() if el.get("id")}
    assert {"legend-area-panmunjom", "area-panmunjom"} <= ids
    label = next(el for el in root.iter() if el.get("id") == "area-panmunjom")
    assert "".join(label.itertext()).strip() == "Panmunjom / Panmunjeom · Korean DMZ"   # the font has no hangul


@pytest.mark.browser
def test_the_page_draws_the_oblasts_and_crimea_as_outlines(browser, built):
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((built / "index.html").as_uri())
    page.wait_for_function("window.geomap !== undefined")
    listed = {a["id"]: a for a in page.evaluate("window.geomap.areas()") if not a["island"]}
    assert {k: a["outline"] for k, a in listed.items()} == {"crimea": True, "occupied-donbas": True,
                                                             "panmunjom": False}
    assert page.evaluate("window.geomap.openArea('crimea')")
    assert "Held by Russia since 2014" in page.locator(".leaflet-popup-content").inner_text()
    labels = page.locator(".geomap-area-label").all_inner_texts()
    assert any("Donetsk and Luhansk oblasts" in t for t in labels)
    assert errors == []
    page.close()



def test_an_area_smaller_than_a_mark_is_left_to_its_venues_label():
    from geomap.gazetteer import load
    from geomap.geocode.locate import origin_points
    from geomap.render.print import render_static

    events = [_event(1, 37.9558, 126.6769, venue="Panmunjom", venue_id="panmunjom", precision="site"),
              *(_event(2 + i, 35.6762, 139.6503, venue="Tokyo") for i in range(3)),
              *(_event(5 + i, 55.7558, 37.6173, venue="Moscow") for i in range(3)),
              *(_event(8 + i, 1.2897, 103.8501, venue="Singapore") for i in range(3))]
    root = ET.fromstring(render_static(events, title="Wide", origin_points=origin_points(events, load()),
                                       sources=[], fmt="svg"))
    ids = {el.get("id") for el in root.iter() if el.get("id")}
    assert not {"legend-area-panmunjom", "area-panmunjom"} & ids   # 40 km across on a map of Eurasia
    texts = ["".join(t.itertext()).strip() for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "Panmunjom" in texts

@pytest.mark.parametrize("area", areas(), ids=lambda a: a.id)
def test_every_row_of_the_areas_table(area):
    from geomap.gazetteer import load

    gazetteer = load()
    for place in area.places:
        assert gazetteer.get(place) is not None, place
        assert area_of(place).id == area.id
    assert all(area.labels.get(k) and area.statuses.get(k) for k in ("en", "pl"))
    assert all(s is None or (len(s) == 2 and s.isupper()) for s in (area.de_facto, area.de_jure))
    assert area.radius_km > 0
    outline = outlines().get(area.id)
    assert not area.whole or outline is not None, "an area held whole is found by its outline"
    if outline is not None:   # the label point and every listed place lie inside the outline
        geom = shape(outline)
        assert geom.contains(shapely.Point(area.lon, area.lat))
        for place in area.places:
            p = gazetteer.get(place)
            assert geom.buffer(0.05).contains(shapely.Point(p.lon, p.lat)), place
