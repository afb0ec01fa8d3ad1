"""One event from its text: the venue, type, actors, persons and origin of a dated passage.

Bulletin entries, news leads and events mentioned in passing all go through `build`. The venue
is the best candidate by tier — a named city, region, island or site, or an implied seat (0); the
city an ambassador is posted to or a city adjective (1); a country (2) — then the headline before
the body, then the earlier mention. Clauses about another time never give the venue.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from types import SimpleNamespace

from ...events import Event, stable_id
from ...geo import km
from ..mentions.countries import find_countries, governed_by_place, ordered_unique, parties_lead
from ..mentions.clauses import THAT_CLAUSE, THAT_TOLD, foreign_spans, inside
from ..mentions.dates import DateMention, When
from ..mentions.institutions import (Context, accredited_cities, accredited_spans, find_implied, guest_context,
                                     voices)
from ..document.layout import Clean, sentences
from ..mentions.persons import Person, find_persons, mentioned, standard_name
from ..mentions.places import (Candidate, find_candidates, find_city_adjectives, place_countries, resolve_name,
                               unresolved_places)
from .types import APART, CEREMONY, LEADER, MEETING, RECEIVE, SENT_BY, STATEMENT, SUMMIT, before_reported, classify

# A state that is only the subject of what others discuss takes no part: 'denuclearisation of Korea'.
# (The target of sanctions does: the gold codes states 'directly addressed' as actors.)
_TOPIC_BEFORE = re.compile(r"(?:denuklearyzacj\w*|denuclearization\s+of|denuclearisation\s+of)\s+(?:the\s+)?$",
                           re.IGNORECASE)
# 'na szczycie w sprawie pokoju na Ukrainie', 'a conference on the war in Ukraine': the state is the
# subject of the talks, not where they were held
_SUBJECT_NOUN = re.compile(r"\b(?:pokoj\w*|wojn\w*|sytuacj\w*|konflikt\w*|kryzys\w*|peace|war|situation|"
                           r"conflict|crisis)\s+$", re.IGNORECASE)
# 'po krótkim postoju w Jakucku … przyleciał do Pjongjangu', 'after a stopover in Anchorage': a
# stop on the way, not where the trip was going
EARLIER_STOP = re.compile(r"\b(?:po\s+(?:\w+\s+){0,2}?(?:postoju|pobycie|wizycie|międzylądowaniu|przesiadce|"
                           r"tankowaniu)|after\s+(?:a|an|his|her|their)?\s*(?:\w+\s+)?(?:stopover|stop|"
                           r"refuelling\s+stop|stay|visit))\s+$", re.IGNORECASE)
# 'came back to Seoul … after a three-day visit to Pyongyang': home is no venue, the visit is the event
# ('a return visit', 'the return leg' are no going home)
# ('his trip returned the one she had made to Seoul': a visit repaid, not a way home)
_RETURN = r"\b(?:return(?:ed|s|ing)?(?!\s+(?:visit|trip|match|leg|game)\b)(?!\s+(?:(?:the|a|an|his|her|their)\s+|[A-Z][\w-]*['’]s\s+)(?:own\s+)?(?:one|visit|trip|call|favou?r|compliment)\b)|came\s+back|flew\s+back|arrived\s+back|got\s+back|wróci\w*|powróci\w*|wraca\w*)\b"
_HOME_AGAIN = re.compile(_RETURN + r"[^.;]{0,40}$", re.IGNORECASE)
_RETURNED = re.compile(_RETURN + r"[^.;]{0,120}$", re.IGNORECASE)
# where the story's sources sit, not where it happened: 'Według źródeł wojskowych w Seulu KRLD ustawiła …',
# 'according to military officials in Seoul'
_SOURCED = re.compile(r"\b(?:według|wg|cytując|powołując\s+się\s+na|according\s+to|citing)\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:źród\w*|informacj\w*|agencj\w*|medi\w*|doniesie\w*|wojskow\w*|urzędnik\w*|sources?|officials?|"
                      r"media|reports?|military|intelligence)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_APPOSITION = re.compile(r"(?<![.!?]\s)\b[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+\s+$")
# another act that dates this one, with the place it names: 'days after the minister visited Pyongyang'
_AFTER_ACT = re.compile(r"\b(?:after|before|following|po\s+tym,?\s+jak|zanim)\s+(?:[\w'’-]+\s+){1,5}?"
                        r"(?:[a-z]+ed|met|went|came|flew|[a-ząćęłńóśźż]+(?:ł|ła|li|ły))\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
# a place described by where it lies: 'residents of Yuzhno-Kurilsk, the main settlement on Kunashir,'
_LIES_ON = re.compile(r"\b[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+,\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:settlement|town|city|port|"
                      r"capital|village|island|base|osad\w*|miast\w*|miasteczk\w*|stolic\w*|port\w*|wie[sś]\w*|wysp\w*|"
                      r"baz\w*|miejscowoś\w*)\s+$|"
                      # islands described by the coast they lie off: 'the four Russian-held islands off Hokkaido'
                      r"\b(?:islands?|islets?|wysp\w*|wysepk\w*)\s+$")


@dataclass
class Setting:
    """What the whole document contributes to each of its events."""
    doc: str
    clean: Clean
    dates: list[DateMention]
    focus: tuple[str, ...] = ()          # countries of the section heading or the document
    people: dict[str, Person] = field(default_factory=dict)   # persons.registry of the document
    voices: tuple[str, ...] = ()         # states whose capitals speak in the section heading ('reakcje Seulu')


@dataclass
class Built:
    event: Event
    candidates: list[Candidate] = field(default_factory=list)


_SOURCE = re.compile(
    r"(?:^|(?<=[.!?]\s))[^.!?:]{0,120}?\b(?:poinformowa\w*|przekaza\w*|poda\w*|ogłosi\w*|twierdz\w*|"
    r"donosi\w*|reported|said|says|announced|claimed|stated)\b[^.!?]{0,20}?(?:,\s*)?\b(?:że|iż|that)\b|"
    r"\b(?:[Ww]edług|[Zz]daniem|[Aa]ccording\s+to)\s+[^,.;]{1,60}|"
    r"^[^!?:\n]{0,60}\b(?:[Ww]ywiad\w*|[Aa]gencj\w*|[Mm]edi\w*|MSZ|[Rr]zeczni\w*|[Ii]ntelligence|[Aa]genc\w+|"
    r"[Mm]inistr\w*|[Ss]pokes\w*)[^!?:\n]{0,40}:", re.MULTILINE)


def _sources(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Who reports, not who acts: 'Południowokoreański wywiad poinformował, że …', 'Według NIS'."""
    return [(m.start(), m.end()) for m in _SOURCE.finditer(text, a, b)]


