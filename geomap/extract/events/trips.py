"""Further stops (GOLD 2.1 'splitting' and 2.2): one event per venue.

'Następnie goście odwiedzili zakłady w Grodnie', 'Kim later travelled to Komsomolsk-on-Amur',
'po południu dyplomata udał się do Daejeon', 'po wizycie w Korei Północnej … uda się w podróż do
Wietnamu': a sentence, or the rest of a sentence, that moves the people of an event on to a place
more than 50 km from its venue becomes a visit of its own, with the same dates. It takes a movement
and either a word of sequence or a move that is plainly onward ('udał się do', 'went on to').
"""
from __future__ import annotations

import datetime as dt
import re

from ...events import Event, stable_id
from ...geo import NEAR_KM, km
from .compose import EARLIER_STOP, Built, Setting, at_place, build, town_in
from ..mentions.clauses import clauses, is_record, overlaps, own_part
from ..mentions.dates import When
from ..mentions.persons import mentioned, person_named
from ..mentions.places import lookup
from ..document.layout import sentences

# the day after, and the trip itself named as the frame of what follows
_NEXT_DAY_WORDS = r"następnego\s+dnia|nazajutrz|dzień\s+później|the\s+(?:next|following)\s+day"
_SAME_TRIP_WORDS = (r"podczas\s+(?:tej|tej\s+samej|tamtej)\s+(?:podróży|wizyty)|"
                    r"during\s+(?:that|the\s+same|this)\s+(?:trip|visit|journey)")
SEQUENCE = re.compile(
    r"\b(?:następnie|potem|później|po\s+czym|nazajutrz|następnego\s+dnia|w\s+drugiej\s+połowie|po\s+wizycie|"
    r"kolejnym\s+etapem|stamtąd|then|later|afterwards|next|the\s+following\s+day|after\s+(?:visiting|the\s+visit)|"
    r"went\s+on|moved\s+on|continued\s+to|from\s+there|po\s+południu|wieczorem|rano|tego\s+samego\s+dnia|"
    r"kilka\s+dni\s+później|dzień\s+później|nazajutrz|in\s+the\s+(?:afternoon|evening|morning)|later\s+that\s+day|"
    r"the\s+next\s+day|a\s+(?:few\s+)?days?\s+later|" + _SAME_TRIP_WORDS + r"|by\s+(?:the\s+)?(?:evening|afternoon|nightfall|night))\b",
    re.IGNORECASE)
# Events people attend in person: a trip can go on from them. A statement or a shipment cannot.
IN_PERSON = ("visit", "summit", "meeting", "ceremony_forum", "agreement")
_MOVE = re.compile(
    r"\b(?:uda\w*\s+się|udał\w*\s+się|udaje\s+się|pojecha\w*|pojedzie|poleci\w*|przyby\w*|przyjecha\w*|"
    r"odwiedzi\w*|odwiedza\w*|zwiedzi\w*|wyruszy\w*|dotar\w*|dotrze|przeniós\w*|przenie(?:śl|sł)\w*\s+się|podróż\w*|"
    r"obejrza\w*|zwiedza\w*|wizytowa\w*|"
    r"travel\w*|flew|fly|flies|went|go(?:es)?\s+to|head(?:s|ed)?|arriv\w*|visit\w*|tour(?:ed|s)?|will\s+go|"
    r"inspected|reach(?:ed|es)?)\b",
    re.IGNORECASE)
_MOVES_ON = re.compile(r"(?<=[;,])\s+(?:(?:and|a|i|oraz)\s+)?(?:(?:he|she|they|it)\s+)?(?:then|later|afterwards|następnie|potem|po\s+czym|"
                       + _NEXT_DAY_WORDS + r")\b", re.IGNORECASE)
_FUTURE_LEG = re.compile(r"\b(?:uda\s+się|pojedzie|poleci|odwiedzi|złoży\s+wizyt\w+|will\s+(?:then\s+)?(?:travel|visit|"
                         r"go|fly|head)|is\s+(?:due\s+)?to\s+(?:visit|travel))\b", re.IGNORECASE)


_INVITED_TO = re.compile(r"\b(?:zaprosze\w*|invitations?)(?:\s+[\w-]+){0,3}?(?:\s+(?:do|to|na))?\s*$", re.IGNORECASE)
_THEN = re.compile(r"\b(?:then|następnie|potem|po\s+czym)\b", re.IGNORECASE)


