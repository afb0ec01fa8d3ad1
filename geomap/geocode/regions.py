"""Step: a region the gazetteer lacks, placed at its seat through GeoNames' list.

"w obwodzie tomskim", "w prowincji Jilin", "w prefekturze Iwate": a kind word (obwód, kraj,
prefektura, prowincja, republika, okręg, ajmak, region) and a name, as an adjective or a noun.
Most regions are named after a town, and the adjective says which (tomski → Tomsk, połtawski →
Połtawa, sumski → Sumy, homelski → Homel, zaporoski → Zaporoże, brzeski → Brześć); that town,
found as the other guessing steps find towns, gives the country and the first-order division,
and GeoNames marks the seat of each division (PPLA). So "prowincji Jilin" lands on Changchun, the
seat of Jilin province, not on the city of Jilin. An adjective no ending rule undoes ("grodzieński"
from Grodno) is matched against the seats' names by their common beginning.

The kind word also says where the region can be: an oblast (obwód) only in Russia, Ukraine,
Belarus and Central Asia, a krai only in Russia, a prefecture only in Japan (and China), an
aimag only in Mongolia; so "obwód odeski" is never Ode, Nigeria, and "Kraj Ałtajski" never a
Kazakh town. The answer is an `admin1` place at the seat, as the gazetteer places its own regions.
"""
from __future__ import annotations

import re
from types import MappingProxyType

from ..gazetteer import Gazetteer, Place
from ..names import fold
from .base import Query
from .guesses import Guess, choose, guesses
from .morphology import lemmas
from .placelist import City, PlaceList
from .placelist import load as load_placelist

# Lemma of the kind word → the English word a region's name takes, and the countries it exists in
# (None: anywhere).
KINDS: dict[str, tuple[str, frozenset[str] | None]] = {
    "obwod": ("Oblast", frozenset({"RU", "UA", "BY", "KZ", "KG"})),
    "kraj": ("Krai", frozenset({"RU"})),
    "okreg": ("Okrug", frozenset({"RU"})),
    "republika": ("Republic", frozenset({"RU", "UA"})),
    "prefektura": ("Prefecture", frozenset({"JP", "CN"})),
    "ajmak": ("Aimag", frozenset({"MN"})),
    "prowincja": ("Province", None),
    "region": ("Region", None),
}
# Adjective endings → the endings of the town names they come from, likeliest first.
ADJECTIVE_ENDINGS = (("owski", ("ów", "ow", "owsk", "owo")), ("ewski", ("ew", "ewo", "ewsk")),
                     ("ński", ("ńsk", "ń", "na", "no")), ("dzki", ("d", "dź", "g")),
                     ("cki", ("ck", "k", "ka", "ca")),
                     ("ski", ("sk", "", "a", "y", "o", "e", "sy", "s", "sa", "ssa", "że", "ż", "ść")))
# Endings cut off an adjective before its beginning is compared with the seats' names.
_DERIVATIONS = ("ienski", "enski", "nski", "owski", "ski", "cki", "zki")
MIN_PREFIX = 3
ENDS = tuple(e for e, _ in ADJECTIVE_ENDINGS)
SEAT_FLOOR, CITY_FLOOR = 10_000, 100_000


def towns(adjective: str, compound: bool = True) -> list[str]:
    """The town names a region's adjective may come from ("tomski" → Tomsk, Tom, Toma...), first
    the adjective itself, for the towns named so ("chmielnicki": Chmielnicki, Khmelnytskyi)."""
    out = [adjective.capitalize()] if adjective.endswith(("ski", "cki")) else []
    for ending, bases in ADJECTIVE_ENDINGS:
        if adjective.endswith(ending) and len(adjective) > len(ending) + 1:
            stem = adjective[: -len(ending)]
            out += [(stem + b).capitalize() for b in bases]
    # the noun keeps an ó the adjective turns into o ('nowogrodzki' → Nowogród, 'krakowski' → Kraków)
    out += [re.sub(r"o(?=[^aeiouyąęó]{1,2}$)", "ó", t) for t in out if re.search(r"o[^aeiouyąęó]{1,2}$", t)]
    if compound:
        # two words joined by -o- ('niżnonowogrodzki' → Niżny Nowogród, 'jużnosachaliński' →
        # Jużno-Sachalińsk): the first as an adjective or as written
        for i in range(3, len(adjective) - 6):
            if adjective[i] == "o":
                first, second = adjective[:i], adjective[i + 1:]
                for town in towns(second, compound=False) if second.endswith(ENDS) else ():
                    out += [f"{(first + 'y').capitalize()} {town}", f"{(first + 'o').capitalize()}-{town}"]
    return out


