"""People named in an event's text, in the nominative where the grammar lets us tell.

Names are found after titles ('Ambasador Rosji Michaił Galuzin', 'ministra sprawiedliwości Japonii
Yamashitę Takashiego') and as first name + surname pairs morfeusz knows ('Władimira Putina').
Foreign surnames morfeusz does not know take their case from the words around them and lose the
matching Polish ending ('Osipowem' after 'z gubernatorem' → 'Osipow', 'Yamadą' → 'Yamada').
"""
from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from . import morph
from ...names import fold
from .countries import find_countries

_TITLE = re.compile(
    r"(?<![\w-])(?:[Aa]mbasador\w*|[Ww]ice)?(?:[Mm]inist\w*|[Pp]remier\w*|[Pp]rezydent\w*|[Pp]rzewodnicząc\w*|"
    r"[Ww]iceprzewodnicząc\w*|[Ww]iceminist\w*|[Ww]icepremier\w*|[Ww]iceprezydent\w*|[Bb]urmistrz\w*|[Mm]er(?:a|em)?\b|"
    r"[Rr]ektor\w*|[Gg]ubernator\w*|[Dd]yrektor\w*|[Ss]ekretarz\w*|[Ss]zef(?:a|em|owi|owa|owej|ową)?\b|[Rr]zeczni\w*|"
    r"[Pp]rzywódc\w*|[Bb]iskup\w*|[Mm]etropolit\w*|[Pp]atriarch\w*|[Pp]os(?:eł|łem|ła|łowi)\b|[Dd]eputowan\w*|"
    r"[Ss]enator\w*|[Mm]arszał\w*|[Ss]piker\w*|[Aa]nality\w*|[Dd]oradc\w*|[Mm]ena[dż]+er\w*|[Pp]reze[sa]\w*|"
    r"[Ww]ykładowc\w*|[Rr]eprezentant\w*|[Pp]rzedstawiciel\w*|[Kk]anclerz\w*|[Kk]ról\w*|[Cc]esarz\w*|"
    r"[Gg]enerał\w*|[Aa]dmirał\w*|[Dd]yplomat\w*|[Kk]onsul(?!at)\w*|[Kk]omisarz\w*|[Gg]ubernator\w*|[Ss]zefow\w*|"
    r"[Aa]mbasador\w*|"
    r"Ambassador|Minister|President|Prime\s+Minister|Premier|Chair(?:man|woman|person)?|Speaker|Mayor|Governor|"
    # 'Director-General for European Affairs Nakagome Masashi'
    r"Director[- ]General(?:\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?(?:Affairs|Bureau|Department|Division))?|"
    r"Director|Secretary|Deputy|Envoy|Bishop|Leader|Rector|Spokes(?:man|woman|person)|Adviser|Advisor|CEO|"
    r"Head|Chancellor|King|Emperor|General|Admiral|Consul|Senator|Representative|leader|minister|president|"
    r"ambassador|chairman|chairwoman|speaker|mayor|governor|envoy|counterpart|[Oo]dpowiedni\w*)(?![\w-])")
_NAME_TOKEN = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][\w'’]*(?:-[\w'’]+)*")
# Family names common in the region that are also Polish or English words.
_FORCED = {"kim", "lee", "park", "pak", "choi", "choe", "moon", "mun", "kang", "yoon", "yun", "woo", "son",
           "song", "chu", "chae", "im", "lim", "ri", "jang", "jung", "jeong", "han", "shin", "kwon", "hwang",
           "ahn", "jo", "cho", "yang", "ko", "go", "nam", "ryu", "hong", "seo", "bae", "baek", "noh", "roh",
           "ha", "kwak", "abe", "date", "kono", "mori", "seko", "xi", "li", "wang", "zhang", "liu", "chen",
           # their Polish transliterations: Jun (Yoon), Czo (Cho), Czoe (Choe), Czung (Chung), Czong (Jeong)
           "jun", "czo", "czoe", "czung", "czong", "dzang", "dzong"}
