"""Place phrases in text and what they stand for: venue candidates, found by how they are governed.

A name becomes a venue candidate only where grammar puts an event there: after a locative
preposition ('w Wiedniu', 'na Kunaszyrze', 'in Moscow', 'w okolicach Charkowa'), as the goal of a
journey ('wizyta do prefektury Miyagi'), as what was visited ('odwiedziła Pjongjang') or as the
host that invited ('zaproszona przez Pjongjang'). Elsewhere a capital is an actor (actors.py).
Names are looked up through the gazetteer chain; its answer says city, region, island or country.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ...geo import km
from ...gazetteer import Place, load
from .countries import country_of_phrase, find_countries
from .persons import person_named

UP = "A-ZĄĆĘŁŃÓŚŹŻÀ-ÖØ-Þ"
LOW = "a-ząćęłńóśźżß-öø-ÿ"
_WORD = rf"(?:St\.\s+)?[{UP}][\w'’-]*"
_LINK = r"(?:nad|pod|am|an|de|del|da|do|di|la|le|upon|en)"   # not "on": "in Tokyo on Ukraine's recovery"
NAME = rf"{_WORD}(?:\s+(?:{_LINK}\s+)?{_WORD}){{0,3}}"
_TYPE_PL = (r"prefektur\w*|obwod\w*|obwód|mia(?:sto|sta|stem)|mieście|wysp\w*|region\w*|prowincj\w*|okręg\w*|"
            r"rejon\w*|kraj(?:u|em|owi)?|republi\w+|autonomi\w+|półwysp\w*|zatok\w*|dzielnic\w*|"
            r"kosmodrom\w*|poligon\w*|baz(?:a|ie|y|ę)|port(?:u|em)?|porcie|wsi|wieś|osad\w*|gmin\w*|powiat\w*|powieci\w*|"
            r"town|city|village|resort|settlement|stacj\w*|station|elektrown\w*|stoczni\w*|lotnisk\w*|"
            r"stanie|stan(?:u)?|departamen\w*|stref\w*|miejscowoś\w*|kuror(?:t|c)\w*|uzdrowisk\w*|ośrod(?:ek|ka|ku|kiem)")
_ADJ_TAIL = rf"[{LOW}]+(?:skim|skiego|ski|ckim|ckiego|cki|dzkim|dzkiego|dzki|skiej|ska|ską|ckiej|cka)"
_NEAR = (r"w\s+okolicach|w\s+okolicy|w\s+pobliżu|w\s+rejonie|na\s+terenie|na\s+obrzeżach|niedaleko|nieopodal|"
         r"koło|pod|near|outside|around|close\s+to|in\s+the\s+vicinity\s+of|on\s+the\s+outskirts\s+of|"
         r"(?:waters\s+)?off(?:\s+the\s+coast\s+of)?|u\s+wybrzeży|u\s+brzegów|na\s+wodach\s+u\s+wybrzeży|"
         # a passage: 'sailed through the Tsugaru Strait', 'przepłynęły przez Cieśninę Cuszimską'
         r"through\s+the(?=\s+\S+\s+Strait)|przez(?=\s+[Cc]ieśnin)")
_LOC_PREP = r"w|we|na|in|at"
_DIR_PREP = r"do|to|for|into"
_TRAVEL = re.compile(
    r"\b(?:wizyt\w*|podróż\w*|zaprosi\w*|zaprosz\w*|invit\w*|przyby\w*|przybędzie|przybędą|przyjecha\w*|przyjedzie|przyjadą|przyjeżdża\w*|przylecia\w*|"
    r"przyleci|przylecą|przylatuj\w*|polecia\w*|zawita\w*|"
    r"poleci\b|pojecha\w*|pojedzie\w*|uda\w*\s+się|udaje\s+się|udał\w*\s+się|wyjazd\w*|wyjecha\w*|"
    r"wyruszy\w*|dotar\w*|dotrze\w*|delegacj\w*|(?:led|lead|leads|take|takes|took|bring|brings|brought)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?delegation|visit\w*|trip|travel\w*|arriv\w*|flew|fly|flies|head\w*|"
    r"przerzuc\w*|przerzuci\w*|wysła\w*|wysyła\w*|skierowa\w*|rozmieszcz\w*|rozmieści\w*|trafi\w*|"
    r"deploy\w*|sent|dispatched|transferred|moved|redeployed|"
    r"tour\w*|journey\w*|came|comes|coming|come|went|goes|go|going|gone|returned|wróci\w*|powróci\w*|odleci\w*|odlecia\w*|"
    r"odjecha\w*|odjedzie|left|handed\s+over|hands\s+over|donated|przekaza\w*|przenie(?:śl|sł)\w*\s+się|"
    r"przeniós\w*\s+się|moved\s+on|escort\w*|towed|deport\w*|eskortowa\w*|odholowa\w*|przewiezi\w*|"
    r"przetransportowa\w*|doprowadz\w*|przewi(?:ozł|eźl|eźć|ozi)\w*|przywi(?:ózł|ozł|eźl|eźć|ozi)\w*|carried|shipped|ferried|crossed|"
    r"zawin\w*|zawija\w*|przypłyn\w*|wpłyn(?:ął|ęł[aoiy]|ęli)\b|called\s+at|put\s+in\s+at|przepłynę\w*|sailed|wypłyn\w*|popłyn\w*|odpłyn\w*|"
    r"zjawi\w*\s+się|pojawi\w*\s+się|showed\s+up|turned\s+up)\b", re.IGNORECASE)
_VISIT_OBJ = (r"odwiedzi\w*|odwiedza\w*|odwiedzon\w*|zwiedzi\w*|wizytowa\w*|zwizytowa\w*|visit(?:ed|s|ing)?|"
               # a tour named by its noun, the place in the genitive: '28 XII objazd specjalnej strefy Rason'
               r"objazd\w*|zwiedzani\w*|"
               r"toured?|tours|inspect(?:ed|s|ing)|reach(?:ed|es)|saw(?=\s+the\s+(?:port|city|town|shipyard|plant)\s+of\b)")
_ATTACK = (r"zaatakowa\w*|ostrzela\w*|zbombardowa\w*|uderzy\w*\s+w|attacked|struck|shelled|bombed|hit|"
           # what was seized or taken back: 'Rosja zajęła Krym', 'annexed Crimea', 'odbiła Kupiańsk'
           r"zaj(?:ął|ęła|ęli|ęły)|anektowa\w*|annex(?:ed|es)|seized|captured|occupied|retook|recaptured|"
           r"odbi(?:ł|ła|li|ły)|wyzwoli(?:ł|ła|li|ły)|"
           # what was blown up: 'wysadzono tunele poligonu atomowego Punggye-ri'
           r"wysadzi(?:ł|ła|li|ły)|wysadzono|blew\s+up|demolished")
_LAUNCH = (r"fired|fires|launched|launches|test-fire[sd]|lifted\s+off|took\s+off|wystrzeli\w*|odpali\w*|wystrzelon\w*|wystartowa\w*|"
           # the launch named as a noun: 'nadzorował start pocisku Hwasong-17 z Sunan', 'the launch of … from'
           r"start(?:u|em)?|launch(?:es)?\s+of|"
           # what a terse note fires, its verb left out: '2 × KN-24 from Sonchon', '3 projectiles from near Sondok'
           r"(?-i:SRBMs?|IRBMs?|ICBMs?|SLBMs?|KN-\d{1,2})|projectiles|missiles|rockets")
_INVITED = r"zaprosz\w*|przyję\w*|goszcz\w*|podejmowan\w*|invited|received|hosted"

_REGION_ADJ = rf"(?:obwod\w*|obwód|kraj\w*|rejon\w*|okręg\w*)\s+{_ADJ_TAIL}"
# Words that may stand between 'odwiedził' and the place it visited ('specjalną strefę ekonomiczną
# Rason'); a person's title may not: 'odwiedził minister spraw zagranicznych KRLD' names the visitor.
_DESCRIPTOR = (rf"(?!(?:minist|wicemin|ambasad|prezyden|premier|wicepremier|szef|sekretar|przewodnicz|"
               rf"delegac|gubernator|burmistrz|mer\b|rzeczni|doradc|dyplomat|generał|posł|poseł)\w*)[{LOW}]+")
# Polish puts the object first as often as not: 'W lipcu 2023 roku Pjongjang odwiedził minister obrony'.
# A place before 'odwiedził' is its object when it opens the clause or follows a time phrase.
_OVS_BEFORE = (r"(?:(?<=^)|(?<=[.!?;:]\s)|\b(?:roku|r\.|wtedy|potem|wcześniej|niedawno|także|również|też|zaś|"
               r"tygodniu|miesiącu|dniu|czerwcu|lipcu|sierpniu|wrześniu|październiku|listopadzie|grudniu|styczniu|"
               r"lutym|marcu|kwietniu|maju|sobotę|niedzielę|poniedziałek|wtorek|środę|czwartek|piątek)\s+)")
# the days may stand between the verb and the place visited: 'odwiedził 25–26 sierpnia Pusan'
_DAYS_BETWEEN = rf"(?:[0-3]?\d(?:\s*[–-]\s*[0-3]?\d)?\s+[{LOW}]+\s+)?"
# a city as the host: 'Berlin gościł konferencję', 'Tokyo hosted the talks', 'Odessa marked the anniversary'
_HOST_FIRST = re.compile(rf"(?P<n13>{NAME})\s+(?=(?i:(?:had\s+|has\s+|will\s+)?(?:gości(?:ł|ła|ło)|hosted|host|hosts)|podejmował\w*|"
                         r"marked|celebrated|commemorated|obchodził\w*|świętował\w*|"
                         # 'Nagasaki holds its own ceremony on the 9th'
                         r"(?:holds|held|will\s+hold)\s+(?:\S+\s+){0,3}?(?:ceremon|rall|forum|conferen|parade|festival|exhibition)\w*)\b)")
_CANDIDATES = re.compile(
    rf"(?P<near>(?i:{_NEAR}))\s+(?:(?P<t1>(?i:{_TYPE_PL}))\s+|(?i:the\s+(?:[{LOW}]+\s+)?(?:city|town|port|village|island|islands|region|province|prefecture)\s+of)\s+)?"
    rf"(?P<n1>(?:(?i:the)\s+)?{NAME}|{_REGION_ADJ})"
    rf"|(?P<loc>\b(?i:{_LOC_PREP}))\s+(?:(?:[{LOW}]+\s+|[{UP}][{LOW}]+(?:ese|an|ian|ish|ic)\s+|[{UP}][{LOW}]+\s+(?=[{UP}\w\s]{{0,30}}?(?i:city|town|port|village)\s+of\b)){{0,4}}(?P<t2>(?i:{_TYPE_PL}))(?:\s+[{LOW}]+){{0,2}}\s+)?"
    rf"(?P<n2>(?:(?i:the)\s+)?{NAME}|(?<=\s){_REGION_ADJ})"
    rf"|(?P<dir>\b(?i:{_DIR_PREP}))\s+(?:(?:(?i:the)\s+)?(?P<t3>(?i:{_TYPE_PL}))\s+(?:(?i:of)\s+)?)?"
    rf"(?P<n3>(?:(?i:the)\s+)?{NAME}|(?<=\s){_REGION_ADJ})"
    rf"|(?P<vis>\b(?i:{_VISIT_OBJ}))\s+{_DAYS_BETWEEN}(?:{_DESCRIPTOR}\s+){{0,4}}?(?:(?P<t4>(?i:{_TYPE_PL}))\s+)?(?P<n4>{NAME}|{_REGION_ADJ})"
    rf"|(?P<ovs>{_OVS_BEFORE})(?P<n7>{NAME})\s+(?=(?i:{_VISIT_OBJ})\b)"
    rf"|(?P<on>\b(?i:on|atop|at\s+the\s+foot\s+of))\s+(?P<n9>(?:(?i:the)\s+)?{NAME})"
    rf"|(?P<inv>\b(?i:{_INVITED}))\s+(?i:przez|by)\s+(?P<n5>{NAME})"
    # ('zajął program atomowy Pjongjangu' took up room: what 'zająć' seizes follows it at once)
    rf"|(?P<atk>\b(?i:{_ATTACK}))\s+(?:(?<!ął\s)(?<!ęła\s)(?<!ęli\s)(?<!ęły\s)(?:(?:[{LOW}]+\s+){{0,3}}?(?i:w|we|on|in|of)\s+(?:[{LOW}]+\s+)?|(?:(?!(?:by|przez)\s)[{LOW}]+\s+){{1,3}}?))?"
    # ('captured by Ukraine': the one who took it, not the place)
    rf"(?P<n6>{NAME})"
    rf"|(?P<lch>\b(?i:{_LAUNCH}))\s+(?:\S+\s+){{0,6}}?(?i:from|z)\s+(?:(?i:the)\s+)?(?:(?i:rejonu|okolic|area\s+of|vicinity\s+of|near|lotniska)\s+)?"
    rf"(?:{NAME}\s+(?i:area|region)\s+(?i:of)\s+)?"
    # 'from Mupyong-ri in Jagang province': a village the list may lack, in a province it has
    rf"(?:{NAME}\s+(?i:in|w)\s+(?=[\w-]+\s+(?i:province|prowincji|county|powiecie)\b))?"
    rf"(?:(?P<t8>(?i:{_TYPE_PL}))\s+)?(?P<n8>{NAME}|{_REGION_ADJ})"
    # where fire came from, however far after its verb: '… ponad dwadzieścia pocisków, głównie z okolic Wonsanu'
    rf"|(?<![\w-])(?i:z|from)\s+(?i:okolic|rejonu|the\s+area\s+of|the\s+vicinity\s+of)\s+(?P<n18>{NAME})"
    # where a speaker was, speaking from afar: 'speaking by video link from Pyongyang', 'połączony z Moskwy'
    rf"|\b(?i:video\s+link|videolink|(?:tele)?phone|speaking|spoke|łącząc\w*\s+się|połączon\w*|przemawiając\w*)\s+"
    rf"(?P<src>(?i:from|z|ze))\s+(?P<n19>{NAME})"
    # a place named by what some call it: 'landing on the islets Koreans call Dokdo', 'wysepki zwane Dokdo'
    rf"|\b(?i:islets?|islands?|rocks|wysp\w*|wysepk\w*|skał\w*)\s+(?:(?i:that|which)\s+)?(?:[A-Z]\w+\s+)?"
    rf"(?i:call|calls|called|known\s+as|zwan\w*|nazywan\w*)\s+(?:(?i:przez)\s+\w+\s+)?(?P<n20>{NAME})"
    # a record's place field: 'Miejsce: Tokio', 'Location: Khabarovsk'
    rf"|(?:(?m:^)|(?<=\s))(?-i:Miejsce|Place|Location|Venue|Gdzie|Where|MIEJSCE|PLACE|LOCATION)[ \t]*:[ \t]*(?P<n21>{NAME})"
    # the place a 'where' clause speaks of: 'from Harbin, where he opened a fair'
    rf"|(?<![\w-])(?P<n10>{NAME})(?=,\s+(?i:gdzie|where)\b)"
    # a city owning its gathering: "Nagasaki's ceremony", "Vladivostok's forum"
    rf"|(?<![\w'’-])(?P<n26>{_WORD})['’]s\s+(?=(?:[{LOW}-]+\s+){{0,2}}(?i:ceremon(?:y|ies)|summit|forum|talks|festival|memorial|"
    rf"parade|conference|exhibition|expo|celebrations?|commemorations?|rally|games)\b)"
    # what strikes hit, named by their noun: 'the missile strikes of October 10 on Kyiv', 'ataki na Kijów'
    rf"|\b(?i:strikes|attacks?|air\s*raids?|raids|shelling|bombing|bombardment|ataki?|ataków|nalot\w*|ostrzał\w*)\s+"
    rf"(?:[\w,]+\s+){{0,4}}?(?i:on|against|na)\s+(?P<n25>{NAME})"
    # a place taken, in the passive: 'the Kursk region had been retaken'
    rf"|(?P<n12>(?:(?i:the)\s+)?{NAME})(?=(?:\s+(?i:region|oblast))?\s+(?i:had\s+been|has\s+been|have\s+been|was|were)\s+"
    rf"(?i:retaken|recaptured|captured|seized|liberated|annexed|occupied)\b)"
    # the host city opening a sentence
    rf"|(?:(?<=^)|(?<=[.!?;:\]]\s)|(?<=\n)|(?<=\bthat\s)|(?<=\bże\s)){_HOST_FIRST.pattern}"
    # what aircraft flew over: 'violated the airspace over Minamidaito island', 'przeleciał nad Hokkaido'
    rf"|(?P<ovr>\b(?i:over|nad))\s+(?P<n11>(?:(?i:the)\s+)?{NAME}|(?<=\s){_REGION_ADJ})"
    # a table's place column, read as the row's last cell: '2.05: Minister … rozmawiał …; Tokio'
    rf"|(?<=;\s)(?P<n14>{NAME})(?=[ \t]*(?:;|$))"
    # or as the cell right after the date: 'May 20: Seoul; Ukrainian deputy minister …'
    rf"|(?<=\d:\s)(?P<n15>{NAME})(?=[ \t]*(?:\([^()\n;]{{1,30}}\)[ \t]*)?;)"   # ('Rajin (Rason); …': with its other name)
    # the launch site first, as Polish may put it: 'Z Centrum Kosmicznego Naro … wystartowała rakieta'
    rf"|(?:(?<=^)|(?<=[.!?;:–—-]\s)|(?<=\n))[Zz]\s+(?P<n17>{NAME})(?=[^.;]{{0,80}}?\b(?i:{_LAUNCH})\b)"
    # a place left: 'the garrison left Snake Island', 'garnizon opuścił Wyspę Węży'
    rf"|\b(?i:opuści(?:ł|ła|li|ły)|left|abandoned|withdrew\s+from|wycofa(?:ł|ła|li|ły)\s+się\s+z)\s+(?P<n16>(?:(?i:the)\s+)?{NAME})"
    # a gathering named by its city: 'the Hanoi summit', 'the Singapore talks'
    rf"|(?<=\b[Tt]he\s)(?P<n22>{NAME})(?=\s+(?i:summit|talks|meeting|conference)\b)"
    # where a stay was, told by the way home: 'returned from Wonsan after a four-day stay', 'wrócili z Wonsanu'
    rf"|\b(?i:returned|came\s+back|got\s+back|wróci(?:ł|ła|li|ły))\s+(?:(?i:home|do\s+domu)\s+)?(?i:from|z|ze)\s+(?P<n24>(?:(?i:the)\s+)?{NAME})"
    # a leader's own house named by its place: 'at his Novo-Ogaryovo residence', 'in her Tokyo office'
    rf"|\b(?i:at|in)\s+(?i:his|her|their)\s+(?P<n27>{NAME})\s+(?=(?i:residence|dacha|estate|villa|retreat|office|home)\b)"
    # a paper named by the city it was signed in: 'signed the Pyongyang Joint Declaration'
    rf"|\b(?i:signed|adopted|issued)\s+(?:(?i:the)\s+)?(?P<n28>{NAME})(?=\s+(?:Joint\s+)?(?:Declaration|Agreement|Accord|Statement|Communiqu[ée])\b)"
    # a gathering named by its city: 'recalled the Kyiv summit on nuclear safety', 'at the Hanoi talks'
    rf"|\b(?i:the)\s+(?P<n29>{_WORD})\s+(?=(?i:summit|conference|talks|forum|ceremony)\b)"
    # a note's arrow to where someone went: 'amb. Galuzin → Sapporo', 'Minsk → Vitebsk'
    rf"|(?:→|⇒|->)[ \t]*(?P<n30>{NAME})"
)

@dataclass(frozen=True, slots=True)
class Candidate:
    """A place phrase governed as a venue, with what the gazetteer says it is."""
    start: int           # span of the cue as venue_text wants it (preposition kept for locatives)
    end: int
    text: str
    name_start: int      # span of the name alone
    name_end: int
    place: Place
    role: str            # locative | near | goal | visited | host | target | adjective | implied
    basis: str = "explicit"
    rule: str = ""
    step: str = ""       # the geocoder step that found the place

    @property
    def precision(self) -> str:
        return self.place.kind


# --- the gazetteer chain --------------------------------------------------------------------------

@lru_cache(maxsize=16384)
def resolve_name(phrase: str, countries: tuple[str, ...] = ()) -> tuple[Place, str] | None:
    """The place a whole name stands for ('Pjongjangu', 'prefektury Miyagi', 'Rosji'), and the
    geocoder step that found it, through the geocoder's public API only.

    `whole=True`: the name is already cut out of the text, so the geocoder reads no shorter parts
    and makes no spelling guesses; institutions, surnames and typos do not become towns.
    """
    from ...geocode import resolve
    phrase = phrase.strip(" ,.;:()\"'„”«»")
    if len(phrase) < 2 or _calendar_word(phrase):
        return None   # 'In July' is a date: no place is called July
    hit = None
    iso = country_of_phrase(phrase)
    if not iso:
        hit = resolve(phrase, countries, whole=True)
        iso = hit.place.country if hit.place is not None and hit.place.kind == "country" else None
    if iso:
        # a city-state named is its city: 'w Singapurze' is the city where the summit was held
        place = (load().capital(iso) if iso in _CITY_STATES else None) or load().country(iso)
        return (place, "country") if place is not None else None
    return (hit.place, hit.step or "") if hit.place is not None else None


def _calendar_word(phrase: str) -> bool:
    from .dates import MONTHS, WEEKDAYS
    words = phrase.lower().split()
    return bool(words) and all(w in MONTHS or w in WEEKDAYS or w.rstrip(".") in MONTHS or w.isdigit()
                               for w in words)


_ENGLISH_BEFORE = re.compile(r"\b(?:in|at|into|from|near|the)\s+$", re.IGNORECASE)


def lookup(phrase: str, countries: tuple[str, ...] = ()) -> Place | None:
    hit = resolve_name(phrase, countries)
    return hit[0] if hit else None


# --- finding candidates -----------------------------------------------------------------------------

# the noun of a named landform or water, as the first word of a longer name
_LANDFORM = re.compile(r"(?i:gór[aęyą]?|górach|górami|góry|morz[eau]|morzem|jezior[aou]|jeziorem|zatok[aiię]|półwysp\w*|"
                       r"cieśnin\w*|mountains?|mount|sea|lake|bay|gulf|strait|peninsula)")


def _heads(name: str) -> list[str]:
    """'Korei Południowej Andrei Popkow' → the name and its shorter word prefixes, longest first."""
    ws = name.split()
    owner = next((i for i, w in enumerate(ws) if re.search(r"['’]s$", w)), None)
    if owner is not None:   # "Pyongyang's Sunan district": the possessor is the place named
        ws = ws[:owner] + [re.sub(r"['’]s$", "", ws[owner])]
    return [" ".join(ws[:k]) for k in range(len(ws), 0, -1)]


def find_candidates(text: str, start: int, end: int, countries: tuple[str, ...] = ()) -> list[Candidate]:
    """Venue candidates in text[start:end] named explicitly, in text order."""
    out: list[Candidate] = []
    for m in _CANDIDATES.finditer(text, start, end):
        for key, role in (("n1", "near"), ("n2", "locative"), ("n3", "goal"), ("n4", "visited"),
                          ("n5", "host"), ("n6", "target"), ("n7", "visited"), ("n8", "launch"),
                          ("n9", "locative"), ("n10", "locative"), ("n11", "locative"), ("n12", "target"),
                          ("n13", "locative"), ("n14", "locative"), ("n15", "locative"), ("n16", "locative"),
                          ("n17", "launch"), ("n18", "launch"), ("n19", "locative"), ("n20", "locative"),
                          ("n21", "locative"), ("n22", "locative"), ("n24", "visited"), ("n25", "target"), ("n26", "locative"), ("n27", "locative"), ("n28", "locative"), ("n29", "locative"), ("n30", "visited")):
            if m.group(key) is None:
                continue
            cand = _candidate(text, m, key, role, countries)
            if cand is not None:
                out.append(replace(cand, rule="place column") if key in ("n14", "n15", "n21") else cand)
            break
    if (m := _HOST_FIRST.match(text, start, end)) and not any(c.name_start == start for c in out):
        # the host city opening an entry whose date line the text joins to it: '… 20th Seoul hosted …'
        if (cand := _candidate(text, m, "n13", "locative", countries)) is not None:
            out.append(cand)
    out.extend(_listed_launch_sites(text, start, end, countries, {c.name_start for c in out}))
    return _without_namesakes(text, sorted(out, key=lambda c: c.start))


# what stands between a place and the town it is near: 'the Sosnovy Bor garrison outside Ulan-Ude'
_OUTSIDE = re.compile(r"[^.,;:]{0,25}?\b(?:outside|near|pod|koło|niedaleko|nieopodal)\s+(?:the\s+)?$", re.IGNORECASE)
NAMESAKE_KM = 100   # a place this far from the town the text puts it near is another of its name


def _without_namesakes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Each place that the text puts near a town it is far from, dropped: a namesake found in the
    list, not the place meant ('Sosnovy Bor … outside Ulan-Ude' is no town on the Baltic)."""
    drop = set()
    for c in cands:
        for n in cands:
            if n.start > c.end and _OUTSIDE.fullmatch(text, c.end, n.name_start) \
                    and km(c.place.lat, c.place.lon, n.place.lat, n.place.lon) > NAMESAKE_KM:
                drop.add(id(c))
    return [c for c in cands if id(c) not in drop]



