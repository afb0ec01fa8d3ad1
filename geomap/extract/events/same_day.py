"""Another happening an entry tells on its own day: 'Tego samego dnia przedstawiciel KRLD przy ONZ
zażądał w Nowym Jorku …', 'Po południu prezydent obserwował w powiecie Taean start pocisku'. A
sentence that opens with such words and puts its happening more than 50 km from the entry's venue
is an event of its own, typed by its own words, on the entry's date.

A news story of one day tells the reactions to its lead the same way, without the opening words:
'In Moscow, the deputy foreign minister said …', 'Abe told reporters at his office in Tokyo …'."""
from __future__ import annotations

import re

from ...events import Event
from ...geo import NEAR_KM, km
from ..document.layout import sentences
from ..mentions.dates import When
from .compose import THAT_DAY as _THAT_DAY, Setting, build, in_that_clause
from ..mentions.institutions import SUMMONING, UN_ORGAN

# the entry's own day named again, wherever in its clause: '…; Russia's foreign ministry condemned it the same day'
# Narrower than trips._SAME_DAY, which dates a leg of a trip: 'Rano …' opens the entry's own story
# more often than another happening, so only words that turn to something else open one here.
SAME_DAY = re.compile(r"[\s\"„(]*(?:\d{1,3}[.)]\s+)?(?:(?:jeszcze|również|także|też|also|still)\s+)?(?:" + _THAT_DAY +
                      r"|tego\s+dnia|po\s+południu|wieczorem|"
                      # another matter told beside the entry's: 'Separately, …', 'Tymczasem …'
                      r"separately|meanwhile|in\s+a\s+separate\s+(?:development|move|event)|tymczasem|równocześnie|"
                      r"(?:kilka|parę|dwie|trzy)\s+godzin\w*\s+(?:później|wcześniej)|godzinę\s+(?:później|wcześniej)|do\s+wieczora|"
                      r"by\s+(?:the\s+)?(?:evening|afternoon|nightfall)|"
                      r"(?:a\s+few|several|two|three)\s+hours\s+(?:later|earlier)|an\s+hour\s+(?:later|earlier)|"
                      r"in\s+the\s+(?:afternoon|evening))\b", re.IGNORECASE)
_SAME_DAY_LATE = re.compile(rf"\b(?:{_THAT_DAY})\b", re.IGNORECASE)


# '…; in Pyongyang, the ambassador gave a reception': a clause after a semicolon that opens with its own place
_PLACE_FIRST = re.compile(r"(?:in|at|w|we)\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w'’-]+(?:\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w'’-]+)?(?:\s*,|\s+(?=(?-i:the|[a-ząćęłńóśźż])))",
                          re.IGNORECASE)


_SUMMONS = re.compile(SUMMONING, re.IGNORECASE)