_STOP = {"ambasador", "ambasada", "minister", "ministers", "ministrowie", "presidents", "ambassadors", "premier", "prezydent", "republika", "federacja", "ministerstwo",
         "uniwersytet", "instytut", "centrum", "komitet", "rada", "zgromadzenie", "izba", "sąd", "agencja",
         "departament", "biuro", "stowarzyszenie", "forum", "organizacja", "partia", "kościół", "wydział",
         "the", "of", "and", "ministry", "university", "institute", "committee", "council", "assembly",
         "house", "court", "agency", "department", "office", "association", "party", "church", "embassy",
         "national", "foreign", "state", "federal", "korean", "japanese", "russian", "corporation", "bank",
         "banking", "group", "motors", "company", "ltd", "inc", "co", "holdings", "electric", "industries",
         "leadership", "forum", "summit", "network", "center", "centre", "fund", "foundation", "air", "airlines",
         "medical", "pharmaceutical", "award", "prize", "college", "school", "hospital", "trading", "express",
         "economy", "trade", "industry", "affairs", "defence", "defense", "republic", "cabinet", "chief",
         "supreme", "standing", "pacific", "fleet", "navy", "army", "government", "parliament", "duma",
         "kremlin", "prefecture", "city", "vice", "deputy", "head", "secretary", "speaker", "chairman",
         "chairwoman", "people's", "interior", "justice", "finance", "energy", "culture", "education",
         "economic", "revitalization", "revitalisation", "development", "relations", "international",
         "regional", "security", "reconstruction", "agriculture", "health", "labour", "labor", "transport",
         "environment", "science", "technology", "digital", "unification", "communications", "policy",
         "general", "executive", "director", "office", "bureau", "agency", "service", "commission",
         "far", "east", "west", "north", "south", "eastern", "western", "northern", "southern", "middle",
         "european", "euro-atlantic", "atlantic", "integration", "presidential", "special", "staff", "forces",
         "command", "headquarters"}
# English nouns of office and policy ('Integration', 'Reconstruction') are never a person's name.
_ABSTRACT = ("tion", "sion", "ment", "ship", "ness", "ity")
_CALENDAR = frozenset(["january", "february", "march", "april", "may", "june", "july", "august", "september",
                       "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                       "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                       "nov", "dec"])
_GAP_WORD = re.compile(r"[a-ząćęłńóśźżß-ÿ][\w.-]*|ds\.|i|oraz|,|–|-|\(|\)|and|of|for|the|[A-Z]{2,6}")


def _is_name_token(tok: str) -> bool:
    low = tok.lower()
    if low.rstrip(".") in _CALENDAR:
        return False   # 'On January 2 a deputy mayor …': a month, not a person
    if low in _FORCED:
        return True
    if low in _STOP or low.endswith(_ABSTRACT) or not tok.replace("-", "").replace("'", "").isalpha():
        return False
    if len(tok) > 1 and tok.isupper():
        return False  # KTNET, NIA: acronyms of institutions
    if find_countries(tok):
        return False
    parts = tok.split("-")
    if len(parts) > 1:
        # 'Yun-sok' is a name; 'Przemysłowo-Handlowej' is a compound adjective
        return not all(_common(p) for p in parts)
    known = morph.analyses(tok)
    if not known:
        return not _surely_a_place(tok)
    if any("imię" in names for _l, _t, names in known):
        return True
    if any("nazwa_geograficzna" in names for _l, _t, names in known) or _common(tok):
        return False
    return any("nazwisko" in names for _l, _t, names in known) or not any(
        t.split(":")[0] in ("subst", "adj") for _l, t, _n in known)


def _surely_a_place(tok: str) -> bool:
    """A word the gazetteer knows as a place under that very name; a town somewhere that GeoNames
    lists under it as a guess ('Kurai', 'Yamada') does not keep a surname from being one."""
    from .places import resolve_name
    hit = resolve_name(tok)
    return hit is not None and hit[1] in ("exact", "lemma", "country")


def _continues(tok: str) -> bool:
    """After a first name, a surname may be an ordinary word ('Kulik', 'Biegun', 'Taro')."""
    if not tok.replace("-", "").isalpha() or tok.lower() in _STOP or tok.isupper() or find_countries(tok):
        return False
    readings = morph.analyses(tok)
    if any("nazwisko" in n or "imię" in n for _l, _t, n in readings):
        return True
    if not readings:
        return not _surely_a_place(tok)
    return not any("nazwa_geograficzna" in n for _l, _t, n in readings)


def _nominal(word: str) -> bool:
    """A noun that can stand in the nominative singular ('Taro'): it may be a first name."""
    return _continues(word) and any(t.startswith("subst") and "nom" in t and "sg" in t
                                    for _l, t, _n in morph.analyses(word))