# a launch site in a list that shares one verb: '… wystrzeliła Hwasong-14: 4 lipca z prowincji X, a
# 28 lipca z prowincji Y', 'fired two missiles, on Monday from X and on Friday from Y'
_FROM_SITE = re.compile(rf"\b(?i:z|ze|from)\s+(?:(?i:the)\s+)?(?:(?i:prowincji|rejonu|okolic\w*|area\s+of|vicinity\s+of|"
                        rf"near|lotniska)\s+)?(?P<n23>{NAME})")
_LAUNCH_VERB = re.compile(rf"\b(?i:{_LAUNCH})\b")


def _listed_launch_sites(text: str, start: int, end: int, countries: tuple[str, ...], taken: set[int]) -> list[Candidate]:
    out = []
    for m in _FROM_SITE.finditer(text, start, end):
        if m.start("n23") in taken:
            continue
        s0 = max(text.rfind(". ", 0, m.start()), text.rfind("\n\n", 0, m.start()), m.start() - 300, 0)
        if not _LAUNCH_VERB.search(text, s0, m.start()):
            continue
        cand = _candidate(text, m, "n23", "launch", countries)
        if cand is not None and cand.place.kind != "country":
            out.append(cand)
    return out


_NEAR_LINK = re.compile(r"\s+(?:pod|near|outside)\s+")
_IN_PROVINCE = re.compile(r"\s+(?:in|w)\s+(?P<p>(?:prowincji|powiecie)\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+)?|"
                          r"(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+\s+){1,2}(?:province|Province|county|County))")
