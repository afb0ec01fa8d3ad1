"""Events mentioned in passing (GOLD 2.4): a dated happening inside an entry or article that is not
its subject, annotated only when both its month and its place are known.

Dates that only bound a state ('od marca 2017'), set a deadline ('do czerwca 2019') or date the
report itself ('mówił w sierpniu Kirby') are not events. Back-references to an event that has its
own entry are removed afterwards by `dedupe`.
"""
from __future__ import annotations

import datetime as dt
import re

from ...events import Event, period_bounds
from ...geo import NEAR_KM, km
from ..mentions.clauses import (AGREED_TO, FRONTED, INVITING, JUDGED, MAIN_AFTER, PARTICIPLE, PARTICIPLE_COMMA, SUBORDINATE,
                                THAT, TOPIC, bracketed, clauses, fronted_act,
                                is_reporting, overlaps, own_part)
from .compose import Setting, at_place, build, where
from .trips import SEQUENCE, coordinated_places, further_stops
from .types import DRILLS_HELD, classify
from ..mentions.dates import When
from ..mentions.institutions import Context, border, capital, seats
from ..mentions.morph import is_participle
from ..mentions.places import find_candidates
from ..document.layout import sentences

_ONE_DAY = dt.timedelta(days=1)
_NOT_EVENT_MARKERS = {"od", "since", "do", "until", "till", "by", "przed", "before"}
_SINCE_BEFORE = re.compile(r"\b(?:since|od)\s+$", re.IGNORECASE)


