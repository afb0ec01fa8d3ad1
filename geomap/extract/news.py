"""News articles: the lead event, the further stops of a trip, and events mentioned in passing.

The date comes from the ` date YYYY-MM` header or the 'Publikacja: DD.MM.YYYY' line; a weekday in
the lead is resolved against it when it has a day, and otherwise the lead keeps month precision
(GOLD 2.3). A date that dates the report ('We wtorek KCNA podała, że …') is not the event's.
Related-article lists, photo credits and paywall notes are cut off before anything is read.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

from ..events import Event, Problem, period_bounds
from ..geo import NEAR_KM, km
from .bulletin import extract_bulletin, untagged
from .document import Part, Reading
from .document.articles import HEAD_REACH, RULE, self_dated, split_articles
from .document.entries import _ANALYSIS, is_bulletin
from .document.dating import _DATE_LINE, _DATELINE_ALONE, _DATELINE_ANY, _DATELINE_BODY, DATELINE_UNPLACED, Clues, date_document
from .document.layout import clean, sentences
from .events.compose import Setting, at_place, build
from .events.passing import dedupe, passing_events, stays_go_on, unique_ids
from .events.same_day import reactions
from .events.trips import coordinated_places, further_stops
from .mentions.clauses import THAT_CLAUSE, THAT_TOLD, clauses, is_reporting
from .mentions.dates import (ARRIVE, Anchor, DateMention, When, chained_days, counted_stay, find_dates, month_number,
                             safe_date, shift_lead, staying_since)
from .events.types import LEADER, SATELLITE_LAUNCH
from .mentions.persons import mentioned, registry
from .mentions.places import find_candidates, lookup

_CUT = re.compile(r"^\s*(?:Zobacz\s+(?:również|też|także)|Czytaj\s+(?:także|też|również)\s*:|Pozostało\s+\d+\s*%|"
                  r"Read\s+(?:more|also)\s*:|See\s+also\s*:|Related\s*(?:articles|stories)?\s*:|Polecamy\s*:|"
                  r"Subscribe|Zaloguj|Materiał\s+Promocyjny)", re.IGNORECASE)
_CUT_INLINE = re.compile(r"\s(?:Zobacz\s+(?:również|też|także)|Czytaj\s+(?:także|też|również)|Read\s+(?:more|also)|"
                         r"See\s+also)\s*:")
# the fields a story's header carries: 'Published: …', 'Źródło: …', 'Link: …'
_FIELD_WORDS = (r"Date|Data|Publikacja|Aktualizacja|Zaktualizowano|Opublikowano|Dodano|Data\s+(?:publikacji|dodania|wydania|aktualizacji)|"
                r"Published|(?:Last\s+)?Updated|Posted|Filed|Dispatched|Nadano|Foto|Fot\.|Photo|Źródło|Source|"
                r"Autor|Author|Link|URL|Adres|Outlet|Publisher|Wydawca|Saved|Zapisano|Tytuł|Title|Headline|Nagłówek|"
                r"Dział|Sekcja|Section|Desk|Rubryka|Kategoria|Category|Wydanie(?:\s+\w+)?|Edition|Issue|Numer")
_SKIP_PARA = re.compile(rf"^\s*(?:{_FIELD_WORDS})\s*[:|]", re.IGNORECASE)
# a saved item's record of fields, its lines run together: 'ITEM SAVED 16 May 2023 Source: … Link: … Posted: …'
_FIELD = re.compile(rf"(?:^|\s)(?:{_FIELD_WORDS})\s*[:|]", re.IGNORECASE)
MAX_FIELDS_BLOCK = 400


def _fields_block(par: str) -> bool:
    """Two fields, or a short unfinished line and a field: 'ITEM SAVED 16 May 2023 Source: …'."""
    if len(par) > MAX_FIELDS_BLOCK or not (m := _FIELD.search(par)) or _PROSE.search(par):
        return False   # ('Item: 1 / Title: … / Summary: The day before, the envoy was received …': a story's fields and its text)
    return len(_FIELD.findall(par)) >= 2 or (m.start() <= 60 and not re.search(r"[.!?]\s", par[:m.start() + 1]))


_CLOSING = re.compile(r"\s*(?:Koniec|End\s+of(?:\s+the)?)\s+(?:zestawienia|przeglądu|biuletynu|wydania|serwisu|notatki|"
                      r"file|issue|digest|report|bulletin|roundup|summary)\b", re.IGNORECASE)
_PROSE = re.compile(r"(?:^|[\n:])[ \t]*[A-ZĄĆĘŁŃÓŚŹŻ][^:\n]{60,}[.!?](?:\s|$)")   # running text among the fields
# A rubric above the title ('WOJNA W UKRAINIE') and a byline below it ('Anna Nowak · PAP') are
# page furniture: short, unpunctuated, the one in capitals, the other naming an author and agencies.
_KICKER = re.compile(r"^\s*(?=(?:\S+\s+){0,4}\S+\s*$)[^a-ząćęłńóśźż.!?]{3,60}\s*$")
_BYLINE = re.compile(r"^\s*(?:(?:By|Przez)\s+)?(?!(?:In|At|On|From|W|We|Na|Z|Ze)\s)[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+(?:\s*[,·|•/]\s*[\w .:'’-]{2,40}){1,5}\s*$"
                     # 'By Anna Nowak', 'Reporting by …; editing by …', 'Staff and wire reports'
                     r"|^\s*(?:By|Przez)\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w.'’-]*(?:\s+(?:and\s+|i\s+)?[A-ZĄĆĘŁŃÓŚŹŻ][\w.'’-]*){1,5}\s*$"
                     r"|^(?i:\s*(?:(?:Reporting|Writing|Additional\s+reporting)\s+by\b[^.!?]{2,80}"
                     r"|(?:Staff|Wire|Agency)(?:\s+and\s+(?:wire|agency))?\s+reports?)\s*)$")
# A file's own count of its items: 'ITEM 2', 'Depesza 3 z 5', 'No. 4' heads a story and names nothing.
# a press review's item title that is only its outlet: '>> Nichiro Keizai (Tokio)', '(3) Kurier Kijowski'
# (one that quotes the outlet's headline, '(1) Kurier — „Szojgu znowu u Kima”', is the story's title)
_OUTLET_ITEM = re.compile(r"[ \t]*(?:>>|\(\d{1,3}\)|\[\d{1,3}\])[ \t]+(?:[^\n„\"“”.!?()]{2,60}\([^)\n]{2,30}\)|[^\n„\"“”.!?]{2,80})")
_COUNTER = re.compile(r"^\s*(?:items?|story|stories|dispatch|no\.?|nr\.?|#|depesza|wiadomość|materiał|artykuł|tekst)"
                      r"\s*:?\s*\d{1,3}(?:\s*(?:of|/|z)\s*\d{1,3})?\s*[.:]?\s*$|^\s*[(\[]\s*\d{1,3}\s*(?:/\s*\d{1,3}\s*)?[)\]]\s*$",
                      re.IGNORECASE)
# a story's own summary above its text is no commentary
_DIGEST = re.compile(r"\s*(?:#+\s*)?(?:\*\*)?(?:EXECUTIVE\s+)?(?:SUMMARY|OVERVIEW|IN\s+BRIEF|KEY\s+\w+|STRESZCZENIE)", re.I)
_READ_MORE = re.compile(r"^\s*(?:Czytaj\s+(?:więcej|dalej)|Read\s+more|Więcej\s+na\s+ten\s+temat)\s*$", re.IGNORECASE)
_HEADER = re.compile(r"^\s*date[ \t:]+\d{4}-\d{2}(?:-\d{2})?\s*", re.IGNORECASE)


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in re.finditer(r"\n", text[start:end]):
        out.append((pos, start + m.start()))
        pos = start + m.end()
    out.append((pos, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _body_end(text: str) -> int:
    """Where the article proper stops: the first related-links or paywall line."""
    for m in re.finditer(r"(?m)^.*$", text):
        if _CUT.match(m.group()):
            return m.start()
    m = _CUT_INLINE.search(text)
    return m.start() if m else len(text)


def _title_follows(text: str, rest: list[tuple[int, int]]) -> bool:
    """A rubric stands above a title: the next paragraph is a short line without a full stop."""
    for a, b in rest:
        par = text[a:b].strip()
        if _SKIP_PARA.match(par) or _DATE_LINE.fullmatch(par):
            return False
        return len(par) <= 160 and not par.endswith((".", "!", "?"))
    return False


def _is_caption(par: str) -> bool:
    words = par.split()
    return (" / " in par and len(words) < 25) or (len(words) <= 8 and not par.rstrip().endswith((".", "!", "?", '"', "”")))


def _lead_when(c_text: str, lead: tuple[int, int], anchor: Anchor, dates) -> tuple[When, str, list]:
    """The lead's own date and what gave it: the days the lead names (their span, when it names
    several within two weeks), or a relative month, else the anchor's month (GOLD 2.3: a weekday
    such as 'w środę' is no day of its own when the header gives only a month). Dates of the report
    itself do not count; they come third, for a lead whose act is the telling."""
    days, months, said = [], [], []
    filed = _DATELINE_ANY.match(c_text, lead[0])
    in_lead = [d for d in dates if lead[0] <= d.start < lead[1]]

    def reported(d) -> bool:
        if THAT_CLAUSE.match(c_text, d.end):
            return False   # 'Kishida said on Wednesday that Japan would …': the saying is the lead's act
        cl = [x for x in clauses(c_text, lead[0], lead[1]) if x.start <= d.start < x.end]
        return bool(cl) and is_reporting(c_text, d, cl[0])
    filing = {d.when for d in in_lead if filed and d.start < filed.end()}
    # 'KYIV, Jan. 11 (Wire) -- … captured …, Zelensky said on Saturday': the dateline's day is the
    # report's, not the capture's
    filing_is_report = any(d.when in filing for d in in_lead if not (filed and d.start < filed.end()) and reported(d))
    for d in in_lead:
        if filing_is_report and d.start < filed.end():
            continue
        if _EARLIER_ACT.search(c_text, max(lead[0], d.start - 40), d.start):
            continue   # 'landed in Seoul this morning after spending Wednesday to Friday in Pyongyang': that stay's
        if reported(d):
            said.append(d)
            continue
        if d.when.precision == "day" and anchor.month and not d.attribute:   # 'after Friday's attack' is the attack's
            ref = anchor.date or dt.date(anchor.year, anchor.month, 15)
            if abs((d.when.first() - ref).days) <= 45:
                days.append(d)
        elif d.relative and d.when.precision == "month" and d.when.start == f"{anchor.year:04d}-{anchor.month:02d}":
            months.append(d)
    if filed and any(d.start >= filed.end() for d in days):
        # 'KYIV, Jan. 12 -- … captured two soldiers on Thursday': the dateline dates the filing
        days = [d for d in days if d.start >= filed.end()]
    first = next((x for x in sentences(c_text, *lead) if not (filed and x.end <= filed.end())), None)
    opens = max(first.start, filed.end() if filed else 0) if first is not None else 0
    told = THAT_TOLD.search(c_text, opens, first.end) if first is not None else None
    told_first = [d for d in said if told and told["conj"] and told.start() - opens <= 90 and d.start < told.end()
                  and d.when.precision == "day"]
    if told_first and not any(d.start < first.end for d in days):
        # 'Abe zapowiedział w miniony czwartek w parlamencie, że …. Przedwczoraj w Moskwie …': the first
        # sentence's act is the telling, dated; a later sentence's day is another act's
        return told_first[0].when, f"the lead's statement was made '{told_first[0].text.strip()}'", said
    if days:
        # 'w piątek 1 listopada rozmawiała z Ławrowem, a w poniedziałek 4 listopada przyjął ją Putin'
        first = days[0].when.first()
        # (a day after the filing stays the lead's only inside a stay the lead counts: 'z trzydniową wizytą')
        counted = counted_stay(c_text, lead[0], lead[1], first)
        until = dt.date.fromisoformat(counted[0].end) if counted else anchor.date
        # ('…, które 16 maja odbyły się w Stambule': a day in a relative clause is another event's)
        near = [d for n, d in enumerate(days) if abs((d.when.first() - first).days) <= 14
                and not (n and _RELATIVE_DAY.search(c_text, max(lead[0], d.start - 60), d.start))
                # ('said on Wednesday that slogans heard on Thursday …': the later day is what is said)
                and not (n and any(t["conj"] for t in THAT_TOLD.finditer(c_text, days[0].end, d.start)))
                # ('fired … early on Wednesday. … before drills begin next Monday': a day after the story
                # was filed is another, coming event's)
                and not (n and anchor.date and until and first <= anchor.date and until < d.when.first())]
        words = " … ".join(d.text.strip() for d in near)
        when = When(min(d.when.start for d in near), max(d.when.end for d in near), "day")
        # 'came back on Thursday after a three-day visit': the visit ended that day
        stay = counted_stay(c_text, lead[0], lead[1], when.first(),
                            lambda m: any(m.start() < d.start < m.end() or _CLOSES_STAY.fullmatch(c_text, m.end(), d.start)
                                          for d in near)) if when.start == when.end else None
        if stay is not None:
            return stay[0], f"{stay[1]} the day the lead says '{words}'", said
        if when.start == when.end and (since := staying_since(c_text, lead[0], lead[1], when.first())):
            return since[0], f"{since[1]}, up to the day the lead says '{words}'", said
        return when, f"the lead says '{words}'", said
    if months:
        return months[0].when, f"the lead says '{months[0].text.strip()}'", said
    if anchor.date and first is not None and (shift := shift_lead(c_text[opens:first.end])) is not None:
        # 'The day before, the envoy was received …' under an item posted on the 5th: the 4th
        return When.day(anchor.date + dt.timedelta(days=shift[1])), f"the lead counts from its date: '{shift[0]}'", said
    if anchor.month:
        return When.month(anchor.year, anchor.month), _UNDATED_LEAD, said
    return When(str(anchor.year), str(anchor.year), "year"), _UNDATED_YEAR, said


# an act before the lead's, told after 'after' or 'following': its days are not the lead's
_EARLIER_ACT = re.compile(r"\b(?:after|following|po\s+tym,?\s+jak)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# a relative clause opening just before a day: '…, które 16 maja odbyły się', ', which on 16 May …'
_RELATIVE_DAY = re.compile(r",\s+(?:któr\w+|jak(?:i|a|ie|iego|iej|ą)|gdzie|kiedy|gdy|which|where|when|who)\b[^,;.]{0,40}$", re.IGNORECASE)


# the day right after the stay's words: 'wrapped up a three-day visit to Seoul on Friday'
_CLOSES_STAY = re.compile(r"[^.;,]{0,30}")


# the bases of a lead that names no date of its own: it takes the article's
_UNDATED_LEAD = "the article's date (its lead names no day)"
_UNDATED_YEAR = "the article's year (no month is known)"


def _day_in_body(text: str, lead: Event, anchor: Anchor, dates,
                 paras: list[tuple[int, int]]) -> tuple[When, tuple[int, int]] | None:
    """The lead's day when a later paragraph tells it ('We wtorek Ławrow przyjął w Moskwie …'):
    a weekday or date near the publication day, in a sentence naming the lead's venue or people;
    with that sentence, which may name the place too."""
    if anchor.date is None:
        return None
    keys = [w for w in re.findall(r"\w{4,}", lead.venue_text or "")]
    keys += [p.split()[-1] for p in lead.persons]
    keys = [k[:5] for k in keys]
    for a, b in paras:
        for s in sentences(text, a, b):
            for d in dates:
                if not (s.start <= d.start < s.end) or d.when.precision != "day":
                    continue
                if abs((d.when.first() - anchor.date).days) > 10:
                    continue
                cl = [x for x in clauses(text, s.start, s.end) if x.start <= d.start < x.end]
                if cl and is_reporting(text, d, cl[0]):
                    continue
                if keys and any(k in s.text for k in keys):
                    return d.when, (s.start, s.end)
    return None


_RECORD_FIELD = re.compile(r"[ \t]*(?:Date|Data|pubDate|Published|Posted|Updated|Link|URL|Adres|GUID|Source|Źródło|Author|Autor|Feed|"
                           r"Channel|Kanał|"
                           r"Category|Kategoria|Tags|Tagi)[ \t]*:", re.IGNORECASE)
_STAMP_LINE = re.compile(r"[ \t]*[^\n.!?]{0,30}?\b(?:[0-3]?\d\s+[A-Za-zżźćńółęąśŻŹĆŃÓŁĘĄŚ]+\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\b[^\n.!?]{0,20}")
_RECORD_TEXT = re.compile(r"[ \t]*(?:Title|Tytuł|Headline|Description|Opis|Summary|Streszczenie|Lead|Lid|Text|Treść|Body)[ \t]*:[ \t]*",
                          re.IGNORECASE)


def _without_furniture(piece: str) -> str:
    """Rules, bylines among the first lines and a closing commentary, blanked to spaces of the same
    length: a header boxed between rules ('====' / date / title / 'By …' / '====') leaves its title a
    paragraph of its own."""
    lines = piece.split("\n")
    out = []
    record = sum(1 for line in lines[:10] if _RECORD_FIELD.match(line) or _RECORD_TEXT.match(line)) >= 3
    for n, line in enumerate(lines):
        if record and n < 10:
            # a feed's record, 'Title: …' / 'Date: …' / 'Link: …' / 'Description: …': the labels go, and the
            # lines of date and address too, so the title and the text stand as paragraphs of their own
            if _RECORD_FIELD.match(line) or _STAMP_LINE.fullmatch(line) or _COUNTER.match(line):
                line = " " * len(line)   # ('ITEM SAVED 17 September 2019', 'Item: 3': the record's stamp and count, no title)
            elif label := _RECORD_TEXT.match(line):
                line = " " * label.end() + line[label.end():]
        if _ANALYSIS.match(line) and not _DIGEST.match(line):
            # 'DESK COMMENT', 'Komentarz': the writer's view, to the end of the piece, gives no events (GOLD 2.1)
            out.extend(" " * len(rest) for rest in lines[n:])
            break
        if RULE.fullmatch(line.strip() or "x") or (n < 10 and line.strip() and _BYLINE.match(line)
                                                    and not line.rstrip().endswith((".", "!", "?"))):
            line = " " * len(line)
        out.append(line)
    return "\n".join(out)


def _edition_day(head: str, anchor: Anchor, month: int | None) -> Anchor:
    """The day a short heading line of the article's head names without its year ('WYDANIA Z
    SOBOTY 2 LIPCA', 'Editions of Saturday, 2 July'), in the anchor's year and `month` (the
    anchor's, else the collection's)."""
    for line in head.splitlines():
        line = line.strip(" #=*-")
        if not line or len(line) > 60 or line.endswith((".", "!", "?")):
            continue
        days = [d for d in find_dates(line, Anchor(anchor.year, month)) if d.when.precision == "day"
                and d.when.start == d.when.end and not d.relative]
        if len(days) == 1 and (month is None or days[0].when.start[5:7] == f"{month:02d}"):
            y, mo, d = (int(x) for x in days[0].when.start.split("-"))
            return Anchor(y, mo, d)
    return anchor


def _dateline_day_number(m: re.Match) -> int | None:
    """The day a wire dateline gives ('SEOUL, May 10 --', 'Mińsk, 12.07.2024 (PAP) –')."""
    day = next((m.group(g) for g in ("d", "d2", "d3") if m.groupdict().get(g)), None)
    return int(day) if day else None


def _dateline_day(text: str, anchor: Anchor) -> Anchor:
    """'TOKYO, Feb 7 (Reuters) -' with no year: the dateline still gives the day and month that the
    year (guessed elsewhere, and flagged when weak) belongs to. Under a file dated to its month
    only ('Dispatches filed in February 2024'), it gives the day that 'on Sunday' counts from."""
    if anchor.day is not None:
        return anchor
    m = _DATELINE_ANY.search(text, 0, 400) or DATELINE_UNPLACED.search(text, 0, 400)
    if m is None or any(m.groupdict().get(k) for k in ("y", "y2", "y3")):
        return anchor
    month, day = month_number(m.group("m") or m.group("m2")), _dateline_day_number(m)
    if anchor.month is not None and month != anchor.month:
        return anchor
    return Anchor(anchor.year, month, day) if safe_date(anchor.year, month, day) else anchor


def extract_news(text: str, doc: str, clues: Clues, problems: list[Problem]) -> tuple[list[Event], list[Part]]:
    """The events of every article in a news file; each article is dated on its own evidence."""
    articles = split_articles(text)
    events: list[Event] = []
    parts: list[Part] = []
    # the file's own head: its title, and what stands above its first story ('PRZEGLĄD PRASY, MAJ 2021')
    collection = Clues(head="\n".join((clues.head, text[:articles[0].start][:HEAD_REACH])), name=doc,
                       metadata=clues.metadata, given=clues.given)
    # its date, read once and only when an item needs it
    collection_date = cache(lambda: date_document(Clues(head=collection.head, name=doc, given=clues.given)))
    for i, art in enumerate(articles, 1):
        line = text.count("\n", 0, art.start) + 1
        if len(articles) > 1 and not self_dated(text, art) and is_bulletin(text[art.start:art.end]):
            # a list of dated briefs among the stories ('Krótko': 'MIŃSK, 11.07 – …'): read as a
            # bulletin, its year and month from the file's own head
            events.extend(_briefs(text, art, doc, collection, problems, parts, f"article {i} (dated briefs)", line))
            continue
        piece = _without_furniture(text[art.start:art.end])
        c = clean(piece, keep_paragraphs=True)
        end = _body_end(c.text)
        own = Clues(head=art.head, name=doc, text=c.text[:end], urls=[u for b in c.url_blocks for u in b.urls],
                    metadata=clues.metadata if len(articles) == 1 else [], given=clues.given)
        if len(articles) == 1 and clues.head:
            own.head = clues.head + "\n" + own.head
        dated = date_document(own)
        if dated.anchor is None and len(articles) > 1 and collection_date().anchor is not None:
            # an item that dates nothing itself, under a collection whose title does ('PRZEGLĄD PRASY,
            # MAJ 2021'): the collection's month
            dated = collection_date()
        label = "article" if len(articles) == 1 else f"article {i}"
        parts.append(Part(label, line, dated))
        if dated.anchor is None:
            problems.append(Problem(doc, line, "date", f"{label}: {dated.warning}"))
            continue
        anchor = _dateline_day(c.text, dated.anchor)
        edition = False
        if anchor.day is None and len(articles) > 1:
            whole = collection_date().anchor if anchor.month is None else None
            month = anchor.month or (whole.month if whole is not None and whole.year == anchor.year else None)
            edition = (dayed := _edition_day(art.head, anchor, month)) != anchor
        if edition:
            # 'WYDANIA Z SOBOTY 2 LIPCA' over a press review's items: the edition's day, in the
            # month the collection's title gives when the article names none
            anchor = dayed
        # the addresses the article was saved with are its sources; a page alone has its own address
        urls = tuple(dict.fromkeys(u for b in c.url_blocks for u in b.urls)) or \
            (tuple(clues.urls) if len(articles) == 1 else ())
        found = _article_events(c, end, doc, anchor, urls, edition)
        events.extend(e.with_(evidence=(e.evidence[0] + art.start, e.evidence[1] + art.start)) if e.evidence else e
                      for e in found)
    return unique_ids([_without_dateline(untagged(e)) for e in events]), parts


_DATELINE_PREFIX = re.compile(_DATELINE_BODY + r"[ \t]+(?=\S)", re.IGNORECASE | re.MULTILINE)


def _without_dateline(ev: Event) -> Event:
    """The headline without the wire dateline it opens with ('KYIV, February 21 (EurAsia News) — ',
    '[01] SEUL, 8 maja 2025 r.'): where and when it was filed are the event's fields, not its words."""
    m = _DATELINE_ANY.match(ev.headline) or _DATELINE_PREFIX.match(ev.headline) or DATELINE_UNPLACED.match(ev.headline)
    if m is None or len(ev.headline) - m.end() < 20:
        return ev
    return ev.with_(headline=ev.headline[m.end():].lstrip(" –—-"))