def same_day_events(setting: Setting, when: When, body: tuple[int, int] | None,
                    urls: tuple[str, ...] = ()) -> list[tuple[int, Event]]:
    """Events of the sentences of `body` that open with a same-day phrase and name a place, each
    with where its sentence starts."""
    if body is None:
        return []
    text, out = setting.clean.text, []
    for a, b, after_semicolon in _pieces(text, body):
        # a same-day phrase opening the sentence, or closing a clause after a semicolon; or a later
        # sentence that opens with its own place and has someone speak there ('In Tokyo, Suga told
        # reporters that …' under an entry about the launch)
        cue = SAME_DAY.match(text, a, b) or (_SAME_DAY_LATE.search(text, a, b) if after_semicolon else None) or \
            (_PLACE_FIRST.match(text, a, b) if after_semicolon or (
            a > body[0] and _SPOKE.search(text, a, b)) else None) or \
            (_SUMMONS.search(text, a, b) if a > body[0] else None)   # 'In Seoul the ministry called in the envoy'
        if cue is not None and cue.re is _SUMMONS and cue.start() > a + 40:
            cue = None   # only a sentence that is about the summons
        # 'Również 14 marca w Moskwie …': the entry's own date named again at a sentence's head
        own = next((d for d in setting.dates if a <= d.start < a + 30 and d.when == when and not d.relative), None)
        at = a
        if cue is None and own is None and (apart := _HOURS_APART.search(text, a, b)) is not None:
            # 'The announcement came hours after Putin signed the treaty in the Kremlin': the act after
            # the conjunction is the day's other happening
            cue, at, a = apart, apart.start(), apart.end()
        if cue is None and own is None:
            continue
        words = (cue.group() if cue else own.text).strip()
        day = when
        told = _days_told_before(text, body, a, setting.dates) if cue is not None and _SAME_DAY_LATE.search(cue.group()) else []
        if told:
            # '… at a cabinet meeting in Tokyo on Tuesday, Apr. 13; the same day Seoul summoned …': the
            # day its own sentence named just before
            day = told[-1].when
        elif cue is not None and cue.re is SAME_DAY and _SAME_DAY_LATE.search(cue.group()):
            # '12–13 III: … a 13 III rozmawiał w Moskwie … Tego samego dnia Suh …': the day named last
            named = [d for d in setting.dates if body[0] <= d.start < a and not d.relative
                     and d.when.precision == "day" and d.when.start == d.when.end
                     and when.start <= d.when.start <= when.end]
            day = named[-1].when if named else when
        # ('Kilka godzin wcześniej z lotniska Sunan …': the hours named are the cue, not another time)
        own_start = cue.end() if cue is not None and cue.re is SAME_DAY and _HOURS_BEFORE.search(cue.group()) else a
        ev = build(setting, day, (own_start, b), None, urls=urls, evidence=setting.clean.orig(a, b),
                   base_confidence=0.75, date_basis=f"the entry's own day: '{words}'").event
        # a place the sentence names itself, or an institution that sits in one city (the UN in New York)
        if ev.lat is not None and (ev.venue_basis == "explicit" or
                                   (ev.why or {}).get("venue", {}).get("rule") in ("united-nations", "legislature", "foreign-ministry", "summoned")):
            out.append((at, ev))
        elif ev.lat is None and cue is not None and cue.re in (SAME_DAY, _SAME_DAY_LATE) and (
                ev.event_type == "statement" or (ev.why or {}).get("type", {}).get("rule") == "remote contact"):
            # '…; Russia's foreign ministry condemned it the same day', 'Tego samego dnia ministrowie
            # rozmawiali przez telefon': a word or a call from no place of its own is still another
            # happening than the entry's
            out.append((at, ev))
    return out


_HOURS_BEFORE = re.compile(r"wcześniej|earlier", re.IGNORECASE)
# hours apart on the same day: '… came hours after Putin signed …', 'kilka godzin po tym, jak …'
def _days_told_before(text: str, body: tuple[int, int], at: int, dates) -> list:
    """The single days named in the sentence before `at`, in order."""
    opened = next((x.start for x in sentences(text, *body) if x.start <= at < x.end), at)
    return [d for d in dates if opened <= d.start < at and d.when.precision == "day" and d.when.start == d.when.end]


_HOURS_APART = re.compile(r"\b(?:(?:a\s+few|several|two|three|some|just)\s+)?hours\s+(?:after|before)\s+|"
                          r"\b(?:kilka|parę|dwie|trzy)\s+godzin\w*\s+(?:po\s+tym,?\s+jak|zanim|przed|po)\s+", re.IGNORECASE)


def _pieces(text: str, body: tuple[int, int]) -> list[tuple[int, int, bool]]:
    """The sentences of `body` and the parts after their semicolons ('…; tego samego dnia …')."""
    out = []
    for s in sentences(text, *body):
        # a year's 'r.' before a capital may end a sentence the splitter kept whole ('… w 2012 r. Jeszcze
        # tego samego dnia …')
        cuts = [s.start] + [s.start + m.end() for m in re.finditer(r";\s+|\b\d{4}\s+r\.\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])",
                                                                  text[s.start:s.end])] + [s.end]
        out += [(x, y, x > s.start) for x, y in zip(cuts, cuts[1:]) if y > x]
        # 'Premier Ishiba, który tego samego dnia rozmawiał w Waszyngtonie z Trumpem, przysłał …': the
        # relative clause tells its subject's other happening of the day, up to its closing comma
        out += [(s.start, s.start + m.end(), True) for m in _THAT_DAY_WHO.finditer(text[s.start:s.end])]
    return out