def _next_is_name(text: str, pos: int, end: int) -> bool:
    """'Taro Kono': a first name that is also a Polish word, followed by a surname."""
    m = re.match(r"\s+", text[pos:end])
    tok = _NAME_TOKEN.match(text, pos + m.end(), end) if m else None
    return bool(tok) and _is_name_token(tok.group()) and not morph.analyses(tok.group())


# English verbs that end a title's reach: 'the two ministers met on Monday at the … Ministry's'
_ENGLISH_VERB = re.compile(r"(?:met|held|said|told|spoke|signed|visited|received|agreed|discussed|arrived|left|went|"
                           r"flew|came|called|urged|warned|added|took|gave|made|was|were|is|are|had|has|have|will|would)",
                           re.IGNORECASE)


def _is_verb(word: str) -> bool:
    """Only a verb, whatever else it could be: a name after a title never follows one."""
    if _ENGLISH_VERB.fullmatch(word):
        return True
    readings = morph.analyses(word)
    return word == "się" or (bool(readings) and all(
        t.split(":")[0] in ("fin", "praet", "impt", "inf", "bedzie", "pred", "imps", "pcon", "pant")
        for _l, t, _n in readings))


def _common(word: str) -> bool:
    """A word morfeusz reads as an ordinary noun, adjective or verb (lowercase lemma)."""
    return any(t.split(":")[0] in ("subst", "adj", "ger", "depr", "fin", "praet", "ppas", "pact", "adv", "prep",
                                   "conj", "qub", "adja") and not lem[:1].isupper()
               for lem, t, _n in morph.analyses(word))


def _title_case(word: str) -> str | None:
    """The case of the title before a name: 'ministra' gen, 'burmistrzem' inst, 'Ambasador' nom."""
    cs = morph.cases(word)
    w = word.lower()
    if w.endswith(("em", "ym", "im", "ą")) and (not cs or "inst" in cs):
        return "inst"
    if w.endswith(("ego", "ej")) or (w.endswith(("y", "i")) and "gen" in cs):
        return "gen"
    if "nom" in cs:
        return "nom"
    if cs & {"gen", "acc"}:
        return "gen"
    if "dat" in cs:
        return "dat"
    return None


def _case_of(words: list[str], governor: str | None) -> str | None:
    if governor and re.match(r"[a-ząćęłńóśźżA-ZĄĆĘŁŃÓŚŹŻ]+$", governor.split()[-1]):
        c = _title_case(governor.split()[-1])
        if c:
            return c
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
    "gen": (("iego", "i"), ("ego", "y"), ("ę", "a"), ("y", "a"), ("a", "")),
    "acc": (("iego", "i"), ("ę", "a"), ("a", "")),
    "dat": (("owi", ""), ("iemu", "i")),
    "loc": (("ie", ""), ("u", "")),
}


def _nominative(word: str, case: str | None) -> str:
    if word.lower() in _FORCED:
        return word
    known = morph.person_lemma(word) if "-" not in word else None
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


# a unit whose name follows it in the genitive: what comes after is a place, not the title's holder
_REGION_NOUN = re.compile(r"\b(?:prowincj\w+|obwodu|prefektur\w+|regionu|województwa|okręgu|rejonu|powiatu|"
                          r"(?:province|oblast|prefecture|county)\s+of)\s*$", re.IGNORECASE)
_SIDE_AFTER = re.compile(r"\s+(?:(?:Północn|Południow|Wschodni|Zachodni)\w*|North|South|East|West)(?![\w-])")


