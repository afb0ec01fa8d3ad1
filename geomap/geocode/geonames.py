"""Step: a populated place from GeoNames' list (`placelist.py`), under its name or an alternate.

GeoNames holds a town for almost any short word or personal name ("Dla", "Kim", "Shibata"),
so a phrase only gets here with evidence that it names a place: a dictionary reading as a
geographic name ("Tarnowie" → Tarnów), or words the dictionary does not know as anything else
after a preposition ("in Kuressaare") or cut out by the extractor as a name (`whole`). Acronyms
and words under four letters never do.

Among homonyms the event's countries come first, unless a city elsewhere is both large and fifty
times larger ("Pekin" is Beijing even in a bulletin about the United States), then population.
"""
from __future__ import annotations

from types import MappingProxyType
from typing import Iterable, Sequence

from ..gazetteer import Gazetteer, Place
from ..names import fold
from .base import Query
from .lemma import lemma_keys
from .morphology import lemmas
from .placelist import City, PlaceList
from .placelist import load as load_placelist

MIN_LETTERS = 4
# A homonym outside the event's countries still wins when it is this big and this much bigger.
BIG_CITY = 100_000
DOMINANCE = 50
ALTERNATE_FLOOR = 15_000


def looks_like_a_place(reading: tuple[str, ...], introduced: bool) -> bool:
    """Whether a reading may be looked up in the place list at all (see the module docstring)."""
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
    return introduced and not any(i.strong for i in info)


def rank(cities: Sequence[City], countries: Sequence[str]) -> City:
    """The city a name means among its homonyms (see the module docstring)."""
    biggest = max(cities, key=lambda c: (c.population, -c.id))
    for code in countries:
        here = [c for c in cities if c.country == code]
        if here:
            mine = max(here, key=lambda c: (c.population, -c.id))
            if biggest.population >= max(BIG_CITY, DOMINANCE * mine.population):
                return biggest
            return mine
    return biggest


def as_place(gazetteer: Gazetteer, city: City) -> Place:
    """The gazetteer's own row when it has this city, else a city place built from GeoNames."""
    known = gazetteer.by_geonames_id(city.id)
    if known is not None:
        return known
    return Place(id=f"geonames-{city.id}", name=city.name, kind="city", country=city.country,
                 lat=city.lat, lon=city.lon, geonames_id=city.id, capital_of=None,
                 names=MappingProxyType({"en": (city.name,)}), claimed_by=city.claimed_by or None)


def best_city(places: PlaceList, keys: Iterable[str], countries: Sequence[str]) -> City | None:
    """The city the first key that names any stands for. A town known by that key only as an
    alternate name must be a city of some size or lie in the event's countries: "Moon" is an
    old name of an Estonian village, and far more often a Korean surname."""
    for key in dict.fromkeys(keys):
        found = [c for c, main in places.matches(key)
                 if main or c.population >= ALTERNATE_FLOOR or c.country in countries]
        if found:
            return rank(found, countries)
    return None


class GeoNamesStep:
    name = "geonames"
    score = 0.75

    def __init__(self, gazetteer: Gazetteer, places: PlaceList | None = None) -> None:
        self.gazetteer = gazetteer
        self._places = places

    @property
    def places(self) -> PlaceList:
        if self._places is None:
            self._places = load_placelist()
        return self._places

    def find(self, query: Query) -> Place | None:
        for reading in query.heads:
            if not looks_like_a_place(reading, query.introduces(reading)):
                continue
            keys = [fold(" ".join(reading))]
            if any(lemmas(w).geographic for w in reading):  # "Tarnowie" → Tarnów
                keys += lemma_keys(reading)
            city = best_city(self.places, keys, query.countries)
            if city is not None:
                return as_place(self.gazetteer, city)
        return None