def passing_events(setting: Setting, region: tuple[int, int], parent: Event, parent_when: When,
                   skip_overlapping: bool) -> list[Event]:
    """In-passing events in text[region]; `skip_overlapping` drops dates within the parent's own."""
    text = setting.clean.text
    out: list[Event] = []
    sents = sentences(text, *region)
    for i, s in enumerate(sents):
        for d in setting.dates:
            if not (s.start <= d.start < s.end) or d.when.precision == "year":
                continue
            if d.marker in _NOT_EVENT_MARKERS and not d.relative and not _event_since(text, s.start, d):
                continue
            if d.relative and _SINCE_BEFORE.search(text, max(s.start, d.start - 12), d.start) and \
                    not _FIRST.search(text, s.start, d.start) and not d.attribute and not _WHEN_CLAUSE.match(text, d.end):
                # 'has sent three groups since last February': a state that began then ('since the December
                # summit in Nagato' and 'since November, when a train crossed …' name the event that began it)
                continue
            if skip_overlapping and overlaps(d.when, parent_when) and d.when.end <= parent_when.end \
                    and not (d.when.precision == parent_when.precision == "day" and d.when.start < parent_when.start) \
                    and not (d.when.precision == "month" and parent_when.precision == "day" and not d.relative) \
                    and not _elsewhere_that_day(text, s, d, parent, parent_when):
                # the entry's own days; '26–27 IV' after an entry of 24–26 IV runs past them, and
                # '17–18 października' under an entry of 18–19 began before them ('manewry w połowie
                # lutego' under an entry of 19 II are no day of the entry's)
                continue
            if _BOUND_CLAUSE.search(text, max(s.start, d.start - 60), d.start):
                continue   # 'her first visit since she took office in September' dates a state
            if _CALLED_OFF.search(text, max(s.start, d.start - 60), min(s.end, d.end + 60)):
                continue   # 'odwołuje zaplanowaną na 26–27 kwietnia wizytę': what was called off did not happen
            if _SEE_ENTRY.match(text, d.end):
                continue   # 'ustawa z 3 lipca (zob. poz. 1)': the document tells it in an entry of its own
            if _DENIED.search(text, max(s.start, d.start - 160), d.start):
                continue   # 'denied a report that Putin would visit Japan in December': nothing planned was told
            cl = [c for c in clauses(text, s.start, s.end) if c.start <= d.start < c.end]
            clause = max(cl, key=lambda c: c.end - c.start) if cl else None
            if clause is None:
                continue
            clause = bracketed(text, clause, d, s.start, s.end) or clause
            # ('przypomniała lipcową wizytę premiera': a month's adjective names its own event, not the recalling)
            reported = is_reporting(text, d, clause) and not DRILLS_HELD.search(text, d.end, s.end) and not d.attribute
            if reported and not (_SAID_AT.match(text, d.end, min(clause.end, d.end + 40))
                                 or _SAID_IN.fullmatch(text, clause.start, d.start)
                                 or _SAID_THERE_ON.search(text, max(clause.start, d.start - 60), d.start)
                                 or _TIME_CLAUSE.match(text, d.end, s.end) or _TIME_CLAUSE.match(text, clause.end, s.end)):
                # 'mówił w sierpniu Kirby' dates the report; 'said on Tuesday in Kyiv', 'In Moscow on
                # Saturday, the minister told reporters' and 'signalled it in September, when he told
                # reporters in Petropavlovsk …' are statements made there
                continue
            context = (_context_start(text, clause, s, d, setting.dates), _context_end(text, clause, s, d, setting.dates))
            if (of := _OF_WHICH.search(text, max(s.start, d.start - 40), d.start)) and \
                    (told_when := _DATE_TAIL_WHEN.match(text, d.end, s.end)):
                # 'trzyma się ustaleń z października 2019 r., kiedy przebywał na Hokkaido': a noun's date
                # that a time clause explains; that clause tells what happened then
                context = (told_when.end(), next((c.end for c in clauses(text, s.start, s.end)
                                                  if c.start <= told_when.end() < c.end), s.end))
                told = (of.start(), context[1])
            else:
                told = None
            fronted_end = None
            if (cut := fronted_act(text, d, s.end)) is not None:
                # 'The day after his talks with Ri in Beijing, Wi briefed …': the talks, up to the comma
                context, fronted_end = (d.start, cut), cut
            elif (link := _LINK.search(text, s.start, d.start)) is not None and link.start() - s.start <= FRONTED \
                    and (comma := text.find(",", d.end, context[1])) > 0 and MAIN_AFTER.match(text, comma + 1):
                # 'Sixty years to the day after Gagarin took off from Baikonur on 12 April 1961, the
                # ambassador laid flowers …': the fronted clause is all that is said of the earlier act
                context, fronted_end = (context[0], comma), comma
            if (plan := _TOLD_PLAN.search(text, context[0], d.start)) is not None:
                # 'told reporters he planned to travel to Seoul in April': the date is the plan's, and so is the type
                context = (plan.start("plan"), context[1])
            # 'closed in Pyongyang after the March summit in Singapore': the place follows the month
            venue_from = d.start if d.attribute else None
            held = [m for m in PARTICIPLE.finditer(text, clause.start, d.start) if not _AUXILIARY.match(m.group().split()[-2])]
            if held and not any(clause.start <= x.start < held[-1].start() for x in setting.dates) and \
                    find_candidates(text, held[-1].start(), _part_end(text, held[-1].start(), clause.end)):
                # 'handed over scanners to the Gomel hospital under a grant signed in Minsk in August': the
                # grant's place follows its participle ('the Kyiv summit … held in April, and Seoul will
                # host …': unless none follows it in its own part of the sentence)
                venue_from = max(venue_from or 0, held[-1].start())
            if (asked := INVITING.search(text, context[0], d.start)) is not None:
                # 'W Moskwie Putin zaprosił premiera na forum we wrześniu do Władywostoku': the invitation's
                # trip, placed by what follows the inviting, not by where it was made
                venue_from = asked.end()
            topic = list(TOPIC.finditer(text, clause.start, d.start))
            if topic:
                venue_from = topic[-1].start()   # 'rozmawiali w Tokio o wizycie w grudniu': not the talks' place
            # 'met in July in Hamburg and again in Vladivostok in September': with two dates in a
            # clause, each takes the place of its own part first
            spans = [own_part(text, clause, d, setting.dates), (clause.start, clause.end)]
            if (named := _named_event(text, clause, d)) is not None:
                spans.insert(0, (named, clause.end))
            if (named := _qualified_noun(text, clause, d)) is not None:
                # 'po próbie jądrowej przeprowadzonej 9 września na poligonie Punggye-ri': the noun
                # the participle qualifies is what the date dates, and its place follows
                spans.insert(0, (named, clause.end))
                context = (max(context[0], named), context[1])
            if (own_act := _comma_participle(text, clause, d)) is not None:
                # '… ofiar lotu MH17, zestrzelonego poprzedniego dnia nad obwodem donieckim, i …': a
                # participle set off before the date tells the act it dates, up to its closing comma: its
                # place follows the participle, and its words say what it was when they name it
                venue_from = max(venue_from or 0, own_act[0])
                if classify([(text[own_act[0]:own_act[1]], 2.0)]).type != "other":
                    context = own_act
                elif classify([(text[(noun := _noun_before(text, clause, own_act[0])):own_act[1]], 2.0)]).type != "other":
                    # 'w rocznicę Traktatu o przyjaźni …, podpisanego 6 lipca 1961 r. w Moskwie': the
                    # participle alone names no act; with the noun it qualifies it does
                    context = (noun, own_act[1])
            agreed = list(AGREED_TO.finditer(text, clause.start, d.start)) if d.when.start > parent_when.end else []
            if agreed:
                # 'met in Nagoya and agreed to hold another round in December': the plan is placed only
                # by what follows the agreeing, not by the meeting that agreed it
                spans = [(agreed[-1].start(), clause.end)]
                context = (max(context[0], agreed[-1].start()), context[1])
            if THAT.search(text, s.start, d.start):
                context = (context[0], min(context[1], spans[0][1]))   # not what the speakers did next
            remark = _REMARK.search(text, d.end, context[1])
            if remark:
                # '… in Vladivostok on Sept. 7, and officials said Korea would top the agenda': a remark
                # on the plan, not what the plan is
                context = (context[0], remark.start())
            later_act = SUBORDINATE.search(text, d.end, context[1]) or _AND_SINCE.search(text, d.end, context[1])
            if later_act:
                # 'the office opened in Kaesong in September 2018, after the leaders agreed …': what
                # follows the conjunction is another act, not this one
                context = (context[0], later_act.start())
            if SUBORDINATE.search(text, clause.start, d.start) or THAT.search(text, clause.start, d.start):
                # 'analysts said the trip showed … after Kim met Putin in April 2019': the frame is not the act
                context = (max(context[0], spans[0][0]), context[1])
            if clause.own_start > clause.start:
                # 'a state visit to Moscow by Xi Jinping, which began on Monday': the relative clause
                # dates the whole noun phrase before it
                spans.append((max(s.start, _phrase_start(text, s.start, clause.own_start)), clause.end))
            when_clause = _TIME_CLAUSE.match(text, clause.end, s.end)
            if when_clause:
                # 'zgodzili się w kwietniu, gdy Abe przebywał w Moskwie': the clause of the time places it
                spans.append((clause.start, next((c.end for c in clauses(text, s.start, s.end)
                                                  if c.start <= when_clause.end() < c.end), s.end)))
            held = _HELD_THERE.match(text, clause.end, s.end) or _WHERE.match(text, clause.end, s.end)
            rel_end = next((c.end for c in clauses(text, s.start, s.end) if held and c.start <= held.end() < c.end), s.end)
            if held and not any(held.start() <= x.start < rel_end for x in setting.dates):
                # 'following up on last month's conference, which had also taken place in Tokyo', 'was
                # in Germany, where he met Austin at Ramstein': the relative clause places what the date
                # names (one with a day of its own, 'from Jeddah, where on Friday he had addressed …',
                # tells another happening)
                spans.insert(0, (clause.start, rel_end))
            if (whence := _whence(text, s.start, d.start)) is not None:
                # 'z zakładu w Prigorodnoje, skąd pod koniec marca wypłynął tankowiec': the place the
                # relative word stands for is where the dated act happened
                spans.insert(0, (whence, clause.end))
                venue_from = whence
            if (noun := _event_noun(text, clause, d)) is not None:
                spans = [(max(a, noun), b) for a, b in spans]
            if fronted_end is not None:
                spans = [(a, min(b, fronted_end)) if a < fronted_end else (a, b) for a, b in spans]
            if told:
                spans = [told]
            there = None
            for k, span in enumerate(dict.fromkeys(spans)):
                built = build(setting, d.when, span, None, in_passing=True, venue_from=venue_from,
                              parent_actors=parent.actors, evidence=setting.clean.orig(s.start, s.end),
                              base_confidence=0.7, type_context=context,
                              date_basis=f"mentioned in passing: '{d.text}'")
                ev = built.event
                if k == 0 and ev.venue is None:
                    there = _THERE.search(text, *span)
                if k and there is not None and ev.venue is not None and ev.venue_basis != "explicit":
                    # 'expelled Japan's consul in Vladivostok after the FSB detained him there on …':
                    # 'there' is the place the sentence named before, even where only implied (a place
                    # named outright is taken below anyway)
                    ev = where(ev, ev, there.group(), "the place 'there' points back to", reid=False)
                    break
                if k and clause.own_start > clause.start and d.start >= clause.own_start and \
                        ev.venue_id == parent.venue_id and parent.venue_id is not None:
                    # 'In Nemuro … held a rally demanding visits, which Russia suspended in March': the
                    # sentence's place is its own event's, not lent to what it mentions in passing
                    ev = ev.with_(venue=None)
                    continue
                if ev.venue is not None and (k == 0 or ev.venue_basis == "explicit"):
                    break   # a wider span lends only a place it names outright, not an implied one
                ev = ev.with_(venue=None) if k else ev
            if ev.venue is None and parent.geo_precision == "island" and \
                    (isle := _THE_ISLAND.search(text, clause.start, clause.end)):
                # 'Miedwiediew odwiedził Iturup … Poprzednio był na wyspie w sierpniu 2015 roku': the island named
                ev = where(ev, parent, isle.group(), "the main event's island", reid=False)
            if ev.venue is None and i + 1 < len(sents):
                nxt = sents[i + 1]
                if not any(nxt.start <= x.start < nxt.end for x in setting.dates):
                    cands = _strong_implied(text, nxt.start, nxt.end, d.when)
                    if cands:
                        built = build(setting, d.when, (clause.start, clause.end), None, in_passing=True,
                                      parent_actors=parent.actors, evidence=setting.clean.orig(s.start, nxt.end),
                                      base_confidence=0.6, extra=((nxt.start, nxt.end),),
                                      date_basis=f"mentioned in passing: '{d.text}'")
                        ev = built.event
            if ev.venue is None and i > 0 and _TRIP_NOUN.search(text, sents[i - 1].start, sents[i - 1].end) and \
                    not any(sents[i - 1].start <= x.start < sents[i - 1].end for x in setting.dates):
                # 'Kluczowa była wizyta ministra Kono w Moskwie. W dniach 8–10 października szef japońskiej
                # dyplomacji spotkał się z Ławrowem': the undated trip before names the place of its days
                built = build(setting, d.when, (clause.start, clause.end), None, in_passing=True,
                              parent_actors=parent.actors, evidence=setting.clean.orig(sents[i - 1].start, s.end),
                              base_confidence=0.6, extra=((sents[i - 1].start, sents[i - 1].end),),
                              date_basis=f"mentioned in passing: '{d.text}'")
                if built.event.venue_basis == "explicit":
                    ev = built.event
            if ev.venue is None and parent.venue_id is not None and (same := SAME_PLACE.search(text, clause.start, clause.end)):
                # 'the two leaders had held talks in the same city on Monday': the main event's city
                ev = where(ev, parent, same.group(), "the main event's place", reid=False)
            capital_word = _THE_CAPITAL.search(text, clause.start, clause.end)
            if ev.venue is None and capital_word and (seat := capital(parent.venue_country)) is not None:
                # 'also landed in the capital on Wednesday': the capital of the country the story is in
                ev = at_place(ev, seat, capital_word.group(), "the capital of the main event's country", "implied",
                              reid=False)
            if ev.venue is None:
                continue
            if ev.event_type == "meeting" and parent.event_type == "summit" and \
                    (same := _THE_SAME_TWO.search(text, *context)) is not None:
                # 'They had first met in July in Hamburg', 'Poprzednio obaj politycy spotkali się …': the
                # leaders of the main event, meeting before
                ev = ev.with_(event_type="summit", why=dict(ev.why or {}, type={
                    "rule": "the main event's leaders, met before", "cue": same.group()}))
            # the trip may go on in this sentence or the next ('During that trip Kim also toured …')
            reach = s.end
            if i + 1 < len(sents) and not any(sents[i + 1].start <= x.start < sents[i + 1].end for x in setting.dates):
                reach = sents[i + 1].end
            if fronted_end is not None:
                reach = fronted_end   # what the main clause after the comma tells is the sentence's own
            stops = further_stops(setting, ev, d.when, [(s.start, reach)], skip=(s.start, clause.end))
            summary = " ".join(s.text.split())[:600]
            # ('… in Beijing, Seoul's negotiator briefed …': no list of places runs past a fronted phrase's comma)
            listed = coordinated_places(setting, built, stops) if fronted_end is None else []
            out += [ev.with_(summary=summary), *(e.with_(summary=summary) for e in listed), *stops]
    return out


