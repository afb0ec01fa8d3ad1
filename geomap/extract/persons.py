"""People named in an event's text, in the nominative where the grammar lets us tell.

Names are found after titles ('Ambasador Rosji Michaił Galuzin', 'ministra sprawiedliwości Japonii
Yamashitę Takashiego') and as first name + surname pairs morfeusz knows ('Władimira Putina').
Foreign surnames morfeusz does not know take their case from the words around them and lose the
matching Polish ending ('Osipowem' after 'z gubernatorem' → 'Osipow', 'Yamadą' → 'Yamada').
"""
from __future__ import annotations

import re

from . import morph
from .actors import find_countries

_TITLE = re.compile(
    r"(?<![\w-])(?:[Aa]mbasador\w*|[Ww]ice)?(?:[Mm]inist\w*|[Pp]remier\w*|[Pp]rezydent\w*|[Pp]rzewodnicząc\w*|"
    r"[Ww]iceprzewodnicząc\w*|[Ww]iceminist\w*|[Ww]icepremier\w*|[Ww]iceprezydent\w*|[Bb]urmistrz\w*|[Mm]er(?:a|em)?\b|"
    r"[Rr]ektor\w*|[Gg]ubernator\w*|[Dd]yrektor\w*|[Ss]ekretarz\w*|[Ss]zef(?:a|em|owi|owa|owej|ową)?\b|[Rr]zeczni\w*|"
    r"[Pp]rzywódc\w*|[Bb]iskup\w*|[Mm]etropolit\w*|[Pp]atriarch\w*|[Pp]os(?:eł|łem|ła|łowi)\b|[Dd]eputowan\w*|"
    r"[Ss]enator\w*|[Mm]arszał\w*|[Ss]piker\w*|[Aa]nality\w*|[Dd]oradc\w*|[Mm]ena[dż]+er\w*|[Pp]reze[sa]\w*|"
    r"[Ww]ykładowc\w*|[Rr]eprezentant\w*|[Pp]rzedstawiciel\w*|[Kk]anclerz\w*|[Kk]ról\w*|[Cc]esarz\w*|"
    r"[Gg]enerał\w*|[Aa]dmirał\w*|[Dd]yplomat\w*|[Kk]onsul\w*|[Kk]omisarz\w*|[Gg]ubernator\w*|[Ss]zefow\w*|"
    r"[Aa]mbasador\w*|"
    r"Ambassador|Minister|President|Prime\s+Minister|Premier|Chair(?:man|woman|person)?|Speaker|Mayor|Governor|"
    r"Director|Secretary|Deputy|Envoy|Bishop|Leader|Rector|Spokes(?:man|woman|person)|Adviser|Advisor|CEO|"
    r"Head|Chancellor|King|Emperor|General|Admiral|Consul|Senator|Representative|leader|minister|president|"
    r"ambassador|chairman|speaker|mayor|governor|envoy)(?![\w-])")
_NAME_TOKEN = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][\w'’]*(?:-[\w'’]+)*")
# Family names common in the region that are also Polish or English words.
_FORCED = {"kim", "lee", "park", "pak", "choi", "choe", "moon", "mun", "kang", "yoon", "yun", "woo", "son",
           "song", "chu", "chae", "im", "lim", "ri", "jang", "jung", "jeong", "han", "shin", "kwon", "hwang",
           "ahn", "jo", "cho", "yang", "ko", "go", "nam", "ryu", "hong", "seo", "bae", "baek", "noh", "roh",
           "ha", "kwak", "abe", "date", "kono", "mori", "seko", "xi", "li", "wang", "zhang", "liu", "chen"}
_STOP = {"ambasador", "ambasada", "minister", "premier", "prezydent", "republika", "federacja", "ministerstwo",
         "uniwersytet", "instytut", "centrum", "komitet", "rada", "zgromadzenie", "izba", "sąd", "agencja",
         "departament", "biuro", "stowarzyszenie", "forum", "organizacja", "partia", "kościół", "wydział",
         "the", "of", "and", "ministry", "university", "institute", "committee", "council", "assembly",
         "house", "court", "agency", "department", "office", "association", "party", "church", "embassy",
         "national", "foreign", "state", "federal", "korean", "japanese", "russian"}
_GAP_WORD = re.compile(r"[a-ząćęłńóśźżß-ÿ][\w.-]*|ds\.|i|oraz|,|–|-|\(|\)|and|of|for|the|[A-Z]{2,6}")


