"""Bulletins: documents of dated entries ('7-8 listopada:', 'November 14-15:'), one event per entry.

The page-broken text is joined first (layout.py); then headings split it into sections, and
analysis sections (WNIOSKI, KOMENTARZ, Conclusions, Commentary) are skipped whole. Entries omit the
year, so it is inferred once per document (document/dating.py) and each entry's month is placed
around the bulletin's main month. Source addresses come from the footnote blocks (sources.py).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace

from ..events import Event, Problem
from .document import Part, Reading
from .document import sources
from .document.dating import Clues, DocumentDate, date_document
from .document.datelines import PLACE_IN_BRACKETS
from .document.entries import outline
from .document.layout import clean, sentences
from .events.compose import Setting, build, where
from .events.gatherings import placed_by_gathering
from .events.passing import SAME_PLACE, dedupe, passing_events, stays_go_on, unique_ids
from .events.same_day import elsewhere, same_day_events
from .events.trips import before_last_leg, coordinated_places, further_stops
from .mentions.countries import find_countries, ordered_unique, parties_lead
from .mentions.places import find_candidates
from .mentions.dates import (BACK_A_DAY, MONTH, TODAY, YEAR, Anchor, DateMention, When, counted_stay, days_in_span, find_dates,
                              month_number, safe_date, shifted_days)
from .mentions.institutions import voices
from .mentions.persons import registry


def extract_bulletin(text: str, doc: str, clues: Clues, problems: list[Problem], reading: Reading) -> list[Event]:
    """The bulletin's events; entries that cannot become one are added to `problems`."""
    c = clean(text)
    ol = outline(c)
    reading.kind = "bulletin"
    reading.sections = [s.title for s in ol.sections]
    reading.analysis = [s.title for s in ol.sections if s.analysis]
    reading.entries, reading.skipped = len(ol.entries), ol.skipped
    reading.date_lines = len(ol.entries) + ol.skipped
    if not ol.entries:
        return []
    entries = ol.entries
    guessed = next((e for e in entries if e.line.order_guessed), None)
    if guessed is not None:
        # a guess from the dates themselves, not the writer's word: say so (a wrong order is a wrong map)
        reading.guesses.append(f"line {text.count(chr(10), 0, c.orig(guessed.start, guessed.end)[0]) + 1}: slashed dates "
                               f"such as '{guessed.line.text}' are read month/day, the order that fits them; if the "
                               "writer meant day/month, say 'day/month' in the header")
    months = Counter(e.line.start[0] for e in entries if e.line.start[0])   # 0: a weekly's 'Mon 3', month untold
    main_month = months.most_common(1)[0][0] if months else None
    all_urls = [u for b in c.url_blocks for u in b.urls]
    # entry lines that give their year ('April 3, 2019') date the document as a header line would
    stated = [e.line.text for e in entries if e.line.year]
    own = Clues(head="\n".join(x for x in (clues.head, ol.head, *stated) if x), name=doc, text=c.text, urls=all_urls,
                metadata=clues.metadata, given=clues.given,
                weekdays=[(*e.line.start, e.line.weekday, e.line.text) for e in entries
                          if e.line.weekday is not None and e.line.start[0]])
    dated = date_document(own, main_month)
    reading.parts.append(Part("bulletin", 1, dated))
    if dated.anchor is None:
        problems.append(Problem(doc, 1, "date", dated.warning or "no date"))
        return []
    anchor = dated.anchor
    dates = find_dates(c.text, anchor)
    people = registry(c.text)
    events: list[Event] = []
    infos: list[sources.EntryInfo] = []
    built_entries = []
    for n, e in enumerate(entries):
        if _title_only(c.text[e.start + e.line.length:e.end]) and n + 1 < len(entries) \
                and _within(entries[n + 1].line.resolve(anchor), e.line.resolve(anchor)):
            # 'April 3, 2019 / Japan-Russia Foreign Ministers' Meeting' heads the next entry, and
            # '27–30 listopada / Pierwszy węgiel przez Rajin' the entries dated inside its days
            reading.skipped += 1
            continue
        line = text.count("\n", 0, c.orig(e.start, e.end)[0]) + 1
        if e.line.back is not None or e.line.last is not None:
            # 'Przedwczoraj w porcie Nampo …' in the note of a meeting held on 29 July: that day's;
            # 'W ubiegły wtorek …' in a review issued on Monday 3 September: the Tuesday before it
            today = _own_day(ol.head, anchor) or _issued(dated)
            when = e.line.resolve(Anchor(today.year, today.month, today.day) if today else anchor)
            reading.guesses.append(f"line {line}: '{e.line.text}' is counted from the document's own day, "
                                   + (today.isoformat() if today else "which its head does not give: only the month is kept"))
        else:
            when = e.line.resolve(anchor)
        if when is None:
            problems.append(Problem(doc, line, "date", f"the entry dated '{e.line.text}' names a day that "
                                    "does not exist; the entry is left out: correct the date"))
            continue
        body_start = e.start + e.line.length
        if e.line.length and (city := _DATELINE_CITY.match(text, c.orig(body_start, body_start + 1)[0])) is not None \
                and (joined := re.match(rf"\s*{re.escape(city['city'])}\s+(?=\S)", c.text[body_start:e.end])) is not None:
            # '31.01.2018, Seoul' over a card's text: the city on the date's line is no word of its headline
            body_start += joined.end()
        sents = sentences(c.text, body_start, e.end)
        if not sents:
            problems.append(Problem(doc, line, "text", f"the entry dated '{e.line.text}' has no text; "
                                    "it is left out"))
            continue
        if _NOTHING.match(c.text, sents[0].start):
            problems.append(Problem(doc, line, "text", f"the entry dated '{e.line.text}' says nothing happened; "
                                    "it gives no event"))
            continue
        first = 0
        if e.line.length == 0 and not e.line.closing:   # dated inside its paragraph: its headline holds the date
            first = next((k for k, x in enumerate(sents[:3]) if e.line.text in c.text[x.start:x.end]), 0)
        last = first
        lead = c.text[sents[first].start:sents[first].end]
        if (len(lead.split()) <= 3 or _NAMES_NO_ACT.match(lead)) and first + 1 < len(sents):
            # '3 kwietnia, Tokio. Minister …': a place label is no sentence of its own; 'The gravest
            # incident came on 23 September.' names no act, and the sentence after it tells it
            last = first + 1
        head = (sents[first].start, sents[last].end)
        if e.line.length == 0 and not e.line.closing and (at := c.text.find(e.line.text, *head)) > 0 and \
                (colon := max(c.text.rfind(":", head[0], at), c.text.rfind(";", head[0], at))) > head[0]:
            # 'Putin flew in from Mongolia: two days earlier, on 3 September, he held talks in
            # Ulaanbaatar': what the date dates is the clause it stands in
            head = (colon + 1 + len(c.text[colon + 1:at]) - len(c.text[colon + 1:at].lstrip()), head[1])
        rest = [x for k, x in enumerate(sents) if not first <= k <= last]
        body = (rest[0].start, rest[-1].end) if rest else None
        focus = tuple(ordered_unique(m.iso for m in find_countries(e.section.title))) if e.section else ()
        heard = voices(e.section.title, 0, len(e.section.title)) if e.section else ()
        setting = Setting(doc, c, dates, focus, people, heard)
        when = _told_span(c.text, head, when)
        built_entries.append((e, when, head, body, setting))
        infos.append(sources.EntryInfo(e.start, c.text[body_start:e.end], when.start, when.end, e.end))
    urls = sources.assign(infos, c.url_blocks)
    told = _reported_days(c.text, built_entries)
    passing: list[Event] = []
    previous: Event | None = None
    first_told: dict[tuple, str] = {}   # (place, days, parties) of each entry's event → the section it was first told in
    for (e, when, head, body, setting), addr, day in zip(built_entries, urls, told):
        basis = f"entry date line '{e.line.text}' in a bulletin of {anchor.year}"
        if day is not None:
            basis = f"'{day.text.strip()}' counted back from the entry's date line '{e.line.text}', the day its report came out"
            when = day.when
        # 'the previous day' and 'we wtorek' are counted from the entry's own days
        # (an item dated 'Dwa dni później' has counted its own phrase already)
        # 'W następny poniedziałek …': the entry's own day, counted from the item before ('W ubiegły
        # wtorek …' from the document's own): its words date nothing else
        then = e.line.then is not None or e.line.last is not None
        after = c.text.find(e.line.text, e.start) + len(e.line.text) if e.line.shift or then else e.start
        if then:
            own = DateMention(after - len(e.line.text), after, e.line.text, when, relative=True)
            setting = replace(setting, dates=sorted([d for d in setting.dates if not (d.start < own.end and own.start < d.end)]
                                                    + [own], key=lambda d: d.start))
        setting = replace(setting, dates=_counted_from_entry(c.text, (after if then else e.start, e.end),
                                                            head, when, setting.dates))
        counted = shifted_days(c.text, after, e.end, when) + days_in_span(c.text, e.start, e.end, when, told_from=e.start + e.line.length)
        if counted:
            # a counted day replaces the mention it overlaps ('on Monday' counted, 'Monday' found)
            setting = replace(setting, dates=sorted([d for d in setting.dates if not any(
                d.start < x.end and x.start < d.end for x in counted)] + counted, key=lambda d: d.start))
        if e.line.closing and (at := c.text.rfind(e.line.text, e.start, e.end)) >= 0:
            # the date that closes the entry dates the entry, and nothing it mentions in passing
            setting = replace(setting, dates=[d for d in setting.dates if not (d.start < at + len(e.line.text) and at < d.end)])
        if day is not None:
            # the words that re-dated the entry date it, not a day counted from it again
            setting = replace(setting, dates=sorted([d for d in setting.dates if not (d.start < day.end and day.start < d.end)]
                                                    + [day], key=lambda d: d.start))
        # an entry dated in its second sentence has body text before its headline too
        whole = (min(head[0], body[0]), max(head[1], body[1])) if body else head
        # a place set before the entry's date: 'Seoul – 3 September: …'
        before = c.text[e.start:e.start + e.line.length].find(e.line.text)
        label = (e.start, e.start + before + 1) if before > 0 and e.line.length else None
        if e.line.closing and (put := PLACE_IN_BRACKETS.search(c.text, e.start, e.end)) is not None \
                and c.text.startswith(e.line.text, put.end()):
            label = (put.start("place"), put.end() + 1)   # '… generators (Kyiv, 20 October).
        built = build(setting, when, head, body, urls=tuple(addr), evidence=c.orig(e.start, e.end), date_basis=basis,
                      label_span=label)
        same_day = [(at, ev) for at, ev in same_day_events(setting, when, whole, tuple(addr)) if at > head[0]]
        if same_day:
            # what the entry tells from 'Tego samego dnia …' on is not its first event's
            at = same_day[0][0]
            own_head = (head[0], at) if at < head[1] else head
            own_body = None if at < head[1] else ((body[0], at) if at > body[0] else None)
            first = build(setting, when, own_head, own_body, urls=tuple(addr), evidence=c.orig(e.start, e.end),
                          date_basis=basis)
            if first.event.venue is None and built.event.venue is not None:
                # 'toured the Kansai region; in Kobe they met shipbuilders': the later clause places the
                # first, not an event of its own
                same_day = []
            else:
                built = first
        stops = further_stops(setting, built.event, when, [whole], skip=head)
        placed = [before_last_leg(_same_place_as(built.event, previous, c.text[e.start:e.end]), stops),
                  *coordinated_places(setting, built, stops), *stops]
        previous = placed[0]
        section = e.section.title if e.section else ""
        key = (placed[0].venue_id, placed[0].date_start, placed[0].date_end, frozenset(placed[0].actors))
        if placed[0].venue_id is not None and first_told.get(key, section) != section:
            # a table row told again at length in a later section ('## Rozwinięcia' / '### 4 marca — …'):
            # one event, kept where it was first told
            placed = placed[1:]
        first_told.setdefault(key, section)
        events += [untagged(ev) for ev in placed + elsewhere([ev for _, ev in same_day], placed)]
        passing.extend(passing_events(setting, whole, built.event, when,
                                      skip_overlapping=True))
    for region in _looking_ahead(c.text, ol, entries) if anchor.month else ():
        # a closing 'Zapowiedzi' / 'Coming up' list under no entry: its plans with a month and a place
        # are events in passing (GOLD 2.4), owned by no entry of the document
        setting = Setting(doc, c, dates, (), people, ())
        month = When.month(anchor.year, anchor.month)
        nobody = build(setting, month, region, None).event.with_(
            actors=(), venue=None, venue_id=None, lat=None, lon=None, venue_country=None, geo_precision=None)
        passing.extend(passing_events(setting, region, nobody, month, skip_overlapping=False))
    talk = [_chatter(e) for e in events]
    if any(talk):
        # 'Morning all.', 'Is that trip still happening?', '👍': an entry that tells nothing happened
        reading.guesses.append(f"{sum(talk)} entr{'y' if sum(talk) == 1 else 'ies'} told no happening "
                               "(no place, no cue, a line of talk) and gave no event")
        events = [e for e, said in zip(events, talk) if not said]
    events = placed_by_gathering(events)
    events, passing = stays_go_on(events, passing)
    return unique_ids(events + dedupe(events, passing))


