"""The place data shipped with geomap (`gazetteer/places.csv` and `gazetteer/names.csv`).

The CSV files are the source people edit; their format is described in `gazetteer/README.md`.
Loading parses about 3,000 rows once per process, so no compiled copy is kept.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from types import MappingProxyType
from typing import Iterator, Mapping

from .errors import GazetteerError
from .names import fold

KINDS = ("city", "admin1", "island", "country", "site")
LANGS = ("en", "pl", "ru", "ja", "ko")
FORMS = ("name", "variant", "inflected", "adjective")
AMBIGUITY = ("", "default", "context")
PLACE_FIELDS = ("id", "kind", "country", "lat", "lon", "geonames_id", "capital_of", "claimed_by",
                "source")
NAME_FIELDS = ("place_id", "lang", "name", "form", "ambiguous")
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_ISO2 = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    kind: str
    country: str
    lat: float
    lon: float
    geonames_id: int | None
    capital_of: str | None
    # Left out of == and hash(): the id already identifies the place, and a mapping cannot be hashed.
    names: Mapping[str, tuple[str, ...]] = field(compare=False)
    # A state that claims the place without administering it (the southern Kurils: JP; Crimea: UA).
    claimed_by: str | None = None


@dataclass(frozen=True)
class Name:
    """One row of names.csv: a way of writing a place, and whether it is shared with another."""
    place_id: str
    lang: str
    text: str
    form: str
    ambiguous: str

    @property
    def key(self) -> str:
        return fold(self.text)


class Gazetteer:
    """Places by id, by exact (folded) name, by country and by GeoNames id."""

    def __init__(self, places: list[Place], names: list[Name], claims: dict[str, str]) -> None:
        self._places = {p.id: p for p in places}
        self._names = tuple(names)
        self._claims = claims
        self._by_key: dict[str, tuple[Name, ...]] = {}
        for n in names:
            self._by_key[n.key] = self._by_key.get(n.key, ()) + (n,)
        self._capitals = {p.capital_of: p for p in places if p.capital_of}
        self._countries = {p.country: p for p in places if p.kind == "country"}
        self._by_geonames = {p.geonames_id: p for p in places if p.geonames_id and p.kind == "city"}

    def get(self, place_id: str) -> Place:
        try:
            return self._places[place_id]
        except KeyError:
            raise GazetteerError(f"no place with id '{place_id}' in the gazetteer") from None

    def __iter__(self) -> Iterator[Place]:
        return iter(self._places.values())

    def __len__(self) -> int:
        return len(self._places)

    def capital(self, iso2: str) -> Place | None:
        return self._capitals.get(iso2.upper())

    def country(self, iso2: str) -> Place | None:
        return self._countries.get(iso2.upper())

    def by_geonames_id(self, geonames_id: int) -> Place | None:
        return self._by_geonames.get(geonames_id)

    def claimed_by(self, place_id: str) -> str | None:
        """The ISO2 code of a state that claims a place it does not administer (Kurils → JP)."""
        return self._claims.get(place_id)

    def names(self) -> tuple[Name, ...]:
        """Every name row, in file order."""
        return self._names

    def named(self, text: str) -> tuple[Name, ...]:
        """The name rows whose folded form equals the folded `text`."""
        return self._by_key.get(fold(text), ())

    def keys(self) -> Iterator[str]:
        """Every folded name, once."""
        return iter(self._by_key)


def _rows(name: str, fields: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    path = f"gazetteer/{name}"
    try:
        text = (files("geomap") / "gazetteer" / name).read_text(encoding="utf-8")
    except OSError as e:
        raise GazetteerError(f"{path}: cannot be read ({e.strerror}); reinstall geomap") from None
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != fields:
        raise GazetteerError(f"{path}:1: expected the columns {','.join(fields)}")
    for rec in reader:
        yield reader.line_num, rec


def _bad(name: str, line: int, col: str, why: str) -> GazetteerError:
    return GazetteerError(f"gazetteer/{name}:{line} field '{col}': {why}")


def _float(rec: dict[str, str], col: str, lo: float, hi: float, line: int) -> float:
    try:
        x = float(rec[col])
    except ValueError:
        raise _bad("places.csv", line, col, f"'{rec[col]}' is not a number") from None
    if not lo <= x <= hi:
        raise _bad("places.csv", line, col, f"{x} is outside {lo}..{hi}")
    return x


def _place_rows() -> Iterator[tuple[dict[str, str], float, float, int | None]]:
    seen: set[str] = set()
    for line, rec in _rows("places.csv", PLACE_FIELDS):
        pid = rec["id"]
        if not _ID.match(pid) or pid in seen:
            raise _bad("places.csv", line, "id", f"'{pid}' is not a lowercase slug or is used twice")
        seen.add(pid)
        if rec["kind"] not in KINDS:
            raise _bad("places.csv", line, "kind", f"'{rec['kind']}' is not one of {', '.join(KINDS)}")
        for col in ("country", "capital_of", "claimed_by"):
            if (rec[col] or col == "country") and not _ISO2.match(rec[col]):
                raise _bad("places.csv", line, col, f"'{rec[col]}' is not an ISO2 code")
        gid = rec["geonames_id"]
        if gid and not gid.isdigit():
            raise _bad("places.csv", line, "geonames_id", f"'{gid}' is not a number")
        yield (rec, _float(rec, "lat", -90, 90, line), _float(rec, "lon", -180, 180, line),
               int(gid) if gid else None)


def _name_rows(ids: set[str]) -> Iterator[Name]:
    for line, rec in _rows("names.csv", NAME_FIELDS):
        checks = (("place_id", rec["place_id"] in ids, "names no place in places.csv"),
                  ("lang", rec["lang"] in LANGS, f"is not one of {', '.join(LANGS)}"),
                  ("name", bool(fold(rec["name"])), "is empty"),
                  ("form", rec["form"] in FORMS, f"is not one of {', '.join(FORMS)}"),
                  ("ambiguous", rec["ambiguous"] in AMBIGUITY, "is not empty, default or context"))
        for col, ok, why in checks:
            if not ok:
                raise _bad("names.csv", line, col, f"'{rec[col]}' {why}")
        yield Name(rec["place_id"], rec["lang"], rec["name"], rec["form"], rec["ambiguous"])


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The shipped gazetteer, read once per process."""
    rows = list(_place_rows())
    names = list(_name_rows({rec["id"] for rec, *_ in rows}))
    by_place: dict[str, dict[str, list[str]]] = {}
    for n in names:
        by_place.setdefault(n.place_id, {}).setdefault(n.lang, []).append(n.text)
    places = []
    for rec, lat, lon, gid in rows:
        langs = by_place.get(rec["id"], {})
        if not langs.get("en"):
            raise GazetteerError(f"gazetteer/names.csv: place '{rec['id']}' has no English name")
        places.append(Place(
            id=rec["id"], name=langs["en"][0], kind=rec["kind"], country=rec["country"],
            lat=lat, lon=lon, geonames_id=gid, capital_of=rec["capital_of"] or None,
            names=MappingProxyType({lang: tuple(v) for lang, v in langs.items()}),
            claimed_by=rec["claimed_by"] or None))
    claims = {rec["id"]: rec["claimed_by"] for rec, *_ in rows if rec["claimed_by"]}
    return Gazetteer(places, names, claims)