# a time the text does not date but sets apart from the trip's: 'will travel to Sendai later in the year'
_ANOTHER_TIME = re.compile(r"\b(?:later\s+(?:in|this)\s+(?:the\s+)?(?:year|autumn|spring|summer|winter)|next\s+year|"
                           r"(?:w\s+)?przyszłym\s+roku|(?:jeszcze\s+)?w\s+tym\s+roku|pod\s+koniec\s+roku|"
                           r"w\s+(?:dalszej|późniejszej)\s+części\s+roku)\b", re.IGNORECASE)
# the trip named as the frame of what follows: whatever the verb, the place is one of its stops
_SAME_TRIP = re.compile(rf"\b(?:{_SAME_TRIP_WORDS})\b", re.IGNORECASE)
_NEXT_DAY = re.compile(rf"\b(?:{_NEXT_DAY_WORDS}|a\s+day\s+later)\b", re.IGNORECASE)


_SAME_DAY = re.compile(r"\b(?:po\s+południu|wieczorem|rano|przed\s+południem|tego\s+samego\s+dnia|"
                       r"in\s+the\s+(?:afternoon|evening|morning)|later\s+that\s+day|the\s+same\s+day|"
                       r"by\s+(?:the\s+)?(?:evening|afternoon|nightfall|night))\b", re.IGNORECASE)


def _leg_dates(when: When, piece: str, entry_day: bool = False) -> tuple[When, str]:
    """A stop falls on the next day when the text says so (within a trip of several days, its second
    day); otherwise it shares a trip's span, or a one-day bulletin entry's day (`entry_day`: the
    entry's date covers what it tells). After a news lead's day it falls on a day the text does not
    give, so only its month is known."""
    if when.precision == "day" and _NEXT_DAY.search(piece) and not _SAME_DAY.search(piece):
        nxt = when.first() + dt.timedelta(days=1)
        if when.start == when.end or nxt.isoformat() <= when.end:
            return When.day(nxt), "a further stop, the day after"
    if when.precision != "day" or when.start != when.end:
        return when, "a further stop of the same trip: the trip's dates"
    if _SAME_DAY.search(piece):
        return when, "a further stop, the same day"
    if entry_day:
        return when, "a further stop told under the entry's one day"
    return When.month(int(when.start[:4]), int(when.start[5:7])), "a further stop, later in the same month"


def further_stops(setting: Setting, main: Event, when: When, spans: list[tuple[int, int]],
                  skip: tuple[int, int] | None = None, future_ok: bool = False) -> list[Event]:
    """Visit events for the other places the people of `main` move on to, in text order.

    skip: the passage `main` was read from; only what follows it in its sentence is looked at.
    future_ok (news): 'Putin poleci do Hanoi' counts too; such a later stop keeps only the month
    of a lead dated to the day, since the text does not say which day it will be.
    """
    if main.event_type not in IN_PERSON or main.lat is None:
        return []
    if future_ok and when.precision == "day":
        when = When.month(int(when.start[:4]), int(when.start[5:7]))
    text = setting.clean.text
    out: list[Event] = []
    seen = {main.venue_id}
    trip = [main]
    for a, b in spans:
        elsewhere = False   # the last dated sentence spoke of another time: what follows is its story
        for s in sentences(text, a, b):
            dated = [d for d in setting.dates if s.start <= d.start < s.end and not d.relative
                     and not is_record(text, d, s.start)]
            if dated:
                elsewhere = not any(overlaps(d.when, when) for d in dated)
            if elsewhere and not dated:
                continue
            start = s.start
            if skip and skip[0] <= s.start < skip[1]:
                if skip[1] >= s.end - 1:
                    # 'arrived in Seoul …; he then travelled on to Tokyo': the clause that moves on;
                    # 'w poniedziałek w Pekinie …, a we wtorek w Chengdu …': a later day of the trip
                    on = _MOVES_ON.search(text, s.start, s.end)
                    if on is None:
                        for p_start, p_end, leg, leg_basis in _dated_legs(setting, when, s.start, s.end):
                            stop = _stop(setting, main, trip, seen, p_start, p_end, leg, leg_basis)
                            if stop is not None:
                                out.append(stop)
                                trip.append(stop)
                        continue
                    start = on.start()
                else:
                    start = skip[1]   # the rest of the sentence the event was read from
            legs = _dated_legs(setting, when, start, s.end)
            if legs:
                pieces = legs
            else:
                piece = text[start:s.end]
                # 'Następnego dnia w Aszchabadzie uczestniczył w szczycie': within a trip of several
                # days, the next day somewhere else is the next stop, whatever the verb
                several = when.precision == "day" and when.start != when.end
                next_day = several and _NEXT_DAY.search(piece)
                # ('held consultations in Tokyo, then met business groups in Osaka': within a trip of
                # several days, a place after 'then' is its next stop too)
                if not (_MOVE.search(piece) or next_day or _SAME_TRIP.search(piece) or several and _THEN.search(piece)):
                    continue
                if not (SEQUENCE.search(piece) or (future_ok and _FUTURE_LEG.search(piece))):
                    continue
                if any(start <= d.start < s.end and not d.relative and not overlaps(d.when, when)
                       for d in setting.dates) or _ANOTHER_TIME.search(piece):
                    continue  # a sentence dated otherwise is another time, not the next stop
                leg, leg_basis = _leg_dates(when, piece, entry_day=not future_ok and not main.in_passing)
                named_day = next((d for d in setting.dates if start <= d.start < s.end and d.weekday), None)
                if named_day is not None:   # 'W sobotę Mun uda się do Rostowa': the day the stop names
                    leg, leg_basis = named_day.when, f"a further stop on the day it names: '{named_day.text.strip()}'"
                pieces = [(start, s.end, leg, leg_basis)]
            for p_start, p_end, leg, leg_basis in pieces:
                stop = _stop(setting, main, trip, seen, p_start, p_end, leg, leg_basis)
                if stop is not None:
                    out.append(stop)
                    trip.append(stop)
    return out