def _after_title(text: str, m: re.Match, end: int) -> tuple[int, int, list[str]] | None:
    """The name that follows a title, past its qualifiers ('ministra sprawiedliwości Japonii …')."""
    pos, gap, name, name_start = m.end(), 0, [], m.end()
    while pos < end and gap <= 10:
        pos += re.match(r"\s*", text[pos:end]).end()
        tok = _NAME_TOKEN.match(text, pos, end)
        if tok:
            w = tok.group()
            starts = not name and _nominal(w) and _next_is_name(text, tok.end(), end)
            if not name and _REGION_NOUN.search(text, max(m.end(), pos - 16), pos):
                # 'prowincji Hamgyong Południowy': a place's name, and the side of the country it names
                pos, gap = tok.end(), gap + 1
                side = _SIDE_AFTER.match(text, pos, end)
                pos = side.end() if side else pos
                continue
            if _is_name_token(w) or (name and _continues(w)) or starts:
                if not name:
                    name_start = pos
                name.append(w)
                pos = tok.end()
                if len(name) >= 4:
                    break
                continue
            if name:
                break
            pos, gap = tok.end(), gap + 1
            continue
        if name:
            break
        g = _GAP_WORD.match(text, pos, end)
        if not g or text[pos:pos + 1] in ".;:!?" or _is_verb(g.group()):
            break
        pos, gap = g.end(), gap + 1
    if not name:
        return None
    nxt = _NAME_TOKEN.match(text, pos + re.match(r"\s*", text[pos:end]).end(), end)
    if nxt and nxt.group().lower() in _STOP:
        return None  # 'Sumitomo Mitsui Banking …', 'Song Eum Medical …': a firm, not a person
    firsts = [i for i, w in enumerate(name) if any("imię" in n for _l, _t, n in morph.analyses(w))]
    if firsts and firsts[0] > 0 and name[0].lower() not in _FORCED:
        skipped = " ".join(name[:firsts[0]])
        name_start += len(skipped) + 1
        name = name[firsts[0]:]  # 'Zabajkala Aleksander Osipow': the name starts at the first name
    return name_start, pos, name


_JOINED = re.compile(rf"(?:\s+|(?<=\s))(?:and|i|oraz)\s+(?P<n>{_NAME_TOKEN.pattern}\s+{_NAME_TOKEN.pattern})(?![\w-])")
_PAIR = re.compile(rf"(?<![\w-]){_NAME_TOKEN.pattern}\s+{_NAME_TOKEN.pattern}")
_FAMILY_FIRST = re.compile(rf"(?<![\w-])(?P<fam>[A-Z][a-z]{{1,4}})\s+"
                           rf"(?P<rest>{_NAME_TOKEN.pattern}(?:\s+{_NAME_TOKEN.pattern})?)")
_PREP_CASE = {"z": "inst", "ze": "inst", "przez": "acc", "dla": "gen", "od": "gen", "do": "gen", "u": "gen"}


def find_persons(text: str, start: int, end: int) -> list[str]:
    """Participants' names in text[start:end], nominative, in order of first mention, once each."""
    found: list[tuple[int, int, str]] = []   # (start, end, nominative)

    def taken(pos: int) -> bool:
        return any(a <= pos < b for a, b, _n in found)

    for m in _TITLE.finditer(text, start, end):
        hit = _after_title(text, m, end)
        if hit is None or taken(hit[0]):
            continue
        s0, e0, name = hit
        case = _case_of(name, m.group())
        found.append((s0, e0, " ".join(_nominative(w, case) for w in name)))
    # A first name morfeusz knows and a surname, with no title before them.
    for m in _PAIR.finditer(text, start, end):
        a, b = m.group().split(None, 1)
        if taken(m.start()) or taken(m.end() - 1) or not _is_name_token(a) or \
                not any("imię" in ns for _l, _t, ns in morph.analyses(a)) or not _is_name_token(b):
            continue
        case = _case_of([a], None)
        found.append((m.start(), m.end(), f"{_nominative(a, case)} {_nominative(b, case)}"))
    # East Asian order, family name first: 'Kim Dzong Unem', 'Choe Son Hui'.
    for m in _FAMILY_FIRST.finditer(text, start, end):
        if m.group("fam").lower() not in _FORCED or taken(m.start()):
            continue
        rest = m.group("rest").split()
        if not all(_is_name_token(w) or _continues(w) for w in rest) or any(w.lower() in _STOP for w in rest):
            continue
        words = [m.group("fam")] + rest
        case = _case_of(words, None)
        prev = re.search(r"(\w+)\s+$", text[max(start, m.start() - 20):m.start()])
        if case is None and prev:
            case = _PREP_CASE.get(prev.group(1).lower()) or _title_case(prev.group(1))
        found.append((m.start(), m.end(), " ".join(_nominative(w, case) for w in words)))
    # a name joined to a found one: 'Ambassador Kim Yong-ho and Natalya Kochanova', 'Igor Morgulov
    # and Kenji Kanasugi'
    for _a, e0, _n in list(found):
        j = _JOINED.match(text, e0, end)
        if j and not taken(j.start("n")) and not _TITLE.match(j.group("n")) and \
                all(_is_name_token(w) or _continues(w) for w in j.group("n").split()) \
                and not any(w.lower() in _STOP for w in j.group("n").split()):
            found.append((j.start("n"), j.end("n"), j.group("n")))
    found.sort()
    out: list[str] = []
    for _a, _b, name in found:
        if len(name) < 3 or any(name == o or (len(name.split()) == 1 and name in o.split()) for o in out):
            continue
        out = [o for o in out if not (len(o.split()) == 1 and o in name.split())]
        out.append(name)
    return out


