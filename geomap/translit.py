"""Names in Polish spelling ↔ their English romanisation, as ranked guesses.

Polish writes foreign names the way Polish letters sound: Russian, Ukrainian and Belarusian names
in the Polish transcription of Cyrillic (Czelabińsk, Siergiej Ławrow), Japanese in a Polish
Hepburn (Szizuoka, Dżoetsu, Tokio), Korean in the Polish system built on McCune–Reischauer
(Pchjongjang, Czangwon, Kim Dzong Un) and Chinese in the Polish transcription of pinyin
(Szanghaj, Czengdu, Siamen). English texts and GeoNames use the English systems (Chelyabinsk,
Sergey Lavrov, Shizuoka, Pyongyang, Changwon, Kim Jong Un, Shanghai, Chengdu, Xiamen).

Neither direction is a function: Polish "o" in a Korean name is English "o" or "eo", Polish "y"
in a Russian one is "y" or "i". So each function returns candidates, most likely first, for the
caller to check against something that knows real names (the geocoder's place names, the
extractor's people); a candidate alone proves nothing. Each candidate also says which writing
system it assumed (`ru`, `ja`, `ko`, `zh`), so a caller can ask that a Korean reading lands in
Korea. This module imports nothing from the rest of geomap.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from heapq import nsmallest
from itertools import product

SYSTEMS = ("ru", "ja", "ko", "zh")
MAX_PER_WORD = 12
MAX_PER_NAME = 24

_C = "bcdfghjklmnprstvwxzżźśćńł"           # consonant letters (Polish spelling)
_AFTER_C = f"(?<=[{_C}])"

# One table per writing system: (Polish pattern, English spellings, first the likeliest). The
# patterns are tried in order at each position and the first that matches is used, so longer
# and context-bound patterns come first. A letter no pattern matches is kept as it is.
_Rules = tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]


def _rules(*pairs: tuple[str, tuple[str, ...]]) -> _Rules:
    return tuple((re.compile(p), alts) for p, alts in pairs)


RUSSIAN = _rules(
    ("szcz", ("shch",)), ("ski$", ("sky", "skiy", "ski")), ("cki$", ("tsky", "tskiy")),
    ("dzia", ("dya", "dia")), ("dzie", ("de", "die")), ("dziu", ("dyu", "diu")), ("dzi", ("di",)),
    ("cia", ("tya", "tsya")), ("cie", ("te", "tse")), ("ciu", ("tyu", "tsyu")), ("ci", ("tsi", "ti")),
    ("dż", ("dzh", "j")), ("dź", ("dz",)), ("sz", ("sh",)), ("cz", ("ch",)), ("ch", ("kh", "h")),
    ("ż", ("zh",)),
    (_AFTER_C + "ia", ("ya", "ia", "iya")), (_AFTER_C + "iu", ("yu", "iu")),   # Ołeksandria: Oleksandriya
    (_AFTER_C + "io", ("yo", "io", "e")), (_AFTER_C + "ie", ("e", "ie", "ye")),
    ("l(?=[aou])", ("ly", "l")),
    # ё after a hushing consonant, which Polish writes o: Pugaczow (Pugachev, Pugachyov)
    ("(?<=cz|sz)o|(?<=ż)o", ("o", "e", "yo")),
    # after a consonant Ukrainian names take i where Russian ones take y: Izjasław (Iziaslav)
    (_AFTER_C + "ja", ("ya", "ia")), (_AFTER_C + "ju", ("yu", "iu")),
    ("ij$", ("iy", "y", "ii")), ("yj$", ("y", "yy", "iy", "yi")), ("j", ("y",)),
    # an adjectival name that Polish ends in -y, Russian in -ой or -ый: Czusowy (Chusovoy), Leśny (Lesnoy)
    ("(?<=[wn])y$", ("y", "oy", "yy")),
    # an old Polish exonym writes Russian р as rz at a word's start and after a consonant: Rzeczyca
    # (Rechytsa), Krzyczew (Krychaw); elsewhere it is r+z (Borzia)
    ("^rz|(?<=[bcdfghkptw])rz", ("rz", "r")),
    ("ów$", ("iv", "ov")), ("ó", ("o",)), ("w", ("v",)), ("ł", ("l",)), ("ń", ("n",)),
    ("ś", ("s",)), ("ź", ("z",)), ("ć", ("ts", "t")), ("c", ("ts",)),
    ("(?:(?<=sz)|(?<=cz)|(?<=ż)|(?<=c))y", ("i", "y")), ("y", ("y", "i")),
    ("ą", ("on", "a")), ("ę", ("en", "e")), ("g", ("g", "h")),
    ("h", ("h", "g")),   # Polish writes Belarusian and Ukrainian г as h; Russian spells it g (Łohojsk, Logoysk)
)
JAPANESE = _rules(
    ("szi", ("shi",)), ("szy", ("shi",)), ("sz", ("sh",)), ("czi", ("chi",)), ("czy", ("chi",)), ("cz", ("ch",)),
    ("dżi", ("ji",)), ("dży", ("ji",)),   # 'Kuszyro' as well as 'Kusziro' for Kushiro
    ("dż", ("j",)), ("dzi", ("ji", "dzi")), ("dz", ("z",)), ("ts", ("ts",)), ("c", ("ts",)),
    (_AFTER_C + "io", ("yo",)), (_AFTER_C + "iu", ("yu",)), (_AFTER_C + "ia", ("ya",)),
    ("j", ("y",)), ("ch", ("h",)), ("[ōó]", ("o", "ou")), ("ū", ("u",)), ("ł", ("w",)),
)
KOREAN = _rules(
    # a word's first g, b, d, j: voiced in the Revised Romanization, voiceless in McCune-Reischauer,
    # which GeoNames often keeps (Gurye, Kurye; Buan, Puan)
    ("^g", ("g", "k")), ("^b", ("b", "p")), ("^d(?![zżź])", ("d", "t")),
    ("pch", ("p",)), ("tch", ("t",)), ("kch", ("k",)), ("czch", ("ch",)), ("czh", ("ch",)), ("cz", ("ch", "j")),
    ("ph", ("p",)), ("th", ("t",)), ("kh", ("k",)),
    ("dż", ("j",)), ("dz", ("j",)), ("sz", ("s", "sh")), ("ch", ("h",)), ("ng", ("ng",)),
    ("jo", ("yo", "yeo")), ("j", ("y",)), ("we", ("we", "oe")), ("wo", ("wo",)),
    ("ŏ", ("eo",)), ("ŭ", ("eu",)), ("o", ("o", "eo")), ("e", ("e", "ae")), ("ye", ("ye", "e")), ("y", ("eu", "u")),
    ("k", ("k", "g")), ("t", ("t", "d")), ("p", ("p", "b")),
)
CHINESE = _rules(
    ("szy", ("shi",)), ("czy", ("chi", "zhi")), ("dży", ("zhi",)), ("ży", ("ri",)), ("cy", ("ci",)),
    ("sy", ("si",)), ("dzy", ("zi",)), ("sz", ("sh",)), ("cz", ("ch", "zh")), ("dż", ("zh", "j")),
    ("dzi", ("ji",)), ("dź", ("j",)), ("dz", ("z",)), ("ż", ("r",)), ("ch", ("h",)),
    ("si", ("xi", "si")), ("ci", ("qi", "ci")), ("ś", ("x",)), ("ć", ("q",)),
    ("ien", ("ian",)), ("uej", ("ui",)), ("aj", ("ai",)), ("ej", ("ei",)), ("iung", ("iong",)),
    ("ung", ("ong",)), ("j", ("y",)), ("c", ("c", "j", "q")), ("s", ("s", "x")), ("y", ("e", "i")),
)
_TABLES = {"ru": RUSSIAN, "ja": JAPANESE, "ko": KOREAN, "zh": CHINESE}

# What a romanised word of each language may look like, to rank the systems for one word.
_FITS = {
    "ja": re.compile(r"(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|y|w)?[aiueo]|n(?![aiueoy])|[kstpc](?=[kstpc]))+"),
    "ko": re.compile(r"(?:(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjh])?"
                     r"(?:yeo|yae|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|a|e|o|u|i)"
                     r"(?:ng|[kntlmp](?![aeiouwy]))?)+"),
    "zh": re.compile(r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                     r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|"
                     r"ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u|ü)(?:n(?![aeiou])|ng(?![aeiou]))?|er)+"),
}


@dataclass(frozen=True, slots=True)
class Reading:
    """One guess at a name in English spelling: the text, the writing system it assumes and how
    many less likely spellings it took (0 is the system's first choice for every letter)."""
    text: str
    system: str
    cost: int


def _spell(word: str, rules: _Rules) -> list[tuple[int, str]]:
    """Every spelling of one lowercase word under one table, cheapest first (bounded)."""
    parts: list[tuple[str, ...]] = []
    i = 0
    while i < len(word):
        for rx, alts in rules:
            m = rx.match(word, i)
            if m and m.end() > i:
                parts.append(alts)
                i = m.end()
                break
        else:
            parts.append((word[i],))
            i += 1
    if all(len(p) == 1 for p in parts):
        return [(0, "".join(p[0] for p in parts))]
    options = [list(enumerate(p)) for p in parts]
    branching = [i for i, o in enumerate(options) if len(o) > 1]
    for i in branching[10:]:  # too many to try: keep the first choice of the later ones
        options[i] = options[i][:1]
    spelled = ((sum(c for c, _ in combo), tuple(c for c, _ in combo), "".join(s for _, s in combo))
               for combo in product(*options))
    out: dict[str, int] = {}
    for cost, _, text in nsmallest(2 * MAX_PER_WORD, spelled):
        out.setdefault(text, cost)
    return [(c, t) for t, c in list(out.items())[:MAX_PER_WORD]]


def _case_like(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


_VOWELS = re.compile(r"[aeiouü]+")
SHORT_WORDS = ("ko", "zh")  # a Korean or Chinese word is one to three syllables


def _fits(system: str, text: str) -> bool:
    """Whether a romanised word can be a word of that system's language (Russian: always)."""
    rx = _FITS.get(system)
    if rx is None:
        return True
    if system in SHORT_WORDS and len(_VOWELS.findall(text)) > 3:
        return False
    return rx.fullmatch(text) is not None


@lru_cache(maxsize=8192)
def word_readings(word: str) -> tuple[Reading, ...]:
    """The English spellings of one Polish-spelled word, best first, across the four systems.

    A spelling the target language's syllables cannot form ("Kagoszima" read as Korean) is left
    out; the cheaper spelling comes first, and at equal cost the Asian systems before Russian,
    whose test admits every word.
    """
    low = word.lower()
    found: list[tuple[int, int, Reading]] = []
    for order, system in enumerate(SYSTEMS):
        for cost, text in _spell(low, _TABLES[system]):
            if _fits(system, text):
                found.append((cost, (order - 1) % len(SYSTEMS),
                              Reading(_case_like(word, text), system, cost)))
    found.sort(key=lambda t: t[:2])
    seen: dict[tuple[str, str], Reading] = {}
    for *_, r in found:
        seen.setdefault((r.text, r.system), r)
    return tuple(seen.values())


@lru_cache(maxsize=8192)
def readings(name: str) -> tuple[Reading, ...]:
    """English spellings of a Polish-spelled name of one or more words, best first.

    Every word of a name is read in the same system ("Kim Dzong Un" is all Korean), and a system
    only counts when each word's spelling fits it; the cheapest combinations come first. The
    same text may come twice, under two systems.
    """
    words = name.split()
    if not words:
        return ()
    out: list[tuple[int, int, Reading]] = []
    for order, system in enumerate(SYSTEMS):
        per_word = [[r for r in word_readings(w) if r.system == system][:4] for w in words]
        if not all(per_word):
            continue
        for combo in product(*per_word):
            cost = sum(r.cost for r in combo)
            text = " ".join(r.text for r in combo)
            out.append((cost, (order - 1) % len(SYSTEMS), Reading(text, system, cost)))
    out.sort(key=lambda t: t[:2])
    return tuple(r for *_, r in out[:MAX_PER_NAME])


def to_english(name: str) -> list[str]:
    """English spellings of a name written in Polish, most likely first; the name itself is
    never among them. "Siergiej Ławrow" → ["Sergey Lavrov", ...], "Szizuoka" → ["Shizuoka", ...]."""
    name = name.strip()
    return [t for t in dict.fromkeys(r.text for r in readings(name)) if t != name]


# English → Polish: the Russian transcription, and Hepburn / Revised Romanisation for Japanese and
# Korean names, as Polish writes them. One table each way is enough here: Polish spelling of an
# English name is what the gazetteer's Polish rows and morfeusz2 already know for most places.
_TO_POLISH = _rules(
    ("shch", ("szcz",)), ("sh", ("sz",)), ("ch", ("cz",)), ("zh", ("ż",)), ("kh", ("ch",)),
    ("ts", ("c",)), ("j", ("dż",)), ("(?<=l)ya", ("a", "ia")), ("(?<=[bcdfgkmnprstvz])ya", ("ia", "ja")),
    ("(?<=[bcdfgklmnprstvz])yu", ("iu", "ju")), ("(?<=[bcdfgklmnprstvz])ye", ("ie", "je")),
    ("y$", ("j", "y")), ("y", ("j", "y")), ("v", ("w",)), ("w", ("w",)), ("eo", ("o",)),
    ("ae", ("e",)), ("eu", ("y",)), ("x", ("ks", "s")), ("q", ("c",)),
)


def to_polish(name: str) -> list[str]:
    """Polish spellings of an English-romanised name, most likely first ("Chelyabinsk" →
    "Czelabinsk"..., "Shizuoka" → "Szizuoka"); like `to_english`, guesses to be checked."""
    per_word = [[_case_like(w, s) for _, s in _spell(w.lower(), _TO_POLISH)][:4] for w in name.split()]
    out = [" ".join(c) for c in product(*per_word)] if per_word else []
    return [t for t in dict.fromkeys(out) if t != name.strip()][:MAX_PER_NAME]
