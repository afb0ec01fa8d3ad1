"""Normalising place names for look-up: case, diacritics, punctuation, prepositions, particles.

Every index and every query goes through the same functions here, so "Władywostok", "WLADYWOSTOK"
and "Władywostok" typed with a combining accent all meet on one key. Latin letters lose their
diacritics; Cyrillic, kana and hangul keep theirs, because there a diacritic makes another letter
(й is not и, が is not か).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters NFKD does not split into base + mark.
_LATIN_EXTRA = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe",
                              "ı": "i", "ħ": "h", "þ": "th", "ð": "d"})
_APOSTROPHES = re.compile(r"[’'ʼ`‘ʻ´]")
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―/\\,;:.()\[\]{}\"«»„”“!?&·・＝=]+")

# Words that introduce a place in a phrase but are not part of its name. Keys are folded.
PREPOSITIONS = frozenset({
    # Polish
    "w", "we", "na", "do", "z", "ze", "od", "ode", "pod", "przy", "kolo", "k", "obok", "u", "nad",
    "po", "przez", "za", "ku", "spod", "znad", "sprzed",
    # English
    "in", "at", "to", "near", "from", "outside", "around", "into", "on", "off",
    # Russian
    "в", "во", "на", "из", "под", "около", "у", "до", "к", "ко", "с", "со", "от", "близ", "возле",
})
# Nouns and articles that may stand before a place in a phrase ("w okolicach Charkowa").
CUE_WORDS = frozenset({
    "okolice", "okolicach", "okolicy", "okolic", "poblizu", "poblize", "rejonie", "rejon",
    "terenie", "teren", "niedaleko", "nieopodal", "obrzezach", "obrzeza", "centrum", "miescie",
    "miasto", "miasta", "stolicy", "stolica",
    "wsi", "wies", "wiosce", "wioska", "wioski", "osadzie", "osada", "osady", "miasteczku",
    "miasteczko", "porcie", "port", "portu", "kurorcie", "uzdrowisku",
    "the", "city", "vicinity", "outskirts", "suburbs", "centre", "center", "village", "town",
    "окрестностях", "районе", "пригороде", "центре", "городе", "город",
})
# Nouns of a kind of place that may stand before its name or be part of it: "na wyspie Sado" is
# Sado, but "Wyspa Rosyjska" is the island's name. Keys are folded.
FEATURE_WORDS = frozenset({
    "wyspa", "wyspy", "wyspie", "wyspe", "wyspa", "wysp", "wyspach", "wyspami", "wyspom",
    "polwysep", "polwyspie", "polwyspu", "gora", "gory", "gorze", "gore", "gorach", "gor",
    "island", "islands", "mount", "mt", "остров", "острове", "острова", "островах",
    # a county bears its seat's name in Korea and Japan: 'w powiecie Kosong' is the town Kosong
    "powiat", "powiatu", "powiecie", "powiatem", "county", "gun", "hrabstwie", "hrabstwa", "hrabstwo",
})
# Case particles written after a name in Japanese and Korean ("東京で", "서울에서").
_PARTICLES = ("에서는", "에서", "으로", "에는", "에", "로", "의", "までに", "まで", "から", "では",
              "には", "で", "に", "へ", "の")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The look-up key of a name: NFKC, case-folded, Latin diacritics and punctuation dropped."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _APOSTROPHES.sub("", text)
    if text.isascii():
        return " ".join(_SEPARATORS.split(text)).strip()
    out = []
    for ch in unicodedata.normalize("NFKD", text.translate(_LATIN_EXTRA)):
        if unicodedata.combining(ch) and out and out[-1].isascii():
            continue
        out.append(ch)
    text = unicodedata.normalize("NFC", "".join(out))
    return " ".join(_SEPARATORS.split(text)).strip()


@lru_cache(maxsize=65536)
def loose(text: str) -> str:
    """Like `fold` but keeping diacritics: "sagą" and "Saga" fold alike but differ here."""
    text = _APOSTROPHES.sub("", unicodedata.normalize("NFKC", text).casefold())
    return " ".join(_SEPARATORS.split(text)).strip()


def same_letters(query: str, name: str) -> bool:
    """Whether a query matches a name letter for letter, or was typed without diacritics at all
    ("Zytomierz" is Żytomierz; "sagą", whose ą the name lacks, is not Saga)."""
    q = loose(query)
    return q == loose(name) or q == fold(query)


@lru_cache(maxsize=65536)
def words(text: str) -> tuple[str, ...]:
    """The words of a phrase as written (case and diacritics kept), split on spaces and hyphens."""
    text = _APOSTROPHES.sub("", unicodedata.normalize("NFKC", text))
    return tuple(w for w in _SEPARATORS.split(text) if w)


def strip_leading(ws: tuple[str, ...]) -> tuple[str, ...]:
    """Drop the prepositions and cue words before a place: "w okolicach Charkowa" → ("Charkowa",)."""
    i = 0
    while i < len(ws) - 1 and (fold(ws[i]) in PREPOSITIONS or fold(ws[i]) in CUE_WORDS):
        i += 1
    return ws[i:]


def strip_particle(text: str) -> str | None:
    """The name without a trailing Japanese or Korean case particle, or None when there is none."""
    text = text.strip()
    if not _CJK.search(text):
        return None
    for p in _PARTICLES:
        if text.endswith(p) and len(text) > len(p) + 1:
            return text[: -len(p)]
    return None


def is_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


def is_latin(word: str) -> bool:
    return any(ch.isalpha() for ch in word) and all(
        not ch.isalpha() or ch.isascii() or "\u00c0" <= ch <= "\u024f" for ch in word)