_LEADER_TITLE = re.compile(r"^(?:[Pp]rezydent\w*|[Pp]remier\w*|[Pp]rzywódc\w*|[Kk]anclerz\w*|[Kk]ról\w*|[Cc]esarz\w*|"
                           r"President|Prime\s+Minister|Premier|[Ll]eader|Chancellor|King|Emperor|[Pp]resident)$")


@dataclass(frozen=True)
class Person:
    name: str
    country: str | None
    leader: bool


def _key(word: str) -> str:
    return word.lower()[:5]


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], ...]:
    text = files("geomap").joinpath("data", "people.csv").read_text(encoding="utf-8")
    return tuple(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


@lru_cache(maxsize=1)
def _leaders() -> frozenset[str]:
    from ..document.dating import offices
    return frozenset(o.name for o in offices() if o.office in ("pm", "president", "leader"))


@lru_cache(maxsize=1)
def known_people() -> dict[str, Person]:
    """Widely known office-holders (geomap/data/people.csv) by look-up key, for texts that name
    them bare ('Putin and Abe met'): a key is one or more words, each cut to five letters."""
    leaders = _leaders()
    out = People()
    for r in _table():
        person = Person(r["name"], r["country"], r["name"] in leaders)
        for key in r["keys"].split("|"):
            out[key.strip()] = person
    return out


def name_pattern(name: str) -> str | None:
    """A regular expression for any case form of a known person's name, from their keys."""
    for r in _table():
        if r["name"] == name:
            alts = []
            for key in r["keys"].split("|"):
                words = key.split()
                first = words[0]
                head = f"[{first[0].upper()}{first[0]}]{re.escape(first[1:])}" + (r"\w*" if len(first) >= 5 else r"\w{0,3}")
                rest = "".join(rf"[\s-]+[{w[0].upper()}{w[0]}]{re.escape(w[1:])}[\w-]*" for w in words[1:])
                alts.append(rf"(?<![\w-]){head}{rest}(?![\w-])")
            return "|".join(alts)
    return None


def english_name(found: str, people: dict[str, "Person"] | None = None) -> str:
    """The standard English spelling of a name found in text ('Władimir Putin' → 'Vladimir Putin'),
    when the people table knows the person; otherwise the name as found."""
    tokens = found.split()
    table = people if people is not None else known_people()
    for i in range(len(tokens)):
        hit = _match(tokens, i, table)
        # the key is the whole name, its family name first ('Kim Dzong Un'), or its surname last,
        # and the other words are the person's own ('Moon Hee-sang' is not Moon Jae-in)
        if hit and (i == 0 or i + hit[0] == len(tokens)) and \
                (hit[0] == len(tokens) or i > 0 or _consistent(tokens, i, hit[1])):
            return hit[1].name
    return found


# Letters and endings English romanisations never use: a name written with them is in the Polish
# transcription of Cyrillic ('Michaił Gałuzin', 'Jurij Uszakow').
_POLISH_SPELLING = re.compile(r"[łżźśńćą]|sz|cz|c(?![hz])|(?<![aeiou])w|i?ej\b|ij\b|ow\b|ew\b|ja\b|jo", re.IGNORECASE)
CYRILLIC_STATES = frozenset({"RU", "UA", "BY", "KZ", "KG"})
# Given names in the Polish transcription of Russian or Ukrainian, which no Polish name shares
# ('Siergiej', 'Andriej', 'Dmitrij', 'Michaił'): whoever bears one is read from Cyrillic.
_RUSSIAN_GIVEN = re.compile(r"^[A-ZŁŻ]\w*(?:iej|ij|ił)$")


def standard_name(found: str, people: dict[str, "Person"]) -> str:
    """A participant's name as the map shows it: the people table's spelling; for someone of a
    state that writes in Cyrillic and is written here in Polish spelling, the English reading
    (geomap.translit); otherwise the name as found."""
    known = english_name(found, known_people())
    if known != found:
        return known
    tokens = found.split()
    hit = next((h for i in range(len(tokens)) if (h := _match(tokens, i, people))), None)
    cyrillic = (hit is not None and hit[1].country in CYRILLIC_STATES) or (
        len(tokens) >= 2 and _RUSSIAN_GIVEN.search(tokens[0]) is not None)
    if not cyrillic or not _POLISH_SPELLING.search(found):
        return found
    from ...translit import to_english
    guesses = to_english(found)
    return guesses[0] if guesses else found


# Korean family names as the South romanises them (the North writes Ri, Choe, Pak, O …); a South
# Korean given name is two syllables joined by a hyphen, the second in lower case ('Park Byeong-seug',
# 'Chung Eui-yong'), which English-language sources from the South keep.
_SOUTH_FAMILY = frozenset({"kim", "lee", "park", "choi", "jung", "jeong", "chung", "kang", "cho", "yoon", "yun",
                           "jang", "chang", "lim", "han", "oh", "seo", "suh", "shin", "kwon", "hwang", "ahn",
                           "song", "yoo", "ryoo", "hong", "jeon", "ko", "koh", "moon", "yang", "son", "bae", "baek",
                           "heo", "nam", "noh", "roh", "ha", "kwak", "sung", "cha", "joo", "woo", "min", "ryu",
                           "na", "jin", "chae", "won", "bang", "kong", "hyun", "ham", "byun", "yeom", "ban", "rhee"})
_SOUTH_GIVEN = re.compile(r"[A-Z][a-z]{1,6}-[a-z]{2,6}")


def south_korean(name: str) -> bool:
    """Whether a name has the shape of a South Korean one in English: 'Park Byeong-seug'."""
    words = name.split()
    return len(words) == 2 and words[0].lower() in _SOUTH_FAMILY and bool(_SOUTH_GIVEN.fullmatch(words[1]))


# The shape of a name says where its bearer comes from, when nothing else does: a Japanese name in
# Hepburn romanisation is made of its syllables ('Kozuki Toyohisa'), an East Slavic surname has its
# endings ('Morgulov', 'Korsunsky', 'Ponomarenko'; the last three kinds mostly Ukrainian).
_HEPBURN = re.compile(r"(?:(?:[kgsztdnhbpmrwjfy]|sh|ch|ts|ky|gy|ny|hy|by|py|my|ry)?[aiueo]|n)+", re.IGNORECASE)
SLAVIC_SURNAME = re.compile(r"\w{2,}(?:ov|ev|ova|eva|in|ina|sky|skiy|skaya|ich|enko|chuk|yuk)", re.IGNORECASE)
# Ukrainian surnames' endings, and given names in Ukrainian transliteration ('Serhiy', 'Dmytro', 'Mykola')
_UKRAINIAN = re.compile(r"\w+(?:enko|chuk|yuk)|\w+iy|Dmytr\w*|Mykol\w*|Oleks\w*|Volodym\w*|Petro|Taras|Bohdan",
                        re.IGNORECASE)


def state_by_shape(name: str, among: tuple[str, ...]) -> str | None:
    """The state among `among` a name's shape points to: JP for Japanese, KR for South Korean, an
    East Slavic state for East Slavic names; None when the shape or the choice is unclear."""
    words = name.split()
    if len(words) < 2:
        return None
    if any(w.lower() in _FORCED for w in words):
        if south_korean(name):
            return "KR" if "KR" in among else None
        # a short surname shared across languages, with a long Japanese given name: 'Mori Takeo'
        japanese = all(_HEPBURN.fullmatch(w) for w in words) and any(
            w.lower() not in _FORCED and len(re.findall(r"[aiueo]", w, re.IGNORECASE)) >= 3 for w in words)
        return "JP" if japanese and "JP" in among else None
    if all(_HEPBURN.fullmatch(w) for w in words):
        return "JP" if "JP" in among else None
    if "-" not in name and SLAVIC_SURNAME.fullmatch(words[-1]):
        slavic = [x for x in among if x in CYRILLIC_STATES]
        if "UA" in slavic and any(_UKRAINIAN.fullmatch(w) for w in words):
            return "UA"
        return slavic[0] if len(slavic) == 1 else None
    return None


@lru_cache(maxsize=1)
def known_people_names() -> frozenset[str]:
    """The standard spellings of the people table ('Alexander Lukashenko')."""
    return frozenset(p.name for p in known_people().values())


def registry(text: str) -> dict[str, Person]:
    """Everyone the document introduces with a title, by surname: 'Prezydent Ukrainy Wołodymyr
    Zełenski' → UA and a leader, so a later bare 'Zełenski' still tells who and whose. Widely
    known office-holders are there from the start; the document's own titles take precedence."""
    out = People(known_people())
    for m in _TITLE.finditer(text):
        hit = _after_title(text, m, min(len(text), m.end() + 120))
        if hit is None:
            continue
        s0, _e0, name = hit
        if len(name) == 1 and re.search(r"\b(?:of|the)\s*$", text[m.end():s0]):
            continue   # 'president of the Presidium', 'President of the House of Councillors': a body, not a name
        ms = [c for c in find_countries(text, m.end(), s0) if c.kind in ("name", "abbr", "adj")]
        before = find_countries(text, max(0, m.start() - 25), m.start())
        iso = ms[0].iso if ms else (before[-1].iso if before and before[-1].kind == "adj" else None)
        case = _case_of(name, m.group())
        full = " ".join(_nominative(w, case) for w in name)
        if english_name(full, known_people()) != full or full in known_people_names():
            continue  # the table's entry: standard spelling, state and rank already known
        # a Korean or Chinese family name is shared by millions: the key keeps the given name
        words = full.split()
        key = _key(words[-1]) if name[0].lower() not in _FORCED else " ".join(_key(w) for w in words[:2])
        leader = bool(_LEADER_TITLE.match(m.group()))
        old = out.get(key)
        iso = iso or (old.country if old else None) or ("KR" if south_korean(full) else None)
        out[key] = Person(full, iso, leader or bool(old and old.leader))
    # a shared family name written bare ('Pod koniec kwietnia Kim spotkał się …') is the one person
    # of that name the document names in full
    named = mentioned(text, 0, len(text), out)
    for family in ("kim", "lee", "park", "moon", "xi", "li"):
        bearers = {p.name: p for p in named if p.name.lower().split()[0] == family}
        if len(bearers) == 1 and family not in out:
            out[family] = next(iter(bearers.values()))
    return out


# Polish case endings a short foreign name takes whole: 'Abego', 'Abemu', 'Abem' (Abe), 'Kona' (Kon)
_SHORT_NAME_ENDINGS = ("go", "mu", "m", "a", "owi", "u", "em", "ie")


def _first_keys(token: str, people: dict[str, Person]) -> list[tuple[str, Person]]:
    """Keys whose first word is this token's: cut to five letters, or, for a name shorter than
    five letters, with its Polish ending taken off."""
    keys = _keys_starting(_key(token), people)
    if keys or len(token) > 7:
        return keys
    word = token.lower()
    stems = (word[:-len(e)] for e in _SHORT_NAME_ENDINGS if word.endswith(e))
    return next((keys for stem in stems if 2 <= len(stem) < 5 and (keys := _keys_starting(stem, people))), [])


def _match(tokens: list[str], i: int, people: dict[str, Person]) -> tuple[int, Person] | None:
    """The longest key that starts at tokens[i]: (number of tokens, person)."""
    firsts = _first_keys(tokens[i], people)
    for n in (3, 2, 1):
        if i + n > len(tokens):
            continue
        for key, person in firsts:
            words = key.split()
            if len(words) != n:
                continue
            if all(tokens[i + k].lower().startswith(words[k]) for k in range(1, n)):
                return n, person
    return None


class People(dict):
    """Look-up keys → persons, with an index by a key's first word (a document names hundreds of
    capitalised words, each looked up)."""

    def starting(self, first: str) -> list[tuple[str, Person]]:
        index = self.__dict__.get("_index")
        if index is None or self.__dict__.get("_size") != len(self):
            index = {}
            for k, p in self.items():
                index.setdefault(k.split()[0], []).append((k, p))
            self.__dict__["_index"], self.__dict__["_size"] = index, len(self)
        return index.get(first, [])


def _keys_starting(first: str, people: dict[str, Person]) -> list[tuple[str, Person]]:
    if isinstance(people, People):
        return people.starting(first)
    return [(k, p) for k, p in people.items() if k.split()[0] == first]


@lru_cache(maxsize=4096)
def _spelling_words(name: str) -> frozenset[str]:
    """The first two letters of every word of a known person's names, for a consistency check."""
    words = set(name.lower().replace("-", " ").split())
    for r in _table():
        if r["name"] == name:
            for s in r["spellings"].split("|"):
                words.update(s.lower().replace("-", " ").split())
    return frozenset(w[:2] for w in words if w)


def _consistent(group: list[str], i: int, person: Person) -> bool:
    """The words written with a known name belong to the person's names: 'Moon Hee-sang' is the
    speaker, not President Moon Jae-in, though both are 'Moon'. Looked at: the word before the
    match (a given name) and the words after it, less titles and countries."""
    if person.name not in {p.name for p in known_people().values()}:
        return True
    known = _spelling_words(person.name)
    names = [w for w in group[max(0, i - 1):] if w.lower() not in _STOP and not _TITLE.fullmatch(w)
             and not find_countries(w)]
    return all(w.lower().replace("-", " ").split()[0][:2] in known for w in names)


@lru_cache(maxsize=8192)
def _spelled_as_known(word: str, name: str) -> bool:
    """A word read as a known person's one-word key is one of his names in some case ('Łukaszence'
    is Łukaszenka), not another name with the same first letters ('Łukaszewicz'): beyond a case
    ending of up to two letters, it is spelled as one of the names the table gives."""
    folded = fold(word)
    if name not in _name_words():
        return True
    return any(len(os.path.commonprefix((folded, k))) >= min(len(folded), len(k)) - 2 for k in _name_words()[name])


@lru_cache(maxsize=1)
def _name_words() -> dict[str, tuple[str, ...]]:
    """Each known person's name words, in every spelling the table gives, folded."""
    return {r["name"]: tuple({fold(w) for name in (r["name"], *r["spellings"].split("|"))
                              for w in name.replace("-", " ").split() if len(w) > 2}) for r in _table()}


@lru_cache(maxsize=8192)
def person_named(word: str) -> bool:
    """`word` is a known person's name in some spelling or case ('Zelensky', 'Zełenskiego'), not a
    word that only shares its first letters with one ('Zelenograd')."""
    folded = fold(word)
    return any(folded.startswith(head) for person in mentioned(word, 0, len(word), known_people(), kin=True)
               for head in _name_heads().get(person.name, ()))


@lru_cache(maxsize=1)
def _name_heads() -> dict[str, tuple[str, ...]]:
    """Each known person's name words (_name_words) cut to six letters."""
    return {name: tuple({w[:6] for w in words}) for name, words in _name_words().items()}


def mentioned(text: str, start: int, end: int, people: dict[str, Person], kin: bool = False) -> list[Person]:
    """The registered people a span names, by any inflected form of their names (`kin`: and by the
    feminine of their surnames, which names a wife or daughter)."""
    seen: dict[str, Person] = {}
    for group in _name_groups(text[start:end]):
        i = 0
        while i < len(group):
            hit = _match(group, i, people)
            if hit is None:
                i += 1
                continue
            if (_consistent(group, i, hit[1]) or len(group) == hit[0]) and (kin or not _his_wife(group[i + hit[0] - 1], hit[1])) \
                    and (hit[0] > 1 or _spelled_as_known(group[i], hit[1].name)):
                seen.setdefault(hit[1].name, hit[1])
            i += hit[0]
    return list(seen.values())


def _his_wife(word: str, person: Person) -> bool:
    """'Zelenska', 'Zełenska' beside a President Zelensky: the feminine of a surname in -ski/-sky is
    another person (no case of the man's name ends so)."""
    surname = fold(person.name.split()[-1])
    return surname.endswith(("ski", "sky", "skiy", "skyi", "cki", "cky")) and fold(word).endswith(("ska", "skaya", "cka"))


NAME_GROUP = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)*")   # a run of capitalised words


def _name_groups(text: str) -> list[list[str]]:
    """Runs of capitalised words: the words of one name stand together."""
    out = []
    for m in NAME_GROUP.finditer(text):
        words: list[str] = []
        for w in m.group().split() + [""]:
            if len(w) >= 3 or w.lower() in ("xi", "ri", "im", "il"):   # (Kim Jong Il is not Kim Jong Un)
                words.append(w)
            elif words:
                # a short word ('Su' in 'Ri Su Yong') parts the group: the words either side of it
                # are not one name's neighbours ('Ri … Yong' is not Ri Yong Ho)
                out.append(words)
                words = []
    return out
