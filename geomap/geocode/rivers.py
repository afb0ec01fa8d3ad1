"""Step: a town named after its river, "Nikołajewsk nad Amurem", read in Russian.

Polish names a river town with "nad" and the river in the instrumental ("Rostów nad Donem",
"Komsomolsk nad Amurem", "Nikołajewsk nad Amurem"); Russian with "на" and the river in the
locative (Ростов-на-Дону, Николаевск-на-Амуре), which GeoNames romanises as "Rostov-na-Donu" or
"Nikolayevsk-on-Amure". So the town's part is read as the transliteration step reads a name,
the river loses its instrumental ending, and the place list is asked for a name that begins
with the town, "na" or "on", and the river's stem. Only the Cyrillic-writing countries answer.
"""
from __future__ import annotations

from itertools import islice

from ..gazetteer import Gazetteer, Place
from ..names import fold
from ..translit import word_readings
from .base import Query
from .geonames import as_place, evidence
from .guesses import MAX_SPELLINGS, SYSTEM_COUNTRIES, spellings
from .placelist import PlaceList
from .placelist import load as load_placelist

# Instrumental endings of a river's name ("Amurem", "Donem", "Wołgą", "Dnieprem").
INSTRUMENTAL = ("iem", "em", "ą", "om")


def river_stems(word: str) -> list[str]:
    """The river's name without its instrumental ending, spelt in English ("Amurem" → amur)."""
    low = word.lower()
    stem = next((low[: -len(e)] for e in INSTRUMENTAL if low.endswith(e) and len(low) > len(e) + 1),
                low)
    out = [fold(r.text) for r in word_readings(stem) if r.system == "ru"][:3]
    return list(dict.fromkeys(out))


class RiverStep:
    name = "transliteration"
    score = 0.8

    def __init__(self, gazetteer: Gazetteer, places: PlaceList | None = None) -> None:
        self.gazetteer = gazetteer
        self._places = places

    @property
    def places(self) -> PlaceList:
        if self._places is None:
            self._places = load_placelist()
        return self._places

    def find(self, query: Query) -> Place | None:
        core = query.core
        folded = [fold(w) for w in core]
        if "nad" not in folded[1:-1]:
            return None
        i = folded.index("nad")
        town, river = core[:i], core[i + 1:]
        if len(river) != 1 or evidence(town, True) is None or not river[0][:1].isupper():
            return None
        found = []
        for text, system, cost in islice(spellings(town), MAX_SPELLINGS):
            if system != "ru":
                continue
            for stem in river_stems(river[0]):
                for link in ("na", "on"):
                    found += [(cost, -c.population, c.id, c)
                              for c in self.places.starting(f"{fold(text)} {link} {stem}")
                              if c.country in SYSTEM_COUNTRIES["ru"]]
        return as_place(self.gazetteer, min(found)[-1]) if found else None