# what the same people have done since: 'met both soldiers in Kyiv in February and has urged …'
_AND_SINCE = re.compile(r",?\s(?:and|but|i|a)\s+(?:has|have)\s+(?:since\s+|also\s+)?[a-z]+ed\b", re.IGNORECASE)
_TOLD_PLAN = re.compile(r"\b(?:told|said|announced|powiedzia\w*|zapowiedzia\w*|oświadczy\w*)\b[^.;]{0,40}?\s"
                        r"(?P<plan>(?:he|she|they|that\s+he|that\s+she|że)\s+(?:planned|plans|intends|intended|would|will|"
                        r"zamierza|planuje|ma\s+zamiar)\b)", re.IGNORECASE)
_TRIP_NOUN = re.compile(r"\b(?:wizyt\w*|visit|podróż\w*|trip|pobyt\w*|stay|(?<![Zz]\s)udział\b|participation\s+in|attendance\s+at)\b", re.IGNORECASE)
_THE_SAME_TWO = re.compile(r"\b(?:they|their|both\s+(?:men|leaders)|the\s+two\s+(?:men|leaders)|obaj|obydwaj|"
                           r"ci\s+dwaj)\b", re.IGNORECASE)
_HELD_THERE = re.compile(r"\s*,?\s*(?:which|that|któr[aey]|które)\s+(?:\w+\s+){0,3}?(?:took\s+place|taken\s+place|"
                         r"(?:was|were|been)\s+held|odby(?:ł|ła|ło|ły|li)\s+się|odbywa\w*\s+się)\b", re.IGNORECASE)