def adjective_lemmas(word: str) -> list[str]:
    """The masculine nominatives of a region's adjective ("połtawskim", "sumskim", "irkuckiej"
    → połtawski, sumski, irkucki), as the analysers give them."""
    # the word itself, undeclined, keeps the letters an analyser that does not know it folds away
    out = {re.sub(r"k(?:iego|iemu|imi|im|ich|iej|ie|ą|a)$", "ki", word.lower())} if re.search(r"k(?:iego|iemu|imi|im|ich|iej|ie|ą|a)$", word) else set()
    for lemma in lemmas(word).all:
        out.add(lemma)
        if lemma.endswith(("ska", "cka")):
            out.add(lemma[:-1] + "i")
    return sorted(out)


def shared_start(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def seat_by_name(places: PlaceList, adjective: str, countries: frozenset[str]) -> City | None:
    """The one seat in `countries` whose name begins as the adjective's stem does, allowing its
    last letter to change ("grodzieński" → Grodno, "odeski" → Odesa); None when two tie."""
    key = fold(adjective)
    best: dict[int, tuple[int, City]] = {}
    for ending in _DERIVATIONS:
        if not key.endswith(ending) or len(key) - len(ending) < MIN_PREFIX:
            continue
        stem = key[: -len(ending)]
        for city, name in places.seats(countries):
            n = shared_start(stem, name)
            if n >= max(MIN_PREFIX, len(stem) - 1) and n > best.get(city.id, (0, city))[0]:
                best[city.id] = (n, city)
    if not best:
        return None
    top = max(n for n, _ in best.values())
    winners = [c for n, c in best.values() if n == top]
    return winners[0] if len(winners) == 1 else None


class RegionStep:
    name = "geonames"
    score = 0.7

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
            if len(reading) < 2:
                continue
            kind = next((KINDS[k] for k in lemmas(reading[0]).all if k in KINDS), None)
            if kind is None:
                continue
            title, where = kind
            rest = reading[1:]
            # 'prowincji Czagang': the gazetteer's own region under the name the kind word governs
            own = [self.gazetteer.get(n.place_id) for n in self.gazetteer.named(" ".join(rest))]
            own = [p for p in own if p.kind == "admin1" and (where is None or p.country in where)]
            if len(own) == 1:
                return own[0]
            adjective = len(rest) == 1 and rest[0][:1].islower()  # "obwodzie tomskim"
            if adjective:
                adjectives = adjective_lemmas(rest[0])
                names = [tuple(t.split()) for lemma in adjectives for t in towns(lemma)]
            elif rest[0][:1].isupper():                          # "prowincji Jilin"
                names = [rest]
            else:
                continue
            found = [g for name in names for g in guesses(self.places, name)]
            found += [g for name in names for g in _as_written(self.places, name)]
            if where is not None:
                found = [g for g in found if g.city.country in where]
            elif query.countries:
                # 'w regionie Kansai' in a text about Japan is not Tajikistan's Konsoy, once called
                # Kansai: a region named after a town's other name counts only in the text's countries
                found = [g for g in found if g.main or g.city.country in query.countries]
            if where is None:
                # a province named after a town is named after a seat or a city, not after a
                # village of that name far away ('prowincja Czagang' is no Chinese village's)
                found = [g for g in found if g.city.feature.startswith("PPLA") and g.city.population >= SEAT_FLOOR
                         or g.city.population >= CITY_FLOOR]
            best = choose(found, query.countries)
            town = best.city if best is not None else None
            if town is None and adjective and where is not None:
                town = next(filter(None, (seat_by_name(self.places, a, where) for a in adjectives)),
                            None)
            seat = self.places.seat(town) if town is not None else None
            if seat is not None:
                return _region(town.name if town.id != seat.id else seat.name, title, seat)
        return None


def _as_written(places: PlaceList, name: tuple[str, ...]) -> list[Guess]:
    return [Guess(city, "geonames", main, 0) for city, main in places.matches(fold(" ".join(name)))]


def _region(name: str, kind: str, seat: City) -> Place:
    title = f"{name} {kind}"
    return Place(id=f"geonames-admin1-{seat.country.lower()}-{seat.admin1.lower()}", name=title,
                 kind="admin1", country=seat.country, lat=seat.lat, lon=seat.lon, geonames_id=None,
                 capital_of=None, names=MappingProxyType({"en": (title,)}),
                 claimed_by=seat.claimed_by or None)
