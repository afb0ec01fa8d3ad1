"""Step: the phrase, or a run of its words, is a name or alias in the gazetteer."""
from __future__ import annotations

from ..gazetteer import Gazetteer, Place
from ..names import same_letters
from .base import Query, pick


class ExactStep:
    """Matches names regardless of case and punctuation, and of diacritics left out."""
    name = "exact"
    score = 1.0

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def find(self, query: Query) -> Place | None:
        for reading in query.readings:
            text = " ".join(reading)
            names = [n for n in self.gazetteer.named(text) if same_letters(text, n.text)]
            if names:
                return pick(self.gazetteer, names, query.countries, query.island)
        return None