# the city a card's date line names after its date, alone on the rest of the line
_DATELINE_CITY = re.compile(r"[ \t]*(?P<city>[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+(?:[ -][A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+){0,2})[ \t]*\r?\n")


# a table row's short cells before its text, as the reader joins them: 'Pyongyang; RU KP; For three days …'
_LEAD_CELLS = re.compile(r"(?:[^;.!?\n]{0,40};[ \t]+){1,3}(?=[A-ZĄĆĘŁŃÓŚŹŻ0-9\"„(])")


def untagged(ev: Event) -> Event:
    """The headline without a parties tag ('RU / KP;') or a row's place and parties cells."""
    # ('Wtorek–środa (31 I – 1 II). Sekretarz …': the stop after the date label is not the headline's)
    head = ev.headline.lstrip(" .;,") if ev.headline[:1] in ".;," else ev.headline
    cells = _LEAD_CELLS.match(head)
    if cells and len(head) - cells.end() > 20:
        head = head[cells.end():]
    head = head[parties_lead(head):]
    return ev if head == ev.headline else ev.with_(headline=head)


# an entry that reports a quiet day: 'Nothing of note from …', 'Brak istotnych wydarzeń.'
_NOTHING = re.compile(r"[\s*•–-]*(?-i:[A-Z]{2,4}(?:[ \t]*[·,/|–—-][ \t]*[A-Z]{2,4})+\s+)?(?:nothing\s+(?:of\s+note|to\s+report|significant|notable|happened)|"
                      r"no\s+(?:events?|activity|news)\s+(?:of\s+note|to\s+report|recorded|reported)|quiet\s+day\b|"
                      r"(?:brak|bez)\s+(?:\w+\s+)?(?:wydarzeń|zdarzeń)|nic\s+(?:\w+\s+)?(?:się\s+)?nie\s+(?:wydarzyło|zdarzyło|działo))",
                      re.IGNORECASE)