def _briefs(text: str, art, doc: str, clues: Clues, problems: list[Problem], parts: list[Part], label: str,
            line: int) -> list[Event]:
    """The events of a piece of dated briefs, as a bulletin gives them, placed in the whole file."""
    reading, found = Reading(), []
    events = extract_bulletin(text[art.start:art.end], doc, clues, found, reading)
    parts.extend(replace(p, label=label, line=line) for p in reading.parts)
    problems.extend(replace(p, line=p.line + line - 1) for p in found)
    return [e.with_(evidence=(e.evidence[0] + art.start, e.evidence[1] + art.start)) if e.evidence else e for e in events]


def _article_events(c, end: int, doc: str, anchor: Anchor, urls: tuple[str, ...] = (), edition: bool = False) -> list[Event]:
    """The events of one story. `edition`: an outlet's item under a press review's day, whose lead
    tells an event only when it names the event's day ('w piątek', 'wczoraj'); an item that names
    none comments on news told elsewhere."""
    dates = find_dates(c.text[:end], anchor)
    dates = sorted(dates + chained_days(c.text, dates, 0, end), key=lambda d: d.start)
    paras = []
    skip_next = False
    all_paras = _paragraphs(c.text, 0, end)
    for n, (a, b) in enumerate(all_paras):
        par = c.text[a:b]
        if skip_next:
            skip_next = False
            continue
        if RULE.fullmatch(par.strip()):
            continue    # a rule under a boxed header
        if _READ_MORE.match(par):
            skip_next = True
            continue
        if (item := _OUTLET_ITEM.match(par)) is not None and (par[item.end():item.end() + 1] == "\n"
                                                               or item.group().rstrip().endswith(")")):
            # the outlet's line over its text, in one block: the text is the story
            a += item.end() + len(par[item.end():]) - len(par[item.end():].lstrip())
            par = c.text[a:b]
        if _SKIP_PARA.match(par) or _DATE_LINE.fullmatch(par) or _COUNTER.match(par) or _fields_block(par) \
                or _OUTLET_ITEM.fullmatch(par.strip()) or len(paras) < 3 and (
                _KICKER.match(par) and any(ch.isalpha() for ch in par) and _title_follows(c.text, all_paras[n + 1:])
                or _BYLINE.match(par)):
            continue
        paras.append((a, b))
    if not paras:
        return []
    if len(paras) == 1 and not c.text[paras[0][0]:paras[0][1]].rstrip().endswith((".", "!", "?", '"', "”")) \
            and len(c.text[paras[0][0]:paras[0][1]]) < 120:
        return []   # a collection's title ('Press clippings — week of 8 July 2024'), not a story
    if len(paras) == 1 and len(c.text[paras[0][0]:paras[0][1]].strip()) < 60 and \
            not any(paras[0][0] <= d.start < paras[0][1] for d in dates):
        return []   # a closing line ('Koniec zestawienia.', 'End of file.'): no story, and no day to tell one
    if len(paras) == 1 and _CLOSING.match(c.text, paras[0][0], paras[0][1]):
        return []   # ('Koniec zestawienia. Zestawienie lutowe ukaże się w marcu.': the file's end and its next issue)
    title = None
    first_a, first_b = paras[0]
    hm = _HEADER.match(c.text, first_a, first_b)
    # ' date 2024-06 Władimir Putin …' carries the lead on the header's line; a header on a line of
    # its own is followed by the title or the lead on the next line.
    line_starts = set(c.line_starts)
    rest = hm.end() + len(c.text[hm.end():first_b]) - len(c.text[hm.end():first_b].lstrip()) if hm else 0
    inline_header = bool(hm and c.text[hm.end():first_b].strip() and rest not in line_starts)
    if hm and not inline_header and c.text[hm.end():first_b].strip():
        paras[0] = (rest, first_b)
        hm = None
    if inline_header:
        paras[0] = (hm.end(), first_b)   # ' date 2024-06 Władimir Putin …': the lead follows the header
    elif hm:
        paras.pop(0)                     # a header on a line of its own
        if not paras:
            return []
    first_a, first_b = paras[0]
    first_text = c.text[first_a:first_b]
    if not inline_header and len(paras) > 1 and len(first_text) < 200 and (
            not first_text.rstrip().endswith((".", "!", "?")) or len(sentences(c.text, first_a, first_b)) > 1
            and len(first_text) < 120):
        title = paras.pop(0)
    body_paras = [p for p in paras if not _is_caption(c.text[p[0]:p[1]])]
    if not body_paras:
        body_paras = paras
    lead = body_paras[0]
    lead_sents = sentences(c.text, *lead)
    if not lead_sents and not title:
        return []  # a header and nothing else: no sentence to make an event of
    if title:
        head, body = title, lead
    else:
        head = (lead_sents[0].start, lead_sents[0].end)
        body = (lead_sents[1].start, lead_sents[-1].end) if len(lead_sents) > 1 else None
    when, basis, said = _lead_when(c.text, lead, anchor, dates)
    setting = Setting(doc, c, dates, focus=_dateline_country(c.text, lead), people=registry(c.text[:end]))
    lead_built = build(setting, when, head, body, evidence=c.orig(head[0], (body or head)[1]),
                       base_confidence=0.85, date_basis=basis, urls=urls)
    told_on = [d for d in said if d.when.precision == "day" and anchor.date and abs((d.when.first() - anchor.date).days) <= 10]
    if when.precision != "day" and told_on and lead_built.event.event_type == "statement":
        # 'the NIS told lawmakers Monday': when the telling is the lead's act, its day is the event's
        when = told_on[0].when
        lead_built = build(setting, when, head, body, evidence=c.orig(head[0], (body or head)[1]),
                           base_confidence=0.85, date_basis=f"the lead's statement was made '{told_on[0].text.strip()}'", urls=urls)
    day = _day_in_body(c.text, lead_built.event, anchor, dates, body_paras[1:4]) if when.precision != "day" else None
    if day is not None:
        # the sentence that names the day places the lead when the lead names no place itself
        when, told = day
        extra = (told,) if lead_built.event.venue is None else ()
        lead_built = build(setting, when, head, body, evidence=c.orig(head[0], (body or head)[1]),
                           base_confidence=0.85, date_basis="a later paragraph names the day", urls=urls,
                           extra=extra)
    filed = _DATELINE_ANY.match(c.text, lead[0])
    if when.precision != "day" and filed and anchor.date and _dateline_day_number(filed) == anchor.date.day \
            and not any(d.when.start == anchor.date.isoformat() for d in said):   # ('…, Zelensky said on Saturday': the telling's day)
        # 'VLADIVOSTOK, May 10 -- The governor received …': with no other day told, a wire's dateline
        # dates the story it opens
        when = When.day(anchor.date)
        lead_built = build(setting, when, head, body, evidence=c.orig(head[0], (body or head)[1]), base_confidence=0.8,
                           date_basis=f"the dateline's day: '{' '.join(filed.group().split())[:40]}'", urls=urls)
    lead_event = _at_dateline(c.text, lead, lead_built.event)
    site = _launch_site(c.text, lead_event, body_paras[1:3])
    if site is not None:
        lead_event = site
    stops = further_stops(setting, lead_event, when, body_paras, skip=(head[0], head[1]), future_ok=True)
    events = [lead_event, *([] if site else coordinated_places(setting, lead_built, stops)), *stops]
    passing = []
    region_start = title[0] if title else lead[0]
    # 'In the afternoon the National Security Council met in Tokyo': later the lead's own day, elsewhere
    # ('a 28 lipca, późnym wieczorem, z …': the evening of the day just named, not of the lead's)
    later = [DateMention(m.start(), m.end(), m.group(), when, relative=True)
             for m in _LATER_THAT_DAY.finditer(c.text, lead_sents[1].start if len(lead_sents) > 1 else lead[1], end)
             if not any(0 <= m.start() - d.end <= 20 for d in setting.dates)] \
        if when.precision == "day" and when.start == when.end else []
    if later:
        setting = replace(setting, dates=sorted(setting.dates + later, key=lambda d: d.start))
    # a date line, a byline or a header the story was filed under tells no event of its own
    told = ([title] if title else []) + paras
    filed = _DATELINE_ANY.match(c.text, lead[0])
    filed_at = (lead[0], filed.end()) if filed else (0, 0)
    passing += passing_events(replace(setting, dates=[d for d in setting.dates if any(a <= d.start < b for a, b in told)
                                                      and not filed_at[0] <= d.start < filed_at[1]]),
                              (region_start, end), lead_event, when, skip_overlapping=False)
    # the traveller leads a state: named as a leader, or titled so in the lead's first sentence
    leads = any(x.leader for x in mentioned(c.text, head[0], (body or head)[1], setting.people)) or \
        bool(LEADER.search(c.text, head[0], head[1]))
    if site is not None:
        # the lead's own sentence, told again in passing at the places it names, is the lead itself
        told = c.orig(*lead)
        passing = [p for p in passing if not (p.date_start == lead_event.date_start and p.evidence
                                              and told[0] <= p.evidence[0] < told[1])]
    events += reactions(setting, when, body_paras, lead_event, lead_event.source_urls)
    if lead_event.venue is None and when.precision != "day" and basis in (_UNDATED_LEAD, _UNDATED_YEAR) and \
            sum(p.date_precision == "day" for p in passing) >= 2:
        # a memo that opens with a word on the month ('Miesiąc upłynął pod znakiem …') and then tells
        # its days one by one: the opening names no day and no place, so it is no event, and the days
        # it would otherwise swallow are the events
        events = [e for e in events if e is not lead_event]
    if edition and basis == _UNDATED_LEAD:
        events = [e for e in events if e is not lead_event]
    events, passing = stays_go_on(events, passing)
    by_day = _stops_by_day(lead_event, passing, c.orig(*lead), anchor.date)
    if by_day:
        # 'arrived in Wakkanai on Monday … On Tuesday he met the governor in Sapporo' under a visit to
        # Hokkaido: the lead's days are told stop by stop, and the stops are the events (GOLD 2.2)
        events = [e for e in events if e is not lead_event]
        passing = [by_day.get(id(p), p) for p in passing]
    kept = dedupe(events, passing)
    arrival = next((p for p in kept if _arrived_before(p, lead_event)), None)
    if arrival is not None:
        # 'He arrived in Moscow on Thursday' under a lead of Friday's talks in the Kremlin: one stay
        # the stay is the traveller's trip, framed by the arrival (GOLD 2.5 visit)
        kind = "visit" if lead_event.event_type in ("meeting", "ceremony_forum", "other") else lead_event.event_type
        events[0] = lead_event = lead_event.with_(
            date_start=arrival.date_start, event_type=kind,
            why=dict(lead_event.why or {}, date=f"{(lead_event.why or {}).get('date', '')}; "
                                               f"from the arrival the article names: '{arrival.headline[:80]}'"))
        kept = [p for p in kept if p is not arrival]
    stops = _stops_in_country(lead_event, kept)
    if stops:
        # 'back from the first organised trip to North Korea': the trip told by its country, then
        # by its stops and their days, is those stops (GOLD 2.2)
        events = [e for e in events if e is not lead_event]
        kept = [stops.get(id(p), p) for p in kept]
    return events + [_stop_of(lead_event, p, leads) for p in kept]