_WHERE = re.compile(r"\s*,?\s*(?:where|gdzie)\s", re.IGNORECASE)
# a place and the relative word that stands for it: '… w Prigorodnoje, skąd …', '… at Nakhodka, from where …'
_WHENCE = re.compile(r"(?:\b(?:w|we|z|ze|na|in|at|from)\s+(?:(?:the\s+)?[a-ząćęłńóśźż]+\s+){0,2}?)?[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+(?:[ -][A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+)?"
                     r",\s+(?:skąd|gdzie|whence|from\s+where|where)\s[^,;.]*$")


def _part_end(text: str, start: int, end: int) -> int:
    """Where the part of a sentence that starts at `start` ends: its next comma or semicolon."""
    m = re.compile(r"[,;]").search(text, start, end)
    return m.start() if m else end


def _whence(text: str, start: int, at: int) -> int | None:
    """Where the place begins that a relative 'skąd'/'gdzie' before `at` stands for, in its sentence."""
    m = _WHENCE.search(text, start, at)
    return m.start() if m else None


_TIME_CLAUSE = re.compile(r"\s*,?\s*(?:gdy|kiedy|when|while)\s", re.IGNORECASE)
_REMARK = re.compile(r",\s+(?:and|but|while|a|ale|zaś)\s+(?:[\w-]+\s+){0,3}?(?:said|says|added|noted|stated|told|"
                     r"powiedzia\w*|doda\w*|oświadczy\w*|stwierdzi\w*|zaznaczy\w*)\b", re.IGNORECASE)
_CALLED_OFF = re.compile(r"\b(?:odwoła\w*|odwołuj\w*|odwołan\w*|anulowa\w*|cancel+(?:ed|ing|s|ation)?|called\s+off|"
                         r"scrapped|postpone[ds]?|postponing|przełoż\w*|przełożon\w*)\b", re.IGNORECASE)

