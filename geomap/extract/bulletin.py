"""Bulletins: documents of dated entries ('7-8 listopada:', 'November 14-15:'), one event per entry.

The page-broken text is joined first (layout.py); then headings split it into sections, and
analysis sections (WNIOSKI, KOMENTARZ, Conclusions, Commentary) are skipped whole. Entries omit the
year, so it is inferred once per document (dates.infer_year) and each entry's month is placed
around the bulletin's main month. Source addresses come from the footnote blocks (sources.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..events import Event, Problem
from .document import sources
from .mentions.countries import find_countries, ordered_unique
from .events.compose import Setting, build
from .document.datelines import DateLine, parse_date_line
from .document.dating import infer_year
from .mentions.dates import find_dates
from .document.layout import Clean, clean, sentences
from .events.passing import dedupe, passing_events
from .mentions.persons import registry
from .events.trips import further_stops

_ANALYSIS = re.compile(
    r"^\s*(?:[IVXLC]+\s*[.)]|\d+\s*[.)])?\s*(?:WNIOSKI|KOMENTARZE?|ANALIZA|OCENA|OCENY|PODSUMOWANIE|UWAGI|"
    r"PROGNOZA|CONCLUSIONS?|COMMENT(?:ARY|ARIES|S)?|ANALYSIS|ASSESSMENTS?|SUMMARY|KEY\s+FINDINGS|OUTLOOK|"
    r"Wnioski|Komentarze?|Analiza|Ocena|Podsumowanie|Uwagi|Prognoza|Conclusions?|Comment(?:ary|aries|s)?|"
    r"Analysis|Assessments?|Summary|Key\s+findings|Outlook)\s*:?\s*$")
_ROMAN = re.compile(r"^\s*[IVXLC]+\s*[.)]\s+\S")


@dataclass(frozen=True)
class Section:
    start: int
    title: str
    analysis: bool


@dataclass(frozen=True)
class Entry:
    start: int          # clean offset of the date line
    end: int
    line: DateLine
    section: Section | None


def _lines(c: Clean) -> list[tuple[int, int]]:
    starts = c.line_starts
    return [(s, starts[i + 1] if i + 1 < len(starts) else len(c.text)) for i, s in enumerate(starts)]


def _is_heading(line: str) -> bool:
    t = line.strip()
    if not t or len(t) > 90:
        return False
    if _ANALYSIS.match(t):
        return True
    letters = [ch for ch in t if ch.isalpha()]
    if len(letters) >= 4 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters):
        return not t.endswith((".", ","))
    return bool(_ROMAN.match(t)) and not t.endswith((".", ",", ";"))


def _is_short_title(lines: list[str], i: int) -> bool:
    """'Japan and Russia' between a finished sentence and a capitalised line: a plain heading."""
    t = lines[i].strip()
    words = t.split()
    if not t or not t[0].isupper() or len(t) > 60 or len(words) > 8 or t.endswith((".", ",", ";", ":", "-")):
        return False
    prev = lines[i - 1].strip() if i > 0 else ""
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    if prev and not prev.endswith((".", "!", "?", ":", "”", '"')) and not _is_heading(prev):
        return False
    caps = sum(w[0].isupper() for w in words if w[0].isalpha())
    return bool(nxt) and (nxt[0].isupper() or nxt[0].isdigit()) and caps * 2 >= len(words)


def segment(c: Clean) -> tuple[list[Entry], list[Section]]:
    """Entries and sections, from the line starts of the joined text."""
    sections: list[Section] = []
    marks: list[tuple[int, object]] = []
    spans = _lines(c)
    texts = [c.text[s:e] for s, e in spans]
    for i, (s, e) in enumerate(spans):
        line = texts[i]
        dl = parse_date_line(line)
        if dl is not None:
            marks.append((s, dl))
        elif _is_heading(line) or _is_short_title(texts, i):
            sec = Section(s, line.strip(), bool(_ANALYSIS.match(line.strip())))
            sections.append(sec)
            marks.append((s, sec))
    entries: list[Entry] = []
    current: Section | None = None
    for i, (pos, what) in enumerate(marks):
        if isinstance(what, Section):
            current = what
            continue
        if current is not None and current.analysis:
            continue
        end = marks[i + 1][0] if i + 1 < len(marks) else len(c.text)
        entries.append(Entry(pos, end, what, current))
    return entries, sections


def is_bulletin(text: str) -> bool:
    """Two or more lines that open with a date and a colon."""
    n = 0
    for line in text.splitlines():
        if parse_date_line(line):
            n += 1
            if n >= 2:
                return True
    return False


def extract_bulletin(text: str, doc: str, problems: list[Problem] | None = None) -> list[Event]:
    """The bulletin's events; entries that cannot become one are added to `problems`."""
    problems = problems if problems is not None else []
    c = clean(text)
    entries, sections = segment(c)
    if not entries:
        return []
    all_urls = [u for b in c.url_blocks for u in b.urls]
    first = entries[0].start
    header = c.text[:first]
    anchor = infer_year(c.text, [e.line.start[0] for e in entries] + [e.line.end[0] for e in entries],
                        all_urls, header)
    dates = find_dates(c.text, anchor)
    people = registry(c.text)
    events: list[Event] = []
    infos: list[sources.EntryInfo] = []
    built_entries = []
    for e in entries:
        when = e.line.resolve(anchor)
        line = text.count("\n", 0, c.orig(e.start, e.end)[0]) + 1
        if when is None:
            problems.append(Problem(doc, line, "date", f"the entry dated '{e.line.text}' names a day that "
                                    "does not exist; the entry is left out: correct the date"))
            continue
        body_start = e.start + e.line.length
        sents = sentences(c.text, body_start, e.end)
        if not sents:
            problems.append(Problem(doc, line, "text", f"the entry dated '{e.line.text}' has no text; "
                                    "it is left out"))
            continue
        head = (sents[0].start, sents[0].end)
        body = (sents[1].start, sents[-1].end) if len(sents) > 1 else None
        focus = tuple(ordered_unique(m.iso for m in find_countries(e.section.title))) if e.section else ()
        setting = Setting(doc, c, dates, focus, people)
        built_entries.append((e, when, head, body, setting))
        infos.append(sources.EntryInfo(e.start, c.text[body_start:e.end], when.start, when.end))
    urls = sources.assign(infos, c.url_blocks)
    passing: list[Event] = []
    for (e, when, head, body, setting), addr in zip(built_entries, urls):
        built = build(setting, when, head, body, urls=tuple(addr),
                      evidence=c.orig(e.start, e.end))
        events.append(built.event)
        events.extend(further_stops(setting, built.event, when, [body] if body else [], skip=head))
        passing.extend(passing_events(setting, (head[0], body[1] if body else head[1]), built.event, when,
                                      skip_overlapping=True))
    return _unique_ids(events + dedupe(events, passing))


def _unique_ids(events: list[Event]) -> list[Event]:
    seen: dict[str, int] = {}
    out = []
    for ev in events:
        n = seen.get(ev.id, 0)
        seen[ev.id] = n + 1
        out.append(ev if n == 0 else ev.with_(id=f"{ev.id}-{n + 1}"))
    return out