def _stops_by_day(lead: Event, passing: list[Event], told: tuple[int, int], filed: dt.date | None) -> dict[int, Event]:
    """A visit over several days whose own sentences place each day elsewhere: its first and last
    days at towns or sites more than 50 km apart. Those stops, as visits, are the trip; a day after
    the story was filed is a plan ('On Saturday he travels to Rostov'), told in passing."""
    if lead.event_type != "visit" or lead.date_precision != "day" or lead.date_start == lead.date_end or \
            (filed is not None and lead.date_end > filed.isoformat()):
        return {}
    inside = [p for p in passing if p.date_precision == "day" and p.date_start == p.date_end
              and lead.date_start <= p.date_start <= lead.date_end and p.geo_precision in ("city", "site")
              and p.evidence and told[0] <= p.evidence[0] < told[1] and p.event_type not in ("military", "statement")]
    days = {p.date_start for p in inside}
    apart = any(km(a.lat, a.lon, b.lat, b.lon) > NEAR_KM for a in inside for b in inside
                if a.lat is not None and b.lat is not None)
    if not apart or not {lead.date_start, lead.date_end} <= days:
        return {}   # (the talks in Moscow and then the Kremlin are one stay)
    return {id(p): _as_stop(p, lead, "a stop of the trip the lead tells day by day") for p in inside}