# lower-case words after a name that may make a longer name with it: 'the Bureya hydropower station'
_KIND_AFTER = re.compile(r"[ \t]+([a-z]{4,}(?:[ \t]+[a-z]{4,})?)(?=[\s,.;:)])")   # ('Tokyo to discuss' is no 'Tokyo-to')
_REGION_AFTER = re.compile(r"[ \t]+((?i:region|area|district|oblast|prefecture|province|krai|kray|county))\b")
_FLIGHT = re.compile(r"\b(?:airspace|flew|fly|flying|flight|overflight|bombers?|aircraft|missile|przestrze\w*\s+powietrzn\w*|"
                     r"przelecia\w*|przelatywa\w*|lot\w*|bombowc\w*|samolot\w*|pocisk\w*|rakiet\w*)\b", re.IGNORECASE)
_RESIDENT = re.compile(r"\b(?:mieszkając\w*|zamieszkał\w*|zamieszkując\w*|osiadł\w*|living|resident|residing|based|"
                       # an envoy's post: 'accredited in Moscow and concurrently to Belarus'
                       r"accredited|akredytowan\w*|stationed|stacjonując\w*|z\s+siedzibą)\s+$", re.IGNORECASE)
_NAMED_BODY_IN = re.compile(r"[ \t]+(?:in|at|w|we)[ \t]+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])")
_CITY_STATES = frozenset({"SG", "MC", "VA", "SM", "LU"})
_BEYOND = re.compile(r"\b(?:trips?|travel\w*|journey\w*|visits?|ventured?|went|gone|been)\s+$", re.IGNORECASE)
_OWNER = re.compile(r"[A-Z][\w-]+['’]s\s+")
_COMPANY_NAME = re.compile(r"(?:the\s+)?(?:Samsung|Hyundai|LG|SK|Toyota|Mitsubishi|Mitsui|Sumitomo|Hitachi|Sony|"
                           r"Panasonic|Rosatom|Gazprom|Rosneft|Novatek|Lotte|Kia|Posco|Daewoo)\b")