_LATER_DAY = "a later day of the trip"   # how _dated_legs names a leg's days, read back by before_last_leg


def before_last_leg(main: Event, stops: list[Event]) -> Event:
    """`main` ending where a dated last leg begins: 'W Moskwie (17–20.11) … Od 21 do 24.11
    delegacja przebywała w Chabarowsku' puts the 21st to the 24th in Khabarovsk, not in Moscow."""
    legs = [e for e in stops if str((e.why or {}).get("date", "")).startswith(_LATER_DAY)
            and main.date_start < e.date_start <= main.date_end == e.date_end]
    if not legs or len(main.date_start) != 10:
        return main
    last = dt.date.fromisoformat(min(e.date_start for e in legs)) - dt.timedelta(days=1)
    return main.with_(date_end=max(main.date_start, last.isoformat()))


def _dated_legs(setting: Setting, when: When, a: int, b: int) -> list[tuple[int, int, When, str]]:
    """Within a trip of several days, the clauses of text[a:b] that give a later day of it their
    own ('In Rome … on 3 May …; on 5 May he met Johnson in London'): each runs to the next date."""
    if when.precision != "day" or when.start == when.end:
        return []
    days = [d for d in setting.dates if a <= d.start < b and not d.relative and d.when.precision == "day"
            and when.start < d.when.start and d.when.end <= when.end]   # a day, or days ('29/6 – 1/7 on Iturup')
    if not days:
        return []
    text, out = setting.clean.text, []
    parts = clauses(text, a, b)   # read once for all the days

    def holding(pos: int):
        return next((c for c in parts if c.start <= pos < c.end), None)

    for d in days:
        s, e = own_part(text, holding(d.start), d, setting.dates)
        if text[max(a, d.start - 2):d.start].strip() == "(":
            # 'in Khabarovsk (19–20 Sept) talks centred on …': the days in brackets date the place before them
            s = c.start if (c := holding(d.start - 2)) else s
            e = max(e, c.end) if (c := holding(d.end + 1)) else e
        if e <= d.end:   # a date with a dash in it ('29/6 – 1/7 on Iturup') is cut by no clause
            e = c.end if (c := holding(d.end)) else b
        if (dash := _DASH_AFTER.match(text, d.end)) is not None:
            # '…, drugiego – na Iturupie': the dash stands for the verb left out; what follows it is the day's
            e = max(e, c.end if (c := holding(dash.end())) else e)
        out.append((s, e, d.when, f"{_LATER_DAY}: '{d.text.strip()}'"))
    return out


