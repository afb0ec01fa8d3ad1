"""Russian names of an adjective and a noun, as Polish writes them: read back in Russian.

Polish translates the adjective of a Russian place name into its own ("Wielkie Łuki", "Stary
Oskoł", "Sowiecka Gawań", "Jasna Polana", "Carskie Sioło") or spells it in Polish ("Bolszoj
Kamień", "Nabierieżne Czełny"), and declines both words: "w Wielkich Łukach", "w Sowieckiej
Gawani". GeoNames has the English romanisation of the Russian adjective, whose ending says the
gender and number: Velikiye Luki, Staryy Oskol, Sovetskaya Gavan', Yasnaya Polyana, Tsarskoye
Selo, Bol'shoy Kamen'. So each adjective of a reading loses its Polish case ending, its stem is
spelt in Russian (through `geomap.translit`, or a short table of the stems Polish and Russian
spell apart: wielk- velik-, biał- bel-; and of nouns: Nowogród, Novgorod), and every Russian
ending is tried with every reading of the nouns; the place list says which combination is a town.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import islice, product
from typing import Iterator

from ..translit import word_readings
from .inflection import forms
from .morphology import lemmas

# Polish adjective endings, longest first; what is left is the stem.
POLISH_ENDINGS = ("owymi", "ymi", "imi", "ych", "ich", "ego", "emu", "iej", "ej", "ym", "im",
                  "oj", "ie", "ą", "a", "e", "y", "i")
OBLIQUE = ("ymi", "imi", "ych", "ich", "ego", "emu", "ej", "ym", "im")  # never a noun's
# Stems Polish and Russian spell apart (Polish stem → Russian stem, English spelling).
STEMS = {"wielk": "velik", "mał": "mal", "biał": "bel", "czarn": "chern", "czerwon": "krasn",
         "górn": "verkhn", "doln": "nizhn", "zielon": "zelen", "złot": "zolot", "now": "nov",
         "star": "star", "sowieck": "sovetsk", "niżn": "nizhn", "wierchn": "verkhn"}
# Russian adjective endings in English spelling: after k, g, kh, sh, zh, ch (velik-) and others.
SOFT = ("iy", "aya", "oye", "iye", "oy", "ii", "oe", "ie", "i")
HARD = ("yy", "aya", "oye", "yye", "y", "oy", "ye", "oe", "yi", "iy")
# Nouns of Russian names that Polish spells apart: Nowogród is Novgorod.
NOUNS = {"nowogród": "novgorod"}
MAX_KEYS = 96
MAX_NOUNS = 12


def stem(word: str) -> str | None:
    """The word's Polish adjective stem, when it is one: the analyser reads it as an adjective,
    or it ends as only adjectives end ("Nabierieżnych", "Bolszym")."""
    low = word.lower()
    if not (lemmas(word).adjective or low.endswith(OBLIQUE)):
        return None
    for ending in POLISH_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            return low[: -len(ending)]
    return None


@lru_cache(maxsize=4096)
def russian_adjectives(word: str) -> tuple[str, ...]:
    """The English spellings of the Russian adjective a Polish one stands for ("Wielkich" →
    Velikiye, Velikiy...; "Sowieckiej" → Sovetskaya...), or () when the word is no adjective."""
    base = stem(word)
    if base is None:
        return ()
    stems = [STEMS[base]] if base in STEMS else [
        r.text for r in word_readings(base) if r.system == "ru"][:2]
    out = []
    for s in stems:
        endings = SOFT if s.endswith(("k", "g", "h", "sh", "zh", "ch")) else HARD
        out += [s + e for e in endings]
    return tuple(dict.fromkeys(out))


def russian_nouns(word: str) -> tuple[str, ...]:
    """The English spellings of a noun's nominatives ("Łukach" → Luki...; "Gawani" → Gavan)."""
    nominatives = forms(word)[1:] or (word,)
    out = [NOUNS.get(f.lower(), r.text.lower()) for f in nominatives
           for r in [r for r in word_readings(f) if r.system == "ru"][:3]]
    return tuple(dict.fromkeys(out))[:MAX_NOUNS]


def adjectival_keys(reading: tuple[str, ...]) -> Iterator[tuple[str, int]]:
    """(folded key, cost) for each Russian reading of a name with an adjective in it."""
    if len(reading) < 2:
        return
    choices = []
    for word in reading:
        adjectives = russian_adjectives(word)
        choices.append(list(enumerate(adjectives or russian_nouns(word))))
    if not any(russian_adjectives(w) for w in reading) or not all(choices):
        return
    combos = islice(product(*choices), MAX_KEYS)
    for combo in combos:
        yield " ".join(text for _, text in combo), sum(rank for rank, _ in combo)
