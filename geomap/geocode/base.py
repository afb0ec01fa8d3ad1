"""What every resolver step shares: the parsed query, the step interface, the ambiguity rule.

A phrase is read several ways ("readings"): as written, without its leading preposition and cue
words, and as each run of words between prepositions. The readings that stand for the whole
phrase (its `heads`: the phrase, its core, and what its last preposition governs) go through
every step first, so "Ambasada Rosji w Nagoi" lands on Nagoya before "Rosji" is ever read as
Russia; the shorter runs come after, and only the sure steps try them. A query marked `whole`
is a name the extractor already cut out of text: it has no shorter readings at all. A phrase
that starts with a kind of place ("na wyspie Sado", "w górach Kumgang") has its name alone as a
head too, after the whole.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Protocol, Sequence

from ..gazetteer import Gazetteer, Name, Place
from ..names import FEATURE_WORDS, PREPOSITIONS, fold, strip_leading, strip_particle, words

SETTLEMENT_WORDS = frozenset({"city", "town", "village", "miasto", "miasta", "miescie", "miastem", "miasteczku",
                              "miasteczko", "miejscowosci", "miejscowosc", "wsi", "wies", "wiosce", "wioska",
                              "osadzie", "osada", "город", "городе", "поселке", "посёлке", "селе"})


@dataclass(frozen=True)
class Query:
    text: str
    countries: tuple[str, ...]
    readings: tuple[tuple[str, ...], ...]  # word tuples, most complete and most likely first
    core: tuple[str, ...]                  # the phrase without leading prepositions and cues
    whole: bool = False                    # a name cut out of text: no shorter readings

    @property
    def island(self) -> bool | None:
        """What the preposition says of a place that is an island and also something else:
        Polish and Russian put islands after "na", "на" ("na Okinawie", "на Сахалине") and towns
        and regions after "w", "в" ("w Okinawie"); None when the phrase has neither."""
        first = fold(words(self.text)[0]) if words(self.text) else ""
        return {"na": True, "на": True, "w": False, "we": False, "в": False, "во": False}.get(first)

    @property
    def introduced(self) -> bool:
        """Whether a preposition or cue word stood before the place ("w Tarnowie"), or the
        extractor, having found the name where a place is governed, asks with `whole`."""
        return self.whole or self.core != words(self.text)

    def introduces(self, reading: tuple[str, ...]) -> bool:
        """Whether a preposition governs this reading: the query's, or the tail's own."""
        return self.introduced or (reading == self.tail != self.core)

    @property
    def heads(self) -> tuple[tuple[str, ...], ...]:
        """The readings that stand for the whole phrase: its core and, after the last
        preposition, its tail. Steps that guess (fuzzy, GeoNames, online) only try these."""
        out = [self.core]
        tail = self.tail
        if tail != self.core:
            out.append(tail)
        if "," in self.text:  # "w Nagoi, Japonia": the place before the comma
            before = strip_leading(words(self.text.split(",", 1)[0]))
            if before not in out:
                out.append(before)
        out += [r for r in self.featured if r not in out]
        return tuple(r for r in out if r)

    @property
    def featured(self) -> tuple[tuple[str, ...], ...]:
        """The names a lowercase kind of place stands before ("na wyspie Sado", "w górach
        Kumgang": Sado, Kumgang), which the phrase itself says are places. A capitalised one is
        part of the name ("na Wyspie Popowa" is no place called Popowa)."""
        out = []
        for reading in (self.core, self.tail):
            if len(reading) > 1 and reading[0].islower() and fold(reading[0]) in FEATURE_WORDS:
                out.append(reading[1:])
        # 'city Bucha', 'w mieście Bucza': the phrase says the name is a settlement's
        before = words(self.text)[:-len(self.core)] if self.core else ()
        if before and fold(before[-1]) in SETTLEMENT_WORDS:
            out.append(self.core)
        return tuple(dict.fromkeys(out))

    @property
    def tail(self) -> tuple[str, ...]:
        """What the last preposition governs ("Ambasada Rosji w Nagoi" → Nagoi), else the core."""
        segments = _segments(self.core)
        return segments[-1] if len(segments) > 1 else self.core

    def first(self) -> Query:
        """This query narrowed to the readings every step tries: the phrase as written (and
        without a particle) and its heads."""
        keep = [r for r in self.readings if r in self.heads or len(r) == len(words(self.text))]
        keep += [h for h in self.heads if h not in keep]
        return replace(self, readings=tuple(keep))

    def rest(self) -> Query:
        """This query narrowed to the shorter readings, which only the sure steps try."""
        done = self.first().readings
        return replace(self, readings=tuple(r for r in self.readings if r not in done))


def _segments(ws: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The runs of words between prepositions ('nad' between two names joins a town to its river:
    "Kałacz nad Donem" is one name, not a place above the Don)."""
    runs, run = [], []
    for k, w in enumerate(ws):
        river = fold(w) == "nad" and 0 < k < len(ws) - 1 and ws[k - 1][:1].isupper() and ws[k + 1][:1].isupper()
        if fold(w) in PREPOSITIONS and not river:
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
def parse(text: str, countries: tuple[str, ...] = (), whole: bool = False) -> Query:
    """Split a phrase into the readings the steps try."""
    ws = words(text)
    bare = strip_particle(text)
    first = [ws, words(bare)] if bare else [ws]
    core = strip_leading(words(bare) if bare and whole else ws)
    readings: list[tuple[str, ...]] = []
    for r in [*first, core, *([] if whole else _spans(core))]:
        if r and r not in readings and not all(fold(w) in PREPOSITIONS for w in r):
            readings.append(r)
    return Query(text, countries, tuple(readings), core, whole)


class Step(Protocol):
    """One way of finding a place for a query; `name` is what a Resolution reports as its step,
    `score` (0..1) how far an answer of this step is to be trusted."""
    name: str
    score: float

    def find(self, query: Query) -> Place | None: ...


def pick(gazetteer: Gazetteer, names: Iterable[Name], countries: Sequence[str],
         island: bool | None = None) -> Place | None:
    """Choose among the places a name may stand for.

    One place: that place. Several (the rows mark the name ambiguous): an island or not, as the
    preposition says (`Query.island`), then the first of the event's countries that one of them
    lies in decides, and otherwise the row marked `default` wins.
    """
    names = list(names)
    ids = list(dict.fromkeys(n.place_id for n in names))
    if not ids:
        return None
    if len(ids) > 1 and island is not None:
        kind = [i for i in ids if (gazetteer.get(i).kind == "island") == island]
        if kind and len(kind) < len(ids):
            ids = kind
            names = [n for n in names if n.place_id in kind]
            if len(ids) == 1:
                return gazetteer.get(ids[0])
    if len(ids) == 1:
        return gazetteer.get(ids[0])
    defaults = [n.place_id for n in names if n.ambiguous == "default"]
    for code in countries:
        here = [i for i in ids if gazetteer.get(i).country == code]
        if here:
            return gazetteer.get(next((i for i in here if i in defaults), here[0]))
    return gazetteer.get(defaults[0] if defaults else ids[0])