def actor_codes(text: str, a: int, b: int, skip: list[tuple[int, int]] = ()) -> list[str]:
    """States named in text[a:b] as taking part; capitals after a place preposition are venues,
    and whoever only reports the news is left out."""
    out = []
    skip = list(skip) + _sources(text, a, b)
    for m in find_countries(text, a, b):
        if inside(m.start, skip):
            continue
        if m.kind == "capital" and governed_by_place(text, m.start):
            continue
        if _TOPIC_BEFORE.search(text[max(0, m.start - 30):m.start]):
            continue
        out.append(m.iso)
    return out


_FROM_PHRASE = re.compile(r"\b(?:z|ze|from)\s+(?:the\s+)?(?:port\w*|baz\w*|bases?|lotnisk\w*|airports?|"
                          r"okolic\w*|rejon\w*|area)\s+(?:[a-ząćęłńóśźż]+\s+){0,2}$")
# where a visiting body comes from: 'a trade mission from the High-Tech Park in Minsk spent three days in Daejeon'
# or, in Polish, the house it comes from: 'radiolodzy z Uniwersytetu w Nagasaki zakończyli w Homlu …'
_FROM_BODY = re.compile(r"\bfrom\s+the\s+(?:[A-Z][\w'’-]*\s+){1,5}(?:in\s+)?$|"
                        r"\b(?:z|ze)\s+(?:\w+\s+)?(?:[Uu]niwersytetu|[Uu]czelni|[Ii]nstytutu|[Aa]kademii|[Pp]olitechniki|"
                        r"[Ss]zpitala|[Kk]liniki|[Aa]mbasady|[Kk]onsulatu|[Oo]środka|[Ss]toczni|[Ff]abryki|[Zz]akładów|"
                        r"[Ff]irmy|[Ss]półki|[Mm]uzeum|[Tt]eatru)(?:\s+\w+(?:ego|ej|ych|ich))?\s+$")
