"""The resolver chain: exact name → lemma → GeoNames → inflection → transliteration → river
towns → region seat (GeoNames) → guarded fuzzy → (on request) Nominatim.

Each step is a small object with a `name`, a `score` and `find(query) -> Place | None` (see
base.Step). The readings that stand for the whole phrase go through every step first; then the
shorter runs of words go through the sure steps (exact, lemma), and there a country only counts
when it is what the last preposition governs ("Ambasada Rosji w Xyzowie" is not Russia). A
`Resolver` works on the gazetteer it is given; answers are memoised per (phrase, countries,
online, whole), so a build that looks the same venue up a thousand times pays for it once.
"""
from __future__ import annotations

import re

from functools import lru_cache
from typing import Sequence

from ..gazetteer import Gazetteer, load
from ..names import fold
from .base import Query, Step, parse
from .exact import ExactStep
from .fuzzy import FuzzyStep
from .geonames import GeoNamesStep
from .inflection import InflectionStep
from .lemma import LemmaStep
from .online import OnlineStep
from .placelist import PlaceList
from .regions import RegionStep
from .rivers import RiverStep
from .resolution import Resolution
from .transliteration import TransliterationStep

SURE = ("exact", "lemma")
GUESSES = ("fuzzy",)  # left out for a whole name: the extractor's names are spelt as written


class Resolver:
    """Place phrases → places, on one gazetteer (and, lazily, GeoNames' place list)."""

    def __init__(self, gazetteer: Gazetteer, places: PlaceList | None = None) -> None:
        self.gazetteer = gazetteer
        self.steps: tuple[Step, ...] = (
            ExactStep(gazetteer), LemmaStep(gazetteer), InflectionStep(gazetteer, places, gazetteer_only=True),
            GeoNamesStep(gazetteer, places), InflectionStep(gazetteer, places), TransliterationStep(gazetteer, places),
            RiverStep(gazetteer, places), RegionStep(gazetteer, places), FuzzyStep(gazetteer))
        self._memo = lru_cache(maxsize=65536)(self._resolve)

    def resolve(self, phrase: str, countries: Sequence[str] = (), online: bool = False,
                whole: bool = False) -> Resolution:
        """See `geomap.geocode.resolve`."""
        if isinstance(countries, str):
            countries = (countries,)
        return self._memo(phrase.strip(), tuple(c.strip().upper() for c in countries), online, whole)

    def _resolve(self, phrase: str, countries: tuple[str, ...], online: bool,
                 whole: bool) -> Resolution:
        if _COMPASS.fullmatch(phrase):
            return Resolution(phrase, None, None)   # 'the North' is a side, not North Salt Lake
        steps = [s for s in self.steps if not (whole and s.name in GUESSES)]
        if online:
            steps.append(online_step())
        found = run(steps, parse(phrase, countries, whole))
        island = _JAPANESE_ISLAND.fullmatch(phrase)
        if found.place is None and island:
            # 'Hachijojima', 'Sado-shima': Japanese names an island by its suffix; the town or
            # municipality of the same name stands on it
            inner = run(steps, parse(island.group(1), countries, whole))
            if inner.place is not None and inner.place.country == "JP":
                return Resolution(phrase, inner.place, inner.step, inner.score)
        return found


_COMPASS = re.compile(r"(?:(?:in|to|of|from|the|w|we|na|do|z|ze)\s+)*(?:the\s+)?(?:north|south|east|west|"
                      r"północ\w*|południ\w*|wsch[oó]d\w*|zach[oó]d\w*)", re.IGNORECASE)
_JAPANESE_ISLAND = re.compile(r"([A-Z][a-zōū]{2,}?)-?(?:jima|shima)", re.IGNORECASE)


@lru_cache(maxsize=1)
def online_step() -> OnlineStep:
    return OnlineStep()


def run(steps: Sequence[Step], query: Query) -> Resolution:
    """Try `steps` in order on the whole phrase, then the sure ones on its shorter readings."""
    first = query.first()
    for step in steps:
        place = step.find(first)
        if place is not None:
            return Resolution(query.text, place, step.name, step.score)
    sure = [s for s in steps if s.name in SURE]
    for reading in query.rest().readings:
        narrow = Query(query.text, query.countries, (reading,), query.core, query.whole)
        for step in sure:
            place = step.find(narrow)
            if place is None or (place.kind == "country" and not names_the_tail(reading, query.tail)):
                continue
            return Resolution(query.text, place, step.name, step.score)
    return Resolution(query.text, None, None)


CONJUNCTIONS = frozenset({"i", "oraz", "a", "lub", "albo", "czy", "and", "or", "и", "или"})


def names_the_tail(reading: tuple[str, ...], tail: tuple[str, ...]) -> bool:
    """Whether a country read in part of a phrase is what its last preposition governs, and not
    the start of a longer name: "w Japonii i Korei" names Japan, but "w Mongolii Wewnętrznej"
    (Inner Mongolia, China) and "Ambasada Rosji w Xyzowie" do not name a country."""
    n = len(reading)
    for i in range(len(tail) - n + 1):
        if tail[i:i + n] == reading:
            after = tail[i + n:i + n + 1]
            return not after or fold(after[0]) in CONJUNCTIONS
    return False


@lru_cache(maxsize=4)
def resolver_for(gazetteer: Gazetteer) -> Resolver:
    """One resolver (and one memo) per gazetteer object."""
    return Resolver(gazetteer)


def default() -> Resolver:
    return resolver_for(load())


def offline_steps() -> tuple[Step, ...]:
    """The default resolver's offline steps, in order."""
    return default().steps


def resolve(phrase: str, countries: Sequence[str] = (), online: bool = False,
            whole: bool = False) -> Resolution:
    """Where a place phrase points, as written ("we Władywostoku", "do prefektury Miyagi").

    `countries` are the event's ISO2 codes, in order of weight; they decide ambiguous names
    ("Korea", "Sendai"). The online step runs only with `online=True`, after every offline step
    failed. `whole=True` says the phrase is a name already cut out of text ("Czelabińsku",
    "prefektury Miyagi"): no shorter readings, no fuzzy spelling.
    """
    return default().resolve(phrase, countries, online, whole)


def resolve_typed(phrase: str, countries: Sequence[str] = (), online: bool = False) -> Resolution:
    """A phrase a person typed (`geomap geocode`, `geomap.geocode`): as written, and if nothing
    answers, as a name already cut out of text. A bare word has no preposition to say it names a
    place, but whoever typed it meant one: 'Pohang'."""
    found = resolve(phrase, countries, online)
    return found if found.place is not None else resolve(phrase, countries, online, whole=True)


def country_of(phrase: str) -> str | None:
    """The ISO2 code of the country a whole phrase names ("Korei Północnej" → KP), else None;
    a city, region or island is not a country."""
    hit = resolve(phrase, whole=True)
    return hit.place.country if hit.place is not None and hit.place.kind == "country" else None