_THAT_DAY_WHO = re.compile(r",\s+(?:który|która|które|którzy|who)\s+(?:" + _THAT_DAY + r")\b[^,;.]*", re.IGNORECASE)


def elsewhere(events: list[Event], placed: list[Event]) -> list[Event]:
    """Those of `events` more than 50 km from every placed event and from each other, and the unplaced."""
    out: list[Event] = []
    for ev in events:
        if ev.lat is None or not any(e.lat is not None and km(ev.lat, ev.lon, e.lat, e.lon) <= NEAR_KM for e in placed + out):
            out.append(ev)
    return out


# a reaction spoken: the verbs of a statement, in the past tense a wire story tells it in
_SPOKE = re.compile(r"\b(?:said|told|called|condemned|denounced|urged|warned|protested|criticized|criticised|"
                    r"demanded|vowed|stated|described|oświadczy\w*|powiedzia\w*|potępi\w*|nazwa\w*|wezwa\w*|"
                    r"zaprotestowa\w*|skrytykowa\w*|zażąda\w*|ostrzeg\w*|stwierdzi\w*)\b", re.IGNORECASE)


def reactions(setting: Setting, when: When, body: list[tuple[int, int]], lead: Event,
              urls: tuple[str, ...] = ()) -> list[Event]:
    """Statements a one-day story's later sentences place elsewhere, on the story's day.

    A sentence qualifies when it names no date of its own, has a named person speak ('officials in
    Seoul said' is the story's sourcing, not an event) or brings in a body that sits in one city (the
    Security Council), and is placed outright or by that body more than 50 km from the lead and from
    every reaction already taken."""
    if when.precision != "day" or lead.lat is None:
        return []
    text, out = setting.clean.text, []
    for a, b in body:
        for s in sentences(text, a, b):
            if any(s.start <= d.start < s.end and d.when != when for d in setting.dates):
                continue
            if (opener := SAME_DAY.match(text, s.start, s.end)) is not None:
                # 'Tego samego dnia ministrowie rozmawiali przez telefon': a call or a word of that day,
                # from no place, is an event of its own
                ev = build(setting, when, (s.start, s.end), None, urls=urls, evidence=setting.clean.orig(s.start, s.end),
                           base_confidence=0.7, date_basis=f"the story's own day: '{opener.group().strip()}'").event
                if ev.lat is None and (ev.event_type == "statement"
                                       or (ev.why or {}).get("type", {}).get("rule") == "remote contact"):
                    out.append(ev)
                    continue
            if not (_SPOKE.search(text, s.start, s.end) or UN_ORGAN.search(text, s.start, s.end)):
                continue   # neither a speaker nor the Council: no reaction, and no need to build one
            ev = build(setting, when, (s.start, s.end), None, urls=urls, evidence=setting.clean.orig(s.start, s.end),
                       base_confidence=0.7, date_basis="the story's own day, a reaction told under its lead").event
            rule = (ev.why or {}).get("venue", {}).get("rule")
            if rule == "united-nations" and (un := UN_ORGAN.search(text, s.start, s.end)) and in_that_clause(text, s.start, un.start()):
                continue   # 'Lim argued that the Security Council should adopt …': argued elsewhere, about the Council
            if ev.event_type != "statement" or ev.lat is None or not (
                    _SPOKE.search(text, s.start, s.end) and ev.venue_basis == "explicit" and ev.persons
                    or rule == "united-nations"):
                continue
            if all(e.lat is None or km(ev.lat, ev.lon, e.lat, e.lon) > NEAR_KM for e in [lead, *out]):
                out.append(ev)
    return out