_DASH_AFTER = re.compile(r"\s*[–—-]\s+(?=\S)")


def _stop(setting: Setting, main: Event, trip: list[Event], seen: set[str], start: int, end: int, leg: When,
          leg_basis: str) -> Event | None:
    """The visit to the first place text[start:end] moves the people of `main` to, if it is far
    enough from every place already on the trip."""
    text = setting.clean.text
    piece = text[start:end]
    move = _MOVE.search(text, start, end)
    if move is not None and main.persons:
        movers = [p.name for p in mentioned(text, start, move.start(), setting.people)]
        if movers and not any(_same_surname(m, q) for m in movers for q in main.persons):
            return None   # 'Trump flies to Seoul later on Saturday' after Putin and Abe met: his trip, not theirs
    built = build(setting, leg, (start, end), None, in_passing=main.in_passing,
                  evidence=setting.clean.orig(start, end), base_confidence=0.7, date_basis=leg_basis)
    places = [c for c in built.candidates if c.role in ("goal", "visited", "locative", "near")
              and c.basis == "explicit"]
    goals = [c for c in places if c.role in ("goal", "visited")] or places
    for c in goals:
        if c.place.kind == "admin1":
            c = town_in(c, places, text)
        p = c.place
        if p.id in seen or _INVITED_TO.search(text, max(start, c.start - 60), c.start):
            continue   # ('przekazał jej zaproszenie do Rosji': the place of an invitation is no stop)
        if p.kind == "country" and p.country == main.venue_country:
            continue
        if p.kind != "country" and any(km(p.lat, p.lon, e.lat, e.lon) <= NEAR_KM for e in trip):
            continue   # 'Russky Island' after Vladivostok is the same stop
        if c.role in ("locative", "near") and p.kind == "country":
            continue
        seen.add(p.id)
        origin, actors = _travellers(main, p.country)
        why = dict(built.event.why or {}, type={"rule": "a further stop of the same trip",
                                                "cue": move.group() if move else leg_basis})
        # a stop is a visit unless its own words make it a summit, a forum or a signing
        kind = built.event.event_type if built.event.event_type in ("summit", "ceremony_forum", "agreement") else "visit"
        return built.event.with_(
            id=stable_id(main.doc, leg.start, built.event.headline, p.id), event_type=kind,
            venue=p.name, venue_id=p.id, venue_text=c.text, venue_basis="explicit",
            venue_country=p.country, lat=p.lat, lon=p.lon, geo_precision=p.kind, origin=origin,
            actors=actors or main.actors, why=why,
            persons=built.event.persons or tuple(x for x in main.persons if x.split()[-1][:5] in piece),
            source_urls=main.source_urls)
    return None


def _same_surname(a: str, b: str) -> bool:
    return bool(set(a.split()) & set(b.split()) - {"Kim", "Lee", "Park", "Choi"})


# 'struck Kyiv and Kharkiv', 'w Tokio i Osace': places coordinated with the venue (GOLD 2.1)
# ('Karuizawa, in Nagano prefecture' after a comma says where the place lies: no preposition there,
# but 'z Kaechon, z Hamhung' lists the places something came from)
_AND_NEXT = re.compile(r"(?:\s*,\s*(?:(?:z|ze|from)\s+)?|\s+(?:and|i|oraz|as\s+well\s+as)\s+(?:(?:w|we|na|in|on|of|do|to|z|ze|from)\s+)?)"
                       r"(?P<name>[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+)?)(?![\w'’-])"
                       # 'on Iturup, Tokyo said': a name that speaks is no second place
                       r"(?!\s+(?:said|says|stated|reported|added|claimed|announced|protested|podał\w*|"
                       r"poinformował\w*|oświadczył\w*|twierdzi\w*|przekazał\w*))")
_SPLIT_ROLES = ("target", "locative", "goal", "visited", "launch")
# The same happening moving on within a sentence: 'first over Minamidaito island and about an hour
# later off Hachijojima', 'najpierw nad Hokkaido, a potem nad Aomori'.
_THEN_NEXT = re.compile(r"[^.;:!?]{0,60}?(?:,\s*|\s+)(?:and|i|oraz|a)\s+(?:(?:about|some|around|niemal|około)\s+)?"
                        r"(?:then|later|afterwards|następnie|potem|później|(?:an?|one|two|three|\w+)\s+"
                        r"(?:hours?|minutes?|days?|godzin\w*|minut\w*|dni|dzień)\s+(?:later|później))\s+"
                        r"(?:over|off|near|in|at|nad|w|we|koło|pod)\s+"
                        r"(?P<name>[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+)?)", re.IGNORECASE)