# a pointer to another entry of the same document: '(zob. poz. 1)', '(patrz wyżej)', '(see item 3)', '(cf. above)'
_SEE_ENTRY = re.compile(r"[^.;()]{0,40}?\(\s*(?:zob\.|por\.|patrz|see|cf\.)\s*(?:poz\.|pkt\.?|punkt\w*|nr|item|entry|no\.|§|"
                        r"wyżej|powyżej|niżej|poniżej|above|below)", re.IGNORECASE)
_DENIED = re.compile(r"\b(?:denied|denies|dismissed|rejected|zdementowa\w*|dementuj\w*|zaprzeczy\w*)\b[^.;]{0,60}?"
                     r"\b(?:reports?|rumou?rs?|claims?|speculation|doniesie\w*|pogłosk\w*|spekulacj\w*)\b[^.;]{0,10}?"
                     r"(?:that|że|iż|o|jakoby)\s[^.;]*$", re.IGNORECASE)


def _phrase_start(text: str, sentence_start: int, relative_start: int) -> int:
    """Where the noun phrase a relative clause follows begins: after the main clause's verb
    ('coincided with', 'odbyła się'), or at the sentence's start."""
    verbs = list(_MAIN_VERB.finditer(text, sentence_start, relative_start))
    return verbs[-1].end() if verbs else sentence_start


_MAIN_VERB = re.compile(r"\b(?:coincided\s+with|followed|preceded|came\s+(?:after|before)|zbiegł\w*\s+się\s+z|"
                        r"poprzedził\w*|nastąpił\w*\s+po)\b", re.IGNORECASE)
# ('powiedział w sobotę dziennikarzom w Seulu': the audience may come between the day and the place)
_SAID_AT = re.compile(r"\s*(?:(?:to\s+)?(?:dziennikarzom|reporterom|mediom|reporters|journalists|the\s+press)\s+)?"
                      r"(?:w|we|in|at)\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])", re.IGNORECASE)
_SAID_IN = re.compile(r"\s*(?:W|We|In)\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+)?\s*,?(?:\s+(?:on|w|we))?\s*")
# 'had said in Moscow on 30 April that …', 'oświadczył w Tokio 3 maja, że …': the saying has its place and day
_SAID_THERE_ON = re.compile(r"\b(?:said|stated|told\s+\w+|declared|announced|mówił\w*|powiedział\w*|oświadczył\w*|"
                            r"zapowiedział\w*|ogłosił\w*)\s+(?:w|we|in|at)\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w'’-]+"
                            r"(?:\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w'’-]+)?\s*,?\s+(?:on\s+)?$|"
                            # ... or its speaker's: 'The Russian Foreign Ministry in Moscow said the following day that …'
                            r"\b(?:w|we|in|at)\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w'’-]+(?:\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w'’-]+)?\s+"
                            r"(?:said|stated|declared|announced|oświadczył\w*|powiedział\w*|ogłosił\w*|stwierdził\w*)\s+(?:on\s+)?$",
                            re.IGNORECASE)
_THERE = re.compile(r"\b(?:there|tam|tamże)\b", re.IGNORECASE)
_THE_ISLAND = re.compile(r"\b(?:na\s+(?:tej\s+)?wyspie|(?:on|to)\s+the\s+island)\b", re.IGNORECASE)
SAME_PLACE = re.compile(r"\b(?:(?:in|to|at|on)\s+the\s+same\s+(?:city|town|place|venue|campus|island|resort|building|hall|"
                        r"premises|headquarters|offices?)|"
                        r"(?:w|we|na|do)\s+(?:tym\s+samym|tego\s+samego|tej\s+samej|tym\s+samym)\s+(?:mieście|miasta|miejscu|miejsca|"
                        r"ośrodku|ośrodka|porcie|portu|kampusie|kampusu|wyspie|wyspy|kurorcie|kurortu|budynku|gmachu|"
                        r"siedzibie|sali)|"
                         # 'dwie wcześniejsze próby z tego samego kosmodromu', 'from the same launch pad'
                         r"(?:z|ze)\s+tego\s+samego\s+(?:kosmodromu|poligonu|ośrodka|miejsca|portu|lotniska)|"
                         r"(?:from|at)\s+the\s+same\s+(?:site|base|cosmodrome|launch\s+pad|range|port|airfield)|"
                         # 'ostatnio był tu w styczniu 2019 roku', 'he was last here in January'
                         r"(?:był\w*|przebywał\w*|bywał\w*|gościł\w*|przylecia\w*|przyjecha\w*|przyby\w*|was|were|came|flew)\s+"
                         r"(?:\w+\s+)?(?:tu|tutaj|here))\b",
                         re.IGNORECASE)
# 'the capital' with no country after it: the capital of the state the story takes place in
_THE_CAPITAL = re.compile(r"\b(?:in|to|into|at)\s+the\s+(?:\w+\s+)?capital\b(?!\s+of\b|['’])|"
                          r"\b(?:w|do|ze?)\s+stolic[yę]\b(?!\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ]|\w+sk\w*\b))")
_LINK = re.compile(r"\b(?:after|before|since|following|po\s+tym,?\s+jak|zanim|od\s+czasu)\s", re.IGNORECASE)


