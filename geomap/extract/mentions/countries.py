"""States named in text: country names, adjectives, capitals used as metonyms, KRLD/DPRK/ROK.

Polish inflects every one of these, so each entry is a stem pattern that covers all cases
(Japonia/Japonii/Japonię/Japonią; rosyjski/rosyjskiego/rosyjsko-…); English forms ride along.
A capital governed by a place preposition ('w Moskwie', 'do Pjongjangu') is a venue, not an actor;
the caller decides that with `governed_by_place`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# (ISO2, kind, pattern). Longer, multiword forms first: the alternation takes the first that fits.
# kind: name | adj | capital | abbr | city_adj
# Parliaments whose name says whose they are (institutions.py places them; here they name their state).
PARLIAMENTS: dict[str, str] = {
    "RU": r"Dum\w*\s+Państwow\w*|State\s+Duma|Rad\w*\s+Federacji|Federation\s+Council|Zgromadzeni\w+\s+Federaln\w+|"
          r"Federal\s+Assembly",
    "UA": r"Rad\w*\s+Najwyższ\w+\s+Ukrainy|Werchown\w+\s+Rad\w*|Verkhovna\s+Rada",
    "KP": r"Najwyższ\w+\s+Zgromadzeni\w+\s+Ludow\w+|Supreme\s+People['’]s\s+Assembly",
}
_TABLE: tuple[tuple[str, str, str], ...] = (
    # Koreas: multiword forms before the bare 'Korea'
    # (and their abbreviations: 'Korea Płn.', 'Korei Pn.', 'N. Korea' are the North, 'Korea Płd.',
    # 'Korei Pd.', 'S. Korea' the South)
    ("KP", "name", r"Kore\w{0,3}\s+Północn\w{0,4}|Kore\w{0,3}\s+P(?:ł)?n\.|Północn\w{1,4}\s+Kore\w{0,3}|Koreańsk\w+\s+Republik\w+\s+Ludowo-Demokratyczn\w+|"
                   r"North\s+Korea|N\.\s?Korea(?!n)|Democratic\s+People['’]s\s+Republic\s+of\s+Korea|DPR\s+Korea"),
    ("KR", "name", r"Kore\w{0,3}\s+Południow\w{0,4}|Kore\w{0,3}\s+P(?:ł)?d\.|Południow\w{1,4}\s+Kore\w{0,3}|Republi\w{1,4}\s+Korei|South\s+Korea|S\.\s?Korea(?!n)|Republic\s+of\s+Korea"),
    ("KP", "abbr", r"KRLD|DPRK|KRL-D"),
    # the North's ruling party names its state: 'sekretarz KC Partii Pracy Korei', 'Workers' Party of Korea'
    ("KP", "adj", r"Parti\w*\s+Pracy\s+Korei|Koreańsk\w+\s+Parti\w+\s+Pracy|Workers['’]\s+Party\s+of\s+Korea|"
                  r"Korean\s+Workers['’]\s+Party"),
    ("KR", "abbr", r"ROK"),
    ("KP", "adj", r"[Pp]ółnocnokoreańsk\w*|North\s+Korean|N\.\s?Korean"),
    ("KR", "adj", r"[Pp]ołudniowokoreańsk\w*|South\s+Korean|S\.\s?Korean"),
    ("KP", "capital", r"Pjongjan\w*|Pyongyang|Phenian\w*"),
    ("KR", "capital", r"Seul(?:u|em|owi)?\b|Seoul"),
    ("RU", "name", r"Federacj\w+\s+Rosyjsk\w+|Russian\s+Federation|Rosj[aięą]\b|Russia\b"),
    ("RU", "abbr", r"(?<=[a-ząćęłńóśźż] )FR\b"),   # Polish 'ambasador FR', 'MSZ FR': Federacja Rosyjska
    ("RU", "adj", r"[Rr]osyjsk\w*|[Rr]osjan\w*|Russians?\b"),
    ("RU", "capital", r"Moskw(?:a|y|ie|ę|ą)\b|Moscow|Krem\w+|Kremlin"),
    # a state's own parliament speaks for it as its adjective does: 'a State Duma delegation'
    *((iso, "adj", pattern) for iso, pattern in PARLIAMENTS.items()),
    ("JP", "name", r"Japoni[aięą]\b|Japan\b"),
    ("JP", "adj", r"[Jj]apońsk\w*|[Jj]apończy\w*|Japanese"),
    ("JP", "capital", r"Tokio\b|Tokyo"),
    ("BY", "name", r"Białoru(?:ś|si|sią)\b|Belarus\b|Republi\w{1,4}\s+Białoruś"),
    ("BY", "adj", r"[Bb]iałorusk\w*|[Bb]iałorusin\w*|Belarusian\w*|Belarussian"),
    ("BY", "capital", r"Mińsk(?:a|u|iem)?\b|Minsk"),
    ("UA", "name", r"Ukrain(?:a|y|ie|ę|ą)\b|Ukraine\b"),
    ("UA", "adj", r"[Uu]kraińsk\w*|[Uu]kraińc\w*|Ukrainian\w*"),
    ("UA", "capital", r"Kij[oó]w(?:a|ie|em|owi)?\b|Kyiv|Kiev\b"),
    ("US", "name", r"Stan\w{0,4}\s+Zjednoczon\w+|United\s+States|America\b|Ameryk[aięą]\b"),
    ("US", "abbr", r"USA\b|U\.S\.A?\.?|US\b"),
    ("US", "adj", r"[Aa]merykańsk\w*|[Aa]merykan\w*|American\w*"),
    ("US", "capital", r"Waszyngton\w*|Washington|Biał\w+\s+Dom\w*|White\s+House"),
    ("CN", "name", r"Chin(?:y|ach|om|ami)?\b|China\b|ChRL\b|PRC\b"),
    ("CN", "adj", r"[Cc]hińsk\w*|[Cc]hińczy\w*|Chinese"),
    ("CN", "capital", r"Pekin\w*|Beijing"),
    ("VN", "name", r"Wietnam\w*|Vietnam\b|Viet\s+Nam"),
    ("VN", "adj", r"[Ww]ietnamsk\w*|Vietnamese"),
    ("VN", "capital", r"Hanoi"),
    ("MN", "name", r"Mongoli[aięą]\b|Mongolia\b"),
    ("MN", "adj", r"[Mm]ongolsk\w*|Mongolian"),
    ("MN", "capital", r"Ułan\s+Bator\w*|Ulaanbaatar|Ulan\s+Bator"),
    ("PL", "name", r"Pols(?:ka|ki|ce|kę|ką)\b|Poland\b"),
    ("PL", "adj", r"[Pp]olsk(?:i|iego|iemu|im|ich|imi|a|iej|ą|ie)\b|Polish"),
    ("DE", "name", r"Niem(?:cy|iec|czech|com|cami)\b|Germany\b"),
    ("DE", "adj", r"[Nn]iemieck\w*|German\b"),
    ("FR", "name", r"Francj[aięą]\b|France\b"),
    ("FR", "adj", r"[Ff]rancusk\w*|French\b"),
    ("GB", "name", r"Wielk\w+\s+Brytani\w+|United\s+Kingdom|Britain\b|UK\b"),
    ("GB", "adj", r"[Bb]rytyjsk\w*|British\b"),
    ("IT", "name", r"Włoch(?:y|ach|om)?\b|Italy\b"),
    ("IT", "adj", r"[Ww]łosk\w*|Italian\b"),
    ("IN", "name", r"Indi[ei]\b|India\b"),
    ("IN", "adj", r"[Ii]ndyjsk\w*|Indian\b"),
    ("KZ", "name", r"Kazachstan\w*|Kazakhstan"),
    ("KZ", "adj", r"[Kk]azachsk\w*|Kazakh\b"),
    ("TW", "name", r"Tajwan\w*|Taiwan\w*"),
    ("IR", "name", r"Iran(?:u|ie|em)?\b|Iran\b"),
    ("IR", "adj", r"[Ii]rańsk\w*|Iranian"),
    ("TR", "name", r"Turcj[aięą]\b|Turkey\b|Türkiye"),
    ("TR", "adj", r"[Tt]ureck\w*|Turkish"),
    ("SY", "name", r"Syri[aięą]\b|Syria\b"),
    ("GE", "name", r"Gruzj[aięą]\b|Georgia\b"),
    ("LT", "name", r"Litw[aięyą]\b|Lithuania\b"),
    ("LV", "name", r"Łotw[aięyą]\b|Latvia\b"),
    ("EE", "name", r"Estoni[aięą]\b|Estonia\b"),
    ("MD", "name", r"Mołdawi[aięą]\b|Moldova\b"),
    ("SG", "name", r"Singapur(?:u|ze|em)?\b|Singapore\b"),
    ("TH", "name", r"Tajlandi[aięą]\b|Thailand\b"),
    ("ID", "name", r"Indonezj[aięą]\b|Indonesia\b"),
    ("MY", "name", r"Malezj[aięą]\b|Malaysia\b"),
    ("PH", "name", r"Filipin(?:y|ach|om)\b|Philippines\b"),
    ("LA", "name", r"Laos\w*"),
    ("KH", "name", r"Kambodż\w+|Cambodia\b"),
    ("AU", "name", r"Australi[aięą]\b|Australia\b"),
    ("CA", "name", r"Kanad[aięyą]\b|Canada\b"),
    ("AF", "name", r"Afganistan\w*|Afghanistan"),
    ("KR", "name", r"Korea\b|Korei\b|Koreę\b|Koreą\b"),
    ("KR", "adj", r"[Kk]oreańsk\w*|Korean\b"),
)

# A few phrases that contain a country word but name no state taking part.
_NOT_ACTOR = re.compile(
    r"Półwys\w+\s+Koreańsk\w+|Korean\s+Peninsula|państw\w*\s+koreańsk\w+|Morz\w+\s+Japońsk\w+|"
    r"Sea\s+of\s+Japan|Korean\s+Air", re.IGNORECASE)

_PLACE_PREP = re.compile(r"(?:\b(?:w|we|na|do|ku|in|at|to|into|near|koło|pod|niedaleko|okolicach|pobliżu)\s+)$",
                         re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class CountryMention:
    start: int
    end: int
    iso: str
    kind: str
    text: str


@lru_cache(maxsize=1)
def _regex() -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    parts, groups = [], {}
    for i, (iso, kind, pat) in enumerate(_TABLE):
        name = f"g{i}"
        groups[name] = (iso, kind)
        parts.append(f"(?P<{name}>{pat})")
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")"), groups


def find_countries(text: str, start: int = 0, end: int | None = None) -> list[CountryMention]:
    """Every state named in text[start:end], in order, with how it was named."""
    rx, groups = _regex()
    end = len(text) if end is None else end
    blocked = [(m.start(), m.end()) for m in _NOT_ACTOR.finditer(text, start, end)]
    out = []
    for m in rx.finditer(text, start, end):
        if any(a <= m.start() < b for a, b in blocked):
            continue
        iso, kind = groups[m.lastgroup]
        out.append(CountryMention(m.start(), m.end(), iso, kind, m.group()))
    taken = {x.start for x in out}
    codes = [CountryMention(c.start(), c.end(), c.group(), "abbr", c.group())
             for m in _CODE_LIST.finditer(text, start, end) for c in _CODE.finditer(text, m.start(), m.end())
             if c.start() not in taken and c.group() in _ISO]
    return sorted(out + codes, key=lambda x: x.start) if codes else out


# the parties of an entry as a list of ISO codes: 'JP / RU', 'KP · RU · JP'
_CODE_LIST = re.compile(r"(?<![\w-])[A-Z]{2}(?:(?:[ \t]*[/·|;]|[ \t]+[–—])[ \t]*[A-Z]{2})+(?![\w-])")
_CODE = re.compile(r"[A-Z]{2}")
_ISO = frozenset(iso for iso, _kind, _pattern in _TABLE)


# the parties of an entry set before its words, as a table's column or a tag: 'KR – RU Delegacja …',
# 'JP\nIzba …', 'RU / KP; …', '[KR-RU-US] …'
_TAG_CODE = r"(?:KRLD|DPRK|ROK|USA|[A-Z]{2})"
_TAG_NAMES = _ISO | {"EU", "UN", "KRLD", "DPRK", "ROK", "USA"}
_PARTIES_FIRST = re.compile(rf"[\s–—-]*(?P<open>\[)?(?P<codes>{_TAG_CODE}(?:[ \t]*[·,/|;–—-][ \t]*{_TAG_CODE})*)"
                            rf"(?(open)\]|)(?P<sep>[ \t]*[;:|])?(?P<end>[ \t]*\n|[ \t]+)(?=\S)")


def parties_lead(text: str) -> int:
    """How many characters at the start of `text` are party codes rather than words: two or more of
    them, one set off by a bracket, a stop or its own line ('US forces …' keeps its 'US')."""
    m = _PARTIES_FIRST.match(text)
    codes = re.findall(_TAG_CODE, m["codes"]) if m else []
    if not codes or not all(c in _TAG_NAMES for c in codes):
        return 0
    return m.end() if len(codes) > 1 or m["open"] or m["sep"] or "\n" in m["end"] else 0


def governed_by_place(text: str, pos: int) -> bool:
    """Whether a preposition of place stands right before `pos` ('w Moskwie', 'to Seoul')."""
    return bool(_PLACE_PREP.search(text[max(0, pos - 20):pos]))


def country_of_phrase(phrase: str) -> str | None:
    """The state a short phrase names ('Japonii', 'KRLD', 'Republice Korei'), if it is only that."""
    ms = find_countries(phrase)
    if len(ms) == 1 and ms[0].kind in ("name", "abbr") and len(ms[0].text) >= len(phrase.strip()) - 1:
        return ms[0].iso
    return None


def ordered_unique(codes) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for c in codes:
        if c:
            seen.setdefault(c, None)
    return tuple(seen)