_REGION_WORD = re.compile(r"region|prefektur|obwod|obwód|prowincj|okręg|rejon|kraj|stan|departamen|republi",
                          re.IGNORECASE)
_PREP_BEFORE = re.compile(r"\b(?:from|in|at|to|w|we|z|ze|do|na)\s+$", re.IGNORECASE)
_DIRECTION = re.compile(r"(?:Wsch[oó]d|Zach[oó]d|Półno?c|Połud(?:nie|niu|nia))\w*|(?:East|West|North|South)\b")
# 'szpitalowi rejonowemu w Korosteniu', 'szpitala obwodowego w Dnieprze': a body's level, not a region's name
_LEVEL_ADJECTIVE = re.compile(r"ow(?:y|a|e|ego|emu|ej|ym|ych|ymi|ą)$", re.IGNORECASE)
_TYPE_GROUP = {"n1": "t1", "n2": "t2", "n3": "t3", "n4": "t4", "n8": "t8"}


_AFTER_VERB = re.compile(rf"\s*(?i:{_VISIT_OBJ})\s+(?:{_DESCRIPTOR}\s+){{0,3}}(?P<obj>{NAME})")


def _object_first(text: str, m: re.Match, name: str) -> bool:
    """'W lipcu Pjongjang odwiedził minister' puts the place first; 'W styczniu Kamikawa odwiedziła
    Kijów' puts the visitor first, and the place follows the verb."""
    from .persons import known_people, mentioned
    if mentioned(name, 0, len(name), known_people()):
        return False
    from .morph import cases, is_common_noun
    if " " not in name and is_common_noun(name):
        return False   # 'Goście odwiedzili instytut': the guests are who visited
    after = _AFTER_VERB.match(text, m.end("n7"))
    if not after:
        return True
    word = after.group("obj").split()[0]
    forms = cases(word)
    # a place after the verb is its object only in the accusative ('odwiedziła Kijów'), not a
    # genitive qualifying a title ('odwiedził minister obrony Rosji')
    return lookup(word) is None or (bool(forms) and "acc" not in forms)


