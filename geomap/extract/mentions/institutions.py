"""Venues the text fixes without naming them (GOLD 2.6 'implied').

Each rule is a small function over one span of text that returns candidates whose `text` is the
cue phrase, verbatim: an ambassador received by a host minister, speaker, parliament or company
(→ the host capital), a summit named without its city (→ the host of that year), the UN Security
Council (→ New York), an embassy's event in a country (→ its capital), a legislature's act (→ its
seat), the inter-Korean border (→ Panmunjom), 'the Russian capital', 'na Kremlu'.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from ...gazetteer import Place, load
from . import summits
from .countries import PARLIAMENTS, find_countries, governed_by_place
from .places import NAME, Candidate, lookup


@dataclass(frozen=True)
class Context:
    """What the rest of the entry says about who is whose guest."""
    sender: str | None = None          # the visiting side: 'Ambasador Białorusi' → BY
    host: str | None = None            # where the visitor is accredited or received
    actors: tuple[str, ...] = ()
    year: int | None = None
    month: int | None = None
    voices: tuple[str, ...] = ()       # capitals standing for their governments ('Reakcja Seulu')
    guessed: bool = False              # the sender is only the entry's first state, not named


@lru_cache(maxsize=256)
def known_place(name: str) -> Place | None:
    """A place named by our own tables (summit hosts, seats): the whole offline chain may answer."""
    place = lookup(name)
    if place is not None:
        return place
    from ...geocode import resolve
    # our tables name places, so the name is asked for as one ('in Ufa'), past the guards that keep
    # a bare capitalised word in running text from becoming a town
    return resolve(name).place or resolve(f"in {name}").place


def capital(iso: str | None) -> Place | None:
    return load().capital(iso) if iso else None


def _cand(text: str, s: int, e: int, place: Place | None, rule: str) -> Candidate | None:
    if place is None:
        return None
    return Candidate(s, e, text[s:e], s, e, place, "implied", basis="implied", rule=rule)


_RECEIVE = (r"(?:zaprosz\w*|przyję\w*|przyjmowan\w*|goszcz\w*|podejmowan\w*)\s+(?:\w+\s+){0,2}?przez|"
            r"(?:spotka\w*|spotkani\w*|rozmawia\w*|rozmow\w*|rozmowy|konsultacj\w*|odby\w*\s+spotkani\w*)\s+"
            r"(?:\w+\s+){0,3}?(?:się\s+)?(?:z|ze)|"
            r"(?:met|meets|meeting|talks|held\s+talks|conferred)\s+(?:\w+\s+){0,2}?with|"
            r"(?:received|hosted|invited|welcomed|called\s+in|summoned)\s+(?:on\s+(?:\w+\s+){1,2}?)?by|called\s+on|paid\s+a\s+courtesy\s+call\s+on|met\b|"
            r"wizyt\w*\s+(?:\w+\s+){0,2}?u|złożył\w*\s+wizyt\w*")
_GAP = r"[^.;:!?]{0,80}?"
_OFFICIAL = (r"\b(?:[Mm]inist\w*|[Ww]iceminist\w*|[Rr]esort\w*|MSZ|[Pp]remier\w*|[Ww]icepremier\w*|"
             r"[Pp]rezydent\w*|[Kk]anclerz\w*|[Ss]ekretarz\w*\s+(?:stanu|Rady\s+Bezpieczeństwa)|"
             r"[Ss]ecretary\s+of\s+(?:the\s+)?(?:\w+\s+)?Security\s+Council|[Pp]rzywódc\w*|[Pp]rzewodnicząc\w*|"
             r"[Ww]iceprzewodnicząc\w*|[Mm]arszał\w*|[Ss]piker\w*|[Cc]hair(?:man|woman|person)?|[Ss]peaker|"
             r"[Mm]inist(?:er|ry)|[Vv]ice[- ][Mm]inister|[Dd]eputy\s+[Mm]inister|[Pp]rime\s+[Mm]inister|"
             r"[Pp]resident|[Pp]remier|[Cc]hancellor|[Ss]ecretary\s+of\s+State|[Ff]oreign\s+[Oo]ffice|leader)\b")
_LEGISLATURES: tuple[tuple[str, str | None], ...] = (
    (r"Izb\w*\s+Radców|House\s+of\s+Councillors|Sejm\w*\s+Japonii|Parlament\w*\s+Japonii|National\s+Diet|"
     r"(?:Japanese\s+)?Diet\b", "JP"),
    (PARLIAMENTS["KP"], "KP"), (PARLIAMENTS["RU"], "RU"), (PARLIAMENTS["UA"], "UA"),
    (r"Izb\w*\s+Reprezentantów\s+(?:Zgromadzenia\s+Narodowego\s+)?(?:Republiki\s+)?Białoru\w+|"
     r"Rad\w*\s+Republiki|Council\s+of\s+the\s+Republic", "BY"),
    (r"Kongres\w*\s+(?:USA|Stanów\s+Zjednoczonych)|U\.?S\.?\s+Congress|Senat\w*\s+USA|U\.?S\.?\s+Senate", "US"),
    (r"Zgromadzeni\w+\s+Narodow\w+|National\s+Assembly|[Pp]arlament\w*|[Pp]arliament\w*|[Ll]egislat\w+|"
     r"[Ii]zb\w*\s+(?:Reprezentantów|Niższ\w+|Wyższ\w+)|House\s+of\s+Representatives", None),
)
_LEG_RX = re.compile("|".join(f"(?P<l{i}>{p})" for i, (p, _) in enumerate(_LEGISLATURES)))
_LEG_TITLE = (r"(?:przewodnicząc\w*|wiceprzewodnicząc\w*|marszał\w*|spiker\w*|członk\w*|deputowan\w*|"
              r"posł\w*|komitet\w*|komisj\w*|delegacj\w*|[Ss]peaker|[Cc]hair\w*|[Pp]resident|[Mm]embers?|"
              r"[Dd]eput\w+|[Cc]ommittee|[Ll]awmakers?)")
_ACT = (r"ratyfikow\w*|ratyfikował\w*|popar\w*|przyj\w*|uchwali\w*|zatwierdzi\w*|przegłosowa\w*|"
        r"wpisa\w*|zmieni\w*|znowelizowa\w*|odrzuci\w*|"
        r"wybra\w*|zebra\w*|obradowa\w*|"
        r"ratified|approved|passed|adopted|voted|endorsed|amended|enshrined|wrote|rejected|"
        r"(?:re-?)?elected|convened|met\b|opened\s+its|held\s+its")
_COMPANY_WORDS = (r"Corporation|Corp\.?|Banking|Bank|Group|Holdings?|Motors?|Electric|Industries|Heavy|"
                  r"Co\.?|Ltd\.?|Inc\.?|Company|Trading|Steel|Chemicals?|Pharmaceuticals?|Airlines?|"
                  r"Shipping|Energy|Gas|Oil|Telecom|Electronics|Systems|Technologies|Securities|Insurance|"
                  r"Keidanren|Nippon|Mitsubishi|Mitsui|Sumitomo|Hitachi|Toyota|Samsung|Hyundai|LG|SK")
_COMPANY = re.compile(rf"(?:[A-Z][\w&.-]*\s+){{0,4}}(?:{_COMPANY_WORDS})\b(?:\s+[A-Z][\w&.-]*){{0,3}}")
_COMPANY_NOUN = r"\b(?:firm\w*|koncern\w*|spółk\w*|korporacj\w*|bank\w*|przedsiębiorstw\w*|company|companies|corporation|firm|bank)\b"
_PARL_GROUP = (r"\b(?:grup\w*\s+(?:przyjaźni|parlamentarn\w*|międzyparlamentarn\w*)|"
               r"międzyparlamentarn\w+\s+grup\w*|parlamentarzyst\w*|deputowan\w*|posł(?:em|ami|ów|owie|anką|ankami)|"
               r"friendship\s+(?:group|league)|parliamentary\s+(?:group|league)|parliamentarians|lawmakers|MPs|"
               r"members\s+of\s+(?:the\s+)?parliament)\b")
# after 'Security Council' or 'Rada Bezpieczeństwa': a state's own council, not the UN's
NATIONAL_COUNCIL = r"(?!\s+(?:Narodow|Rosji|FR\b|Federacji|Ukrainy|Białorusi|Japonii|of\s+(?:Russia|the\s+Russian|Ukraine|Belarus|Japan)))"
# ... and before it: 'National Security Council', 'Russia's Security Council', 'Russian Security Council'
STATES_OWN = r"(?<!National\s)(?<!['’]s\s)(?<!Russian\s)(?<!Korean\s)(?<!Japanese\s)(?<!Ukrainian\s)(?<!Belarusian\s)"
UN_ORGAN = re.compile(r"Rad\w*\s+Bezpieczeństwa\s+(?:ONZ|Narodów\s+Zjednoczonych)|Rad\w*\s+Bezpieczeństwa" + NATIONAL_COUNCIL + "|"
                 r"Zgromadzeni\w*\s+Ogóln\w*(?:\s+(?:ONZ|Narodów\s+Zjednoczonych))?|"
                 + STATES_OWN + r"(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?Security\s+Council" + NATIONAL_COUNCIL + "|"
                 r"(?:UN\s+|U\.N\.\s+|United\s+Nations\s+|(?<=[Tt]he\s))General\s+Assembly")
_UN_SESSION = re.compile(r"marginesie|margins?\b|sidelines?\b|posiedzeni\w*|sesj\w*|obrad\w*|spotka\w*|konsultacj\w*|głosowa\w*|zwoła\w*|"
                         r"oświadczeni\w*\s+przewodnicząc\w*|presidential\s+statement|"
                         r"omawia\w*|omówi\w*|\bdiscuss(?:ed|es)\b|"
                         r"zebra\w*\s+się|\bmet\b|\bsitting\b|\btook\s+(?:\S+\s+){1,7}?to\s+the\b|\brefer(?:red|s)?\b|\bletter\b|skierowa\w*|"
                         r"przemówi\w*|wystąpi\w*|debat\w*|rezolucj\w*|projekt\w*|zablokowa\w*|weto|"
                         r"\bw\s+Radzie|\bna\s+forum|meeting|session|consultations|convene\w*|vote\w*|"
                         r"debate\w*|briefing|addressed|speech|resolution|draft|veto\w*|blocked|\bat\s+the\b|"
                         # what the organ itself decides: 'Zgromadzenie Ogólne zawiesiło Rosję …', 'the Assembly adopted'
                         r"zawiesi\w*|uchwali\w*|przyjęł\w*|suspend\w*|adopt\w*|\bpassed\b|\belected\b|"
                         # ... and its sanctions committee: 'Komitet sankcyjny Rady Bezpieczeństwa wpisał na listę …'
                         r"komitet\w*\s+sankcyjn\w*|sanctions\s+committee|wpisa\w*\s+na\s+list\w*|designat\w*|blacklist\w*|"
                         # ... and what it says as one: 'issued a press statement', 'wydała oświadczenie'
                         r"\bissued\b|press\s+statement|wyda(?:ła|ło|li)\s+(?:\w+\s+)?oświadczeni\w*|"
                         r"\bin\s+the\s+(?:UN\s+)?Security", re.IGNORECASE)
# resolutions cited, not a session held: 'sprzeczna z rezolucjami Rady Bezpieczeństwa', 'in breach of
# Security Council resolutions'
_UN_CITED = re.compile(r"\b(?:sprzeczn\w*\s+z|narusz\w*|łami\w*|złama\w*|violat\w*|breach(?:es|ed)?\s+of|in\s+breach\s+of|"
                       r"contrary\s+to|in\s+defiance\s+of|def(?:y|ies|ied|ying)|zgodnie\s+z|na\s+mocy|w\s+myśl|under)\s+"
                       r"(?:[\w.-]+\s+){0,3}$", re.IGNORECASE)
_BORDER = re.compile(r"granic\w*\s+(?:między\s+)?(?:państwami\s+koreańskimi|obiema\s+Koreami|Koreami|"
                     r"Koreą\s+Północną\s+(?:a|i)\s+Południową)|stref\w*\s+zdemilitaryzowan\w*|Panmund\w+|"
                     r"Panmunjom|\bDMZ\b|inter-Korean\s+border|demilitari[sz]ed\s+zone|Joint\s+Security\s+Area|"
                     r"linii\s+demarkacyjnej|wiosce\s+rozejmu|truce\s+village", re.IGNORECASE)
_CAPITAL_OF = re.compile(r"\b(?i:w|we)\s+(?P<adj>\w+)\s+stolicy\b|\b(?i:w|we)\s+stolicy\s+(?P<gen>[^\s,.;]+(?:\s+[^\s,.;]+)?)|"
                         r"\b(?i:in)\s+the\s+(?P<eadj>[A-Z]\w+(?:\s+Korean)?)\s+capital\b|"
                         r"\b(?i:in)\s+the\s+capital\s+of\s+(?P<egen>[A-Z][\w ]+?)(?=[,.;]|\s+[a-z])|"
                         # the capital as host: 'the conference that the Ukrainian capital is to host in April'
                         r"\bthe\s+(?P<hadj>[A-Z]\w+(?:\s+Korean)?)\s+capital\s+(?=(?:is\s+to|will|would|was\s+to)?\s*"
                         r"(?:host|hosts|hosted|be\s+hosting)\b)|"
                         # the capital as what was visited or reached: 'odwiedził stolicę Korei Północnej'
                         r"\b(?:odwiedzi\w*|odwiedza\w*|zwiedzi\w*|do|visit(?:ed|s|ing)?|reached|to)\s+"
                         r"(?:stolic(?:ę|y)\s+(?P<vgen>[A-ZĄĆĘŁŃÓŚŹŻ]\w+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ]\w+)?)|"
                         r"the\s+(?P<veadj>[A-Z]\w+(?:\s+Korean)?)\s+capital\b|"
                         r"the\s+capital\s+of\s+(?P<vegen>[A-Z][\w ]+?)(?=[,.;]|\s+[a-z]))")
_EMBASSY_IN = re.compile(rf"(?:[Aa]mbasad(?:a|y|zie|ę|ą|om)|[Ee]mbass(?:y|ies)|[Pp]lacówk\w+\s+dyplomatyczn\w+)\b"
                         rf"(?:\s+(?:of\s+(?:the\s+)?)?(?:Republik\w+\s+\w+|Republic\s+of\s+\w+|[A-ZĄĆĘŁŃÓŚŹŻ]\w+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ]\w+)?))?"
                         rf"\s+(?P<prep>w|we|na|in)\s+(?P<name>{NAME})")
_EMBASSY_ORGANISER = re.compile(
    r"(?:zainicjowan\w*|zorganizowan\w*|organizowan\w*|przygotowan\w*|zorganizował\w*|zainicjował\w*|"
    r"organi[sz]ed|hosted|initiated|held)\s+(?:\w+\s+){0,2}?(?:przez|by)\s+(?:the\s+)?"
    r"(?P<emb>(?:[Aa]mbasad\w+|[Ee]mbassy)(?:\s+(?:of\s+(?:the\s+)?)?(?:Republik\w+\s+\w+|[A-ZĄĆĘŁŃÓŚŹŻ]\w+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ]\w+)?))?)"
    r"|(?P<emb2>[Aa]mbasad(?:a|y)\s+(?:Republik\w+\s+\w+|[A-ZĄĆĘŁŃÓŚŹŻ]\w+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ]\w+)?))\s+"
    r"(?:zorganizował\w*|zainicjował\w*|przygotował\w*|urządził\w*)"
    r"|(?P<emb3>(?:[A-Z]\w+\s+)?Embassy(?:\s+of\s+(?:the\s+)?[A-Z][\w ]+?)?)\s+(?:organi[sz]ed|hosted|held)")
_SERIES_ALT = summits.SERIES_ALT
_SUMMIT = re.compile(rf"\b(?:szczy(?:t|tu|cie|tem|ty|tów)|summit\w*|spotkani\w+\s+przywódców|leaders['’]?\s+meeting)\b"
                     rf"[^.;:]{{0,60}}?(?:\(|\b)(?P<s1>{_SERIES_ALT})(?![\w-])"
                     rf"|(?<![\w-])(?P<s2>{_SERIES_ALT})(?:\s+\w+)?\s+(?:[Ss]ummit|szczyt\w*|[Ll]eaders['’]?\s+[Mm]eeting)\b"
                     # the leaders of a group together are its summit: 'Leaders of the Group of Seven, meeting …'
                     rf"|\b(?:[Ll]eaders|[Pp]rzywódc\w*)\s+(?:of\s+(?:the\s+)?|państw\s+)?(?P<s3>{_SERIES_ALT})(?![\w-])"
                     rf"|(?<![\w-])(?P<s4>{_SERIES_ALT})\s+leaders\b"
                     # the bloc's ministers meet where its summits do that year: 'the ASEAN Regional Forum'
                     r"|(?<![\w-])(?P<s5>ASEAN\s+(?:[Ff]oreign\s+[Mm]inisters['’]?\s+[Mm]eeting|[Mm]inisterial))\b"
                     rf"|\b(?P<s6>{summits.ARF_NAMES})\b")


_AFTER = re.compile(r"\b(?:after|following|before|ahead\s+of|po|przed)\s+(?:the\s+)?(?:[Gg]-?\d+\s+)?$")


def _country_near(text: str, s: int, e: int) -> str | None:
    ms = [m for m in find_countries(text, s, e) if m.kind in ("name", "abbr", "adj")]
    return ms[0].iso if ms else None


def host_officials(text: str, a: int, b: int, ctx: Context) -> list[Candidate]:
    """'zaproszony przez ministra sprawiedliwości Japonii' → Tokyo; 'met the Speaker' → host capital."""
    out = []
    rx = re.compile(rf"(?P<verb>{_RECEIVE}){_GAP}(?P<who>{_OFFICIAL})|{_RECEIVED_ACTIVE}")
    for m in rx.finditer(text, a, b):
        who, verb = next((w, v) for w, v in (("who", "verb"), ("who2", "verb2"), ("who3", "verb3")) if m.group(w))
        tail_end = min(b, m.end(who) + 60) if who != "who3" else m.start(verb)
        stop = re.search(r"(?<!\bds)(?<!\bm\.in)[.;:](?:\s|$)|\b(?:oraz|a\s+także|and|który|która|gdzie|who|which|after|following|because)\b",
                         text[m.end(who):tail_end])
        tail_end = m.end(who) + stop.start() if stop else tail_end
        tail_end = m.end(who) + len(text[m.end(who):tail_end].rstrip())
        iso = _country_near(text, m.start(who), tail_end) or (
            _country_near(text, m.start(verb), m.start(who)) if who != "who3"
            else _country_near(text, max(a, m.start(who) - _OWNER_REACH), m.start(who)))   # "Russia's … minister"
        if iso is None and _HOSTED.match(m.group(verb)):
            # (with no other state named, the host's name may still show whose it is: 'Takeo Mori')
            among = tuple(x for x in ctx.actors if x != ctx.sender) or _others(ctx.sender)
            iso = _office_holder(text, m.start(who), tail_end, among)
        if iso is not None and iso == ctx.sender and _HOSTED.match(m.group(verb)):
            # ('… Russian envoy Nozdrev Foreign Minister Toshimitsu Motegi received …': the state read
            # before the title was the guest's; the host's own name may tell his)
            iso = _office_holder(text, m.start(who), tail_end, _others(ctx.sender)) or iso
        iso = iso or (ctx.host if ctx.sender else None)
        if iso is None or (iso == ctx.sender and not ctx.guessed):
            continue
        e = tail_end
        c = _cand(text, m.start(who), e, capital(iso), "host-official")
        if c:
            out.append(c)
    return out


# An official who receives an ambassador, in the active voice: the host named after the verb in the
# nominative ('Ambasadora Rosji przyjął minister ds. zjednoczenia'), or before it ('Wiceminister spraw
# zagranicznych Rosji przyjął ambasadora KRLD', 'the Speaker received the ambassador').
_RECEIVED_ACTIVE = (r"(?P<verb2>przyj(?:ął|ęła|ęli|ęły))\s+(?:pierwsz[ya]\s+)?(?P<who2>(?:[Ww]ice)?[Mm]inister|[Pp]remier|"
                    r"[Pp]rezydent|[Pp]rzewodniczący|[Mm]arszałek|[Ss]zef|[Ss]ekretarz|[Ss]piker)(?!\w)|"
                    # ('Russia's transport minister X, who leads the group with Pyongyang, received …')
                    # ('Minister ds. zjednoczenia …': the abbreviation's full stop ends nothing)
                    rf"(?P<who3>{_OFFICIAL})(?:[^.;:!?]|(?<=\bds)\.){{0,70}}?(?:,\s+(?:who|which|któr[yaez]\w*)\s[^.;:!?]{{0,100}}?,\s+)?"
                    r"(?P<verb3>\bprzyj(?:ął|ęła|ęło|ęli|ęły)|\breceived|\bsummoned|"
                    r"\bcalled\s+in|\bwezwa(?:ł|ła|li|ły))\s+"
                    # (or a group of guests: 'Ministerstwo ds. Zjednoczenia … przyjęło grupę ekspertów')
                    r"(?:\S+\s+){0,3}?(?:[Aa]mbasador\w*|[Aa]mbassadors?|[Ee]nvoy|delegacj\w+|grup[eęy]\s+ekspert\w+|"
                    r"(?:a\s+)?(?:\w+\s+)?delegation|(?:a\s+)?group\s+of\s+(?:\w+\s+)?(?:experts|scholars|officials))\b")


_FOCUS_STATES = ("JP", "KR", "KP", "RU", "UA", "BY")


def _others(state: str | None) -> tuple[str, ...]:
    """The states the bulletins follow, but the one given (the guest's)."""
    return tuple(x for x in _FOCUS_STATES if x != state)
_OWNER_REACH = 30   # characters before an official's title where the state owning it may stand


# Being received or called on puts the guest where the host works; talks with a leader may be anywhere.
_HOSTED = re.compile(r"(?:zaprosz|przyję|przyjął|przyjmowan|goszcz|podejmowan|received|hosted|invited|welcomed|called\s+on|"
                     r"called\s+in|summoned|"
                     r"paid\s+a\s+courtesy)", re.IGNORECASE)


def _office_holder(text: str, s: int, e: int, among: tuple[str, ...] = ()) -> str | None:
    """The state of a widely known office-holder the host's title names ('received by Prime
    Minister Abe Shinzo' → JP), from the people table, or of a name in the South's romanisation
    ('Speaker Park Byeong-seug' → KR); None otherwise."""
    from .persons import NAME_GROUP, find_persons, known_people, mentioned, south_korean, state_by_shape
    known = next((p.country for p in mentioned(text, s, e, known_people()) if p.country), None)
    # (a name right after the office's words: 'Vice-Minister for Foreign Affairs Takeo Mori')
    names = find_persons(text, s, e) or [" ".join(g.split()[-2:]) for g in NAME_GROUP.findall(text, s, e)
                                         if len(g.split()) >= 2]
    return known or ("KR" if any(south_korean(n) for n in names) else None) or \
        next((iso for n in names if (iso := state_by_shape(n, among)) is not None), None)


# ('wygłosił przemówienie programowe przed obiema izbami parlamentu', 'a speech to both houses of the Diet')
_ADDRESSED = re.compile(r"\b(?:przemawia\w*|przemówi\w*(?:\s+programow\w*)?|wystąpi\w*|addressed|spoke\s+(?:in|at|to|before)|"
                        r"(?:speech|address)\s+(?:to|before|in)|"
                        # a committee briefed: 'poinformowała wczoraj Komisję Wywiadu Zgromadzenia Narodowego'
                        r"(?:poinformowa\w*|briefed|told|testified\s+(?:to|before))\s+(?:\w+\s+){0,2}?"
                        r"(?:[Kk]omisj\w*|[Kk]omitet\w*|(?:the\s+)?(?:\w+\s+)?[Cc]ommittee)(?:\s+\w+){0,2}(?:\s+of(?:\s+the)?)?)\s+"
                        r"(?:(?:w|we|na|przed|the)\s+)?(?:\w+\s+){0,1}(?:(?:izb\w*|chambers?|houses?)\s+(?:of\s+(?:the\s+)?)?)?$",
                        re.IGNORECASE)


_NATIONAL_ASSEMBLY = re.compile(r"Zgromadzeni\w+\s+Narodow\w+|National\s+Assembly")
# a gathering held in the building: 'an exhibition opened at the National Assembly', 'wystawę otwarto w Sejmie'
_HOUSED = re.compile(r"\b(?:opened|held|took\s+place|staged|hosted|odbył\w*\s+się|otwart\w*|otwarto|zorganizowan\w*)\s+"
                     r"(?:at|in|w|we)\s+(?:the\s+)?$", re.IGNORECASE)


# the passive: 'was voted in as prime minister by both chambers of the Diet', 'ratyfikowana przez Dumę'
_BY_LEGISLATURE = re.compile(rf"\b(?:{_ACT}|voted\s+in|confirmed|chosen|wybran\w*|zatwierdzon\w*|ratyfikowan\w*|"
                             r"przyjęt\w*|uchwalon\w*|przegłosowan\w*)\b[^.;:!?]{0,80}?\b(?:by|przez)\s+"
                             r"(?:(?:the|both|all|its|obie|obu|[a-z]+)\s+){0,3}(?:(?:chambers?|houses?|izb\w*)\s+(?:of\s+(?:the\s+)?)?)?$")


_QUALIFIER = re.compile(r"\s+(?:of\s+(?:the\s+)?)?(?:Republiki\s+|Republic\s+of\s+)?[A-ZĄĆĘŁŃÓŚŹŻ]\w+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ]\w+)?")


def _named_by_shape(text: str, a: int, b: int, guest: str | None) -> str | None:
    """The state the first name in text[a:b] is shaped like, other than the guest's."""
    from .persons import find_persons, state_by_shape
    for name in find_persons(text, a, b):
        iso = state_by_shape(name, _others(guest))
        if iso is not None:
            return iso
    return None


def legislatures(text: str, a: int, b: int, ctx: Context) -> list[Candidate]:
    """A legislature as host ('przez przewodniczącego Izby Radców') or acting ('parlament poparł')."""
    out = []
    for m in _LEG_RX.finditer(text, a, b):
        iso = _LEGISLATURES[int(m.lastgroup[1:])][1]
        before = text[max(a, m.start() - 110):m.start()]
        after = text[m.end():min(b, m.end() + 50)]
        addressed = _ADDRESSED.search(before)
        hosted = re.search(rf"(?:{_RECEIVE})(?:[^.;:!?]{{0,60}}?{_LEG_TITLE})?[^.;:!?]{{0,40}}$", before) or \
            addressed or _HOUSED.search(before)   # 'przemawiał w Dumie Państwowej', 'addressed the State Duma'
        acting = re.match(rf"[^.;:!?]{{0,40}}?\b(?:{_ACT})", after) or _BY_LEGISLATURE.search(before)
        if not (hosted or acting):
            continue
        if iso is None:
            # right before the name: 'Korean National Assembly', "Belarus's National Assembly"
            adj = next((x.iso for x in find_countries(text, max(a, m.start() - 30), m.start())
                        if x.kind in ("name", "abbr", "adj") and not text[x.end:m.start()].strip(" '’s")), None)
            # 'Assembly of Korea', 'Zgromadzenia Narodowego Republiki Korei': a country right after the
            # name; a country later in the clause is someone else's ('… Kim Jin-pyo przyjął ambasadora Ukrainy')
            q = _QUALIFIER.match(text, m.end(), min(b, m.end() + 40))
            qual = next((x.iso for x in find_countries(q.group())), None) if q else None
            iso = qual or adj or _office_holder(text, m.end(), min(b, m.end() + 40))
            if iso is None and _NATIONAL_ASSEMBLY.fullmatch(m.group()):
                # of the states this product follows, two call their parliament so: South Korea, and
                # Belarus (whose entry names it)
                iso = "BY" if any(x.iso == "BY" for x in find_countries(text[a:b])) else "KR"
            if iso is None and (hosted or acting):
                # 'Przewodniczący Izby Reprezentantów Hiroyuki Hosoda przyjął …': the shape of the
                # presiding officer's name, before the guest's host
                iso = _named_by_shape(text, max(a, m.start() - 40), min(b, m.end() + 40), ctx.sender)
            if iso is None and addressed:
                # one who addresses 'the parliament' addresses his own: 'Premier Fumio Kishida wygłosił
                # … przemówienie przed obiema izbami parlamentu'
                iso = _office_holder(text, max(a, m.start() - 120), m.start(), ("JP", "KR", "KP", "RU", "UA", "BY"))
            if iso is None and hosted:
                iso = ctx.host if ctx.sender else None
            if iso is None and acting:
                continue
        if iso is None or (hosted and iso == ctx.sender):
            continue
        s = m.start()
        pre = re.search(rf"(?:{_LEG_TITLE})\s+(?:\w+\s+){{0,2}}$", text[max(a, s - 60):s])
        if pre and hosted:
            s = s - len(pre.group())
        adj = re.search(r"(?:[A-ZĄĆĘŁŃÓŚŹŻ]?[a-ząćęłńóśźż]+sk\w+|[A-Z]\w+n)\s+$", text[max(a, s - 30):s])
        if adj and acting and not hosted:
            s -= len(adj.group())
        e = m.end()
        q = re.match(r"(?:\s+(?:Republiki\s+)?[A-ZĄĆĘŁŃÓŚŹŻ]\w+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ]\w+)?)", text[e:min(b, e + 40)])
        if q and find_countries(q.group()):
            e += len(q.group())
        c = _cand(text, s, e, capital(iso), "legislature")
        if c:
            out.append(c)
    return out


def companies(text: str, a: int, b: int, ctx: Context) -> list[Candidate]:
    """An accredited ambassador meeting a company with no place given → the host capital."""
    if not ctx.sender or not ctx.host or ctx.host == ctx.sender:
        return []
    out = []
    rx = re.compile(rf"(?:{_RECEIVE}){_GAP}(?P<co>{_COMPANY.pattern}|{_COMPANY_NOUN})")
    for m in rx.finditer(text, a, b):
        s, e = m.start("co"), m.end("co")
        c = _cand(text, s, e, capital(ctx.host), "company")
        if c:
            out.append(c)
    return out


def parliamentary_groups(text: str, a: int, b: int, ctx: Context) -> list[Candidate]:
    if not ctx.sender or not ctx.host or ctx.host == ctx.sender:
        return []
    out = []
    rx = re.compile(rf"(?:{_RECEIVE}){_GAP}(?P<g>{_PARL_GROUP}(?:\s+[\w-]+){{0,2}})")
    for m in rx.finditer(text, a, b):
        c = _cand(text, m.start("g"), m.end("g"), capital(ctx.host), "parliamentary-group")
        if c:
            out.append(c)
    return out


def embassies(text: str, a: int, b: int, ctx: Context) -> list[Candidate]:
    """'Ambasada Republiki Korei na Białorusi' → Minsk; 'Rosyjska Ambasada w Pjongjangu' → Pyongyang;
    a forum 'zainicjowane przez Ambasadę Republiki Korei' → the capital of the host country."""
    out = []
    for m in _EMBASSY_IN.finditer(text, a, b):
        name = m.group("name")
        place = None
        for k in range(len(name.split()), 0, -1):
            head = " ".join(name.split()[:k])
            place = lookup(head)
            if place is not None:
                e = m.start("name") + len(head)
                break
        if place is None:
            continue
        if place.kind == "country":
            place = capital(place.country)
        s = m.start()
        adj = re.search(r"[A-ZĄĆĘŁŃÓŚŹŻa-ząćęłńóśźż]+sk\w+\s+$", text[max(a, s - 30):s])
        if adj:
            s -= len(adj.group())
        c = _cand(text, s, e, place, "embassy")
        if c:
            out.append(c)
    placed = [(c.start, c.end) for c in out]
    for m in _EMBASSY_ORGANISER.finditer(text, a, b):
        g = "emb" if m.group("emb") else "emb2" if m.group("emb2") else "emb3"
        s, e = m.start(g), m.end(g)
        if any(x <= s < y for x, y in placed):
            continue   # 'organised by the Embassy of the Republic of Korea in Ukraine': its post is named
        sender = _country_near(text, s, e)
        host = ctx.host if ctx.host and ctx.host != sender else next(
            (x for x in ctx.actors if x != sender), None)
        c = _cand(text, s, e, capital(host), "embassy")
        if c:
            out.append(c)
    return out


_UN_AGAIN = re.compile(r"(?<=\b[Tt]he\s)(?:Assembly|Council)\b")
_UN_BACK = 600   # characters back in which the organ's full name makes 'the Assembly' that organ


def united_nations(text: str, a: int, b: int, ctx: Context) -> list[Candidate]:
    out = []
    named = list(UN_ORGAN.finditer(text, a, b))
    for m in _UN_AGAIN.finditer(text, a, b):
        # 'the Assembly', 'the Council' after the organ was named in full just before
        if any(x.group().rstrip().endswith(m.group()) for x in UN_ORGAN.finditer(text, max(0, m.start() - _UN_BACK), m.start())):
            named.append(m)
    for m in named:
        # (the sentence from its start: 'the Russian veto that on 28 March ended the mandate of the
        # Security Council's panel' acts in the Council though the dated words begin after 'veto')
        sent = _sentence_around(text, m.start(), max(0, a - 200), b)
        if not _UN_SESSION.search(text[sent[0]:sent[1]]) or _UN_CITED.search(text, max(a, m.start() - 50), m.start()):
            continue
        c = _cand(text, m.start(), m.end(), known_place("New York"), "united-nations")
        if c:
            out.append(c)
    return out


def summits_named(text: str, a: int, b: int, ctx: Context) -> list[Candidate]:
    """A summit named without its city → the host of that year; a forum or institution that always
    sits in one city → that city (geomap/data/implied_places.csv)."""
    out = []
    if ctx.year is not None:
        for m in _SUMMIT.finditer(text, a, b):
            if _AFTER.search(text, max(a, m.start() - 25), m.start()):
                continue   # 'visit to Ukraine after the NATO summit': the summit dates the visit, it does not place it
            series = "ARF" if m.group("s5") or m.group("s6") else \
                summits.series_in(next(m.group(g) for g in ("s1", "s2", "s3", "s4") if m.group(g)))
            city = summits.host(series, ctx.year, ctx.month) if series else None
            if city is None and series == "ARF":
                city = summits.host("ASEAN", ctx.year, ctx.month)   # (a year the table lacks: the chair's summit city)
            c = _cand(text, m.start(), m.end(), known_place(city) if city else None, "summit")
            if c:
                out.append(c)
    for rule, rx, city in summits.fixed_places():
        if rule == "seat":
            continue  # seats are places only where an event is put there ('na Kremlu'): see seats()
        for m in rx.finditer(text, a, b):
            c = _cand(text, m.start(), m.end(), known_place(city), rule)
            if c:
                out.append(c)
    return out


def border(text: str, a: int, b: int, ctx: Context) -> list[Candidate]:
    out = []
    for m in _BORDER.finditer(text, a, b):
        c = _cand(text, m.start(), m.end(), known_place("Panmunjom"), "border")
        if c:
            out.append(c)
    return out


_MFA_EN = r"(?:[Ff]oreign\s+[Mm]inistry|[Mm]inistry\s+of\s+[Ff]oreign\s+[Aa]ffairs|Foreign\s+Office|MFA)"
_MINISTRY = re.compile(
    r"\b(?:[Ww]|[Ww]e|[Dd]o)\s+(?:siedzib\w+\s+|gmach\w*\s+)?(?P<adj>[a-ząćęłńóśźż]+sk\w+\s+)?(?:MSZ|Ministerstw\w+\s+Spraw\s+Zagranicznych|resorcie\s+spraw\s+zagranicznych)"
    r"(?P<gen>\s+(?:Republiki\s+)?[A-ZĄĆĘŁŃÓŚŹŻ]\w+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ]\w+)?)?"
    # ('consultations with the Republic of Korea's Ministry of Foreign Affairs': held at that ministry)
    rf"|\b(?:[Aa]t|[Tt]o|[Ii]n|[Ii]nto|with)\s+(?:the\s+)?(?P<eposs>[A-Z]\w+(?:\s+of\s+[A-Z]\w+)?)['’]s\s+{_MFA_EN}"
    rf"|\b(?:[Aa]t|[Tt]o|[Ii]n|[Ii]nto|with)\s+(?:the\s+(?P<eadj>[A-Z]\w+(?:\s+Korean)?\s+)?|(?P<eadj2>[A-Z]\w+(?:\s+Korean)?\s+))(?:{_MFA_EN}|Gaimusho)(?P<egen>\s+of\s+(?:the\s+)?[A-Z][\w ]+?(?=[,.;]|\s+[a-z]|$))?")
# A foreign ministry that speaks speaks from its capital: 'Japońskie MSZ zaprotestowało', 'MSZ Chin
# oświadczyło', "Japan's Foreign Ministry protested".
_SPEAKS = (r"(?=[^.;]{0,50}?\b(?:zaprotestowa|oświadczy|potępi|ogłosi|wezwa|skrytykowa|zaapelowa|przekaza|"
           r"poinformowa|protest|said|stated|condemn|announc|urged|called\s+on|criticis|criticiz|warned)\w*)")
_MINISTRY_SPEAKS = re.compile(
    r"\b(?P<adj>[A-ZĄĆĘŁŃÓŚŹŻ]?[a-ząćęłńóśźż]+sk\w+)\s+(?:MSZ|[Mm]inisterstw\w+\s+[Ss]praw\s+[Zz]agranicznych)" + _SPEAKS +
    r"|\b(?:MSZ|[Mm]inisterstw\w+\s+[Ss]praw\s+[Zz]agranicznych)\s+(?P<gen>(?:Republiki\s+)?[A-ZĄĆĘŁŃÓŚŹŻ]\w+)" + _SPEAKS +
    r"|\b(?:(?P<eadj>[A-Z]\w+(?:\s+Korean)?)|(?P<eposs>[A-Z]\w+)['’]s)\s+(?:[Ff]oreign\s+[Mm]inistry|Foreign\s+Office|MFA)" + _SPEAKS)
# Summoning an ambassador (the type rule in events/types.py reads the same words)
_ENVOY = r"(?:ambassador|envoy|chargé|attaché|chief\s+of\s+mission|minister[- ]counsell?or|counsell?or|diplomat)"
SUMMONING = (rf"\bsummon\w*\s+(?:\S+\s+){{0,3}}?{_ENVOY}\w*|"
             rf"\bcalled\s+in\s+(?:\S+\s+){{0,6}}?{_ENVOY}|"
             r"\bwezwa\w*\s+(?:\S+\s+){0,6}?(?:ambasador\w*|posł\w*|chargé|attaché|charg[eé]\s+d|radc\w*|dyplomat\w*)|"
             # a protest handed to the envoy: 'lodged a protest with Ambassador …', 'złożył protest na ręce ambasadora'
             r"\b(?:lodged|made|delivered|filed)\s+(?:a\s+|an\s+)?(?:\w+\s+)?protest\s+with\s+(?:\S+\s+){0,3}?(?:ambassador|envoy|chargé)|"
             r"\b(?:złoży|wręczy|przekaza)\w*\s+(?:\S+\s+){0,2}?(?:protest|not[ęy])\w*\s+(?:na\s+ręce\s+)?(?:\S+\s+){0,2}?"
             r"(?:ambasador\w*|posł\w*|chargé)|"
             # the envoy first: 'wręczył ambasadorowi Japonii notę', 'handed the ambassador a note of protest'
             r"\b(?:wręczy|przekaza)\w*\s+(?:\S+\s+){0,1}?(?:ambasador\w*|posł\w*)\s+(?:\S+\s+){0,4}?(?:protest|not[ęy])\w*|"
             rf"\b(?:handed|delivered)\s+(?:the\s+)?(?:\S+\s+){{0,2}}?{_ENVOY}\s+(?:\S+\s+){{0,4}}?(?:a\s+)?(?:protest|note)\b")
_SUMMONED = re.compile(SUMMONING, re.IGNORECASE)


def seats(text: str, a: int, b: int, ctx: Context) -> list[Candidate]:
    """'na Kremlu' → Moscow, 'w rosyjskim MSZ' → Moscow, 'w stolicy Japonii' → Tokyo, and an
    ambassador summoned → the capital of the state that summoned him."""
    out = []
    for rule, rx, city in summits.fixed_places():
        if rule != "seat":
            continue
        for m in rx.finditer(text, a, b):
            c = _cand(text, m.start(), m.end(), known_place(city), "seat")
            if c:
                out.append(c)
    for m in _CAPITAL_OF.finditer(text, a, b):
        phrase = next((g for g in m.groups() if g), "")
        iso = _country_near(phrase, 0, len(phrase))
        if iso is None:
            continue
        c = _cand(text, m.start(), m.end(), capital(iso), "capital")
        if c:
            out.append(c)
    for m in _MINISTRY.finditer(text, a, b):
        phrase = "".join(m.group(g) or "" for g in ("adj", "gen", "eposs", "eadj", "eadj2", "egen"))
        if "Gaimusho" in m.group():
            phrase = "Japan"   # the ministry's Japanese name says whose it is
        iso = _country_near(phrase, 0, len(phrase)) if phrase.strip() else (ctx.host if ctx.sender else None)
        c = _cand(text, m.start(), m.end(), capital(iso), "foreign-ministry")
        if c:
            out.append(c)
    for m in _MINISTRY_SPEAKS.finditer(text, a, b):
        phrase = next((g for g in m.groups() if g), "")
        iso = _country_near(phrase, 0, len(phrase))
        c = _cand(text, m.start(), m.end(), capital(iso), "foreign-ministry") if iso else None
        if c:
            out.append(c)
    for m in _SUMMONED.finditer(text, a, b):
        # the envoy's state follows the envoy ('wezwał do rosyjskiego MSZ ambasadora Korei') or is the
        # word just before it ('the Japanese ambassador')
        at = m.start() + (envoy.start() if (envoy := re.search(r"ambasador\w*|ambassador|envoy|posł\w*|chargé|counsell?or|radc\w*|diplomat|dyplomat\w*",
                                                                m.group(), re.IGNORECASE)) else 0)
        before = text.rfind(" ", m.start(), max(m.start(), at - 1)) + 1 or at
        envoy_of = _country_near(text, at, min(b, m.end() + 30)) or _country_near(text, max(before, m.start()), at) or (
            # 'summoned the Russian embassy's minister-counsellor'
            _country_near(text, m.start(), at) if re.search(r"embass\w*['’]s|ambasady", text[m.start():at], re.I) else None)
        sentence = _sentence_around(text, m.start(), a, b)
        summoner = next((x.iso for x in find_countries(text, sentence[0], m.start())
                         if x.kind in ("name", "adj", "abbr") and x.iso != envoy_of), None)
        # else the state the summoning official's name is shaped in ('Vice-Minister … Mori Takeo lodged a protest')
        summoner = summoner or _office_holder(text, sentence[0], m.start(), ("JP", "KR"))
        # else a capital standing for its government elsewhere in the passage ('Reakcja Seulu …')
        summoner = summoner or next((x for x in ctx.voices if x != envoy_of), None)
        summoner = summoner if summoner != envoy_of else None
        # else the host the section heading or the dateline names, before a state only spoken about
        summoner = summoner or (ctx.host if ctx.host != envoy_of else None) or \
            next((x for x in ctx.actors if x != envoy_of), None)
        c = _cand(text, m.start(), m.end(), capital(summoner), "summoned")
        if c:
            out.append(c)
    return out


def _sentence_around(text: str, pos: int, a: int, b: int) -> tuple[int, int]:
    s = max(text.rfind(". ", a, pos) + 1, a)
    e = text.find(". ", pos, b)
    return s, (b if e < 0 else e)


# A head of state takes office in the capital: 'the inauguration of the new South Korean president',
# 'inauguracji prezydenta Korei Południowej', 'zaprzysiężenie nowego prezydenta Ukrainy'.
_INAUGURATION = re.compile(
    r"\b(?:inaugurat\w*|swearing[- ]in|inauguracj\w*|zaprzysiężeni\w*)\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+){0,3}?"
    r"(?:president|prezydenta|premiera|prime\s+minister)\b(?:\s+(?:of\s+)?(?:the\s+)?\w+(?:\s+\w+)?)?|"
    r"\b(?:\w+\s+){0,2}presidential\s+inauguration", re.IGNORECASE)


def inaugurations(text: str, a: int, b: int, ctx: Context) -> list[Candidate]:
    out = []
    for m in _INAUGURATION.finditer(text, a, b):
        c = _cand(text, m.start(), m.end(), capital(_country_near(text, m.start(), m.end())), "inauguration")
        if c:
            out.append(c)
    return out


# Credentials are presented in the capital of the state the envoy is sent to: 'the Russian ambassador
# to Japan presented his credentials', 'złożył listy uwierzytelniające'.
_CREDENTIALS = re.compile(r"\b(?:present\w*|hand\w*|submitt\w*|złoży\w*|wręczy\w*|przekaza\w*)\s+(?:\S+\s+){0,4}?"
                          r"(?:credentials|listy\s+uwierzytelniające|list\w*\s+uwierzytelniając\w*|kopi\w*\s+listów)",
                          re.IGNORECASE)


def credentials(text: str, a: int, b: int, ctx: Context) -> list[Candidate]:
    out = []
    for m in _CREDENTIALS.finditer(text, a, b):
        c = _cand(text, m.start(), m.end(), capital(ctx.host), "credentials") if ctx.host else None
        if c:
            out.append(c)
    return out


# a town's own official receiving, at its town hall or at no place named: 'burmistrz Pusanu przyjął w
# ratuszu ambasadora', 'the mayor of Niigata received the consul'
_TOWN_HOST = re.compile(r"\b(?:[Bb]urmistrz\w*|[Mm]er(?:a|owi|em)?|[Pp]rezydent\w*\s+miasta|[Mm]ayor\s+of)\s+"
                        r"(?:miasta\s+)?(?P<town>[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+)\b(?=[^.;:!?]{0,60}?\b(?:przyj(?:ął|ęła|muje)|"
                        r"gości\w*|received|hosted|welcomed)\b)")


# a town's own body, named by the town: 'hosted by the Osaka Chamber of Commerce and Industry',
# 'at Sapporo City Hall', 'the Niigata Prefectural Government'
_TOWN_BODY = re.compile(r"\b(?P<town>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+(?:Chamber\s+of\s+Commerce|City\s+(?:Hall|Council|Assembly|Office)|"
                        r"Prefectural\s+(?:Government|Office|Assembly)|Municipal\s+(?:Government|Office|Assembly)|Port\s+Authority)\b")


def town_hosts(text: str, a: int, b: int, ctx: Context) -> list[Candidate]:
    """The town whose mayor receives (that town hall, where nothing else places the meeting), or
    whose own body acts ('Osaka Chamber of Commerce'): that town."""
    out = []
    for rx, rule, kinds in ((_TOWN_HOST, "town-hall", ("city", "site")), (_TOWN_BODY, "town-body", ("city",))):
        for m in rx.finditer(text, a, b):
            place = lookup(m["town"])
            if place is not None and place.kind in kinds and (c := _cand(text, m.start(), m.end(), place, rule)):
                out.append(c)
    return out


RULES: tuple[Callable[[str, int, int, Context], list[Candidate]], ...] = (
    host_officials, legislatures, companies, parliamentary_groups, embassies, united_nations,
    summits_named, border, seats, inaugurations, credentials, town_hosts)


def find_implied(text: str, a: int, b: int, ctx: Context) -> list[Candidate]:
    """Every implied venue cue in text[a:b], in text order."""
    out: list[Candidate] = []
    for rule in RULES:
        out.extend(rule(text, a, b, ctx))
    out.sort(key=lambda c: (c.start, c.end))
    return out


# --- who is whose guest -------------------------------------------------------------------------------

_AMB = (r"(?:[Aa]mbasador\w*|[Aa]mbassador\w*|[Pp]oseł\s+nadzwyczajn\w*|[Ee]nvoy|[Kk]onsul\w*(?:\s+generaln\w*)?|"
        r"[Cc]onsul(?:s|[\s-]+[Gg]eneral)?)")
_ACCREDITED = re.compile(rf"{_AMB}(?:\s+(?:of\s+(?:the\s+)?)?(?:Republik\w+\s+\w+|[A-ZĄĆĘŁŃÓŚŹŻ]\w+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ]\w+)?))?"
                         rf"\s+(?P<prep>w|we|na|in|to)\s+(?P<name>{NAME})")
_SENDER = re.compile(
    rf"{_AMB}\s+(?:of\s+(?:the\s+)?)?(?P<gen>(?:Republik\w+\s+)?[A-ZĄĆĘŁŃÓŚŹŻ]\w+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ]\w+)?)"
    rf"|(?P<adj>[A-ZĄĆĘŁŃÓŚŹŻa-ząćęłńóśźż-]+(?:sk|ck)\w+|(?:(?:North|South|N\.|S\.)\s?)?[A-Z]\w+(?:an|ese|ian))\s+(?:{_AMB}|[Dd]elegacj\w*|"
    rf"[Dd]elegation|[Dd]yplomat\w*|[Dd]iplomat\w*|[Ee]kspert\w*|[Ee]xperts?|[Mm]inist\w*)"
    rf"|(?:[Dd]elegacj\w*|[Dd]elegation)\s+(?P<adj2>[a-ząćęłńóśźż]+(?:sk|ck)\w+)"
    rf"|(?:[Dd]yplomac\w*|[Ee]ksperci|[Dd]elegacj\w*|[Dd]elegation|[Ee]xperts?|[Dd]iplomats?)\s+(?:z|ze|from)\s+"
    rf"(?P<from>[A-ZĄĆĘŁŃÓŚŹŻ]\w+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ]\w+)?)"
    # 'North Korea's ambassador'
    rf"|(?P<poss>(?:(?:North|South)\s+)?[A-Z]\w+)['’]s\s+(?:new\s+)?(?:{_AMB}|[Dd]elegation|[Ee]nvoy)")


_BY_HOST = re.compile(r"\b(?:received|hosted|invited|welcomed|przyjęt\w*|zaproszon\w*|goszczon\w*|podejmowan\w*)\s+"
                      r"(?:by|przez)\s+(?:the\s+)?$", re.IGNORECASE)


def guest_context(text: str, a: int, b: int, actors: tuple[str, ...], focus: tuple[str, ...] = (),
                  year: int | None = None, month: int | None = None) -> Context:
    """The visiting side (an ambassador's or delegation's state) and where it is received."""
    sender = None
    for m in _SENDER.finditer(text, a, b):
        if _BY_HOST.search(text, max(a, m.start() - 30), m.start()):
            continue   # 'received by the North Korean Minister …': the host, not the guest
        g = next(k for k in ("gen", "adj", "adj2", "from", "poss") if m.group(k))
        found = find_countries(m.group(g))
        if found:
            sender = found[0].iso
            break
    from .persons import find_persons, state_by_shape
    guessed = False
    if sender is None and (amb := re.search(_AMB, text[a:b])) and actors:
        # 'Ambassador Kozuki Toyohisa': the shape of the envoy's name, else the entry's first state
        # ('Białoruś … Ambasador Ruslan Esin')
        named = find_persons(text, a + amb.start(), min(b, a + amb.end() + 40))
        sender = state_by_shape(named[0], actors + focus) if named else None
        sender, guessed = (sender, False) if sender else (actors[0], True)
    host = None
    for m in _ACCREDITED.finditer(text, a, b):
        name = m.group("name")
        for k in range(len(name.split()), 0, -1):
            place = lookup(" ".join(name.split()[:k]))
            if place is not None:
                host = place.country
                break
        if host:
            break
    if (host is None or host == sender) and sender:
        # the section heading's or the dateline's own state ('4. South Korea with Russia', 'TOKYO --')
        # receives the envoy, before a state the entry only speaks about ('DPRK missiles')
        host = next((x for x in focus[:1] if x != sender), None)
    if host is None or host == sender:
        host = next((x for x in actors if x != sender), None)
    if host is None:
        # a section heading naming one other state tells the host; one naming several does not
        others = [x for x in focus if x != sender]
        host = others[0] if len(others) == 1 else None
    return Context(sender=sender, host=host, actors=actors, year=year, month=month, guessed=guessed)


def voices(text: str, a: int, b: int) -> tuple[str, ...]:
    """States whose capitals stand for their governments in text[a:b] ('Reakcja Seulu', 'Tokyo said')."""
    return tuple(x.iso for x in find_countries(text, a, b)
                 if x.kind == "capital" and not governed_by_place(text, x.start)
                 and not _PARTNER.search(text, max(a, x.start - 25), x.start))


# a capital after these is a partner or a topic, not a voice: 'współpraca wojskowa z Pjongjangiem'
_PARTNER = re.compile(r"\b(?:z|ze|with|między|pomiędzy|between|wobec|przeciw\w*|against|towards?|o|about)\s+$",
                      re.IGNORECASE)


def accredited_cities(text: str, a: int, b: int) -> list[Candidate]:
    """'Ambasador Korei Południowej w Moskwie oświadczył' → Moscow: where the speaker sits.
    Only a city counts: an ambassador 'w Rosji' says where he serves, not where the event was."""
    out = []
    for m in _ACCREDITED.finditer(text, a, b):
        if m.group("prep").lower() == "to":
            continue
        name = m.group("name")
        for k in range(len(name.split()), 0, -1):
            head = " ".join(name.split()[:k])
            place = lookup(head)
            if place is not None:
                if place.kind == "city":
                    e = m.start("name") + len(head)
                    c = _cand(text, m.start(), e, place, "accredited")
                    if c:
                        out.append(c)
                break
    return out


def accredited_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Where an ambassador's or embassy's post is named ('Ambasador Białorusi w Korei Południowej'):
    those locatives are not the venue of what the entry reports."""
    spans = [(m.start("prep"), m.end("name")) for m in _ACCREDITED.finditer(text, a, b)]
    spans += [(m.start("prep"), m.end("name")) for m in _EMBASSY_IN.finditer(text, a, b)]
    spans += [(m.start("prep"), m.end("name")) for m in _POSTED_IN.finditer(text, a, b)]
    return spans


# a post named by a clause of its own: 'the consul general, whose post is in Nakhodka', 'based in Niigata'
_POSTED_IN = re.compile(rf"\b(?:whose\s+(?:post|office|consulate|seat)\s+is|(?:who\s+is\s+)?(?:based|stationed|posted|accredited)|"
                        rf"z\s+siedzibą|urzędując\w*|rezydując\w*)\s+(?P<prep>in|at|w|we)\s+(?P<name>{NAME})")