def _counted_from_entry(text: str, entry: tuple[int, int], head: tuple[int, int], when: When, dates: list) -> list:
    """The dates, with 'Friday's attack' and 'the following Tuesday' in the entry, and 'yesterday'
    after its headline, counted from the entry's own first day, not from the bulletin's month (a
    plain 'on Tuesday' is days_in_span's; a headline's 'wczoraj' tells the entry's own event)."""
    a, b = entry
    if when.precision != "day" or not _RECOUNT.search(text, a, b):
        return dates
    first = dt.date.fromisoformat(when.start)
    own = [d for d in find_dates(text[a:b], Anchor(first.year, first.month, first.day), offset=a)
           if d.relative and d.when.precision == "day" and
           (d.attribute or _SIDED.match(d.text.strip()) or _YESTERDAY.fullmatch(d.text.strip()) and d.start >= head[1]
            or _TODAY.fullmatch(d.text.strip()))]   # ('in Vientiane this morning': the entry's own day, wherever told)
    kept = [d for d in dates if not any(d.start < x.end and x.start < d.end for x in own)]
    return sorted(kept + own, key=lambda d: d.start)


# a sentence that only says something happened on the entry's day
_NAMES_NO_ACT = re.compile(r"\W*(?:[\w'’-]+\s+){0,4}?(?:incydent\w*|wydarzeni\w*|zdarzeni\w*|incidents?|events?|developments?|note|news|surprise|turn|blow|shock)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:miał\w*\s+miejsce|nastąpił\w*|took\s+place|occurred|came|happened)\b[^.;]{0,40}[.;]?\s*$",
                           re.IGNORECASE)
