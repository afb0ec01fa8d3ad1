"""Step: a Polish spelling of a Russian, Japanese, Korean or Chinese name, read in English.

"w Pchjongczangu", "w Szizuoce", "w Jeosu": the nominative (inflection.py) goes through
`geomap.translit`, and each English spelling is looked up among the gazetteer's names and
GeoNames' list. A reading in one writing system may only land in the countries that write that
way (a Korean reading in either Korea, a Japanese one in Japan...), so a guessed spelling never
becomes a homonym on another continent.
"""
from __future__ import annotations

from itertools import islice

from ..gazetteer import Gazetteer, Place
from ..names import fold
from ..translit import readings
from .base import Query, pick
from .geonames import as_place, best_city, looks_like_a_place
from .inflection import variants
from .placelist import PlaceList
from .placelist import load as load_placelist

# Where each writing system's names are: Cyrillic-writing states and Mongolia, Japan, the two
# Koreas, and the Chinese-writing states.
COUNTRIES = {
    "ru": frozenset({"RU", "UA", "BY", "KZ", "UZ", "KG", "TJ", "TM", "MD", "GE", "AM", "AZ", "MN"}),
    "ja": frozenset({"JP"}),
    "ko": frozenset({"KR", "KP"}),
    "zh": frozenset({"CN", "TW", "HK", "MO"}),
}
MAX_SPELLINGS = 48


class TransliterationStep:
    name = "transliteration"
    score = 0.8

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
            spellings = list(islice(self._spellings(reading), MAX_SPELLINGS))
            for text, system in spellings:
                names = [n for n in self.gazetteer.named(text)
                         if self.gazetteer.get(n.place_id).country in COUNTRIES[system]]
                if names:
                    return pick(self.gazetteer, names, query.countries)
            for text, system in spellings:
                city = best_city(self.places, [fold(text)], query.countries, COUNTRIES[system])
                if city is not None:
                    return as_place(self.gazetteer, city)
        return None

    @staticmethod
    def _spellings(reading: tuple[str, ...]):
        """(English spelling, writing system) for the reading as written, then its nominatives."""
        seen: set[tuple[str, str]] = set()
        for variant in [reading, *variants(reading)]:
            for r in readings(" ".join(variant)):
                key = (r.text, r.system)
                if key not in seen:
                    seen.add(key)
                    yield key