def _as_stop(p: Event, lead: Event, rule: str) -> Event:
    """A place mentioned in passing, made a visit of the lead's trip: its travellers, its sources."""
    why = dict(p.why or {}, type={"rule": rule, "cue": lead.venue_text or ""})
    return p.with_(event_type="visit", in_passing=False, origin=lead.origin, actors=lead.actors, why=why,
                   source_urls=lead.source_urls)


def _stops_in_country(lead: Event, kept: list[Event]) -> dict[int, Event]:
    """Day-dated places in the country a lead visit names alone, in the week up to its day: the
    stops of that trip, as visits of their own."""
    if lead.event_type != "visit" or lead.geo_precision != "country":
        return {}
    l0, l1 = period_bounds(lead.date_start)[0], period_bounds(lead.date_end)[1]
    out = {}
    for p in kept:
        p0 = period_bounds(p.date_start)[0]
        if p.venue_country == lead.venue_country and p.geo_precision != "country" and p.date_precision == "day" \
                and l0 - _TRIP_SLACK <= p0 <= l1 and p.event_type not in ("military", "statement"):
            out[id(p)] = _as_stop(p, lead, "a stop of the trip the lead names by its country")
    return out


# a dateline without a date, its city in capitals: 'OSAKA — …', 'MOSKWA (PAP) – …'
_BARE_DATELINE = re.compile(r"[ \t]*(?P<city>[A-ZĄĆĘŁŃÓŚŹŻ]{3,}(?:[ -][A-ZĄĆĘŁŃÓŚŹŻ]{2,}){0,2})(?:,\s+[A-Z][\w .'’-]{1,25}?)?"
                            r"\s*(?:\([^)\n]{2,20}\))?\s*(?:--|[–—-])\s")