_LINE_TO = re.compile(r"\b(?:pipelines?|gas\s+line|route|road|highway|bridge|railway|rail\s+link|power\s+lines?|cable|corridor|"
                      r"gazociąg\w*|rurociąg\w*|ropociąg\w*|most\w*|lini\w+\s+(?:kolejow|energetyczn|przesyłow)\w*|"
                      r"tras\w*|autostrad\w*|połączeni\w+\s+(?:kolejow|drogow)\w*)\s+(?:\S+\s+){0,3}?(?:to|do)\s+(?:the\s+)?$",
                      re.IGNORECASE)
_ALONG = re.compile(r"\b(?:across|along|over|via|through|cross(?:ed|es|ing)?|przez|przejecha\w*|przeszl\w*|przeszł\w*)\s+(?:\S+\s+){1,3}?(?:to|do)\s+(?:the\s+)?$", re.IGNORECASE)
_TOWN_AUTHORITY = re.compile(r"\s+(?:city|municipal|regional|oblast|prefectural|provincial)\s+"
                             r"(?:administration|government|authorities|council|hall|assembly)\b", re.IGNORECASE)


def _candidate(text: str, m: re.Match, key: str, role: str, countries: tuple[str, ...]) -> Candidate | None:
    name, ns = m.group(key), m.start(key)
    tkey = _TYPE_GROUP.get(key)
    type_word = m.group(tkey) if tkey and m.group(tkey) else None
    if key == "n7" and not _object_first(text, m, name):
        return None
    if _COMPANY_NAME.match(name):
        return None   # 'at the Samsung plant' is a firm's plant, not a town spelt like it
    if role in ("locative", "near") and _RESIDENT.search(text, max(0, m.start() - 40), m.start()):
        return None   # 'Ukraińców mieszkających w regionie Kansai': where people live, not where it happened
    if key == "n11" and not _FLIGHT.search(text[max(0, m.start() - 120):m.start()]):
        return None   # 'talks over Crimea' put nothing there; a flight over a place did
    if role == "goal" and _LINE_TO.search(text, max(0, m.start() - 50), m.start(key)) and \
            not _ALONG.search(text, max(0, m.start() - 50), m.start(key)):   # ('across the bridge to Khasan': the way taken)
        return None   # 'the route of a gas pipeline to South Korea': where a line leads, not where anyone went
    if role == "goal" and _TOWN_AUTHORITY.match(text, m.end(key)):
        role = "locative"   # 'handed … to the Kyiv city administration': the town's own body, there
    elif role == "goal" and not (_TRAVEL.search(text[max(0, m.start() - 90):m.start()]) or
                               _TRAVEL.match(text, m.end(key) + 1) or
                               _TRAVEL.search(text[m.end(key):m.end(key) + 25].split(",")[0])):
        return None   # 'poleciał do Moskwy', and Polish order: 'do Moskwy przyleciał'
    if role == "near" and m.group("near").lower() == "outside" and _BEYOND.search(text, max(0, m.start() - 30), m.start()):
        return None   # 'his first trip outside Tokyo, to Fukushima': the place left behind
    if name.lower().startswith("the "):
        name, ns = name[4:], ns + 4
    owner = _OWNER.match(name)
    fallback: list[tuple[str, int]] = []
    if owner and len(name) > owner.end():
        # "in Ukraine's Zaporizhzhia region" is the region; "Pyongyang's Sunan district" the district,
        # or Pyongyang when the district is not known
        fallback = [(name[:owner.end()].rstrip().rstrip("'’s").rstrip("'’"), ns)]
        name, ns = name[owner.end():], ns + owner.end()
    heads = [name] if not name[:1].isupper() else _heads(name)   # 'obwodzie kurskim' is one phrase
    near = _NEAR_LINK.split(name, 1)
    if len(near) == 2 and near[0][:1].isupper():
        heads = _heads(near[0]) + heads   # 'w Fiuggi pod Rzymem' is in Fiuggi; Rome only if Fiuggi is unknown
    for head, head_start in [(h, ns) for h in heads] + fallback:
        head = head.rstrip(".,")
        tries = ([(f"{type_word} {head}", m.start(tkey))] if type_word else []) + [(head, head_start)]
        region = _REGION_AFTER.match(text, ns + len(head))
        if region:   # 'the Kursk region' is Kursk Oblast, before Kursk the city
            tries.insert(0, (f"{head} {region.group(1)}", ns))
        after = _KIND_AFTER.match(text, ns + len(head)) if head == name else None
        named = [f"{head} {' '.join(after.group(1).split()[:k])}" for k in (2, 1)][:len(after.group(1).split())] if after else []
        for phrase, phrase_start in [(x, ns) for x in named] + tries:
            hit = resolve_name(phrase, countries)
            if hit is None or phrase in named and hit[1] != "exact":
                continue   # ('the Bureya hydropower station' is the station by its whole name, or it is Bureya)
            place, step = hit
            if step in ("inflection", "transliteration") and _ENGLISH_BEFORE.search(text, max(0, ns - 12), ns):
                # 'at the Holy Resurrection Cathedral': no Polish case ending follows an English preposition,
                # and an English text spells its names the English way already
                continue
            if role == "host" and place.kind not in ("city", "country", "admin1"):
                return None
            if key == "n9" and place.kind not in ("island", "site"):
                return None   # 'on Matua', 'on Mount Paektu'; but 'sanctions on Russia' is no venue
            if key in ("n10", "n13") and (place.kind == "country" or step not in ("exact", "lemma", "inflection")
                                          and not (key == "n10" and _PREP_BEFORE.search(text, max(0, ns - 6), ns))):
                return None   # 'Korea, where …' speaks of a country, not a venue; 'from Guilin, where' is a town
            if head != heads[0] and phrase == head and _DIRECTION.match(name, len(head) + 1):
                continue      # 'na Dalekim Wschodzie', 'the Far East': a region of the compass, no town 'Dalekoye'
            if head != heads[0] and _LANDFORM.fullmatch(head):
                continue      # 'pod Górami Skalistymi' names a range: its noun alone is no town called Góra
            if head != heads[0] and phrase == head and _NAMED_BODY_IN.match(text, m.end(key)):
                continue      # 'at the Valdai Discussion Club in Moscow': a longer name, and then where it sits
            if head != heads[0] and phrase == head and step == "geonames" and place.country not in countries \
                    and len(near) < 2:
                continue      # 'the Pacific Fleet' is no Pacific, Missouri: a far town in a longer name
            # (a Korean or Japanese county is named after its seat: 'Yeoncheon county' is Yeoncheon)
            if ((region and region.group(1).lower() != "county") or type_word and phrase_start == ns
                    and _REGION_WORD.match(type_word) and not _LEVEL_ADJECTIVE.search(type_word)) and \
                    place.kind == "city" and step not in ("exact", "lemma"):
                continue      # 'the Kansai region' is no town, whatever a town far away was once called
            ne = head_start + len(head)
            if (inside := _IN_PROVINCE.match(text, ne)) and (held := resolve_name(inside.group("p"), countries)) \
                    and held[0].kind == "admin1" and held[0].country != place.country:
                # 'from near Taechon in North Pyongan province': a namesake abroad is not the village;
                # the province named is the best place known
                place, step, ne = held[0], held[1], inside.end()
                s = m.start() if role in ("locative", "near") else phrase_start
                return Candidate(s, ne, text[s:ne], inside.start("p"), ne, place, role, step=step)
            # venue_text keeps a locative's preposition and drops a goal's 'do' (GOLD 2.6)
            s = m.start("src") if key == "n19" else m.start() if role in ("locative", "near") else phrase_start
            return Candidate(s, ne, text[s:ne], head_start, ne, place, role, step=step)
    return None


