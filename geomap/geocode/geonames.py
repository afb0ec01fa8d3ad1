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

import math
from itertools import product
from types import MappingProxyType
from typing import Iterable, Sequence

from ..gazetteer import Gazetteer, Place
from ..names import fold
from .base import Query
from .lemma import lemma_keys
from .morphology import first_name, lemmas
from .placelist import FOCUS, NEIGHBOURS, City, PlaceList
from .placelist import load as load_placelist

MIN_LETTERS = 4
# A homonym outside the event's countries still wins when it is this big and this much bigger.
BIG_CITY = 100_000
DOMINANCE = 50
ALTERNATE_FLOOR = 15_000
# A capitalised common noun ("Permie", "Brodach") is a town only when a town this big bears it.
COMMON_FLOOR = 2_000
MAJOR_CITY = 500_000
NEIGHBOUR_FLOOR = 50_000
VILLAGE = 5_000
EXONYM_COUNTRIES = frozenset({"UA", "BY", "LT"})
EXONYM_FLOOR = 5_000
# Places in two countries whose weights (log10 population, +1 for a place's own name) differ by
# less than this are a tie, which only the event's countries may break.
TIE = 0.5


def evidence(reading: tuple[str, ...], introduced: bool) -> str | None:
    """Whether a reading may be looked up in the place list at all (see the module docstring):
    "name" when it may be any place's name, "common" when only capitalised common nouns stand in
    the way ("w Permie": perm, a geological period; "w Mirze"), "homograph" when a one-word place
    is also a common noun ("Unii", "Brodach", "Sosnowcu"), so that only a `plausible` town may
    answer, and None."""
    text = " ".join(reading)
    if not any(ch.isalpha() and ch.lower() != ch.upper() for ch in text):
        return "name" if len(text) >= 2 else None  # kana, kanji, hangul: no case, no dictionary
    if len(fold(text).replace(" ", "")) < MIN_LETTERS or not reading[0][0].isupper():
        return None
    if text.isupper():
        return None
    info = [lemmas(w) for w in reading]
    if any(i.geographic for i in info):  # "w Unii" is the European Union far more than Ünye
        return "homograph" if len(info) == 1 and info[0].homograph else "name"
    if not introduced:
        return None
    # Before another word, an adjective is a name's first word ("Sowieckiej Gawani"), not the
    # surname it may also be: surnames come last.
    strong = [i.strong and not (i.adjective and k < len(info) - 1) for k, i in enumerate(info)]
    if not any(strong) or (len(info) > 1 and not all(i.known for i in info)):
        return "name"   # a word no dictionary knows makes a capitalised phrase a name ('w Palo Alto')
    if all(w[:1].isupper() and (i.common or not s) for w, i, s in zip(reading, info, strong)):
        return "common"
    if len(reading) == 1 and info[0].placelike and not first_name(reading[0]):
        # known only as a surname or an adjective ('z Iwanowa', 'do Lipiecka'): after a
        # preposition a sizeable town of the region may still answer, as for a common noun
        return "common"
    return None


def seen_in(query: Query, reading: tuple[str, ...]) -> str | None:
    """`evidence` for a reading of a query; a name after a kind of place ("na wyspie Sado") is
    a place's name whatever else the dictionary knows it as."""
    if reading in query.featured:
        return "name" if evidence(reading, True) is not None or reading[0][:1].isupper() else None
    if len(reading) > 1 and reading[0][:1].isupper() and "-".join(reading) in query.text:
        return "name"   # 'De-Kastri', 'Kamieniu-Rybołowie': words joined by hyphens into one name
    return evidence(reading, query.introduces(reading))