def _context_start(text: str, clause, s, d, dates) -> int:
    """Where what the text says of a mentioned event begins: its sentence, after any earlier date,
    and after a word that links it to another event ('The visit comes a month after Kim travelled …':
    the visit is the article's own)."""
    earlier = [x.end for x in dates if s.start <= x.start < clause.start and x is not d]
    links = [m.end() for m in _LINK.finditer(text, s.start, clause.start)]
    said = [m.end() for m in THAT.finditer(text, s.start, d.start)]   # 'recalled Kim's first meeting …'
    # a date that names its event ('after Friday's attack on …', 'the March summit') begins what is said of it
    named = [x] if (x := _named_event(text, clause, d)) is not None else []
    qualified = [x] if (x := _event_noun(text, clause, d)) is not None else []
    # 'uważa lipcowy przyjazd premiera na Iturup za …': a month's adjective opens the event it names
    own = [d.start] if d.attribute and d.when.precision == "month" else []
    return max(earlier + links + said + named + qualified + own + [s.start])


def _event_noun(text: str, clause, d) -> int | None:
    """Where the noun the date belongs to begins, when the clause's act is another: a launch a
    participle qualifies after a comma, or a trip a speaker judges ('nazwał afrontem pobyt
    prezydenta na Kunaszyrze 1 listopada')."""
    judged = [m.end() for m in JUDGED.finditer(text, clause.start, d.start)]
    return _participle_noun(text, clause, d) or (judged[-1] if judged else None)


def _elsewhere_that_day(text: str, s, d, parent: Event, parent_when: When) -> bool:
    """'Wtorek–środa: Stoltenberg w Tokio … W środę, gdy …, w Mińsku wiceminister przyjmował ambasadora':
    one day inside an entry of several, told with a place of its own far from the entry's, is
    another happening of that day."""
    if not (d.when.precision == parent_when.precision == "day" and d.when.start == d.when.end
            and parent_when.start != parent_when.end and parent.lat is not None):
        return False
    own = [c for c in find_candidates(text, d.end, s.end) if c.role == "locative" and c.place.kind != "country"]
    return bool(own) and km(own[0].place.lat, own[0].place.lon, parent.lat, parent.lon) > NEAR_KM \
        and own[0].place.country != parent.venue_country


def _participle_noun(text: str, clause, d) -> int | None:
    """"met on North Korea's launch of a Hwasong-15, fired on 18 February …": the launch is the noun
    the participle after the comma qualifies; where it begins (after the word that opens it)."""
    comma = PARTICIPLE_COMMA.search(text, max(clause.start, d.start - 40), d.start)
    opens = [m.end() for m in _NOUN_OPENS.finditer(text, clause.start, comma.start())] if comma else []
    return opens[-1] if opens else None


# ('the commission on trade, held in Pyongyang': 'on' there completes a noun; the phrase runs on)
_AUXILIARY = re.compile(r"(?:was|were|been|being|is|are|be|został\w*|była|był|były|jest|są)$", re.IGNORECASE)
_NOUN_OPENS = re.compile(r"(?<!commission\s)(?<!committee\s)(?<!talks\s)(?<!agreement\s)(?<!treaty\s)(?<!conference\s)"
                         r"(?<!forum\s)(?<!dialogue\s)(?<!group\s)"
                         r"\b(?:on|over|about|after|following|against|condemning|debated|discussed|condemned|denounced|"
                         r"po|wobec|przeciw(?:ko)?|w\s+sprawie|na\s+temat|omówi\w*|potępi\w*)\s+", re.IGNORECASE)


def _named_event(text: str, clause, d) -> int | None:
    """'after Friday's attack on …', 'before the March summit', 'after the missile strikes of October
    10 on Kyiv': a linked date that names the event; where what names it begins."""
    if not d.attribute:
        return None
    link = list(_LINK.finditer(text, max(clause.start, d.start - 40), d.start))
    return link[-1].end() if link else None


# a participle right before the date ('przeprowadzonej 9 września', 'conducted on 9 September') and
# the word that links its noun to the sentence's own act ('po', 'after')
_BEFORE_DATE = re.compile(r"(?P<word>[^\W\d_]+(?:\s+out)?)\s+(?:(?:w\s+dniu|on|in)\s+)?$", re.IGNORECASE)
_EN_PARTICIPLES = {"held", "conducted", "carried out", "staged", "signed", "launched", "fired", "made"}
_LINK_WORD = re.compile(r"\b(?:po|przed|after|before|following|since)\s+", re.IGNORECASE)


def _qualified_noun(text: str, clause, d) -> int | None:
    """Where the noun phrase begins that a participle before the date qualifies, when a linking word
    ('po', 'after') opens it: that phrase, not the sentence's act, is what the date names."""
    m = _BEFORE_DATE.search(text, max(clause.start, d.start - 30), d.start)
    if m is None or not (m["word"].lower() in _EN_PARTICIPLES or is_participle(m["word"])):
        return None
    links = list(_LINK_WORD.finditer(text, max(clause.start, m.start() - 50), m.start()))
    return links[-1].end() if links else None