_LATER_THAT_DAY = re.compile(r"\b(?:in\s+the\s+(?:afternoon|evening)|later\s+that\s+day|(?:later\s+|on\s+)?the\s+same\s+(?:day|morning|afternoon|evening)|"
                             r"tego\s+samego\s+dnia|po\s+południu|wieczorem)\b", re.IGNORECASE)


def _launch_site(text: str, ev: Event, paras: list[tuple[int, int]]) -> Event | None:
    """A launch the lead places by where it was seen or flew ('warnings in Hokkaido') happened where
    the next paragraphs say it took off from ('took off … from Mupyong-ri in Jagang province')."""
    if not (ev.event_type == "military" or (ev.why or {}).get("type", {}).get("rule") == SATELLITE_LAUNCH) or \
            (ev.why or {}).get("venue", {}).get("rule") == "launch":
        return None
    for a, b in paras:
        site = next((c for c in find_candidates(text, a, b) if c.role == "launch"), None)
        if site is not None:
            return at_place(ev, site.place, site.text, "launch site in a later paragraph", "explicit", site.step)
    return None


def _dateline_place(text: str, lead: tuple[int, int]):
    """The city a lead's wire dateline names ('SEOUL, Sept 14 (Yonhap) --', 'TOKYO -- …') and its
    words, or (None, '')."""
    m = _DATELINE_ANY.match(text, lead[0]) or _BARE_DATELINE.match(text, lead[0])
    if m is None:
        # a dated dateline on a line of its own above the title: '[11] SEUL, 28 maja 2025 r.'
        m = _DATELINE_ALONE.match(text, len(text) - len(text.lstrip()))
        if m is None or m.end() > lead[0]:
            return None, ""
    city = m.group("city")
    # a dateline sets its city in capitals, which a town known only to GeoNames is not spelt in
    place = lookup(city) or (lookup(city.title()) if city.isupper() else None)
    return (place, city) if place is not None and place.kind != "country" else (None, "")


