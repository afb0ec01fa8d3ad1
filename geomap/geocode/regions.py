"""Step: a region the gazetteer lacks, placed at its seat through GeoNames' list.

"w obwodzie tomskim", "w prowincji Jilin", "w prefekturze Iwate": a kind word (obwód, kraj,
prefektura, prowincja, republika, okręg, region) and a name, as an adjective or a noun. Most
regions are named after a town, and the adjective says which (tomski → Tomsk, połtawski →
Połtawa, sumski → Sumy, homelski → Homel); that town, found as the other guessing steps find
towns, gives the country and the first-order division, and GeoNames marks the seat of each
division (PPLA). So "prowincji Jilin" lands on Changchun, the seat of Jilin province, not on the
city of Jilin. The answer is an `admin1` place at the seat, as the gazetteer places its own regions.
"""
from __future__ import annotations

from types import MappingProxyType

from ..gazetteer import Gazetteer, Place
from ..names import fold
from .base import Query
from .guesses import Guess, choose, guesses
from .morphology import lemmas
from .placelist import City, PlaceList
from .placelist import load as load_placelist

# Lemma of the kind word → the English word a region's name takes.
KINDS = {"obwod": "Oblast", "kraj": "Krai", "prefektura": "Prefecture", "prowincja": "Province",
         "republika": "Republic", "okreg": "Okrug", "region": "Region"}
# Adjective endings → the endings of the town names they come from, likeliest first.
ADJECTIVE_ENDINGS = (("owski", ("ów", "ow", "owsk", "owo")), ("ewski", ("ew", "ewo", "ewsk")),
                     ("ński", ("ńsk", "ń", "na", "no")), ("dzki", ("d", "dź", "g")),
                     ("cki", ("ck", "k", "ka")), ("ski", ("sk", "", "a", "y", "o", "e")))


def towns(adjective: str) -> list[str]:
    """The town names a region's adjective may come from ("tomski" → Tomsk, Tom, Toma...)."""
    out = []
    for ending, bases in ADJECTIVE_ENDINGS:
        if adjective.endswith(ending) and len(adjective) > len(ending) + 1:
            stem = adjective[: -len(ending)]
            out += [(stem + b).capitalize() for b in bases]
    return out


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
            rest = reading[1:]
            if len(rest) == 1 and rest[0][:1].islower():  # "obwodzie tomskim": an adjective
                names = [(t,) for lemma in sorted(lemmas(rest[0]).all) for t in towns(lemma)]
            elif rest[0][:1].isupper():                   # "prowincji Jilin": a name
                names = [rest]
            else:
                continue
            found = [g for name in names for g in guesses(self.places, name)]
            found += [g for name in names for g in _as_written(self.places, name)]
            best = choose(found, query.countries)
            seat = self.places.seat(best.city) if best is not None else None
            if seat is not None:
                return _region(best.city.name if best.city.id != seat.id else seat.name, kind, seat)
        return None


def _as_written(places: PlaceList, name: tuple[str, ...]) -> list[Guess]:
    return [Guess(city, "geonames", main, 0) for city, main in places.matches(fold(" ".join(name)))]


def _region(name: str, kind: str, seat: City) -> Place:
    title = f"{name} {kind}"
    return Place(id=f"geonames-admin1-{seat.country.lower()}-{seat.admin1.lower()}", name=title,
                 kind="admin1", country=seat.country, lat=seat.lat, lon=seat.lon, geonames_id=None,
                 capital_of=None, names=MappingProxyType({"en": (title,)}))
