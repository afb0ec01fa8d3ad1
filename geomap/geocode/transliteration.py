"""Step: a Polish spelling of a Russian, Japanese, Korean or Chinese name, read in English.

"w Pchjongczangu", "w Szizuoce", "w Jeosu": the nominative (inflection.py) goes through
`geomap.translit`, and each English spelling is looked up among the gazetteer's names, then in
GeoNames' list (weighed with the inflection step's guesses, guesses.py). A reading in one writing
system may only land in the countries that write that way (a Korean reading in either Korea, a
Japanese one in Japan...), so a guessed spelling never becomes a homonym on another continent.
"""
from __future__ import annotations

from itertools import islice

from ..gazetteer import Gazetteer, Place
from .base import Query, pick
from .geonames import as_place, seen_in
from .guesses import MAX_SPELLINGS, SYSTEM_COUNTRIES, choose, guesses, spellings
from .placelist import PlaceList
from .placelist import load as load_placelist


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
            seen = seen_in(query, reading)
            if seen is None:
                continue
            for text, system, cost in islice(spellings(reading), MAX_SPELLINGS):
                # a liberty taken with the spelling may land on a town, not on a site that shares a
                # town's name ('Donghae' read as Tonghae is the city, not the launch ground)
                names = [n for n in self.gazetteer.named(text)
                         if (place := self.gazetteer.get(n.place_id)).country in SYSTEM_COUNTRIES[system]
                         and (cost == 0 or place.kind != "site")]
                if names:
                    return pick(self.gazetteer, names, query.countries, query.island)
            best = choose(guesses(self.places, reading), query.countries, seen)
            if best is not None:
                return as_place(self.gazetteer, best.city)
        return None