# --- adjectives of cities: 'moskiewskiego oddziału', 'Politechnika Kijowska' -------------------------

_ADJ_ENDINGS = r"(?:i|y|iego|ego|iemu|emu|im|ym|ich|ych|imi|ymi|a|iej|ej|ą|ie|e|o)"


@lru_cache(maxsize=1)
def _city_adjectives() -> tuple[re.Pattern, tuple[Place, ...]]:
    """The Polish adjectives of cities the gazetteer lists ('moskiewski', 'władywostocki'), in
    every case and gender: one alternation, one group per city."""
    gaz = load()
    stems: dict[str, Place] = {}
    for n in gaz.names():
        if n.form != "adjective" or n.lang != "pl" or " " in n.text or not n.text.endswith(("ski", "cki", "dzki")):
            continue
        stems.setdefault(n.text[:-1].lower(), gaz.get(n.place_id))
    places = tuple(stems.values())
    alts = "|".join(f"(?P<a{i}>[{s[0].upper()}{s[0]}]{re.escape(s[1:])}{_ADJ_ENDINGS})"
                    for i, s in enumerate(stems))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])"), places


# Fixed names where the adjective says where an institution comes from, not where it sits.
_ADJ_NOT_PLACE = re.compile(r"Patriarcha\w*\s+Moskiewsk\w*|moskiewsk\w+\s+patriarcha\w*|Petersbursk\w+\s+Komitet\w*|"
                            # a clock, not a place: 'wieczorem czasu waszyngtońskiego', 'po południu czasu moskiewskiego'
                            r"\bczasu\s+\w+", re.IGNORECASE)


