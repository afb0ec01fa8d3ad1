"""The vendored assets (geomap/_vendor/, written by `make vendor`) and the TopoJSON decoder.

Geodata is compared with the independent Natural Earth extracts in ../shared/data, which were made
from other releases and tools, so agreement here means our pipeline picked and converted the right
shapes. Those comparisons skip without ../shared (and fail in CI, see tests/shared_data.py); every
test fails, never skips, when _vendor is missing.
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest
import shapely
from pyproj import Geod
from shapely.geometry import shape

from geomap import assets
from geomap.errors import AssetError
from geomap.topojson import decode_arcs, feature
from shared_data import path as shared_path

REPO = Path(__file__).resolve().parents[1]
VENDOR = REPO / "geomap" / "_vendor"
GEOD = Geod(ellps="WGS84")

# Our island ids are gazetteer ids; the reference file calls the Habomai group just "habomai".
REFERENCE_ISLAND_ID = {"iturup": "iturup", "kunashir": "kunashir", "shikotan": "shikotan",
                       "habomai-islands": "habomai"}
# name in world-atlas → (ISO 3166-1 numeric, alpha-3 used by the reference file)
COUNTRIES = {"Japan": ("392", "JPN"), "Russia": ("643", "RUS"), "North Korea": ("408", "PRK"),
             "South Korea": ("410", "KOR"), "Ukraine": ("804", "UKR"), "Belarus": ("112", "BLR")}


@pytest.fixture(scope="module")
def vendor() -> Path:
    if not (VENDOR / "manifest.json").is_file():
        pytest.fail(f"{VENDOR} is missing or incomplete: run `make vendor` first")
    return VENDOR


def reference(name: str) -> dict[str, Any]:
    path = shared_path("data", name)
    return json.loads(path.read_text(encoding="utf-8"))


def km2(geometry: Any) -> float:
    return abs(GEOD.geometry_area_perimeter(geometry)[0]) / 1e6


def km_between(a: Any, b: Any) -> float:
    return GEOD.inv(a.x, a.y, b.x, b.y)[2] / 1000


def all_positions(coordinates: Any) -> list[list[float]]:
    if isinstance(coordinates[0], (int, float)):
        return [coordinates]
    return [p for c in coordinates for p in all_positions(c)]


# --- islands.geojson ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def islands(vendor: Path) -> dict[str, dict[str, Any]]:
    return {f["id"]: f for f in assets.geojson("islands.geojson")["features"]}


@pytest.fixture(scope="module")
def reference_islands() -> dict[str, dict[str, Any]]:
    return {f["properties"]["id"]: f for f in reference("kuril_disputed_islands.geojson")["features"]}


def test_island_ids_match_reference(islands, reference_islands) -> None:
    assert sorted(islands) == sorted(REFERENCE_ISLAND_ID)
    assert sorted(REFERENCE_ISLAND_ID[i] for i in islands) == sorted(reference_islands)
    assert all(f["properties"]["id"] == i for i, f in islands.items())


@pytest.mark.parametrize("island_id", sorted(REFERENCE_ISLAND_ID))
def test_island_matches_reference_shape(islands, reference_islands, island_id: str) -> None:
    ours = shape(islands[island_id]["geometry"])
    theirs = shape(reference_islands[REFERENCE_ISLAND_ID[island_id]]["geometry"])
    assert ours.is_valid
    assert km2(ours) == pytest.approx(km2(theirs), rel=0.10)
    assert km_between(ours.centroid, theirs.centroid) < 10
    assert islands[island_id]["properties"]["area_km2"] == pytest.approx(km2(ours), abs=0.05)


def test_habomai_is_four_islets_and_others_one_polygon(islands) -> None:
    assert islands["habomai-islands"]["geometry"]["type"] == "MultiPolygon"
    assert len(islands["habomai-islands"]["geometry"]["coordinates"]) == 4
    for island_id in ("iturup", "kunashir", "shikotan"):
        assert islands[island_id]["geometry"]["type"] == "Polygon"


def test_islands_follow_rfc7946(islands) -> None:
    for island in islands.values():
        for polygon in shapely.get_parts(shape(island["geometry"])):
            assert polygon.exterior.is_ccw, island["id"]
            assert all(not hole.is_ccw for hole in polygon.interiors), island["id"]
        assert all(round(v, 6) == v for p in all_positions(island["geometry"]["coordinates"]) for v in p)
        assert "world-atlas@2.0.2" in island["properties"]["source"]


# --- countries.geojson -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def countries(vendor: Path) -> list[dict[str, Any]]:
    return assets.geojson("countries.geojson")["features"]


def test_base_layer_is_a_valid_coverage_inside_the_globe(countries) -> None:
    shapes = [shape(f["geometry"]) for f in countries]
    assert len(shapes) > 200
    invalid = [f["properties"]["name"] for f, g in zip(countries, shapes) if not g.is_valid]
    assert invalid == []
    assert shapely.coverage_is_valid(shapes)  # neighbours still share their borders exactly
    for f in countries:
        positions = all_positions(f["geometry"]["coordinates"])
        assert all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in positions), f["properties"]["name"]
        assert all(round(v, 3) == v for p in positions for v in p)


def test_no_edge_wraps_across_the_antimeridian(countries) -> None:
    """An uncut Chukotka or Fiji ring would paint a band across the whole map.

    The one long edge allowed is Antarctica's, which runs along the pole as in Natural Earth.
    """
    for f in countries:
        for polygon in shapely.get_parts(shape(f["geometry"])):
            coords = list(polygon.exterior.coords)
            long_edges = [(a, b) for a, b in zip(coords, coords[1:]) if abs(b[0] - a[0]) > 180]
            assert all(a[1] < -89.9 and b[1] < -89.9 for a, b in long_edges), f["properties"]["name"]
    antarctica = [f for f in countries if f["properties"]["name"] == "Antarctica"]
    assert len(antarctica) == 1 and shape(antarctica[0]["geometry"]).bounds[1] < -89.9


def test_base_layer_is_small_enough_to_inline(vendor: Path) -> None:
    assert (vendor / "countries.geojson").stat().st_size < 1_500_000


@pytest.mark.parametrize("name", sorted(COUNTRIES))
def test_country_matches_reference(countries, name: str) -> None:
    iso_n3, iso_a3 = COUNTRIES[name]
    ours = [f for f in countries if f["properties"]["name"] == name]
    assert len(ours) == 1 and ours[0]["properties"]["iso_n3"] == iso_n3
    theirs = [f for f in reference("world_countries_50m.geojson")["features"]
              if f["properties"]["iso_a3"] == iso_a3]
    assert len(theirs) == 1
    ours_shape, theirs_shape = shape(ours[0]["geometry"]), shape(theirs[0]["geometry"])
    assert km2(ours_shape) == pytest.approx(km2(theirs_shape), rel=0.03)
    assert theirs_shape.contains(ours_shape.representative_point())


# --- JS and CSS inlined into pages -------------------------------------------------------------

@pytest.mark.parametrize("name", ["leaflet.js", "leaflet.css"])
def test_inlined_files_cannot_close_their_tag(vendor: Path, name: str) -> None:
    body = assets.text(name).lower()
    assert len(body) > 10_000
    assert "</script" not in body and "</style" not in body


def test_leaflet_css_has_no_relative_urls(vendor: Path) -> None:
    css = assets.text("leaflet.css")
    urls = re.findall(r"url\(\s*['\"]?([^'\")]*)", css)
    assert sum(u.startswith("data:image/png;base64,") for u in urls) == 3
    # `url(#default#VML)` is an old IE behaviour reference, not a file: harmless inline.
    assert [u for u in urls if not u.startswith(("data:", "#"))] == []


def test_vendored_versions_are_the_pinned_ones(vendor: Path) -> None:
    assert "Leaflet 1.9.4" in assets.text("leaflet.js")[:300]


# --- manifest.json -----------------------------------------------------------------------------

def test_manifest_hashes_match_files_and_lock(vendor: Path) -> None:
    manifest = assets.geojson("manifest.json")
    written = sorted(p.name for p in vendor.iterdir() if p.is_file() and p.name != "manifest.json"
                     and not p.name.startswith((".", "page-frame-")))
    assert sorted(manifest["files"]) == written
    for name, entry in manifest["files"].items():
        assert hashlib.sha256((vendor / name).read_bytes()).hexdigest() == entry["sha256"], name
        assert entry["package"] in manifest["packages"] and entry["member"].startswith("package/")
    lock = json.loads((REPO / "scripts" / "vendor.lock.json").read_text(encoding="utf-8"))["packages"]
    assert manifest["packages"] == {f"{n}@{p['version']}": {"integrity": p["integrity"]}
                                    for n, p in lock.items()}


def test_baked_page_frame_is_the_one_folium_makes_now(vendor: Path) -> None:
    """`make vendor` bakes folium's page frame so a first build never imports folium; it must be
    exactly what the installed folium renders from the current page code."""
    from geomap.render.frame import render_frame
    from geomap.render.html import _frame_key

    baked = sorted(vendor.glob("page-frame-*.html"))
    assert [p.name for p in baked] == [f"page-frame-{_frame_key()}.html"], "run `make vendor` again"
    assert baked[0].read_text(encoding="utf-8") == render_frame()


# --- geomap.assets -----------------------------------------------------------------------------

def test_geojson_is_parsed_once(vendor: Path) -> None:
    assert assets.geojson("islands.geojson") is assets.geojson("islands.geojson")


@pytest.mark.parametrize("name", ["no-such-file.js", "../pyproject.toml", ""])
def test_missing_or_odd_asset_names_raise_asset_error(vendor: Path, name: str) -> None:
    with pytest.raises(AssetError, match="make vendor|not a vendored file"):
        assets.text(name)


# --- geomap.topojson ---------------------------------------------------------------------------

# A 2×2 square split into two unit squares that share arc 1 (x = 1), quantized with a non-trivial
# transform. The right square walks arc 1 backwards (~1 == -2).
TOPOLOGY = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.25], "translate": [10, 20]},
    "arcs": [
        [[2, 0], [-2, 0], [0, 8], [2, 0]],   # (11,20) → (10,20) → (10,22) → (11,22)
        [[2, 8], [0, -8]],                   # (11,22) → (11,20): the shared edge
        [[2, 8], [2, 0], [0, -8], [-2, 0]],  # (11,22) → (12,22) → (12,20) → (11,20)
    ],
    "objects": {
        "squares": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "arcs": [[0, 1]], "id": "left", "properties": {"n": 1}},
            {"type": "MultiPolygon", "arcs": [[[2, ~1]]], "id": "right"},
            {"type": None, "id": "nothing"},
            {"type": "GeometryCollection", "geometries": [
                {"type": "Point", "coordinates": [4, 4]},
                {"type": "LineString", "arcs": [~1]},
            ]},
        ]},
        "corner": {"type": "Point", "coordinates": [0, 0]},
    },
}


def test_decoder_dequantizes_delta_encoded_arcs() -> None:
    assert decode_arcs(TOPOLOGY)[1] == [[11.0, 22.0], [11.0, 20.0]]


def test_decoder_stitches_shared_and_reversed_arcs_exactly() -> None:
    left, right, nothing, collection = feature(TOPOLOGY, "squares")["features"]
    assert left == {"type": "Feature", "id": "left", "properties": {"n": 1}, "geometry": {
        "type": "Polygon",
        "coordinates": [[[11, 20], [10, 20], [10, 22], [11, 22], [11, 20]]]}}
    assert right["geometry"] == {"type": "MultiPolygon", "coordinates": [
        [[[11, 22], [12, 22], [12, 20], [11, 20], [11, 22]]]]}
    assert right["properties"] == {}
    assert nothing["geometry"] is None and nothing["id"] == "nothing"
    assert collection["geometry"] == {"type": "GeometryCollection", "geometries": [
        {"type": "Point", "coordinates": [12.0, 21.0]},
        {"type": "LineString", "coordinates": [[11, 20], [11, 22]]}]}
    assert shape(left["geometry"]).union(shape(right["geometry"])).area == 4


def test_decoder_reads_unquantized_topologies_and_single_objects() -> None:
    plain = {"type": "Topology", "arcs": [[[0, 0], [3, 0], [3, 3], [0, 0]]],
             "objects": {"t": {"type": "Polygon", "arcs": [[~0]]},
                         "p": {"type": "Point", "coordinates": [1.5, 2]}}}
    assert feature(plain, "t")["geometry"]["coordinates"] == [[[0, 0], [3, 3], [3, 0], [0, 0]]]
    assert feature(plain, "p")["geometry"] == {"type": "Point", "coordinates": [1.5, 2]}
    assert feature(TOPOLOGY, "corner")["geometry"]["coordinates"] == [10, 20]


def test_decoder_names_what_is_wrong() -> None:
    with pytest.raises(AssetError, match="no object 'land'"):
        feature(TOPOLOGY, "land")
    open_ring = {"type": "Topology", "arcs": [[[0, 0], [1, 0], [1, 1]]],
                 "objects": {"x": {"type": "Polygon", "arcs": [[0]]}}}
    with pytest.raises(AssetError, match="not closed"):
        feature(open_ring, "x")

