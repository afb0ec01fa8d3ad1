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