# a weekday counted from another day: 'the following Tuesday', 'w następny wtorek', 'last Friday'
_SIDES = r"following|next|last|past|coming|następn|kolejn|ubiegł|zeszł|minion|przyszł|najbliższ"
_SIDED = re.compile(rf"(?:{_SIDES})\w*\s", re.IGNORECASE)
_YESTERDAY = re.compile(BACK_A_DAY, re.IGNORECASE)
_TODAY = re.compile(TODAY, re.IGNORECASE)
# words without which an entry holds nothing to count again (an owned weekday, a side, 'yesterday'):
# a cheap look before reading the entry's dates a second time
_RECOUNT = re.compile(rf"['’]s\s|{BACK_A_DAY}|{_SIDES}|\b(?:{TODAY})\b|\bof\s+(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)",
                      re.IGNORECASE)


# A press review dates each entry by the day its report came out ('Kyodo (4 lutego): ambasador został
# w poniedziałek wezwany …'): when this many of a bulletin's entries, and a third of those dated by a
# line of one day, count their headline's day back from it, every headline's own day is its event's.
REPORTED_ENTRIES = 3
REPORT_REACH = 31   # days back from the report to a day its headline names


def _reported_days(text: str, built: list) -> list[DateMention | None]:
    """The day each entry's headline tells, when the entries are dated by their reports."""
    told: list[DateMention | None] = []
    counted = 0   # entries whose headline counts a day from the entry's, its own day too ('on Monday' in Monday's)
    for e, when, head, _body, _setting in built:
        day = None
        if e.line.length and not (e.line.closing or e.line.shift or e.line.then) and when.precision == "day" \
                and when.start == when.end:
            first = when.first()
            found = sorted([d for d in find_dates(text[head[0]:head[1]], Anchor(first.year, first.month, first.day),
                                                  offset=head[0]) if d.when.precision == "day"]
                           + shifted_days(text, head[0], head[1], when), key=lambda d: d.start)
            found = _joined_days(text, found)
            counted += any(d.relative and 0 <= (first - dt.date.fromisoformat(d.when.end)).days <= 7 for d in found)
            day = next((d for d in found
                        if 0 <= (first - dt.date.fromisoformat(d.when.end)).days
                        and (first - d.when.first()).days <= (7 if d.relative else REPORT_REACH)
                        and d.when.first() != first), None)
            if len({d.when for d in found if d.relative}) > 1:
                day = None   # 'obejrzała we wtorek …, a w środę rozmawiała w Kijowie': a trip told day by day (trips.py)
        told.append(day)
    one_day = sum(e.line.length > 0 and w.precision == "day" and w.start == w.end for e, w, *_ in built)
    if counted < REPORTED_ENTRIES or 3 * counted < one_day or not any(d is not None and d.relative for d in told):
        return [None] * len(built)
    return told