def _comma_participle(text: str, clause, d) -> tuple[int, int] | None:
    """The words of a participle set off by a comma right before the date, to the next comma."""
    m = _BEFORE_DATE.search(text, max(clause.start, d.start - 30), d.start)
    if m is None or not (m["word"].lower() in _EN_PARTICIPLES or is_participle(m["word"])) \
            or not re.search(r",\s*$", text[max(clause.start, m.start() - 3):m.start()]):
        return None
    end = text.find(",", d.end, clause.end)
    return m.start(), end if end > 0 else clause.end


def _noun_before(text: str, clause, at: int) -> int:
    """Where the noun phrase a participle after a comma qualifies may begin: a few words back,
    within its clause ('Traktatu o przyjaźni, współpracy i pomocy wzajemnej, podpisanego …')."""
    words = list(re.finditer(r"\S+", text[max(clause.start, at - 90):at]))
    return max(clause.start, at - 90) + words[max(0, len(words) - 8)].start() if words else at


def _context_end(text: str, clause, s, d, dates) -> int:
    """Where what the text says of a mentioned event ends: the end of its sentence, or the first
    later clause that moves on to another time or place ('…, a kilka dni później, …') or that
    carries a date of its own."""
    for c in clauses(text, clause.end, s.end):
        if SEQUENCE.search(text, c.start, min(c.end, c.start + 40)):
            return c.start
        if any(c.start <= x.start < c.end and x is not d for x in dates):
            return c.start
    return s.end


_FIRST = re.compile(r"\b(?:pierwsz\w*|first)\b", re.IGNORECASE)
_OF_WHICH = re.compile(r"\b[^\W\d_]+\s+(?:z|ze|of|from)\s+$", re.IGNORECASE)   # 'ustalenia z ', 'the talks of '
_DATE_TAIL_WHEN = re.compile(r"(?:\s+(?:r\.|roku))?\s*,\s*(?:kiedy|gdy|when)\s", re.IGNORECASE)
_WHEN_CLAUSE = re.compile(r"\s*,\s*(?:kiedy|gdy|when)\b", re.IGNORECASE)


