"""The resolver chain: exact name → lemma → guarded fuzzy → GeoNames → (on request) Nominatim.

Each step is a small object with a `name` and `find(query) -> Place | None` (see base.Step);
the first step that finds a place answers. Answers are memoised per (phrase, countries, online),
so a build that looks the same venue up a thousand times pays for it once.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ..gazetteer import load
from .base import Step, parse
from .exact import ExactStep
from .fuzzy import FuzzyStep
from .geonames import GeoNamesStep
from .lemma import LemmaStep
from .online import OnlineStep
from .resolution import Resolution


@lru_cache(maxsize=1)
def offline_steps() -> tuple[Step, ...]:
    gazetteer = load()
    return (ExactStep(gazetteer), LemmaStep(gazetteer), FuzzyStep(gazetteer),
            GeoNamesStep(gazetteer))


@lru_cache(maxsize=1)
def online_step() -> OnlineStep:
    return OnlineStep()


def run(steps: Sequence[Step], phrase: str, countries: Sequence[str] = ()) -> Resolution:
    """Try `steps` in order on one phrase; the first that finds a place answers."""
    query = parse(phrase, tuple(countries))
    for step in steps:
        place = step.find(query)
        if place is not None:
            return Resolution(phrase, place, step.name)
    return Resolution(phrase, None, None)


def resolve(phrase: str, countries: Sequence[str] = (), online: bool = False) -> Resolution:
    """Where a place phrase points, as written ("we Władywostoku", "do prefektury Miyagi").

    `countries` are the event's ISO2 codes, in order of weight; they decide ambiguous names
    ("Korea"). The online step runs only with `online=True`, after every offline step failed.
    """
    if isinstance(countries, str):
        countries = (countries,)
    return _resolve(phrase.strip(), tuple(c.strip().upper() for c in countries), online)


@lru_cache(maxsize=65536)
def _resolve(phrase: str, countries: tuple[str, ...], online: bool) -> Resolution:
    steps = offline_steps() + ((online_step(),) if online else ())
    return run(steps, phrase, countries)
