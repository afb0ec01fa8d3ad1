"""The place-list guesses for one reading, shared by the inflection and transliteration steps.

A foreign name in a Polish case form has several nominatives (inflection.py) and each has several
English spellings (translit.py); any of them may name a town in GeoNames' list. They are weighed
together: the event's countries first (as in `geonames.rank`), then a weight that adds the
place's size (log10 of its population), a bonus for a match on the place's own name rather than
an alternate name ("Kiachta" is an alternate name of Altanbulag in Mongolia, "Kyakhta" is
Kyakhta's own) and a penalty for each liberty taken with the spelling. So Barysaw (145,000, by
its alternate name Borisov) beats the village Borisovo (500, by its own name). The step that
made the winning guess reports it.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Sequence

from ..names import fold
from ..translit import readings as english_readings
from .geonames import BIG_CITY, DOMINANCE, MAJOR_CITY, TIE, plausible
from .adjectives import adjectival_keys
from .inflection import costed_variants
from .placelist import FOCUS, NEIGHBOURS, City, PlaceList

# Where each writing system's names are: Cyrillic-writing states and Mongolia, Japan, the two
# Koreas, and the Chinese-writing states. A spelling guessed in one system lands only there.
SYSTEM_COUNTRIES = {
    "ru": frozenset({"RU", "UA", "BY", "KZ", "UZ", "KG", "TJ", "TM", "MD", "GE", "AM", "AZ", "MN"}),
    "ja": frozenset({"JP"}),
    "ko": frozenset({"KR", "KP"}),
    "zh": frozenset({"CN", "TW", "HK", "MO"}),
}
MAX_SPELLINGS = 48
MAIN_BONUS = 1.0
OWN_NAME_FLOOR = 20_000
# how many more liberties a town's own name may take than a foreign or old name ('w Smile' is
# Smila by its own name, third of the nominatives, before Izmail by an old name 'Smil')
OWN_NAME_SLACK = 2
COST_PENALTY = 0.5


@dataclass(frozen=True, slots=True)
class Guess:
    city: City
    step: str      # inflection | transliteration
    main: bool     # the key is the place's own name
    cost: int      # liberties taken: the nominative's rank plus the spelling's cost

    def order(self) -> tuple[float, int]:
        weight = math.log10(self.city.population + 1) + MAIN_BONUS * self.main - COST_PENALTY * self.cost
        return (-weight, self.city.id)


def spellings(reading: tuple[str, ...]) -> Iterator[tuple[str, str, int]]:
    """(English spelling, writing system, cost) for the reading as written and its nominatives,
    cheapest first: a hyphenated name inflects both halves ('Kamieniu-Rybołowie'), so the
    nominatives' plain spellings must not wait behind every liberty taken with the form as written."""
    best: dict[tuple[str, str], int] = {}
    for variant, rank in ((reading, 0), *costed_variants(reading)):
        for r in english_readings(" ".join(variant)):
            key = (r.text, r.system)
            best[key] = min(best.get(key, r.cost + rank), r.cost + rank)
    ranked = sorted(best.items(), key=lambda kv: kv[1])   # stable: first seen first among equals
    for (text, system), cost in ranked[:MAX_SPELLINGS]:
        yield text, system, cost


@lru_cache(maxsize=4096)
def guesses(places: PlaceList, reading: tuple[str, ...]) -> tuple[Guess, ...]:
    out: list[Guess] = []
    for variant, rank in costed_variants(reading):
        out.extend(Guess(city, "inflection", main, rank)
                   for city, main in places.matches(fold(" ".join(variant))))
    for text, system, cost in spellings(reading):
        keys = [fold(text)]
        if system == "ru" and "yo" in keys[0]:
            keys.append(keys[0].replace("yo", "e"))   # GeoNames writes ё as e: Zhigulyovsk is Zhigulevsk
        out.extend(Guess(city, "transliteration", main, cost + k)
                   for k, key in enumerate(keys)
                   for city, main in places.matches(key)
                   if city.country in SYSTEM_COUNTRIES[system])
    for key, cost in adjectival_keys(reading):  # "w Wielkich Łukach": read in Russian
        out.extend(Guess(city, "transliteration", main, cost)
                   for city, main in places.matches(fold(key))
                   if city.country in SYSTEM_COUNTRIES["ru"])
    return tuple(out)


def trusted_alternate(city: City, countries: Sequence[str]) -> bool:
    """Whether a guessed nominative may name a town by one of its alternate names: in the
    event's countries or the region the bulletins are about (where GeoNames keeps the Polish
    names of Polish-named towns: Żółkiew, Zdzięcioł), or a major city anywhere ("Andrei" is
    no Polish case form of Suşehri, Turkey, once Andreya)."""
    return (city.country in countries or city.country in FOCUS | NEIGHBOURS
            or city.population >= MAJOR_CITY)


def choose(found: Sequence[Guess], countries: Sequence[str], seen: str = "name") -> Guess | None:
    """The guess that wins (see the module docstring); unless `seen` (geonames.evidence) is
    "name", i.e. the reading is a capitalised common noun, only a `plausible` town. Two guesses
    in different countries that weigh about the same (TIE), both by their own names or both by
    alternate names, are no answer unless the event's countries decide ("Tumen" is Tumen,
    China, by its own name, before Tyumen, Russia, by an alternate one)."""
    found = [g for g in found if g.main or trusted_alternate(g.city, countries)]
    region = FOCUS | NEIGHBOURS
    if any(g.main and g.city.country in region for g in found):
        # a town of the region by its own name before a city far away by another name ('Sakata'
        # is Sakata, Japan, not Jakarta, once spelt so)
        found = [g for g in found if g.main or g.city.country in region or g.city.country in countries]
    if seen != "name":
        found = [g for g in found if plausible(g.city, g.main, seen)]
    # a guessed spelling that lands on a small town far from the region ('Wando' read as Wanda,
    # Argentina) is more likely a place the list lacks: no answer before one in the wrong country
    found = [g for g in found if g.cost == 0 or g.city.country in region or g.city.country in countries
             or g.city.population >= BIG_CITY]
    if not found:
        return None
    best = min(found, key=Guess.order)
    if not best.main:
        # a sizeable town of the region by its own name before a city known by that name only as an
        # old or foreign one ('w Horkach' is Horki, Belarus, not Gorky, now Nizhny Novgorod)
        own = [g for g in found if g.main and g.cost <= best.cost + OWN_NAME_SLACK and g.city.country in FOCUS
               and g.city.population >= OWN_NAME_FLOOR]
        if own:
            best = min(own, key=Guess.order)
    for code in countries:
        here = [g for g in found if g.city.country == code]
        if here:
            mine = min(here, key=Guess.order)
            if best.city.population >= max(BIG_CITY, DOMINANCE * mine.city.population):
                return best
            return mine
    rival = min((g for g in found if g.city.country != best.city.country and g.main == best.main),
                key=Guess.order, default=None)
    if rival is not None and rival.order()[0] - best.order()[0] < TIE:
        return None  # "Zasław" is Iziaslav, Ukraine, and Zaslawye, Belarus: no guess
    return best
