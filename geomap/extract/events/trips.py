"""Further stops of a trip (GOLD 2.1 'splitting' and 2.2): a visit is one event per venue.

'Następnie goście odwiedzili zakłady w Grodnie', 'Kim later travelled to Komsomolsk-on-Amur',
'po wizycie w Korei Północnej … uda się w podróż do Wietnamu': a sentence that moves the visitor on
to a place more than 50 km from the visit's venue becomes an event of its own, with the same dates.
"""
from __future__ import annotations

import re

from ...events import Event, stable_id
from ...score import km
from .compose import Setting, build
from ..mentions.dates import When
from ..document.layout import sentences

_SEQUENCE = re.compile(
    r"\b(?:następnie|potem|później|po\s+czym|nazajutrz|następnego\s+dnia|w\s+drugiej\s+połowie|po\s+wizycie|"
    r"kolejnym\s+etapem|stamtąd|then|later|afterwards|next|the\s+following\s+day|after\s+(?:visiting|the\s+visit)|"
    r"went\s+on|moved\s+on|continued\s+to|from\s+there)\b", re.IGNORECASE)
_MOVE = re.compile(
    r"\b(?:uda\w*\s+się|udał\w*\s+się|udaje\s+się|pojecha\w*|pojedzie|poleci\w*|przyby\w*|przyjecha\w*|"
    r"odwiedzi\w*|odwiedza\w*|zwiedzi\w*|wyruszy\w*|dotar\w*|dotrze|przeniós\w*|podróż\w*|"
    r"travel\w*|flew|fly|flies|went|go(?:es)?\s+to|head(?:s|ed)?|arriv\w*|visit\w*|tour(?:ed|s)?|will\s+go)\b",
    re.IGNORECASE)
_FUTURE_LEG = re.compile(r"\b(?:uda\s+się|pojedzie|poleci|odwiedzi|złoży\s+wizyt\w+|will\s+(?:then\s+)?(?:travel|visit|"
                         r"go|fly|head)|is\s+(?:due\s+)?to\s+(?:visit|travel))\b", re.IGNORECASE)


def further_stops(setting: Setting, main: Event, when: When, spans: list[tuple[int, int]],
                  skip: tuple[int, int] | None = None, future_ok: bool = False) -> list[Event]:
    """Visit events for the other places a trip moves on to, in text order.

    future_ok (news): 'Putin poleci do Hanoi' counts too; such a later stop keeps only the month
    of a lead dated to the day, since the text does not say which day it will be.
    """
    if main.event_type != "visit" or main.lat is None:
        return []
    if future_ok and when.precision == "day":
        when = When.month(int(when.start[:4]), int(when.start[5:7]))
    text = setting.clean.text
    out: list[Event] = []
    seen = {main.venue_id}
    for a, b in spans:
        for s in sentences(text, a, b):
            if skip and skip[0] <= s.start < skip[1]:
                continue
            if not _MOVE.search(s.text):
                continue
            if not (_SEQUENCE.search(s.text) or (future_ok and _FUTURE_LEG.search(s.text))):
                continue
            if any(s.start <= d.start < s.end and not d.relative for d in setting.dates):
                continue  # a dated sentence is another time, not the next stop
            built = build(setting, when, (s.start, s.end), None, in_passing=main.in_passing,
                          evidence=setting.clean.orig(s.start, s.end), base_confidence=0.7,
                          date_basis="a further stop of the same trip: the trip's dates")
            places = [c for c in built.candidates if c.role in ("goal", "visited", "locative", "near")
                      and c.basis == "explicit"]
            goals = [c for c in places if c.role in ("goal", "visited")] or places
            for c in goals:
                p = c.place
                if p.id in seen:
                    continue
                if p.kind == "country" and p.country == main.venue_country:
                    continue
                if p.kind != "country" and km(p.lat, p.lon, main.lat, main.lon) <= 50:
                    continue
                if c.role in ("locative", "near") and p.kind == "country":
                    continue
                seen.add(p.id)
                actors = tuple(x for x in dict.fromkeys([main.origin, p.country]) if x)
                out.append(built.event.with_(
                    id=stable_id(main.doc, when.start, built.event.headline, p.id), event_type="visit", venue=p.name, venue_id=p.id, venue_text=c.text, venue_basis="explicit",
                    venue_country=p.country, lat=p.lat, lon=p.lon, geo_precision=p.kind, origin=main.origin,
                    actors=actors or main.actors,
                    persons=built.event.persons or tuple(x for x in main.persons if x.split()[-1][:5] in s.text),
                    source_urls=main.source_urls))
                break
    return out