def plausible(city: City, main: bool, seen: str = "common") -> bool:
    """Whether a town may answer for a capitalised common noun: a major city anywhere ("w
    Kolonii": Cologne), else a town of some size in the countries the bulletins are about (and,
    for a word the dictionary knows as a place too, their neighbours: "w Sosnowcu"), under its
    own name unless it is a big city."""
    if city.population >= MAJOR_CITY:
        return True
    region = FOCUS | NEIGHBOURS if seen == "homograph" else FOCUS
    if main and city.country in NEIGHBOURS and city.population >= NEIGHBOUR_FLOOR:
        return True   # 'w Karakole': a sizeable town of a neighbouring state under its own name
    # Polish keeps its own names for towns of the old eastern borderlands ('w Kołomyi', 'w Stryju';
    # 'kołomyja' and 'stryj' are also common nouns): there a sizeable town answers to its other name
    exonym = city.country in EXONYM_COUNTRIES and city.population >= EXONYM_FLOOR
    return (city.country in region and city.population >= COMMON_FLOOR
            and (main or city.population >= BIG_CITY or exonym))


def rank(found: Sequence[tuple[City, bool]], countries: Sequence[str]) -> City:
    """The city a name means among its homonyms (see the module docstring). Within a country a
    town's own name outweighs a tenfold population under an alternate one: 'Chornobyl' is the
    town, not the larger Lazurnyi, which once bore the name."""
    cities = [c for c, _ in found]
    biggest = max(cities, key=lambda c: (c.population, -c.id))
    for code in countries:
        here = [(c, main) for c, main in found if c.country == code]
        if here:
            mine = max(here, key=lambda f: (math.log10(f[0].population + 1) + f[1], -f[0].id))[0]
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


def best_city(places: PlaceList, keys: Iterable[str | tuple[str, ...]], countries: Sequence[str],
               seen: str = "name") -> City | None:
    """The city the first key (or group of keys, weighed together) that names any stands for.
    A town known by that key only as an alternate name must be a city of some size or lie in
    the event's countries: "Moon" is an old name of an Estonian village, and far more often a
    Korean surname. The places of a group of keys are weighed together (`weigh`). Unless
    `seen` (see `evidence`) is "name", only `plausible` towns count."""
    for group in keys:
        # a group holds the place names the dictionary reads: there a smaller town of the region
        # may answer under its other-language name ('Turów' is Turaw, Belarus)
        region = FOCUS | NEIGHBOURS if not isinstance(group, str) else frozenset()
        found = [(c, main) for key in ((group,) if isinstance(group, str) else group)
                 for c, main in places.matches(key)
                 if (main or c.population >= ALTERNATE_FLOOR or c.country in countries or c.country in region)
                 and (seen == "name" or plausible(c, main, seen))]
        found = home_first(found)
        if found and not isinstance(group, str):
            return weigh(found, countries)
        if found:
            return rank(found, countries)
    return None


def home_first(found: list[tuple[City, bool]]) -> list[tuple[City, bool]]:
    """A town in the region the bulletins are about keeps a town far away that only once bore
    that name (or bears it in another language) out of the running, unless that one is a major
    city: "Khasan" is the Russian border station, not Hassan, India, whose Russian name is Khasan;
    "Turów" is Turaw, Belarus, not Tours."""
    if not any(c.country in FOCUS | NEIGHBOURS for c, main in found):
        return found
    return [(c, main) for c, main in found
            if main or c.country in FOCUS | NEIGHBOURS or c.population >= MAJOR_CITY]