def _dateline_country(text: str, lead: tuple[int, int]) -> tuple[str, ...]:
    """The state a story was filed from: whose ministry an envoy was called in to."""
    place, _words = _dateline_place(text, lead)
    return (place.country,) if place is not None and place.country else ()


def _at_dateline(text: str, lead: tuple[int, int], ev: Event) -> Event:
    """A lead that names no place of its own happened where its wire dateline was filed
    ('SEOUL, Sept 14 (Yonhap) -- …'): an implied venue, with the dateline as its words."""
    if ev.venue is not None or (ev.why or {}).get("type", {}).get("rule") == "remote contact":
        return ev
    place, words = _dateline_place(text, lead)
    if place is None:
        return ev
    if ev.event_type in ("military", "statement") and place.country not in ev.actors[:1]:
        # 'SEOUL (AP) — North Korea fired two missiles …': the desk is not the launch site, nor where
        # Pyongyang's statement was issued
        return ev
    placed = at_place(ev, place, words, "dateline", "implied")
    if ev.event_type == "visit" and place.country and place.country not in ev.actors:
        # the guests came to the dateline's country: it is the host ('VLADIVOSTOK — the governor
        # received a KOGAS delegation … a pipeline across North Korea': Russia, not North Korea)
        placed = placed.with_(actors=tuple(x for x in ev.actors[:1] if x != place.country) + (place.country,))
    return placed


