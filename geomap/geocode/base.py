"""What every resolver step shares: the parsed query, the step interface, the ambiguity rule.

A phrase is read several ways ("readings"): as written, without its leading preposition and cue
words, and as each run of words between prepositions. A step tries the readings in order and
answers with the first place it finds, so "Rosyjska Ambasada w Pjongjangu" lands on Pyongyang.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Protocol, Sequence

from ..gazetteer import Gazetteer, Name, Place
from ..names import PREPOSITIONS, fold, strip_leading, strip_particle, words


@dataclass(frozen=True)
class Query:
    text: str
    countries: tuple[str, ...]
    readings: tuple[tuple[str, ...], ...]  # word tuples, most complete and most likely first
    core: tuple[str, ...]                  # the phrase without leading prepositions and cues

    @property
    def introduced(self) -> bool:
        """Whether a preposition or cue word stood before the place ("w Tarnowie")."""
        return self.core != words(self.text)

    @property
    def heads(self) -> tuple[tuple[str, ...], ...]:
        """The readings that stand for the whole phrase: its core and, after the last
        preposition, its tail. Steps that guess (fuzzy, GeoNames, online) only try these."""
        out = [self.core]
        tail = _segments(self.core)
        if len(tail) > 1 and tail[-1] != self.core:
            out.append(tail[-1])
        return tuple(r for r in out if r)


def _segments(ws: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The runs of words between prepositions."""
    runs, run = [], []
    for w in ws:
        if fold(w) in PREPOSITIONS:
            if run:
                runs.append(tuple(run))
            run = []
        else:
            run.append(w)
    if run:
        runs.append(tuple(run))
    return runs


def _spans(ws: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Sub-runs of words, preferring the runs after a preposition, longer first, rightmost first."""
    segs = _segments(ws)
    after_prep = [s for i, s in enumerate(segs) if i > 0 or (ws and fold(ws[0]) in PREPOSITIONS)]
    ordered = list(reversed(after_prep)) + [s for s in reversed(segs) if s not in after_prep]
    out = []
    for seg in ordered:
        n = len(seg)
        for size in range(n, 0, -1):
            for start in range(n - size, -1, -1):
                out.append(seg[start:start + size])
    return out


@lru_cache(maxsize=16384)
def parse(text: str, countries: tuple[str, ...] = ()) -> Query:
    """Split a phrase into the readings the steps try."""
    ws = words(text)
    bare = strip_particle(text)
    first = [ws, words(bare)] if bare else [ws]
    core = strip_leading(ws)
    readings: list[tuple[str, ...]] = []
    for r in [*first, core, *_spans(core)]:
        if r and r not in readings and not all(fold(w) in PREPOSITIONS for w in r):
            readings.append(r)
    return Query(text, countries, tuple(readings), core)


class Step(Protocol):
    """One way of finding a place for a query; `name` is what a Resolution reports as its step."""
    name: str

    def find(self, query: Query) -> Place | None: ...


def pick(gazetteer: Gazetteer, names: Iterable[Name], countries: Sequence[str]) -> Place | None:
    """Choose among the places a name may stand for.

    One place: that place. Several (the rows mark the name ambiguous): the first of the event's
    countries that one of them lies in decides, and otherwise the row marked `default` wins.
    """
    names = list(names)
    ids = list(dict.fromkeys(n.place_id for n in names))
    if not ids:
        return None
    if len(ids) == 1:
        return gazetteer.get(ids[0])
    defaults = [n.place_id for n in names if n.ambiguous == "default"]
    for code in countries:
        here = [i for i in ids if gazetteer.get(i).country == code]
        if here:
            return gazetteer.get(next((i for i in here if i in defaults), here[0]))
    return gazetteer.get(defaults[0] if defaults else ids[0])