def weigh(found: Sequence[tuple[City, bool]], countries: Sequence[str]) -> City | None:
    """Among the places several lemmas name: the event's countries, else the region the
    bulletins are about, first; then size, with a place's own name worth a tenfold population
    over an alternate name ("Brody", Ukraine, beats Erode, India, which was once "Brod";
    Ivano-Frankivsk, once "Stanisławów", beats a Polish village of that name), unless a city
    elsewhere dominates as in `rank`; a tie between two countries is no answer."""
    near = [f for f in found if f[0].country in countries] or \
        [f for f in found if f[0].country in FOCUS | NEIGHBOURS] or list(found)

    def weight(f: tuple[City, bool]) -> float:
        return math.log10(f[0].population + 1) + f[1]

    city, main = max(near, key=lambda f: (weight(f), -f[0].id))
    if city.country not in FOCUS and city.country not in countries:
        # a town of the states the bulletins are about, at least as big, before a neighbour's village of
        # that name ('w Kaniowie': Kaniv, Ukraine, by its Polish name, not Kaniów, Poland)
        home = [f for f in found if f[0].country in FOCUS and f[0].population >= city.population]
        if home:
            city, main = max(home, key=lambda f: (f[0].population, -f[0].id))
    biggest = max((c for c, _ in found), key=lambda c: (c.population, -c.id))
    # (a town of the region whose size GeoNames does not give is outweighed only by a major city
    # outside it: 'Iwonie' is Iwon, Korea, not Iwo, Nigeria)
    floor = MAJOR_CITY if city.country in FOCUS and biggest.country not in FOCUS | NEIGHBOURS else BIG_CITY
    if biggest.population >= max(floor, DOMINANCE * city.population):
        return biggest  # "w Lipsku" is Leipzig before Lipsko, Poland
    rivals = [weight(f) for f in near if f[0].country != city.country and f[1] == main]
    if not any(c.country in countries for c, _ in near) and rivals and \
            weight((city, main)) - max(rivals) < TIE:
        return None  # "Zasławiu": Iziaslav, Ukraine, or Zaslawye, Belarus, both once Zasław
    return city


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
        from .guesses import choose, guesses   # guesses.py imports this module
        for reading in query.heads:
            seen = seen_in(query, reading)
            if seen is None:
                continue
            keys: list[str | tuple[str, ...]] = [fold(" ".join(reading))]
            if any(lemmas(w).geographic for w in reading):  # "Tarnowie" → Tarnów
                keys += place_keys(reading)
            city = best_city(self.places, keys, query.countries, seen)
            if city is not None and city.country not in FOCUS | NEIGHBOURS and city.country not in query.countries \
                    and city.population < BIG_CITY and best_city(self.places, keys[:1], query.countries, seen) is None:
                # only a dictionary's reading ('Wando' read as Wanda, 'Iwonie' as Iwo) names a small town
                # far from the region: more likely a place GeoNames lacks than that town (no answer is
                # better than one in the wrong country)
                city = None
            if city is not None and city.country not in FOCUS and city.country not in query.countries \
                    and city.population < NEIGHBOUR_FLOOR:
                # a neighbour's village by its Polish name may be the old Polish name of a town of
                # the region ('w Rzeczycy': Rechytsa, Belarus, before Rzeczyca, Poland)
                other = choose(guesses(self.places, reading), query.countries, seen)
                if other is not None and other.city.country in FOCUS and other.city.population > city.population:
                    city = other.city
            elif city is not None and 0 < city.population < VILLAGE:   # 0: a size GeoNames does not give
                # a village spelt like the case form may hide the town it inflects ('w Smile': Smiła,
                # 66,000, before Smile, a village of 1,400): a town ten times its size by its own name
                other = choose(guesses(self.places, reading), query.countries, seen)
                if other is not None and other.main and other.city.population >= 10 * max(city.population, 100):
                    city = other.city
            if city is not None:
                return as_place(self.gazetteer, city)
        return None


def place_keys(reading: tuple[str, ...]) -> list[str | tuple[str, ...]]:
    """The reading's lemma keys: first those made of geographic lemmas alone, weighed together
    ("Brodach": Brody and Bród before broda, a beard, and Broda, a surname), then the others."""
    keys = lemma_keys(reading)
    geo = tuple(k for k in (" ".join(c) for c in product(
        *[sorted(lemmas(w).places or lemmas(w).placelike) for w in reading])) if k in keys)
    rest = tuple(k for k in keys if k not in geo)
    # the other readings weighed together too: the region's town before a far one whose name comes
    # first in the alphabet ('Iwonie': Iwon, Korea, before Iwo, Nigeria)
    return [g for g in (geo, rest) if g]