# the document's own day in its head: 'Posiedzenie w dniu 29 lipca 2011 r.', 'Minutes of 3 May 2019'
_OWN_DAY = re.compile(rf"(?<![\d–-])(?<![\d–-]\s)(?P<d>[0-3]?\d)\.?\s+(?P<m>{MONTH})\s+(?P<y>{YEAR})\b(?!\s*[–-])", re.IGNORECASE)


# a section of what is still to come
_AHEAD = re.compile(r"[\s#*=_-]*(?:[IVX]+\.\s*|\d{1,2}\.\s*)?(?:Zapowiedzi|Zapowiedź|Plany|W\s+przyszłym\s+miesiącu|Kalendarz\s+na\b|"
                    r"Upcoming|Coming\s+up|Looking\s+ahead|Ahead|Outlook|Next\s+month|Forthcoming|Diary)\b", re.IGNORECASE)


def _looking_ahead(text: str, ol, entries) -> list[tuple[int, int]]:
    """The text of each section of things to come that holds no entry, from under its heading."""
    out = []
    for k, sec in enumerate(ol.sections):
        if not _AHEAD.match(sec.title):
            continue
        end = min([x.start for x in ol.sections[k + 1:]] + [e.start for e in entries if e.start > sec.start] + [len(text)])
        if any(sec.start <= e.start < end for e in entries):
            continue
        start = text.find("\n", sec.start, end)
        if start < 0 and (start := text.find(sec.title, sec.start, end)) >= 0:
            start += len(sec.title)
        if 0 <= start < end and text[start:end].strip():
            out.append((start, end))
    return out


