"""Step: a near spelling of a known name, for words the analysers do not know.

Guarded so that a wrong name does not become a near one: the step only runs when a word of the
phrase is unknown to morfeusz2/pymorphy3 (so "Sejm", "Tokarczuk" and "Rosjanie", all real words,
never reach it), and a match needs the same first letter, a length within two letters and a
score of at least 88, and a name the query merely extends ("Korean") is a derivation, not a
misspelling. It also strips one case ending from unknown words, which places inflected
foreign names the dictionaries lack ("Birobidżanie" → Birobidżan).
"""
from __future__ import annotations

from functools import cached_property

from rapidfuzz import fuzz, process

from ..gazetteer import Gazetteer, Place
from ..names import fold
from .base import Query, pick
from .morphology import lemmas

MIN_SCORE = 88.0
STEM_SCORE = 90.0
MAX_LENGTH_GAP = 2
MIN_LENGTH = 4
# Polish and Russian case endings, longest first.
ENDINGS = ("ami", "ach", "owi", "iem", "ie", "ze", "em", "om", "u", "a", "y", "i", "e", "ą", "ę",
           "ами", "ом", "ем", "ём", "ой", "ей", "ах", "е", "у", "а", "я", "ю", "ы", "и")


def stems(word: str) -> list[str]:
    """The folded word and the word without one case ending, if enough of it remains."""
    key = fold(word)
    out = [key]
    for end in ENDINGS:
        end = fold(end)
        if key.endswith(end) and len(key) - len(end) >= MIN_LENGTH:
            out.append(key[: -len(end)])
    return out


class FuzzyStep:
    name = "fuzzy"
    score = 0.6

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    @cached_property
    def by_initial(self) -> dict[str, list[str]]:
        """Folded names grouped by first letter, the only ones a query is compared with."""
        groups: dict[str, list[str]] = {}
        for key in self.gazetteer.keys():
            if len(key) >= MIN_LENGTH:
                groups.setdefault(key[0], []).append(key)
        return groups

    def find(self, query: Query) -> Place | None:
        for reading in query.heads:
            if all(lemmas(w).known for w in reading):
                continue
            key = self._match(reading)
            if key is not None:
                return pick(self.gazetteer, self.gazetteer.named(key), query.countries,
                            query.island)
        return None

    def _match(self, reading: tuple[str, ...]) -> str | None:
        variants = [fold(" ".join(reading))]
        if len(reading) == 1:
            variants += stems(reading[0])[1:]
        else:  # an ending off the last word: "Pietropawłowsku Kamczackim" stays whole
            variants += [" ".join([*map(fold, reading[:-1]), s]) for s in stems(reading[-1])[1:]]
        best: tuple[float, str] | None = None
        for n, v in enumerate(variants):
            if len(v) < MIN_LENGTH:
                continue
            if self.gazetteer.named(v):
                return v
            choices = self.by_initial.get(v[0], [])
            # (a near spelling of a guessed stem is two guesses, and must be nearer: "Namhae" → namha
            # is not Naha)
            for key, score, _ in process.extract(v, choices, scorer=fuzz.ratio,
                                                 score_cutoff=STEM_SCORE if n else MIN_SCORE, limit=5):
                if v.startswith(key):
                    continue  # a derivation ("Korean", "Russian"), not a misspelling
                if abs(len(key) - len(v)) <= MAX_LENGTH_GAP and (best is None or score > best[0]):
                    best = (score, key)
        return best[1] if best else None
