"""Step: undo a Polish case ending on a foreign name no dictionary knows.

Polish inflects every foreign place name, and morfeusz2 only knows the common ones: "w
Czelabińsku", "w Tiumeni", "w Czerkasach", "w Borysowie", "w Nagoi", "w Szizuoce" are all
unknown words. Their nominatives follow from the ending (-sku → -sk, -ni → -ń, -ach → -y,
-owie → -ów, -oi → -oja, -ce → -ka). Each ending has several possible nominatives, so they are
only candidates: one counts when the gazetteer or GeoNames' list has a place of that name
(with the same guards as the GeoNames step); the transliteration step takes them further, and
the two weigh their guesses in the place list together (guesses.py).
"""
from __future__ import annotations

from functools import lru_cache
from itertools import islice, product

from ..gazetteer import Gazetteer, Place
from .base import Query, pick
from .geonames import as_place, seen_in
from .morphology import lemmas
from .placelist import PlaceList
from .placelist import load as load_placelist

MIN_STEM = 2
MAX_VARIANTS = 24
# (ending, nominative endings), most telling first; every ending that fits gives candidates.
ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("owie", ("ów", "owa", "ow")), ("ewie", ("ew", "ewa", "ów")),   # Borysowie, Lwowie
    ("szcie", ("szt",)), ("ście", ("st", "sta")), ("ździe", ("zd",)),  # Budapeszcie
    ("dzie", ("d", "da", "do")), ("cie", ("ta", "t", "to")),                    # Belgradzie, Niigacie
    ("ce", ("ka",)), ("dze", ("ga",)), ("sze", ("cha", "sza")),      # Szizuoce, Rydze, Dausze
    ("rze", ("r", "ra", "ro")), ("ze", ("za", "z", "ga")),                # Kunaszyrze, Ankarze
    ("le", ("ł", "l", "la", "ła", "lo", "ło")),                                 # Barnaule, Tule
    ("nie", ("n", "na", "ń", "no")), ("mie", ("ma", "m", "mo")),    # Czangwonie, Zarubinie
    ("bie", ("b", "ba", "bo")), ("pie", ("p", "pa", "po")), ("wie", ("w", "wa", "wo")),
    ("fie", ("f", "fa")), ("sie", ("s", "sa", "so")), ("zie", ("z", "za", "zo")), ("tie", ("t", "ta")),
    ("ie", ("", "a")),  # never after k, g or ch, which take -ce, -dze, -sze (see nominatives)
    ("ach", ("y", "i", "e")), ("ami", ("y", "i")),                  # Czerkasach, Helsinkach
    ("iem", ("",)), ("em", ("", "e", "o")), ("owi", ("",)),             # Władywostokiem, Omskowi, Robotynem
    ("dziu", ("dź",)), ("niu", ("ń",)), ("ciu", ("ć",)), ("siu", ("ś",)), ("ziu", ("ź",)),
    ("ńcu", ("niec",)), ("cu", ("iec", "ec")), ("ńca", ("niec",)), ("ca", ("iec",)),  # Sosnowcu
    ("czu", ("cz", "cze")), ("szu", ("sz", "sze")), ("żu", ("ż", "że")), ("rzu", ("rz", "rze")),
    ("wiu", ("w",)), ("miu", ("m",)), ("biu", ("b",)), ("piu", ("p",)),  # Perejasławiu, Muromiu
    ("ku", ("k", "ok", "ek")),                                     # Krasnojarsku, Torżku (Torżok)
    ("ju", ("j",)), ("u", ("", "o")),                              # Dubaju, Krasnojarsku
    ("oi", ("oja", "oya")), ("ei", ("eja", "eya")), ("ai", ("aja",)), ("ii", ("ia",)),  # Nagoi
    ("ni", ("ń", "na", "nia")), ("li", ("la", "l", "ł")),           # Tiumeni, Manili
    ("ci", ("ć", "ta")),                                           # Prypeci
    ("ki", ("ka",)), ("gi", ("ga",)), ("i", ("a", "", "ja")),                # Borzi (Borzja)
    ("ym", ("y", "yj")), ("im", ("i", "ij")), ("ego", ("y", "yj", "i", "ij")), ("ej", ("a",)),
    ("skiem", ("skie",)), ("ckiem", ("ckie",)),                    # Kamiańskiem (Kamiańskie)
    ("y", ("a", "")), ("ą", ("a",)), ("ę", ("a",)), ("a", ("", "o")),  # Moskwy, Krasnojarska, Iwanowa
)


def _like(model: str, text: str) -> str:
    return text.upper() if model.isupper() and len(model) > 1 else text