def find_city_adjectives(text: str, start: int, end: int) -> list[Candidate]:
    """City adjectives that place an office or institution in that city."""
    blocked = [(m.start(), m.end()) for m in _ADJ_NOT_PLACE.finditer(text, start, end)]
    rx, places = _city_adjectives()
    out = []
    for m in rx.finditer(text, start, end):
        if any(a <= m.start() < b for a, b in blocked):
            continue
        place = places[int(m.lastgroup[1:])]
        s, e = m.start(), m.end()
        nxt = re.match(r"\s+([\w-]+)", text[e:e + 40])
        prev = re.search(r"([\w-]+)\s+$", text[max(0, s - 40):s])
        if nxt and nxt.group(1)[0].islower():
            e = e + nxt.end()           # 'moskiewskiego oddziału'
        elif prev and prev.group(1)[0].isupper():
            s = s - (len(prev.group(0)))  # 'Politechnika Kijowska'
        out.append(Candidate(s, e, text[s:e], m.start(), m.end(), place, "adjective"))
    return out


_ANY_NAME = re.compile(rf"{NAME}|{_REGION_ADJ}")


def place_countries(text: str, start: int, end: int) -> list[str]:
    """Countries of every gazetteer place named in text[start:end], governed or not
    ('delegacja obwodu sachalińskiego' → RU): where people come from, when no state is named."""
    from .persons import SLAVIC_SURNAME
    out = []
    for m in _ANY_NAME.finditer(text, start, end):
        words = m.group().split()
        if len(words) == 2 and SLAVIC_SURNAME.fullmatch(words[1]) and lookup(m.group()) is None:
            continue   # 'led by Kazbek Taysayev': a given name and a surname, not Mount Kazbek
        for head in (_heads(m.group()) if m.group()[:1].isupper() else [m.group()]):
            place = lookup(head)
            if place is not None and person_named(head):
                break   # 'Zelenska' is a person, whatever town a spelling guess makes of it
            if place is not None:
                out.append(place.country)
                break
    return out


_UNKNOWN_OK = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+")


def unresolved_places(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Names governed as a venue ('w Nagoi', 'in Kuressaare') that no look-up resolved: the reason
    an event has no venue is then that its place is unknown, not that the text names none."""
    from .morph import analyses
    from .persons import _STOP
    out = []
    for m in _CANDIDATES.finditer(text, start, end):
        key = next((k for k in ("n2", "n3", "n4") if m.group(k)), None)
        if key is None:
            continue
        name = m.group(key)
        if name.lower().startswith("the "):
            continue
        if not _UNKNOWN_OK.fullmatch(name.split()[0]) or lookup(name.split()[0]) is not None:
            continue
        words = name.split()[:2]
        if any(w.lower() in _STOP or any(not lem[:1].isupper() for lem, _t, _n in analyses(w)) for w in words):
            continue
        if country_of_phrase(name) or find_countries(words[0]):
            continue
        s = m.start() if key == "n2" else m.start(key)
        e = m.start(key) + len(words[0])
        out.append((s, e, text[s:e]))
    return out