CHATTER = 60   # characters: an entry this short with no place and no cue is talk, not a happening


def _chatter(ev: Event) -> bool:
    rule = (ev.why or {}).get("type", {}).get("rule")
    words = f"{ev.headline} {ev.summary or ''}"
    return ev.venue is None and ev.event_type == "other" and rule == "no cue" and not ev.persons and \
        (len(words) < CHATTER or ev.headline.rstrip().endswith("?")) and \
        not find_countries(words) and not find_candidates(words, 0, len(words))


def _issued(dated: DocumentDate) -> dt.date | None:
    """The day the document says it came out ('Data wydania: poniedziałek, 3 września 2018 r.')."""
    return next((d for x in dated.basis + dated.against if x.kind == "publication" and x.year and x.month and x.day
                 and (d := safe_date(x.year, x.month, x.day)) is not None), None)


def _own_day(head: str, anchor: Anchor) -> dt.date | None:
    for m in _OWN_DAY.finditer(head):
        if int(m["y"]) == anchor.year and month_number(m["m"]) == anchor.month:
            return safe_date(anchor.year, anchor.month, int(m["d"]))
    return None


def _joined_days(text: str, found: list[DateMention]) -> list[DateMention]:
    """Days named one after another ('spent Wednesday and Thursday in Vladivostok') as one span."""
    out: list[DateMention] = []
    for d in found:
        last = out[-1] if out else None
        if last is not None and last.relative and d.relative and last.when.precision == d.when.precision == "day" \
                and re.fullmatch(r"\s*(?:and|i|oraz|to|do|[-–])\s*", text[last.end:d.start]) \
                and 0 < (d.when.first() - dt.date.fromisoformat(last.when.end)).days <= 2:
            out[-1] = DateMention(last.start, d.end, text[last.start:d.end], When.day(last.when.first(), d.when.first()),
                                  relative=True)
        else:
            out.append(d)
    return out


def _same_place_as(ev: Event, previous: Event | None, text: str) -> Event:
    """An unplaced entry that points back to a place ('w tym samym mieście'), or to the summit the
    entry before told of on the same day ('On the summit's sidelines, …'): the entry before's."""
    if ev.venue is not None or previous is None or previous.venue is None:
        return ev
    m = SAME_PLACE.search(text)
    if m is None and previous.date_start == ev.date_start and previous.event_type in ("summit", "ceremony_forum"):
        m = _THAT_SUMMIT.search(text)
    if m is None:
        return ev
    return where(ev, previous, m.group(), "the place of the entry before")


# the gathering of the entry before, named by its definite noun alone
_THAT_SUMMIT = re.compile(r"\b(?:on\s+)?the\s+(?:summit|forum|conference)['’]s\s+(?:sidelines|margins)|"
                          r"on\s+the\s+(?:sidelines|margins)\s+of\s+the\s+(?:summit|forum|conference)\b(?!\s+(?:in|at)\s)|"
                          r"na\s+marginesie\s+(?:tego\s+)?(?:szczytu|forum|konferencji)(?=[\s,.;])(?!\s+(?:w|we)\s)",
                          re.IGNORECASE)


def _told_span(text: str, head: tuple[int, int], when: When) -> When:
    """An entry of one day whose headline counts the days of what it tells: 'zakończyło się w środę
    dwudniowe seminarium' ran to that day, 'arrived for a three-day visit' from it."""
    if when.precision != "day" or when.start != when.end:
        return when
    stay = counted_stay(text, head[0], head[1], when.first())
    return stay[0] if stay is not None else when


def _within(inner: When | None, outer: When | None) -> bool:
    return inner is not None and outer is not None and outer.start <= inner.start <= outer.end


def _title_only(body: str) -> bool:
    """A short line with no sentence in it: a title."""
    body = re.sub(r"\s*\[[^\]\n]{1,30}\]$", "", body.strip())   # a footnote mark or a source label closes a sentence too
    return "\n" not in body and len(body.split()) <= 12 and not body.endswith((".", "!", "?"))