_ARRIVED = re.compile(rf"\b(?:{ARRIVE}|wylądowa\w*)\b", re.IGNORECASE)


def _arrived_before(p: Event, lead: Event) -> bool:
    """An arrival at the lead's own place one to three days before the lead's day."""
    if p.date_precision != "day" or lead.date_precision != "day" or not _ARRIVED.search(p.headline):
        return False
    if p.lat is None or lead.lat is None or km(p.lat, p.lon, lead.lat, lead.lon) > NEAR_KM and not (
            p.geo_precision == "country" and p.venue_country == lead.venue_country):
        return False   # (an arrival told by its country: 'who arrived on Monday on her first trip to South Korea')
    gap = (dt.date.fromisoformat(lead.date_start) - dt.date.fromisoformat(p.date_start)).days
    return 1 <= gap <= 3


_TRIP_SLACK = dt.timedelta(days=7)


def _stop_of(lead: Event, p: Event, traveller_leads: bool = False) -> Event:
    """A dated event of the lead's traveller abroad, during or right after the lead's trip, is a
    further stop of that trip (GOLD 2.2: a leader who goes on from one capital to the next and holds
    talks there on a named day): a visit of its own, not a mention in passing."""
    if lead.event_type != "visit" or lead.lat is None or p.lat is None or p.venue_id == lead.venue_id:
        return p
    if p.event_type not in ("meeting", "summit", "visit", "ceremony_forum", "agreement"):
        return p
    traveller = lead.origin
    if traveller is None or p.venue_country in (traveller, lead.venue_country):
        return p
    p0, p1 = period_bounds(p.date_start)[0], period_bounds(p.date_end)[1]
    l0, l1 = period_bounds(lead.date_start)[0], period_bounds(lead.date_end)[1]
    if not (l0 <= p0 and p1 <= l1 + _TRIP_SLACK) or p.date_precision != "day":
        return p
    if traveller not in p.actors:
        return p
    kind = "visit"
    if p.event_type == "summit" or (traveller_leads and LEADER.search(p.headline)):
        kind = "summit"   # the travelling leader meets another: 'w Warszawie ma rozmawiać z premierem'
    elif p.event_type == "ceremony_forum":
        kind = p.event_type   # a forum attended on the way: 'w Pekinie będzie uczestniczył w Forum'
    # a treaty signed at a stop belongs to the stop's visit (GOLD 2.2)
    why = dict(p.why or {}, type={"rule": "a further stop of the lead's trip", "cue": lead.venue or ""})
    return p.with_(event_type=kind, in_passing=False, origin=traveller,
                   actors=tuple(dict.fromkeys([traveller, p.venue_country])), why=why,
                   source_urls=lead.source_urls)