@lru_cache(maxsize=16384)
def nominatives(word: str, min_stem: int = MIN_STEM) -> tuple[str, ...]:
    """The nominatives a Polish case form of a foreign name may come from, likeliest first
    ("Czelabińsku" → Czelabińsk, Czelabińsko; "Nagoi" → Nagoja, Nagoya, Nagoa, Nago)."""
    low = word.lower()
    out: list[str] = []
    for ending, bases in ENDINGS:
        if ending == "i" and low.endswith("ii"):
            continue  # "Unii" is Unia's, never "Uni"'s
        if ending == "ie" and low.endswith(("kie", "gie", "chie")):
            continue  # a Polish locative of Okha is "Osze", so "Ochie" names no "Och"
        if low.endswith(ending) and len(low) - len(ending) >= min_stem:
            stem = word[: len(word) - len(ending)]
            out.extend(stem + _like(word, b) for b in bases)
    return tuple(dict.fromkeys(c for c in out if c != word))


MIN_PLURAL = 4
_CONSONANTS = frozenset("bcdfghjklłmnprstwzżźśćń")


def plural_genitives(word: str) -> tuple[str, ...]:
    """A plural name's genitive has no ending: 'z Szacht' (Szachty), 'koło Chimek' (Chimki). Read
    only for a one-word name, after its other readings."""
    low = word.lower()
    if not word[:1].isupper() or len(low) < MIN_PLURAL or low[-1] not in _CONSONANTS or nominatives(word):
        return ()
    return ((word[:-2] + _like(word, "ki"),) if low.endswith("ek") else ()) + tuple(word + _like(word, b) for b in ("y", "i"))


def unknown(word: str) -> bool:
    """A word the analysers do not know, or know only as a place or weakly (see Lemmas): one a
    case ending may hide."""
    return not lemmas(word).strong


def forms(word: str, later: bool = False) -> tuple[str, ...]:
    """The word as written and the nominatives it may stand for: from its ending when the
    analysers do not know it (or know it as a place, or weakly), from the dictionary when they
    know it only as a common noun, then from its ending ("Permie" → Perm, then Perma...). A
    `later` word of a name may have a one-letter stem ("Ałma-Acie" → Ałma-Ata)."""
    stem = 1 if later else MIN_STEM
    if not word[:1].isupper():
        return (word,)
    found = lemmas(word)
    if unknown(word):  # a place the dictionary knows first: "Nowogrodzie" → Nowogród
        return tuple(dict.fromkeys((word, *sorted(found.spelt), *nominatives(word, stem))))
    if found.common:
        dictionary = sorted({lemma.capitalize() for lemma in found.all} - {word})
        return tuple(dict.fromkeys((word, *dictionary, *nominatives(word, stem))))
    if found.placelike and not found.geographic:
        # known only as a surname or an adjective ('z Iwanowa', 'do Lipiecka'): after a
        # preposition it may still be a town the dictionary lacks
        return tuple(dict.fromkeys((word, *nominatives(word, stem))))
    return (word,)


def variants(reading: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The reading with its unknown words turned into nominatives (the words as written first),
    likeliest first: a variant's cost is the sum of its words' ranks, so 'Kamień Rybołów' (each
    word's first nominative) comes before the second reading of either word alone."""
    return [variant for variant, _cost in costed_variants(reading)]


@lru_cache(maxsize=4096)
def costed_variants(reading: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], int], ...]:
    """`variants` with each one's cost, the sum of its words' ranks among their readings."""
    choices = [forms(w, later=i > 0) for i, w in enumerate(reading)]
    if len(reading) == 1:
        choices[0] = tuple(dict.fromkeys(choices[0] + plural_genitives(reading[0])))
    ranked = sorted(product(*[list(enumerate(c)) for c in choices]), key=lambda combo: sum(i for i, _ in combo))
    return tuple((tuple(w for _, w in combo), sum(i for i, _ in combo))
                 for combo in islice(ranked, 1, MAX_VARIANTS + 1))


class InflectionStep:
    name = "inflection"
    score = 0.85

    def __init__(self, gazetteer: Gazetteer, places: PlaceList | None = None, gazetteer_only: bool = False) -> None:
        self.gazetteer = gazetteer
        self._places = places
        # run before the place list read as written: 'na Matui' is Matua in our gazetteer before
        # a village called Matui in Tanzania
        self.gazetteer_only = gazetteer_only

    @property
    def places(self) -> PlaceList:
        if self._places is None:
            self._places = load_placelist()
        return self._places

    def find(self, query: Query) -> Place | None:
        for reading in query.heads:
            seen = seen_in(query, reading)
            if seen is None:
                continue
            candidates = variants(reading)
            for variant in candidates:
                names = self.gazetteer.named(" ".join(variant))
                if names:
                    return pick(self.gazetteer, names, query.countries, query.island)
            if self.gazetteer_only:
                continue
            from .guesses import choose, guesses  # the two steps share their place-list guesses
            best = choose(guesses(self.places, reading), query.countries, seen)
            if best is not None and best.step == self.name:
                return as_place(self.gazetteer, best.city)
        return None
