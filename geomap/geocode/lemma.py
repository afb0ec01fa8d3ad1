"""Step: the lemmas of the phrase's words spell a name: "we Władywostoku" → Władywostok.

Names and queries go through the same lemmatiser, so multi-word names meet whatever their case:
"Nowym Jorku" and "Nowy Jork" both give ("nowy", "jork"). A one-word reading only uses lemmas
that can name a place (proper geographic names, adjectives, unknown words), so "sagą" (a saga)
does not become Saga, Japan; in several words the other words make the match specific enough.
"""
from __future__ import annotations

from functools import cached_property
from itertools import islice, product

from ..gazetteer import Gazetteer, Name, Place
from ..names import words
from .base import Query, pick
from .morphology import lemmas

_MAX_KEYS = 64  # lemma combinations tried per reading; real phrases stay far below


def lemma_keys(ws: tuple[str, ...]) -> list[str]:
    """Every way of writing the words as lemmas, each as one folded key."""
    if len(ws) == 1:
        choices = [sorted(lemmas(ws[0]).placelike)]
    else:
        choices = [sorted(lemmas(w).all) for w in ws]
    return [" ".join(c) for c in islice(product(*choices), _MAX_KEYS)]


class LemmaStep:
    name = "lemma"
    score = 0.95
    langs = ("pl", "ru")

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    @cached_property
    def index(self) -> dict[str, tuple[Name, ...]]:
        """Lemma key → name rows, built on first use (it costs a few tenths of a second)."""
        index: dict[str, tuple[Name, ...]] = {}
        for n in self.gazetteer.names():
            if n.lang in self.langs:
                for key in lemma_keys(words(n.text)):
                    if n not in index.get(key, ()):
                        index[key] = index.get(key, ()) + (n,)
        return index

    def find(self, query: Query) -> Place | None:
        for reading in query.readings:
            found: list[Name] = []
            for key in lemma_keys(reading):
                found.extend(self.index.get(key, ()))
            if found:
                return pick(self.gazetteer, found, query.countries, query.island)
        return None