# The same act in a second place, its verb left out after a contrast: 'na Kunaszyrze rozmieszczono
# zestawy Bał, a na Iturupie — zestawy Bastion', '…, while on Iturup, Bastion systems'
_CONTRAST_NEXT = re.compile(r"[^.;:!?]{0,80}?,\s*(?:a|zaś|while|whereas)\s+(?:na|w|we|on|in|at)\s+"
                            r"(?P<name>[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+)?)(?=\s*[—–,])")


_WITHIN = re.compile(r"\s+(?:w|we|in)\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+")


def coordinated_places(setting: Setting, built: Built, stops: list[Event] = ()) -> list[Event]:
    """One more event for each place named alongside the venue and more than 50 km from it:
    the same happening in two cities is two events on the map. A place that is already one of
    `stops` (the trip's further stops, better told) is left to them."""
    main = built.event
    if main.lat is None or main.event_type == "statement":
        return []
    venue = next((c for c in built.candidates if c.place.id == main.venue_id and c.role in _SPLIT_ROLES), None)
    if venue is None:
        return []
    text = setting.clean.text
    seen = {main.venue_id, *(e.venue_id for e in stops)}
    out, pos = _earlier_stops(setting, built, seen), venue.name_end
    if (within := _WITHIN.match(text, pos)) is not None:
        pos = within.end()   # 'z rejonu Sunan w Pjongjangu, z Kaechon …': the city the district is in
    while (m := _AND_NEXT.match(text, pos) or _THEN_NEXT.match(text, pos) or _CONTRAST_NEXT.match(text, pos)) is not None:
        pos = m.end()
        place = lookup(m.group("name"))
        if place is None or place.kind == "country" or place.id in seen or person_named(m.group("name")):
            break   # 'In Hiroshima, Zelensky wins …' names a man, whatever town a surname may spell
        seen.add(place.id)
        if km(place.lat, place.lon, main.lat, main.lon) <= NEAR_KM:
            continue
        if place.kind == "admin1" and place.country == main.venue_country and main.geo_precision in ("city", "site"):
            continue   # 'from Onchon, South Pyongan Province': the province the town lies in
        out.append(at_place(main, place, m.group("name"), f"named with {main.venue}", "explicit"))
    return out


def _earlier_stops(setting: Setting, built: Built, seen: set[str]) -> list[Event]:
    """A stop on the way ('po krótkim postoju w Jakucku … przyleciał do Pjongjangu') is a visit of
    its own on the trip's first day."""
    main, text, out = built.event, setting.clean.text, []
    for c in built.candidates:
        if (c.role != "locative" or c.basis != "explicit" or c.place.kind == "country" or c.place.id in seen
                or not EARLIER_STOP.search(text[max(0, c.start - 50):c.start]) or c.place.id == main.venue_id
                or km(c.place.lat, c.place.lon, main.lat, main.lon) <= NEAR_KM):
            continue
        seen.add(c.place.id)
        origin, actors = _travellers(main, c.place.country)
        why = dict(main.why or {}, venue={"words": c.text, "rule": "a stop on the way", "basis": "explicit",
                                          "step": c.step}, type={"rule": "a stop on the way", "cue": c.text})
        out.append(main.with_(id=stable_id(main.doc, main.date_start, main.headline, c.place.id),
                              date_end=main.date_start, event_type="visit", venue=c.place.name,
                              venue_id=c.place.id, venue_text=c.text, venue_basis="explicit",
                              venue_country=c.place.country, lat=c.place.lat, lon=c.place.lon,
                              geo_precision=c.place.kind, origin=origin, actors=actors, why=why))
    return out


def _travellers(main: Event, country: str) -> tuple[str | None, tuple[str, ...]]:
    """Who came to a stop in `country`: the trip's origin, and the actors it and the host make."""
    origin = main.origin or next((x for x in main.actors if x != country), None)
    return origin, tuple(x for x in dict.fromkeys([origin, country]) if x)