def _is_name_token(tok: str) -> bool:
    low = tok.lower()
    if low in _FORCED:
        return True
    if low in _STOP:
        return False
    if find_countries(tok):
        return False
    parts = tok.split("-")
    if len(parts) > 1:
        return all(p[:1].isalpha() for p in parts)
    known = morph.analyses(tok)
    if not known:
        from .places import lookup
        return lookup(tok) is None
    for lem, tag, names in known:
        if any(n in ("imię", "nazwisko") for n in names):
            return True
    for lem, tag, names in known:
        pos = tag.split(":")[0]
        if pos in ("subst", "adj", "ger", "depr", "fin", "praet", "ppas", "pact", "adv", "prep", "conj", "qub") \
                and not lem[:1].isupper():
            return False
        if any(n == "nazwa_geograficzna" for n in names) or (pos == "subst" and lem[:1].isupper()):
            return False
    return True


def _case_of(words: list[str], governor: str | None) -> str | None:
    for w in words:
        for lem, tag, names in morph.analyses(w):
            if any(n in ("imię", "nazwisko") for n in names):
                cs = [c for c in ("nom", "inst", "gen", "acc", "dat", "loc") if c in tag]
                if cs:
                    return cs[0]
    if governor:
        cs = morph.cases(governor)
        for c in ("inst", "nom", "gen", "acc", "dat", "loc"):
            if c in cs and len(cs) <= 2:
                return c
        if re.match(r"(?i)(?:z|ze|with)$", governor):
            return "inst"
        if re.match(r"(?i)przez$", governor):
            return "acc"
    return None


_ENDINGS = {
    "inst": (("iem", ""), ("em", ""), ("ą", "a"), ("im", "i"), ("ym", "y")),
    "gen": (("iego", "i"), ("ego", "y"), ("y", "a"), ("a", "")),
    "acc": (("iego", "i"), ("ę", "a"), ("a", "")),
    "dat": (("owi", ""), ("iemu", "i")),
    "loc": (("ie", ""), ("u", "")),
}


def _nominative(word: str, case: str | None) -> str:
    known = morph.person_lemma(word)
    if known:
        return known
    if case in (None, "nom") or not word[-1:].isalpha():
        return word
    head, _, last = word.rpartition("-")
    target = last if head else word
    for suf, rep in _ENDINGS.get(case, ()):
        if target.endswith(suf) and len(target) > len(suf) + 1:
            if case in ("gen", "acc") and suf == "a" and target[-2] in "aeiouy":
                continue
            new = target[: len(target) - len(suf)] + rep
            return f"{head}-{new}" if head else new
    return word


def find_persons(text: str, start: int, end: int) -> list[str]:
    """Participants' names in text[start:end], nominative, in order of first mention, once each."""
    found: list[tuple[int, str]] = []
    for m in _TITLE.finditer(text, start, end):
        pos = m.end()
        gap = 0
        name: list[str] = []
        name_start = pos
        while pos < end and gap <= 10:
            ws = re.match(r"\s*", text[pos:end])
            pos += ws.end()
            tok = _NAME_TOKEN.match(text, pos, end)
            if tok and _is_name_token(tok.group()):
                if not name:
                    name_start = pos
                name.append(tok.group())
                pos = tok.end()
                if len(name) >= 4:
                    break
                continue
            if name:
                break
            if tok:
                pos = tok.end()
                gap += 1
                continue
            g = _GAP_WORD.match(text, pos, end)
            if not g or text[pos:pos + 1] in ".;:!?":
                break
            pos = g.end()
            gap += 1
        if name:
            case = _case_of(name, m.group())
            found.append((name_start, " ".join(_nominative(w, case) for w in name)))
    # First name + surname that morfeusz recognises, with no title before them.
    for m in re.finditer(rf"{_NAME_TOKEN.pattern}\s+{_NAME_TOKEN.pattern}", text[start:end]):
        a, b = m.group().split(None, 1)
        if any(n == "imię" for _l, _t, ns in morph.analyses(a) for n in ns) and _is_name_token(b) \
                and not any(p <= start + m.start() < p + len(n) + 2 for p, n in found):
            case = _case_of([a], None)
            found.append((start + m.start(), f"{_nominative(a, case)} {_nominative(b, case)}"))
    found.sort()
    out: list[str] = []
    for _pos, name in found:
        if any(name == o or (len(name.split()) == 1 and o.split()[-1] == name) or
               (len(name.split()) == 1 and o.split()[0] == name) for o in out):
            continue
        if len(name) < 3:
            continue
        out = [o for o in out if not (len(o.split()) == 1 and name.endswith(o))]
        out.append(name)
    return out