# A clause opened by 'since' and a pronoun that runs up to the date: the date starts a state. (Polish
# drops the pronoun: 'odkąd ich lutowy szczyt w Hanoi…' names an event, so no Polish form here.)
_BOUND_CLAUSE = re.compile(r"\b(?:ever\s+)?since\s+(?:she|he|they|it|we|I)\s+[^,.;:!?]{0,40}$|"
                           # a state that began: 'since the border was closed in January', 'odkąd
                           # granica została zamknięta w styczniu'
                           r"\b(?:since|odkąd|od\s+kiedy|od\s+czasu,?\s+gdy)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                           r"(?:was|were|had\s+been|has\s+been|have\s+been|został\w*|zostały)\s+(?:closed|shut|suspended|"
                           r"halted|frozen|banned|sealed|stopped|imposed|introduced|zamknięt\w*|zawieszon\w*|wstrzyman\w*|"
                           r"zamrożon\w*|wprowadzon\w*|nałożon\w*)\b[^,.;:!?]{0,30}$", re.IGNORECASE)


def _event_since(text: str, sentence_start: int, d) -> bool:
    """'the first meeting since April 2019, when they met in Vladivostok': 'since' dates an event."""
    # without the 'when' clause the place is unknown: 'the first such meeting since November 2023' in
    # a sentence about Tokyo does not put November's meeting in Tokyo
    # ('moving again since November, when a train crossed …': the month's 'when' clause tells it too)
    return d.marker in ("od", "since") and (bool(_FIRST.search(text[sentence_start:d.start])) or d.when.precision != "year") \
        and bool(_WHEN_CLAUSE.match(text, d.end))


def _strong_implied(text: str, a: int, b: int, when: When) -> list:
    ctx = Context(year=int(when.start[:4]), month=int(when.start[5:7]))
    out = []
    # Only the places that cannot be another event's: a summit or the UN named in the next sentence
    # is as likely a different meeting ('…talks in February. Abe invited Putin to the G20 in Osaka').
    for rule in (border, seats):
        out.extend(rule(text, a, b, ctx))
    return out


def _told_apart(a: Event, b: Event) -> bool:
    """Two mentions in different sentences, each naming its own days ('Już 9 października w Moskwie
    odbyło się spotkanie …' and 'W dniach 8–10 października szef dyplomacji …'), or one a saying and
    the other not: two events."""
    apart = bool(a.evidence and b.evidence) and a.evidence != b.evidence and a.summary != b.summary
    # ('Peskov had said in Moscow on 30 April …' and, elsewhere, 'had spoken at a conference in Moscow
    # in mid-April': a saying and a doing are two events)
    said = (a.event_type == "statement") != (b.event_type == "statement")
    return apart and (said or a.date_precision == b.date_precision == "day" and
                      (a.date_start, a.date_end) != (b.date_start, b.date_end))


def same_happening(a: Event, b: Event) -> bool:
    """Same place (within 50 km, or a country holding the other's place: GOLD 2.2, a trip named by
    its country and then by its stop) and overlapping dates: one event told twice."""
    if a.venue_id is None or b.venue_id is None:
        return False
    if _other_visitors(a, b):
        return False
    within = "country" in (a.geo_precision, b.geo_precision) and a.venue_country == b.venue_country
    if a.venue_id != b.venue_id and not within and (
            a.lat is None or b.lat is None or km(a.lat, a.lon, b.lat, b.lon) > NEAR_KM):
        return False
    a0, a1 = period_bounds(a.date_start)[0], period_bounds(a.date_end)[1]
    b0, b1 = period_bounds(b.date_start)[0], period_bounds(b.date_end)[1]
    return a0 <= b1 and b0 <= a1


def _other_visitors(a: Event, b: Event) -> bool:
    """Two visits from different states by different people: two delegations in one capital on one
    day are two events."""
    def other(v: Event, m: Event) -> bool:
        # (a visit whose visitors are untold, 'Governor in Niigata' over its story, is no other's)
        return v.event_type == "visit" and bool(v.origin) and v.origin != m.origin and v.origin not in m.actors \
            and not (m.event_type == "visit" and m.origin is None)
    return (other(a, b) or other(b, a)) and \
        not {w for n in a.persons for w in n.split()} & {w for n in b.persons for w in n.split()}


def _within(p: Event, m: Event) -> bool:
    """An implied place for something said to happen during a main event's own days is that event
    seen from inside ('w sobotę rozmawiał z minister spraw zagranicznych KRLD' during the visit)."""
    if p.venue_basis != "implied" or m.venue_id is None or _other_visitors(p, m):
        return False
    p0, p1 = period_bounds(p.date_start)[0], period_bounds(p.date_end)[1]
    m0, m1 = period_bounds(m.date_start)[0], period_bounds(m.date_end)[1]
    return m0 <= p0 and p1 <= m1 + (m1 - m0) * 0 if p.date_precision == "day" else p0 <= m1 and m0 <= p1


_EARLIER = re.compile(r"\b(?:poprzednio|poprzedni\w*|wcześniej|uprzednio|ostatnio|previously|earlier|the\s+previous|"
                      r"last\s+time|before\s+that)\b", re.IGNORECASE)


def _earlier_one(p: Event, m: Event) -> bool:
    """'Poprzednio był w Pjongjangu 4 czerwca' under an article of June: another trip, told as such."""
    return p.date_precision == "day" and m.date_precision != "day" and bool(_EARLIER.search(p.summary))


ARRIVAL_DAYS = 2   # 'która przyleciała do Rosji dzień wcześniej': the arrival before the talks


def _arrived_for(p: Event, m: Event) -> bool:
    """A day-dated visit by one of the main event's people to the country of its place, ending a
    day or two before it begins: the same trip's arrival, told by its country (GOLD 2.2), not a
    second visit. (A news lead takes an arrival in its own city as its first day: news.py.)"""
    if p.event_type != "visit" or p.geo_precision != "country" or \
            {p.date_precision, m.date_precision} != {"day"} or \
            not {w for n in p.persons for w in n.split()} & {w for n in m.persons for w in n.split()}:
        return False
    early = p.with_(date_end=(period_bounds(m.date_start)[0]).isoformat())
    gap = (period_bounds(m.date_start)[0] - period_bounds(p.date_end)[1]).days
    return 0 <= gap <= ARRIVAL_DAYS and same_happening(early, m)


def dedupe(main: list[Event], passing: list[Event]) -> list[Event]:
    """In-passing events that repeat a main event or an earlier mention are dropped."""
    kept: list[Event] = []
    for p in passing:
        # a day-dated mention is not swallowed by an earlier month-dated one at the same place
        # ('na początku maja Pompeo w Pjongjangu …, 31 maja w Pjongjangu gościł Ławrow')
        if any((same_happening(p, m) and not _earlier_one(p, m)) or _within(p, m) or _arrived_for(p, m) for m in main) or \
                any(same_happening(p, k) and not (p.date_precision == "day" != k.date_precision)
                    and not _told_apart(p, k) for k in kept):
            continue
        kept.append(p)
    return kept


def stays_go_on(main: list[Event], passing: list[Event]) -> tuple[list[Event], list[Event]]:
    """A visit whose next day the text tells at its place ('przyleciał 13 września …; nazajutrz
    rozmawiał z …, po czym wrócił'): one stay that runs a day longer, not a second event."""
    main, rest = list(main), []
    for p in passing:
        k = next((k for k, m in enumerate(main) if m.event_type == "visit" and m.date_precision == p.date_precision == "day"
                  and m.venue_id is not None and p.venue_id == m.venue_id
                  and period_bounds(p.date_start)[0] == period_bounds(m.date_end)[1] + _ONE_DAY), None)
        if k is None:
            rest.append(p)
        else:
            main[k] = main[k].with_(date_end=p.date_end)
    return main, rest


def unique_ids(events: list[Event]) -> list[Event]:
    """One id per event: an event told twice in the same words is kept once; two different events
    that happen to share an id (same document, day, headline and venue) get '-2', '-3'..."""
    seen: dict[str, Event] = {}
    count: dict[str, int] = {}
    out = []
    for ev in events:
        first = seen.get(ev.id)
        if first is not None and first == ev:
            continue
        if first is None:
            seen[ev.id] = ev
            out.append(ev)
            continue
        count[ev.id] = count.get(ev.id, 1) + 1
        out.append(ev.with_(id=f"{ev.id}-{count[ev.id]}"))
    return out
