"""Lemmas of the words of a place phrase: Polish through morfeusz2, Russian through pymorphy3.

Both analysers are loaded on first use and every word is analysed once per process: a morfeusz2
call costs about 20 µs and a pymorphy3 call about 50 µs, far more than the rest of a look-up.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..names import fold, is_cyrillic, is_latin

# morfeusz2 tags whose lemma names a place even when the word is not a proper noun:
# "moskiewskiego" → moskiewski, "Zjednoczonych" → zjednoczyć (Stany Zjednoczone).
_ADJECTIVAL = ("adj", "adja", "adjp", "ppas", "pact")
_GEOGRAPHIC = ("nazwa_geograficzna", "człon_nazwy_geograficznej")


@dataclass(frozen=True)
class Lemmas:
    """What the analyser says about one word: its lemmas, which of them are safe alone,
    whether the word was known at all (an unknown word is a candidate for the fuzzy step),
    whether one of its readings is a geographic name (and the lemmas of those readings, `places`),
    and whether it is known only weakly: as an adjective, as a surname or first name in the
    plural or in a case a person is hardly ever in after a preposition ("w Chmielnickim", "w
    Makarowie"), forms that a capitalised word after a preposition hardly ever is. `common`
    says that every reading is a common noun or adjective, never a person: a capitalised word
    read so ("w Permie") may be a town the dictionary does not know as one. `homograph` says
    that one reading is a common noun: "Unii" is the Union, "Brodach" beards as well as Brody."""
    all: frozenset[str]
    placelike: frozenset[str]
    known: bool
    geographic: bool = False
    weak: bool = False
    places: frozenset[str] = frozenset()
    common: bool = False
    homograph: bool = False
    adjective: bool = False  # one reading is an adjective ("Wielkim", "Starym")
    spelt: frozenset[str] = frozenset()  # the geographic lemmas as the dictionary spells them

    @property
    def strong(self) -> bool:
        """Known as a word of its own: a common word, a name, a surname."""
        return self.known and not self.weak and not self.geographic


@lru_cache(maxsize=1)
def _morfeusz() -> Any:
    import morfeusz2
    return morfeusz2.Morfeusz(generate=False)


@lru_cache(maxsize=1)
def _pymorphy() -> Any:
    import pymorphy3
    return pymorphy3.MorphAnalyzer(lang="ru")


_PERSONAL = ("nazwisko", "imię")
# Cases a person is hardly ever in when a capitalised word follows a preposition: "w Makarowie"
# (locative), "pod Chmielnickim" (instrumental), and the dative and vocative that share forms.
_UNLIKELY_CASES = frozenset({"voc", "loc", "inst", "dat"})


def _weak(pos: str, tag: str, labels: list[str]) -> bool:
    """An adjective alone ("Krasnojarska"), or a personal name in the plural or in an unlikely
    case ("Makarowie", "Chmielnickim"): a capitalised word after a preposition read so is a
    place the dictionary lacks far more often than a person."""
    if pos in ("adj", "adja", "adjp"):
        return True
    parts = tag.split(":")
    if not any(label in _PERSONAL for label in labels) or len(parts) < 3:
        return False
    return parts[1] == "pl" or set(parts[2].split(".")) <= _UNLIKELY_CASES


@lru_cache(maxsize=16384)
def first_name(word: str) -> bool:
    """Whether one reading of the word is a first name ('Władimira'): a person far more often than
    a town the dictionary lacks."""
    return any("imię" in labels for _s, _e, (_f, _l, _t, labels, _q) in _morfeusz().analyse(word))


_COMMON_POS = ("subst", "adj", "adja", "adjp", "depr")
# A capitalised word after a preposition is never a verb: a verb form ("Bucha": it gushes) stands in
# the way of a town no more than a common noun does.
_VERBAL = ("fin", "praet", "impt", "inf", "bedzie", "imps", "pcon", "pant")


def _polish(word: str) -> Lemmas:
    everything, placelike, places, spelt = set(), set(), set(), set()
    known, geographic, weak, common, homograph, adjective = False, False, True, True, False, False
    for _start, _end, (_form, lemma, tag, labels, _qual) in _morfeusz().analyse(word):
        pos = tag.split(":", 1)[0]
        if pos in ("ign", "interp"):
            continue
        known = True
        weak = weak and _weak(pos, tag, labels)
        base = lemma.split(":", 1)[0]
        everything.add(fold(base))
        # A capitalised word read as a proper noun may be a place the dictionary only knows as
        # a surname ("w Dubaju" → Dubaj); lowercase common nouns ("sagą") never are.
        proper = word[:1].isupper() and base[:1].isupper()
        geo = any(label in _GEOGRAPHIC for label in labels)
        geographic = geographic or geo
        if geo:
            places.add(fold(base))
            spelt.add(base)
        personal = any(label in _PERSONAL for label in labels)
        common = common and (pos in _COMMON_POS or pos in _VERBAL) and (
            _weak(pos, tag, labels) if personal
            else not base[:1].isupper() or "nazwa_pospolita" in labels)
        homograph = homograph or (pos == "subst" and base[:1].islower()
                                  and "nazwa_pospolita" in labels)
        adjective = adjective or pos == "adj"
        if pos in _ADJECTIVAL or proper or geo:
            placelike.add(fold(base))
    return Lemmas(frozenset(everything), frozenset(placelike), known, geographic, known and weak,
                  frozenset(places), known and common and not geographic, homograph, adjective,
                  frozenset(spelt))


def _russian(word: str) -> Lemmas:
    morph = _pymorphy()
    known = morph.word_is_known(word)
    everything, placelike, places, geographic = set(), set(), set(), False
    for p in morph.parse(word):
        key = fold(p.normal_form)
        everything.add(key)
        if "Geox" in p.tag.grammemes:
            geographic = True
            places.add(key)
        # A guessed word (not in the dictionary) is most often a foreign name: keep its guesses.
        if not known or {"Geox", "ADJF", "PRTF"} & p.tag.grammemes:
            placelike.add(key)
    return Lemmas(frozenset(everything), frozenset(placelike), known, geographic,
                  places=frozenset(places))


# Case endings of Polish adjectives made from names (-ski, -cki), for the adjectives the
# dictionary lacks: "Peczerskiej" is peczerska (Ławra Peczerska), "Podolskim" podolski.
_ADJECTIVE_CASES = (("skiego", ("ski",)), ("skiemu", ("ski",)), ("skich", ("ski", "skie")),
                    ("skimi", ("ski", "skie")), ("skim", ("ski",)), ("skiej", ("ska",)),
                    ("ską", ("ska",)), ("ckiego", ("cki",)), ("ckim", ("cki",)),
                    ("ckiej", ("cka",)), ("cką", ("cka",)))


def _adjective_nominatives(word: str) -> frozenset[str]:
    key = fold(word)
    for case, bases in _ADJECTIVE_CASES:
        case = fold(case)
        if key.endswith(case) and len(key) > len(case) + 2:
            return frozenset(key[: -len(case)] + fold(b) for b in bases)
    return frozenset()


@lru_cache(maxsize=65536)
def lemmas(word: str) -> Lemmas:
    """The lemmas of one word, folded; a word the dictionary lacks is its own lemma (and, when
    it ends as an adjective made from a name does, that adjective's nominative)."""
    if is_cyrillic(word):
        found = _russian(word)
    elif is_latin(word):
        found = _polish(word)
    else:
        found = Lemmas(frozenset(), frozenset(), False)
    if found.known:
        return found
    own = frozenset({fold(word)}) | (_adjective_nominatives(word) if is_latin(word) else frozenset())
    return Lemmas(found.all | own, found.placelike | own, False, found.geographic,
                  places=found.places)