_TO_PLACE = re.compile(r"\b(?:do|to)\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])")
# the matter a summons, a protest or talks were about: 'summoned the ambassador over a drill near the
# Kurils', 'zaprotestował w związku z ćwiczeniami na Iturupie'
_MATTER = re.compile(r"\b(?<!handed\s)(?<!hands\s)(?<!hand\s)(?<!turned\s)(?:over|about|concerning|regarding|in\s+protest\s+at|w\s+sprawie|w\s+związku\s+z|"
                     r"z\s+powodu|przeciw(?:ko)?|sprzeciw\w*\s+wobec|objected\s+to|opposition\s+to)\s+(?:[\w'’-]+\s+){0,6}$"
                     # what is protested: 'Japan protests Russian drills on the Kurils'
                     r"|\bprotest(?:s|ed|ing)?\s+(?:against\s+)?(?:[\w'’-]+\s+){1,5}$"
                     # what talks covered: 'the conversation covered sanctions and … projects in the Gomel region'
                     r"|\b(?:covered|concerned|focused\s+on|touched\s+on|dotyczył\w*|obejmował\w*|skupił\w*\s+się\s+na)\s+"
                     r"(?:[\w'’-]+\s+){0,10}$"
                     # what an anniversary recalls: 'w 32. rocznicę katastrofy w Czarnobylu'
                     r"|\brocznic\w*\s+(?:[\w'’-]+\s+){0,3}$|\banniversary\s+of\s+(?:[\w'’-]+\s+){0,4}$"
                     # what is reported on: 'przedstawił wyniki szczytu w Buriacji', 'briefed on the results of the talks in …'
                     r"|\b(?:wynik\w*|rezultat\w*|results?\s+of|outcome\s+of)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# a later gathering the act looks ahead to, with its place: 'przed igrzyskami olimpijskimi w Tokio',
# 'ahead of the Olympics in Tokyo' (a place 'przed ambasadą' stands in front of stays the venue)
_AHEAD_OF = re.compile(r"\b(?:przed|w\s+przededniu|ahead\s+of|before|on\s+the\s+eve\s+of)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
                       r"(?:igrzysk\w*|olimpiad\w*|mistrzostw\w*|wystaw\w*|[Ee]xpo|wybor\w*|Olympics?|Games|"
                       r"championships?|elections?|[Ww]orld\s+[Cc]up)\s+(?:\w+\s+){0,2}$")
# the larger unit a named town lies in: 'administracji Korsakowa na Sachalinie gościła w Wakkanai'
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)\b(?P<name>[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+)\s+(?:na|w|we|on|in)\s+$")


def _locates_town(text: str, a: int, c: Candidate, countries: tuple[str, ...]) -> bool:
    """An island or region right after a town of its country names where the town lies."""
    if c.place.kind not in ("island", "admin1") or c.role != "locative":
        return False
    m = _NAME_BEFORE.search(text, max(a, c.name_start - 40), c.name_start)
    town = resolve_name(m.group("name"), countries) if m and m.end() == c.name_start else None
    return town is not None and town[0].kind == "city" and town[0].country == c.place.country


def gather(text: str, spans: list[tuple[int, int]], foreign: list[tuple[int, int]], ctx: Context,
           countries: tuple[str, ...], in_passing: bool = False) -> list[tuple[int, Candidate]]:
    """Every venue candidate with its tier, outside clauses about another time.

    An act told after 'after' or 'before' is another event's, except for an event mentioned in
    passing, which is that act: 'six weeks after Putin traveled to Pyongyang on June 19'."""
    out: list[tuple[int, Candidate]] = []
    for a, b in spans:
        posted = accredited_spans(text, a, b)
        for c in find_candidates(text, a, b, countries):
            if inside(c.name_start, foreign) or inside(c.name_start, posted):
                continue
            if c.place.kind == "country":
                if c.role == "host":
                    continue
                if c.role in ("locative", "goal") and _APPOSITION.search(text[max(a, c.start - 30):c.start]):
                    continue  # 'Zabajkale w Rosji': where a place lies, not where the event was
                if c.role == "locative" and _SUBJECT_NOUN.search(text[max(a, c.start - 30):c.start]):
                    continue
                out.append((2, c))
            elif c.role == "goal" and _HOME_AGAIN.search(text[max(a, c.start - 40):c.start]):
                continue
            elif c.role == "goal" and _MEN_SENT.search(text[max(a, c.start - 40):c.start + 4]):
                continue   # 'commanders of the units sent to the Kursk front': who they are, not where this was
            elif c.role == "goal" and _MATTER.search(text[max(a, c.start - 110):c.start]):
                out.append((1, c))   # 'objected to plans to send sappers to the Kursk region': what was objected to
            elif c.role == "locative" and _SOURCED.search(text[max(a, c.start - 60):c.start]):
                continue
            elif c.role == "locative" and _QUALIFYING_PARTICIPLE.search(text, max(a, c.start - 60), c.start):
                out.append((1, c))   # '… package announced in Seoul': where the noun came from, not this act
            elif c.role in ("locative", "near") and _told_of(text, a, c.start):
                out.append((1, c))   # 'was received by Morgulov, who told him that the draft in New York …'
            elif c.role in ("locative", "near") and (_LIES_ON.search(text[max(a, c.start - 60):c.start])
                                                     or _AHEAD_OF.search(text[max(a, c.start - 70):c.start])
                                                     or _MATTER.search(text[max(a, c.start - 110):c.start])
                                                     or _locates_town(text, a, c, countries)):
                out.append((1, c))
            elif not in_passing and _AFTER_ACT.search(text[max(a, c.start - 80):c.start]):
                continue   # '…, a week after a Russian delegation visited Wonsan': that act's place
            elif c.role in ("locative", "near") and EARLIER_STOP.search(text[max(a, c.start - 50):c.start]) \
                    and not _RETURNED.search(text[a:c.start]):
                out.append((1, c))
            elif c.role in ("locative", "near") and (
                    _FROM_PHRASE.search(text[max(a, c.start - 40):c.start]) and _TO_PLACE.search(text, c.end, min(b, c.end + 60))
                    or _FROM_BODY.search(text[max(a, c.start - 60):c.start])):
                out.append((1, c))   # 'z portów w rejonie Czongdzinu do Władywostoku': where it came from
            else:
                out.append((0, c))
        for c in find_implied(text, a, b, ctx):
            if not inside(c.start, foreign):
                # ('Lim argued that the Security Council should act': the Council is what was argued about)
                out.append((1 if in_that_clause(text, a, c.start) else 0, c))
        for c in accredited_cities(text, a, b) + find_city_adjectives(text, a, b):
            if not inside(c.start, foreign):
                out.append((1, c))
    return out


# a past participle right after its noun, no auxiliary before it: 'a USD 1 million package announced in'
_QUALIFYING_PARTICIPLE = re.compile(r"\b(?!(?:was|were|been|being|is|are|be|has|have|had)\b)[a-z]{3,}\s+"
                                    r"(?:announced|pledged|promised|unveiled|approved|ogłoszon\w*|zapowiedzian\w*)\s+$")


def in_that_clause(text: str, a: int, at: int) -> bool:
    """Whether `at` stands after 'że' / 'that' in its sentence: in what someone says or argues."""
    return THAT_CLAUSE.search(text, _sentence_opens(text, a, at), at) is not None


def _told_of(text: str, a: int, at: int) -> bool:
    """Whether `at` stands in what someone told, in its sentence: a place in the words reported."""
    return any(m["conj"] for m in THAT_TOLD.finditer(text, _sentence_opens(text, a, at), at))


def _sentence_opens(text: str, a: int, at: int) -> int:
    """Where the sentence holding `at` begins, looked for no further back than `a` or 200 characters."""
    floor = max(a, at - 200)
    return max(text.rfind(". ", floor, at), floor)


_SPEECH = re.compile(r"\b(?:oświadczy\w*|zapewni\w*|assured|poinformowa\w*|zakomunikowa\w*|ostrzegł\w*|ostrzegli|warned|urged|zażąda\w*|demanded|adopted|passed|uchwali\w*|powiedzia\w*|mówi\w*|oznajmi\w*|zapowiedzia\w*|ogłosi\w*|stwierdzi\w*|"
                     r"konferencj\w*\s+prasow\w*|briefing\w*|przemówieni\w*|wystąpi\w*|przemawia\w*|przemówi\w*|wygłosi\w*|wywiad\w*|"
                     r"said|says|stated|told|announced|declared|proposed|zaproponowa\w*|utworzon\w*|powoła\w*|mianowa\w*|appointed|speaking|speech|addressed|addressing|press\s+conference|interview|"
                     r"answering\s+(?:questions|reporters)|wypowiada\w*|odpowiadając\w*\s+na\s+pytani\w*|"
                     r"remarks|issued|wyda(?:ł|ła|ło|li|ły)\s+(?:\S+\s+)?oświadczeni\w*|oświadczeni\w*|komunikat\w*|presented|przedstawi\w*|cabinet|gabinet\w*|przyj(?:ął|ęła|ęli|ęło|ęto)|otwieraj\w*|opening|posiedzeni\w*|sesj\w*|session|konferencj\w*|conference|forum|"
                     # a decision put in writing there: 'signed a government decree in Moscow'
                     r"decree|dekret\w*|rozporządzeni\w*|published|opublikowa\w*|spoke|gathered|"
                     # the gathering the speakers sit in: 'G7 leaders, meeting at Kashikojima, agreed that …'
                     r"(?<=,\s)meeting|obradując\w*|zebran\w*\s+(?:na|w))\b",
                     re.IGNORECASE)   # or the occasion that gave the floor: 'opening in Seoul the session of …'


def _spoken_there(text: str, c: Candidate) -> bool:
    """A place named next to the act of speaking ('said in Tokyo', 'W Moskwie minister oświadczył')."""
    left = text[max(0, c.start - 60):c.start]
    right = text[c.end:c.end + 60]
    left = re.split(r"[.;!?]", left)[-1]
    left = re.split(r"\b(?:że|iż|that)\b", left)[-1]   # 'ocenił w oświadczeniu, że uzgodnienia z Mińska …': what is said
    right = re.split(r"[.;!?,]", right)[0]
    opening = re.split(r"[.;!?]\s", text[max(0, c.start - 200):c.start])[-1]
    return bool(_SPEECH.search(left) or _SPEECH.search(right) or _PROTEST_HERE.match(right) or _PROTESTED.search(left)
                or _HOSTING_OPENER.match(opening) and "," not in opening)


# the speaker's setting told by a participle that opens the sentence: 'Meeting the editors at his
# Novo-Ogaryovo residence, Putin said …', 'Przemawiając w Sejmie, minister …'
_HOSTING_OPENER = re.compile(r"\s*(?:Meeting|Speaking|Addressing|Talking|Hosting|Receiving|Przemawiając|Spotykając\s+się|"
                             r"Rozmawiając|Występując|Przyjmując)\b")


# a protest lodged at the place named: 'ambasada złożyła w Moskwie protest', 'protested in Tokyo'
# (not the place protested about: 'protest w związku z ćwiczeniami na Iturupie')
_PROTEST_HERE = re.compile(r"\s+(?:\S+\s+){0,2}?(?:protest\w*|not[ęy]\s+protestacyjn\w*)\b", re.IGNORECASE)
_PROTESTED = re.compile(r"\b(?:protested|zaprotestowa\w*)\s+(?:\S+\s+)?(?:in|at|w|we)\s+$", re.IGNORECASE)


# A place set before an entry's text as its label: '(Tokyo) – …', 'Niigata – …', 'Vladivostok | …',
# 'TOKYO: …', 'Tokio. Minister …'
_LABEL = re.compile(r"[ \t]*(?:[*•·–—-][ \t]+)?(?:(?P<open>\()|(?P<square>\[))?(?P<name>[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+(?:[ -](?:(?:nad|pod|na|am|an|upon|on)\s+)?"
                    r"[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+){0,2})"
                    # '[Tokyo] 3 June – …': a place in square brackets before the date needs no dash
                    r"(?:(?(square)\][ \t]*(?:[–—:|;]|-(?=\s))?|(?!))|(?(open)\))(?:[ \t]*(?:[–—:|;]|-(?=\s)|\.(?=\s+[A-ZĄĆĘŁŃÓŚŹŻ]))|"
                    # 'Tokio (5.11) – …': the place, then the date in brackets
                    r"(?=[ \t]+\(\d)))"
                    r"[ \t]+(?=\S)")   # ';': a table's place cell
_LABEL_COMMA = re.compile(r"[ \t#*]*(?P<open>(?!))?(?P<name>[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+(?:[ -][A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+){0,2}),[ \t]+(?=\S)")
_SURE_STEPS = ("exact", "lemma", "transliteration", "country")   # (a label stands in the nominative: no case ending to undo)


def place_label(text: str, a: int, b: int, countries: tuple[str, ...], before_date: bool = False) -> Candidate | None:
    """A place set as a label before the entry's text ('Kharkiv: …', 'Seoul – 3 September:'); before
    the entry's date a comma sets it off too ('## Pjongjang, 15 listopada 2019')."""
    m = _LABEL.match(text, a, b) or (_LABEL_COMMA.match(text, a, b) if before_date else None)
    if m is None:
        return None
    hit = resolve_name(m.group("name"), countries)
    column = text[m.end("name"):m.end()].strip().startswith(";")   # a table's place cell: a place by its column
    # ('Kreml: …', 'Kremlin: …' heads a post by the Kremlin's press service: a source, not a place)
    # (a table's place column may name a site: 'Tongchang-ri' is the launch station there)
    if hit is None or hit[0].kind == "country" or (hit[0].kind == "site" and not column) or (hit[1] not in _SURE_STEPS and not m.group("open")
                                                   and not m.group("name").isupper() and not column):
        return None
    place, step = hit
    s, e = m.start("name"), m.end("name")
    return Candidate(s, e, text[s:e], s, e, place, "locative", rule="place column" if column else "place label", step=step)


# the speaker's own seat, set right after the speaker that opens the sentence: 'Izba Reprezentantów w
# Tokio wybrała …', 'The Foreign Ministry in Tokyo ordered …'
# the entry's own day named again: '…; Russia's foreign ministry condemned it the same day'
THAT_DAY = (r"tego\s+samego\s+dnia|w\s+tym\s+samym\s+dniu|(?:on\s+|later\s+)?(?:that|the)\s+same\s+day|"
            r"later\s+that\s+day")
# (the day may open the sentence: 'Jeszcze tego samego dnia MSZ Rosji w Moskwie wezwało …')
_SPEAKERS_SEAT = re.compile(r"[\s\"„(–—•*-]*(?i:(?:(?:jeszcze|również|także|also)\s+)?(?:" + THAT_DAY +
                            r"|dzień\s+(?:wcześniej|później|przedtem)|nazajutrz|(?:poprzedniego|następnego)\s+dnia|"
                            r"(?:a|one)\s+day\s+(?:earlier|later|before)|the\s+(?:previous|next|following)\s+day),?\s+)?(?:The\s+)?[A-ZĄĆĘŁŃÓŚŹŻa-ząćęłńóśźż][\w'’-]*"
                            r"(?:\s+(?![\w'’-]*(?:ł|ła|ło|li|ły|ed|ś|się|uje|ują)\b)[\w'’-]+){0,3}\s+")   # no verb before the place


_LEAD_REACH = 400   # characters after the headline: the lead sentence of a story under its title
# what a protest is about follows these words
_PROTEST_TOPIC = re.compile(r"\b(?:to\s+protest|protest(?:ing|ed)?\s+(?:against|over)|against|over|about|concerning|regarding|"
                            r"w\s+sprawie|w\s+związku\s+z|przeciw\w*|z\s+powodu|[.;!?])", re.IGNORECASE)


_PROTESTED_TOPIC = re.compile(r"\b(?:protest\w*|zaprotestowa\w*)\s+(?:\w+\s+)?(?:against|over|przeciw\w*|w\s+sprawie)\b[^.;!?]*$",
                              re.IGNORECASE)


# what a call was about: 'o ataku na', 'about the strike on', 'on the shelling of'
_TOLD_ABOUT = re.compile(r"\b(?:o|about|on|regarding)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:na|w|we|on|in|of)?\s*$", re.IGNORECASE)


def choose(cands: list[tuple[int, Candidate]], headline: tuple[int, int], event_type: str,
           text: str = "", unknown_in_headline: bool = False, remote: bool = False) -> Candidate | None:
    """The venue: lowest tier, then headline before body, then the first mention.

    A statement is placed only where its speaker is (GOLD 2.6.5): an embassy, a post, the UN, a
    legislature, or a place named beside the act of speaking — not the places it talks about.
    """
    usable = [(t, c) for t, c in cands if not (event_type == "statement" and t == 2)]
    if remote:
        # a phone or video call has no venue (GOLD 2.6): the callers' capitals are not one, nor a
        # place they talk about ('opowiedział o ataku na Połtawę', 'described the attack on Poltava')
        # (nor a country the talk is about, 'przed wyborami na Ukrainie', nor an adjective, 'porozumień mińskich')
        usable = [(t, c) for t, c in usable if c.basis != "implied" and headline[0] <= c.start < headline[1]
                  and c.place.kind != "country" and c.role != "adjective"
                  and not (c.role == "target" or _TOLD_ABOUT.search(text, max(0, c.start - 40), c.start))
                  # (nor a side named by its capital: 'at Tokyo's request')
                  and text[c.end:c.end + 2] not in ("'s", "’s")]
    if unknown_in_headline:
        # 'przedstawiła ofertę w Nagoi' with Nagoya unknown: a country named further on ('inwestycje
        # na Ukrainie') is not where it happened; better no venue and the unknown name reported
        usable = [(t, c) for t, c in usable if t < 2 or headline[0] <= c.start < headline[1]]
    if event_type == "statement":
        # where the speaker is: an implied seat, a place beside the speaking, or the place the
        # headline opens with ('W Pekinie wiceminister … uzgodnił …')
        # (a ministry's spokesman speaks for his government from no place of its own: 'the Japanese
        # foreign ministry said' places nothing; 'the ministry in Moscow said' does)
        usable = [(t, c) for t, c in usable if c.rule != "foreign-ministry" and (c.basis == "implied" or _spoken_there(text, c)) or c.rule in ("place column", "place label")
                  or (c.role == "locative" and headline[0] <= c.start <= headline[0] + 3)
                  or (c.role == "locative" and _SPEAKERS_SEAT.fullmatch(text, headline[0], c.start))]
    if event_type == "military":
        # a ministry that reacts is not where missiles flew ('… from near Sukchon; Russia's foreign ministry urged …')
        usable = [(t, c) for t, c in usable if not (c.basis == "implied" and c.rule in _REACTING)]
    if not usable:
        return None
    summoned = [c for _t, c in usable if c.rule == "summoned" and headline[0] <= c.start < headline[1] + _LEAD_REACH]
    if event_type == "meeting" and summoned and text:
        # a summons happens at the ministry that summons ('summoned the ambassador to protest against
        # drills near Hokkaido'): the places of the protest are what it is about; a place named
        # before the protest's words is the summons' own ('… to the Foreign Ministry in Tokyo')
        at = summoned[0].start
        cut = _PROTEST_TOPIC.search(text, at, at + 300)
        # (nor what the headline protests: 'Tokio zaprotestowało przeciwko ćwiczeniom na Kurylach')
        own = [c for _t, c in usable if c.basis == "explicit" and c.role == "locative"
               and headline[0] <= c.start < (cut.start() if cut else at + 300)
               and not _PROTESTED_TOPIC.search(text, max(headline[0], c.start - 80), c.start)]
        if not own:
            return summoned[0]
    # a landmark's words are not a town's: 'at the Mariinsky Palace' is Kyiv, not Mariinsk
    seats = [c for _t, c in usable if c.basis == "implied" and c.rule == "seat"]
    usable = [(t, c) for t, c in usable if not (c.basis == "explicit" and c.step not in ("exact", "lemma") and
                                                  any(s.start <= c.name_start < s.end for s in seats))]
    # lowest tier, then the headline's, then a place named outright before one implied, then an
    # implied place the text names (a seat, a summit) before one inferred from who met whom, then the first
    # a missile's venue is where it was fired from, before the places it flew over or alarmed
    starts = [c.start for _t, c in usable]
    tier, best = min(usable, key=lambda tc: (tc[0], 0 if event_type == "military" and tc[1].role == "launch" else 1,
                                             0 if headline[0] <= tc[1].start < headline[1] or tc[1].rule == "place label" else 1,
                                             1 if text and _after_semicolon(text, tc[1], starts) else 0,
                                             0 if tc[1].basis == "explicit" else 1,
                                             1 if tc[1].rule in _INFERRED else 0, tc[1].start,
                                             # (of two cues at one spot, the fuller: 'w gmachu MSZ w Kasumigaseki')
                                             tc[1].start - tc[1].end))
    if best.place.kind == "country":
        # 'was in Germany, where he met Austin at Ramstein Air Base': the place named inside the country
        best = next((c for t, c in usable if t == tier and c.basis == "explicit" and c.place.kind != "country"
                     and c.place.country == best.place.country), best)
    # the small disputed islands lie close together: a town on one is not on its neighbour
    if best.place.kind == "island" and not best.place.claimed_by:
        return _town_on(best, [c for t, c in usable if t == tier])
    if best.place.kind == "admin1":
        return town_in(best, [c for t, c in usable if t == tier], text)
    return best


_SENTENCE_REACH = 1000   # characters


def _after_semicolon(text: str, c: Candidate, starts: list[int]) -> bool:
    """Whether `c` follows a semicolon in its sentence with another candidate before it: a sentence's
    first clause comes first, what follows is said about it ('held consultations with the ROK's
    foreign ministry; a trade office in Minsk was discussed')."""
    floor = max(0, c.start - _SENTENCE_REACH)   # no sentence is longer: the search back stays short
    opens = max(text.rfind(". ", floor, c.start), text.rfind("\n\n", floor, c.start), floor - 1)
    semi = text.rfind(";", opens + 1, c.start)
    return semi > opens and any(opens < x < semi for x in starts)


_TOWN_REACH = 120   # characters: a town named this close after its region, in the same sentence


def town_in(region: Candidate, others: list[Candidate], text: str) -> Candidate:
    """'zwiedzał w prowincji Heilongjiang zakłady w Daqingu': the town named with its region is the venue."""
    return next((c for c in others if c.basis == "explicit" and c.place.kind == "city" and c.role in ("locative", "visited")
                 and c.place.country == region.place.country and 0 < c.start - region.end <= _TOWN_REACH
                 and not re.search(r"[.;!?]", text[region.end:c.start])), region)


# How far from an island's middle a town may lie and still be on it (Sakhalin is 950 km long)
_ISLAND_REACH_KM = 500


def _town_on(island: Candidate, others: list[Candidate]) -> Candidate:
    """'Gubernator na Sachalinie … wizyta w Jużnosachalińsku': the town named on the island is the
    nearer venue; the island stays when no town of its country is named near it."""
    return next((c for c in others if c.basis == "explicit" and c.place.kind == "city"
                 and c.place.country == island.place.country
                 and km(c.place.lat, c.place.lon, island.place.lat, island.place.lon) <= _ISLAND_REACH_KM), island)


# Implied venues of those who speak of a happening, not of the happening
_REACTING = frozenset({"foreign-ministry", "embassy", "legislature"})

# Implied venues read from who met whom, weaker than a named seat or meeting
_INFERRED = frozenset({"host-official", "company", "parliamentary-group"})


# a clause that only sets the scene in time: 'przeleciały nad Morzem Japońskim, gdy w Tokio trwał szczyt
# Quad', 'while the summit was under way in Tokyo': its place and its nouns are not the event's
_BACKGROUND = re.compile(r",\s*(?:gdy|kiedy|podczas\s+gdy|while|as)\s+[^,.;]{0,50}?\b(?:trwa(?:ł|ła|ło|ły)|odbywa(?:ł|ła|ło|ły)\s+się|"
                         r"was\s+(?:under\s+way|taking\s+place|being\s+held|in\s+session))\b[^,.;]*|"
                         # where a person is posted: 'Lee, who represents Seoul in Moscow, met … in Vladivostok'
                         r"(?<=\w),\s*(?:who|który|która)\s+(?:represents|serves\s+as|is\s+(?:posted|accredited|based|stationed)|"
                         r"reprezentuje|pełni\w*\s+funkcj\w*|urzęduje|rezyduje)\b[^,.;]*|"
                         # where a person was before: 'Stoltenberg, który dwa poprzednie dni spędził w Seulu, gościł w Tokio'
                         r"(?<=\w),\s*(?:who|który|która)\s+[^,;.]{0,40}?\b(?:poprzedni\w*|wcześniej|uprzednio|previous|"
                         r"earlier|before\s+that)\b[^,.;]*", re.IGNORECASE)


def _background(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for a, b in sents for m in _BACKGROUND.finditer(text, a, b)] + \
        [(m.start(), m.end()) for a, b in sents if (m := _DAYS_APART.match(text, a, b)) is not None]


# another happening the sentence counts its own day from, set before it: 'The day after his talks with
# Ri Yong Ho in Beijing, Wi briefed …'
# (English only: Polish sets no comma after such a phrase, so where it ends cannot be read)
_DAYS_APART = re.compile(r"[\s\"„(–—•*-]*(?:The|A|One|Two|Three|Four|Five)\s+(?:days?|weeks?)\s+(?:after|before)\s+[^,.;]{3,90}(?=,)",
                         re.IGNORECASE)


def build(setting: Setting, when: When, head: tuple[int, int], body: tuple[int, int] | None, *,
          urls: tuple[str, ...] = (), in_passing: bool = False,
          parent_actors: tuple[str, ...] = (), evidence: tuple[int, int] | None = None,
          base_confidence: float = 0.9, extra: tuple[tuple[int, int], ...] = (),
          type_context: tuple[int, int] | None = None, date_basis: str = "",
          venue_from: int | None = None, label_span: tuple[int, int] | None = None) -> Built:
    """The event of one dated passage: `head` is its headline sentence, `body` the rest.

    date_basis: the words and rule that gave `when`, kept in the event's `why`. venue_from: where
    the words about this event start inside its headline ('closed in Pyongyang after the March
    summit in Singapore': the March summit's venue is looked for from 'the March' on)."""
    text = setting.clean.text
    sents = [(s.start, s.end) for s in sentences(text, *head)]
    if body:
        sents += [(s.start, s.end) for s in sentences(text, *body)]
    foreign = [] if in_passing else foreign_spans(text, sents, when, setting.dates) + _background(text, sents)
    head_codes = actor_codes(text, head[0], head[1], foreign)
    body_codes = actor_codes(text, body[0], body[1], foreign) if body else []
    year, month = int(when.start[:4]), (int(when.start[5:7]) if len(when.start) >= 7 else None)
    end = body[1] if body else head[1]
    named = [p.country for p in mentioned(text, head[0], end, setting.people) if p.country]
    ctx = guest_context(text, head[0], end, tuple(ordered_unique(head_codes + body_codes + named)),
                        setting.focus, year, month)
    ctx = replace(ctx, voices=voices(text, min(head[0], body[0]) if body else head[0], max(head[1], end)) +
                  setting.voices)
    countries = ordered_unique(head_codes + body_codes + list(setting.focus))
    said = _attributions(text, sents, setting.dates)   # '…, the minister said in Moscow': not where it happened
    cands = gather(text, sents + list(extra), foreign + said, ctx, countries, in_passing)
    # a place before the entry's date ('Seoul – 3 September:'), else one opening its text ('Moskwa. …');
    # what stands before a date may be only a list's number ('1) 3 marca – Moskwa.')
    label = (place_label(text, *label_span, countries, before_date=True) if label_span else None) or \
        place_label(text, *head, countries)
    if label is not None:
        cands.insert(0, (0, label))
    if venue_from is not None:
        cands = [(t, c) for t, c in cands if c.start >= venue_from]

    parts = _weighted_parts(text, sents, foreign + said, head)
    primary_spans = [se for se, (_p, w) in zip(sents, parts) if w >= 2.0]
    if type_context:
        # the whole sentence an event is mentioned in says what it was ('przebywał w New Delhi,
        # gdzie omawiał z premierem Modim …')
        parts.append((text[type_context[0]:type_context[1]], 2.0))
        primary_spans.append(type_context)
    primary = [p for p, w in parts if w >= 2.0]
    hints = {"visit"} if any(c.role in ("visited", "host") and t == 0 and any(p in text[c.start - 60:c.end]
                                                                               for p in primary if p)
                             for t, c in cands) else set()
    # leaders named after a headline where officials meet ('W Tokio wiceministrowie przeprowadzili
    # rundę rozmów …; przygotowują spotkanie przywódców') do not make the officials' talks a summit
    own_talks = (MEETING.search(text, head[0], head[1]) and _OFFICIALS.search(text, head[0], head[1])
                 and _leaders(text, head[0], head[1], setting.people) < 2)
    if own_talks:
        hints.add("officials")
    elif any(sum(_leaders(text, x, y, setting.people) for x, y in _outside(a, b, foreign)) >= 2
             and not APART.search(text, a, b)
             for a, b in primary_spans):   # leaders in a clause about another time met then, not now
        hints.add("summit")
    if in_passing:
        hints.add("passing")
    decision = classify(parts, frozenset(hints))
    event_type, type_conf = decision.type, decision.confidence
    unknown_head = [u for u in unresolved_places(text, head[0], head[1]) if not inside(u[0], foreign)]
    venue = choose(cands, head, event_type, text, unknown_in_headline=bool(unknown_head),
                   remote=decision.rule == "remote contact")

    people = mentioned(text, head[0], end, setting.people)
    person_codes = [p.country for p in people if p.country]
    head_people = [p.country for p in mentioned(text, head[0], head[1], setting.people) if p.country]
    actors = _actors(event_type, head_codes + head_people, body_codes + person_codes, ctx, venue,
                     tuple(person_codes) + parent_actors)
    if not actors:
        # no state named, and no one known: the places named speak for theirs ('the governors of
        # Hokkaido and Sakhalin', 'the mayor of Wakkanai')
        actors = list(ordered_unique(place_countries(text, head[0], end) +
                                     ([venue.place.country] if venue is not None and venue.place.country else [])))[:2]
    origin = None
    if event_type == "visit":
        origin = next((x for x in [ctx.sender] + head_codes + person_codes + body_codes +
                       place_countries(text, head[0], head[1])
                       if x and (venue is None or x != venue.place.country)), None)
        if origin and venue is not None:
            actors = ordered_unique([origin, venue.place.country] + [a for a in actors if a in parent_actors])
    found = _persons(text, sents, foreign)
    persons = [standard_name(n, setting.people) for n in found]
    spelled = {e: n for e, n in zip(persons, found) if e != n}
    # widely known people named bare ('Kono and Lavrov met') are participants too
    for a, b in sents:
        for s, e in _outside(a, b, foreign):
            for person in mentioned(text, s, e, setting.people):
                if person.name in persons or person.name not in _TABLE_NAMES():
                    continue
                same = [i for i, q in enumerate(persons) if _same_person(person.name, q)]
                if same:   # 'Yoshihide' read alone is Suga Yoshihide, whom the table knows
                    persons[same[0]] = person.name
                else:
                    persons.append(person.name)
    persons = list(dict.fromkeys(persons))

    # (a table row's closing bar, a list's bullet, a story's counter: '[3/11]', an item's label: 'B.6')
    words = text[head[0]:head[1]]
    words = words[parties_lead(words):]
    headline = _PLACE_IN_BRACKETS.sub("", _COUNTER.sub("", " ".join(_RULE.sub(" ", words).split()).rstrip(" |").lstrip("-–—•*· ")))
    summary = " ".join(text[body[0]:body[1]].split())[:600] if body else ""
    vconf = 1.0 if venue is None else {"explicit": 1.0, "implied": 0.85}.get(venue.basis, 0.8)
    confidence = round(max(0.05, min(1.0, base_confidence * (0.6 + 0.4 * type_conf) * vconf)), 2)
    ev_span = evidence or setting.clean.orig(head[0], end)
    place = venue.place if venue else None
    venue_text = venue.text if venue else None
    why: dict = {"date": date_basis or f"{when.start}…{when.end}",
                 "type": {"rule": decision.rule, "cue": decision.cue},
                 "actors": list(actors)}
    if spelled:
        why["persons"] = spelled   # standard spelling → as the source writes it
    if venue is not None:
        why["venue"] = {"words": venue.text, "rule": venue.rule or venue.role, "basis": venue.basis,
                        "step": venue.step}
    else:
        unresolved = [u for u in unresolved_places(text, head[0], end) if not inside(u[0], foreign)]
        if unresolved and event_type != "statement":
            venue_text = unresolved[0][2]
            why["venue"] = {"words": venue_text, "rule": "named, but not found in the gazetteer", "basis": "none"}
        else:
            why["venue"] = {"rule": "the text names no place for it", "basis": "none"}
    event = Event(
        id=stable_id(setting.doc, when.start, headline, place.id if place else None),
        doc=setting.doc, date_start=when.start, date_end=when.end, date_precision=when.precision,
        event_type=event_type, headline=headline[:300], summary=summary,
        venue=place.name if place else None, venue_id=place.id if place else None,
        venue_text=venue_text,
        venue_basis=venue.basis if venue else "none",
        venue_country=place.country if place else None,
        lat=place.lat if place else None, lon=place.lon if place else None,
        geo_precision=place.kind if place else None, origin=origin,
        actors=tuple(actors), persons=tuple(persons), source_urls=tuple(urls),
        evidence=ev_span, confidence=confidence, in_passing=in_passing, why=why)
    return Built(event, [c for _t, c in cands])


def at_place(ev: Event, place, words: str, rule: str, basis: str, step: str = "", *, reid: bool = True) -> Event:
    """`ev` put at `place` by `words` under `rule`; a new id for a new place unless `reid` is off."""
    why = dict(ev.why or {}, venue={"words": words, "rule": rule, "basis": basis, "step": step})
    return ev.with_(**({"id": stable_id(ev.doc, ev.date_start, ev.headline, place.id)} if reid else {}),
                    venue=place.name, venue_id=place.id, venue_text=words, venue_basis=basis,
                    venue_country=place.country, lat=place.lat, lon=place.lon, geo_precision=place.kind, why=why)


def where(ev: Event, other: Event, words: str, rule: str, *, reid: bool = True) -> Event:
    """`ev` put where `other` took place, implied by `words` ('in the same city')."""
    place = SimpleNamespace(name=other.venue, id=other.venue_id, country=other.venue_country, lat=other.lat,
                            lon=other.lon, kind=other.geo_precision)
    return at_place(ev, place, words, rule, "implied", reid=reid)


def _leaders(text: str, a: int, b: int, people: dict[str, Person]) -> int:
    """How many leaders a sentence that speaks of meeting brings together: titled ones and the
    document's registered leaders named bare ('Kishida spotkał się z Zełenskim')."""
    b = a + len(before_reported(text[a:b]))
    # 'the Trump-Putin meeting': two names joined by a dash are two people
    piece = _DASHED_PAIR.sub(" & ", text[a:b])
    if not (MEETING.search(piece) or SUMMIT.search(piece) or CEREMONY.search(piece) or RECEIVE.search(piece)
            or _JOINT.search(piece) or _TOGETHER_AT.search(piece)):
        return 0
    # a leader named under another office ('Foreign Minister Kishida' in 2017) is not one here,
    # and 'the leaders' meeting' names no leader present
    piece = SENT_BY.sub(lambda m: " " * len(m.group()), piece)   # the sender of a letter handed over is away
    leaders = [p for p in mentioned(piece, 0, len(piece), people) if p.leader and _present_as_leader(text, a, b, p.name)]
    named = {p.name for p in leaders}
    # ('… presented to Lukashenko his credentials. — President of Belarus': the office of one already named)
    titles = [m for m in LEADER.finditer(piece) if not re.match(r"['’]", piece[m.end():m.end() + 1])
              and not _FORMER.search(piece, max(0, m.start() - 30), m.start())
              and not mentioned(piece, m.end(), min(len(piece), m.end() + 40), people)
              and not ({x.iso for x in find_countries(piece, m.end(), min(len(piece), m.end() + 25))}
                       & {p.country for p in leaders})]
    return len(named) + len(titles)


# 'a former Japanese prime minister', 'były premier': out of office, no leader at a summit
# ('a letter from the prime minister': the sender is away too)
_FORMER = re.compile(r"\b(?:former|ex-|były|byłego|byłym|byłemu|(?:letter|message|greetings)\s+from\s+(?:the\s+)?)\s*(?:[\w-]+\s+)?$",
                     re.IGNORECASE)


_MEN_SENT = re.compile(r"\b(?:units|troops|soldiers|forces|servicemen|workers|men|oddział\w*|żołnierz\w*|robotnik\w*)\s+"
                       r"(?:sent|deployed|dispatched|wysłan\w*|skierowan\w*)\s+(?:to|do|na)\s+(?:the\s+)?\S*$", re.IGNORECASE)
_DASHED_PAIR = re.compile(r"(?<=[a-ząćęłńóśźż])[-–](?=[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż])")
# two people noted together at a place, with no verb: 'Sinzo Abe i Władimir Putin na Kremlu'
_TOGETHER_AT = re.compile(r"\b[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+\s+(?:i|and|oraz)\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+\s+)?[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+\s+"
                          r"(?:na|w|we|in|at)\s+[A-ZĄĆĘŁŃÓŚŹŻ]")


# what two leaders can only do together, in one place: 'the understanding Abe and Putin reached in Singapore'
_JOINT = re.compile(r"\b(?:reached|uzgodnil\w*|porozumiel\w*\s+się|osiągnęl\w*)\b", re.IGNORECASE)


def _present_as_leader(text: str, a: int, b: int, name: str) -> bool:
    """Not under another office ('Foreign Minister Kishida' in 2017) and not only the owner of
    someone who is there ('Moon Jae-in's envoy')."""
    last = name.split()[-1]
    at = text.find(last, a, b)
    if at < 0:
        return True
    after = text[at + len(last):at + len(last) + 40]
    # 'Moon Jae-in's envoy' is not Moon; 'Kim Jong Un's first meeting with Putin' is Kim at it
    owner = re.match(r"[\w-]*['’]s\b(?!\s+(?:\w+\s+)?(?:meeting|talks|visit|trip|summit|first|second|third)\b)", after)
    return not (_OTHER_OFFICE.search(text, max(a, at - 40), at) or owner or _STOOD_IN.search(text, max(a, at - 60), at))


# 'stood in for Kim Jong Un', 'w zastępstwie prezydenta': the leader named is the one who stayed away
_STOOD_IN = re.compile(r"(?:stood\s+in\s+for|standing\s+in\s+for|in\s+place\s+of|instead\s+of|on\s+behalf\s+of|"
                       r"zamiast|w\s+zastępstwie|w\s+imieniu)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


_OFFICIALS = re.compile(r"\b(?<!prime\s)(?:wicemini\w+|minist\w+|ambasador\w*|delegac\w+|dyplomac\w+|urzędni\w+|"
                        r"(?:deputy|vice)[- ]\w*\s*minister\w*|ambassadors?|envoys?|officials|"
                        r"delegations?)\b", re.IGNORECASE)
_OTHER_OFFICE = re.compile(r"(?:[Ff]oreign|[Dd]efen[cs]e|[Dd]eputy|[Ee]conomy|[Tt]rade)\s+[Mm]inister\s+(?:\S+\s+)?$|"
                           r"minist\w+\s+(?:spraw\s+zagranicznych|obrony|gospodarki)\s+(?:\S+\s+)?$|"
                           r"szef\w*\s+(?:\w+\s+)?dyplomacji\s+(?:\S+\s+)?$")


# a place in brackets set before the text: '(Tokyo / Osaka) — the minister …' (the venue keeps it)
_COUNTER = re.compile(r"^(?:[\[(]\d{1,2}\s*/\s*\d{1,2}[\])]|[A-Z]\.\d{1,3}\.?|\d{1,3}[.)](?=\s+[A-ZĄĆĘŁŃÓŚŹŻ„\"]))\s+")   # '[3/11] …', 'B.6 …', '14. …'
_PLACE_IN_BRACKETS = re.compile(r"^\([^()]{1,40}\)\s*[–—-]\s+(?=\S)")
_RULE = re.compile(r"[=_~]{3,}|-{4,}")   # a rule under or over a heading that the joined text ran into


LABEL_WORDS = 2   # 'Mińsk.', 'Nowe Delhi.': a place set before the headline, not a headline


# who told it, closing the sentence: '…, President Zelensky said in his evening address.',
# '…, poinformowała agencja Kyodo.'
_TRAILING_SAID = re.compile(
    r",\s+(?:(?:[\w'’.-]+\s+){0,6}?(?:said|says|reported|announced|stated|told\s+\w+)(?:\s+(?:in|on|at|during)\s+[^.;,]{0,60})?"
    r"|(?:jak\s+)?(?:poinformowa\w*|poda(?:ł|ła|ło|li|ły)|ogłosi\w*|przekaza\w*|powiedzia\w*)\s+[^.;,]{0,60})[.!]?\s*$", re.IGNORECASE)


# who expects or says it, and where they are, opening the sentence
_SOURCES_IN = re.compile(r"\s*(?:Diplomats|Officials|Sources|Analysts|Observers|Experts|Dyplomaci|Urzędnicy|Źródła|Eksperci|"
                         r"Analitycy|Obserwatorzy)\s+(?:in|at|w|we)\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+)?"
                         r"(?=\s+(?:expect|say|said|believe|think|predict|spodziewaj|oczekuj|mówi|twierdz|uważaj))")


def _attributions(text: str, sents: list[tuple[int, int]], dates: list[DateMention]) -> list[tuple[int, int]]:
    """The closing 'X said' of sentences that date an act of their own ('took part in assaults on
    Saturday, Zelensky said'): the act is what happened. A sentence with no day of its own, or whose
    act is itself a position ('Japan on Monday rejected the vote, Kamikawa said'), is what was said,
    and keeps its saying."""
    out = []
    for a, b in sents:
        if (lead := _SOURCES_IN.match(text, a, b)) is not None:
            out.append((lead.start(), lead.end()))   # 'Officials in Seoul expect him in Beijing …': not where it happens
        m = _TRAILING_SAID.search(text, a, b)
        if m and any(a <= d.start < m.start() and d.when.precision == "day" for d in dates) \
                and not STATEMENT.search(text, a, m.start()):
            out.append((m.start(), b))
    return out


def _weighted_parts(text: str, sents: list[tuple[int, int]], foreign: list[tuple[int, int]],
                    head: tuple[int, int]) -> list[tuple[str, float]]:
    """Headline sentences weigh 3, then the body's first sentences 2 and 1, the rest little. A
    headline that opens with a place alone ('Mińsk. Wicepremier … zwiedził …') is one part: the
    label is no headline of its own."""
    parts, i = [], 0
    for a, b in sents:
        piece = _without(text, a, b, foreign)
        if head[0] <= a < head[1]:
            if parts and parts[-1][1] == 3.0 and len(parts[-1][0].split()) <= LABEL_WORDS:
                parts[-1] = (f"{parts[-1][0]} {piece}", 3.0)
            else:
                parts.append((piece, 3.0))
            continue
        parts.append((piece, (2.0, 1.0)[i] if i < 2 else 0.3))
        i += 1
    return parts


def _without(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> str:
    return " ".join(text[x:y] for x, y in _outside(a, b, spans) if text[x:y].strip())


def _actors(event_type: str, head: list[str], body: list[str], ctx: Context, venue: Candidate | None,
            parent: tuple[str, ...]) -> list[str]:
    """The headline's states, topped up to two from the guest context, the venue and the body."""
    actors = list(ordered_unique(head))
    # the venue's state takes part in a visit or a local meeting, not in a summit it only hosts
    local = venue is not None and event_type not in ("summit", "statement")
    fill = [ctx.sender, ctx.host if ctx.sender else None, venue.place.country if local else None,
            *parent, *body]
    for code in fill:
        if len(actors) >= 2:
            break
        if code and code not in actors:
            actors.append(code)
    return actors


def _TABLE_NAMES() -> frozenset[str]:
    from ..mentions.persons import known_people
    return frozenset(p.name for p in known_people().values())


def _outside(a: int, b: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of [a, b) outside `spans`."""
    out, pos = [], a
    for s, e in sorted(spans):
        if e <= a or s >= b:
            continue
        if s > pos:
            out.append((pos, s))
        pos = max(pos, e)
    if pos < b:
        out.append((pos, b))
    return out


def _same_person(a: str, b: str) -> bool:
    """'Lavrov' found bare and 'Sergey Lavrov' from the table are one person."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return bool(wa & wb)


def _persons(text: str, sents: list[tuple[int, int]], foreign: list[tuple[int, int]]) -> list[str]:
    out: list[str] = []
    for a, b in sents:
        pos = a
        for s, e in sorted(foreign):
            if e <= a or s >= b:
                continue
            if s > pos:
                out.extend(find_persons(text, pos, s))
            pos = max(pos, e)
        if pos < b:
            out.extend(find_persons(text, pos, b))
    seen: list[str] = []
    for p in out:
        if p in seen or any(p != q and (q.endswith(" " + p) or q.startswith(p + " ")) for q in out):
            continue
        seen.append(p)
    return seen
