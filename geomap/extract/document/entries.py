"""A bulletin's shape: its title block, section headings and dated entries, found by their form.

A heading is a short line in capitals, a numbered line ('II. Japan and Russia'), or a short
capitalised line between finished sentences; headings of analysis (conclusions, commentary,
assessment, outlook...) open sections whose entries give no events (GOLD 2.1). An entry runs
from its date line to the next date line or heading.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from .datelines import (ITEM_TITLE, INSIDE_REACH, DateLine, in_capitals, month_heading, week_span, parse_bracketed_inside, parse_date_end,
                        parse_date_inside, parse_date_lead, parse_date_line, parse_deictic_lead, parse_ordinal_inside)
from ..mentions.dates import BACK_A_DAY, RAISED_DIGITS, WEEKDAYS, safe_date, shift_lead
from .layout import SOURCE_LABEL, Clean

_ANALYSIS_WORDS = (
    r"WNIOSKI|KOMENTARZE?|ANALIZ[AY]|OCEN[AY]|PODSUMOWANIE|UWAGI|PROGNOZ[AY]|PERSPEKTYW[AY]|KONKLUZJ[AE]|"
    r"TEZY|NAJWAŻNIEJSZE\s+WNIOSKI|KLUCZOWE\s+WNIOSKI|CONCLUSIONS?|COMMENT(?:ARY|ARIES|S)?|ANALYSIS|"
    r"ASSESSMENTS?|SUMMARY|KEY\s+(?:FINDINGS|TAKEAWAYS|POINTS|JUDGEMENTS|JUDGMENTS)|OUTLOOK|OVERVIEW|"
    r"EXECUTIVE\s+SUMMARY|IN\s+BRIEF|BOTTOM\s+LINE|EDITORIAL|"
    r"KOMENTARZ\s+(?:REDAKCJI|ANALITYKA|DYŻURU)|"
    # a list of sources repeats the entries' dates beside their addresses: no events either
    r"ŹRÓDŁ[AO]|PRZYPISY|BIBLIOGRAFIA|SOURCES?|REFERENCES|NOTES|ENDNOTES|FOOTNOTES")
# whose view it is: 'DESK COMMENT', "Editor's note", 'Komentarz redakcji' (the last is a suffix)
_WHOSE = r"(?:DESK|EDITOR'?S|EDITORS'|ANALYST'?S|OUR|WRITER'?S|NASZ|NASZA|REDAKCYJN[YA])"
_ANALYSIS = re.compile(
    rf"^\s*(?:#+\s*)?(?:[IVXLC]+\s*[.)]|\d+\s*[.)]|[A-Z]\s*[.)])?\s*(?:\*\*)?(?:{_WHOSE}\s+(?:NOTE|VIEW|TAKE)|(?:{_WHOSE}\s+)?(?:{_ANALYSIS_WORDS}))(?:\*\*)?\s*[:.]?(?:\s*\([^)\n]{{0,60}}\))?\s*$",
    re.IGNORECASE)
# ('2.3 Roadmap with KOGAS': an item's title numbered within its section)
_ROMAN = re.compile(r"^\s*(?:#+\s*)?(?:(?:[IVXLC]+|\d{1,2})\s*[.)]|\d{1,2}\.\d{1,2}\.?)\s+[A-ZĄĆĘŁŃÓŚŹŻ\"„]")
_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+\S")


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


@dataclass(frozen=True)
class Outline:
    """What a bulletin is made of: its entries, its sections, and the title block before them."""
    entries: tuple[Entry, ...]
    sections: tuple[Section, ...]
    head: str            # the lines before the first heading or entry: title, issue, date
    skipped: int         # entries inside analysis sections


def _lines(c: Clean) -> list[tuple[int, int]]:
    starts = c.line_starts
    return [(s, starts[i + 1] if i + 1 < len(starts) else len(c.text)) for i, s in enumerate(starts)]


# the parties of an entry as country codes: 'RU · KP', 'JP / RU / UA' tag it, they head nothing
CODES_ONLY = re.compile(r"[A-Z]{2,4}(?:[ \t]*[·,/|–—-][ \t]*[A-Z]{2,4})+")


def is_heading(line: str) -> bool:
    t = line.strip()
    if not t or len(t) > 90:
        return False
    if _ANALYSIS.match(t) or _MARKDOWN_HEADING.match(t):
        return True
    if in_capitals(t):
        return not t.endswith((".", ",")) and not CODES_ONLY.fullmatch(t)
    return bool(_ROMAN.match(t)) and not t.endswith((".", ",", ";"))


def _is_short_title(lines: list[str], i: int) -> bool:
    """'Japan and Russia' between a finished sentence and a capitalised line: a plain heading.

    Right under a date line such a line is the entry's own headline, and the caller does not ask."""
    t = lines[i].strip()
    words = t.split()
    if not t or not t[0].isupper() or len(t) > 60 or len(words) > 8 or t.endswith((".", ",", ";", ":", "-")):
        return False
    if SOURCE_LABEL.match(t):
        return False     # 'Źródło: konsulat RK', the names of the links that follow
    prev = lines[i - 1].strip() if i > 0 else ""
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    if prev and not prev.endswith((".", "!", "?", ":", "”", '"', "]", ")")) and not is_heading(prev):
        return False
    caps = sum(w[0].isupper() for w in words if w[0].isalpha())
    return bool(nxt) and (nxt[0].isupper() or nxt[0].isdigit()) and caps * 2 >= len(words)


WRAPPED_LINE = 60   # a numbered line this long, with text right under it, is a paragraph wrapped, not a heading


def _heading_at(lines: list[str], i: int, after_blank: frozenset[int] = frozenset()) -> bool:
    """Line i is a heading, unless it is a numbered line that runs on into the next one: then it is
    a paragraph's first line ('4. Od soboty 22 … łącznie ponad' / 'czterdzieści godzin – rozmowy …').
    'I. WNIOSKI' and 'II. JAPONIA I ROSJA' stay headings whatever follows."""
    line = lines[i].strip()
    if not is_heading(line):
        return False
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    wraps = bool(_ROMAN.match(line)) and bool(nxt) and i + 1 not in after_blank \
        and (nxt[:1].islower() or len(line) >= WRAPPED_LINE) \
        and not line.endswith((":", ".", "!", "?"))
    return not wraps or bool(_ANALYSIS.match(line)) or in_capitals(line)


def _entry_source(lines: list[str], i: int, after_blank: frozenset[int]) -> bool:
    """'Source:' right under an entry's text, its address on the next line: the entry's own source
    line. A list of sources that ends a bulletin stands apart, after a blank line."""
    # (a link's text alone, its address gone from the text: 'Source' closing the entry's paragraph)
    label = bool(SOURCE_LABEL.fullmatch(lines[i].strip())) or \
        bool(_SOURCE_WORD.fullmatch(lines[i].strip())) and (i + 1 == len(lines) or i + 1 in after_blank)
    return i > 0 and i not in after_blank and bool(lines[i - 1].strip()) and label and not is_heading(lines[i - 1])


_SOURCE_WORD = re.compile(r"Source|Źródło|Źr\.|Link|Via", re.IGNORECASE)   # one source: a plural heads a list


def _week_heading(line: str) -> bool:
    """'Week 10 · 4–10 March', 'Tydzień od 18 marca': a week's heading closes the entry above it."""
    t = line.strip()
    return 0 < len(t) <= 60 and not t.endswith((".", "!", "?")) and week_span(t) is not None


def _date_alone(texts: list[str], dated: list[DateLine | None], i: int) -> bool:
    """Line `i` is a date and nothing else ('9 listopada (niedziela)'): the line under it is its entry's."""
    return i >= 0 and dated[i] is not None and dated[i].length > 0 and not texts[i][dated[i].length:].strip()


def outline(c: Clean) -> Outline:
    """Entries and sections, from the line starts of the joined text."""
    sections: list[Section] = []
    marks: list[tuple[int, object]] = []
    spans = _lines(c)
    texts = [c.text[s:e] for s, e in spans]
    dated = date_marks(texts, c.after_blank)
    for i, (s, _e) in enumerate(spans):
        line = texts[i]
        dl = dated[i]
        if dl is not None:
            marks.append((s, dl))
        elif _entry_source(texts, i, c.after_blank):
            continue
        elif _heading_at(texts, i, c.after_blank) or _week_heading(line) or (not _date_alone(texts, dated, i - 1) and _is_short_title(texts, i)):
            title = line.strip().lstrip("#").strip()
            # (a document's own first line named for its writer is its title: 'Desk notes')
            sec = Section(s, title, bool(_ANALYSIS.match(line.strip())) and (
                any(t.strip() for t in texts[:i]) or not re.match(rf"\s*(?:#+\s*)?{_WHOSE}\s", line, re.IGNORECASE)))
            sections.append(sec)
            marks.append((s, sec))
    entries, skipped = _entries(marks, len(c.text), honour_analysis=True)
    if not entries and skipped >= 2:
        # every date line sits under an analysis heading: the heading that ended that section was
        # missed, and dropping the whole bulletin would be worse than reading it
        entries, skipped = _entries(marks, len(c.text), honour_analysis=False)
    entries = [item for e in entries for item in _items(c, spans, texts, e)]
    entries = [item for e in entries for item in _labelled_lines(spans, texts, e)]
    entries = [item for e in entries for item in _noted_items(c, e)]
    # The title block: the lines before the first heading or entry, and the headings before the
    # first entry ('Issue 11/2018' reads as a heading of its own).
    first_entry = entries[0].start if entries else len(c.text)
    analysis = [(s.start, next((x.start for x in sections if x.start > s.start), len(c.text)))
                for s in sections if s.analysis]
    head_lines = [c.text[s:e].strip() for s, e in spans if s < first_entry and
                  not any(a < s < b for a, b in analysis)][:12]
    return Outline(tuple(entries), tuple(sections), "\n".join(x for x in head_lines if len(x) <= 200), skipped)


# a paragraph closing on its own note or source: '… [6]', '… [kremlin.ru]', '… [MOFA]'
_NOTE_END = re.compile(rf"(?:\[(?:\^?\d{{1,3}}|[\w][\w.\- ]{{1,29}})\]|[{RAISED_DIGITS}]+)\s*$")   # ('… Pusanu.³': a raised note)
# a paragraph set as a point of a list: '– W Mińsku minister …'
_POINT = re.compile(r"[ \t]*[–—•▪*-][ \t]+\S")
_GOES_ON = re.compile(r"\s*(?:On|Ona|Oni|One|Obaj|Obie|Oboje|Tam|Podczas|W\s+trakcie|Następnie|Potem|Ponadto|Również|"
                      r"Rozmow\w*|Spotkani\w*|Wizyt\w*|Strony|He|She|They|Both|There|It|Its|This|These|During|Later|"
                      r"Also|The\s+(?:talks|meeting|visit|two|sides|ministers|leaders))\b")


# a paragraph that names where it happened in its first sentence: 'In Seoul, the ambassador met …',
# '… held consultations in Tokyo on …'
_PLACED = re.compile(r"^\s*[^.!?]{0,200}?\b(?i:in|at|w|we|na|to|do|visited|toured|odwiedzi\w*)\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+[^.!?]*[.!?]")


# a call has no place to name: 'spoke by phone with …', 'rozmawiał telefonicznie z …'
_CALL = re.compile(r"\b(?:by\s+(?:tele)?phone|phone\s+call|telephone\s+(?:call|talks?)|video\s*(?:link|call|conference)|"
                   r"telefoniczn\w*|przez\s+telefon|wideokonferencj\w*)", re.IGNORECASE)


_SOURCE_START = re.compile(rf"{SOURCE_LABEL.pattern}|\s*(?:https?://|www\.)", re.IGNORECASE)


# a line of its own that opens on a place or a topic and a colon: '• Tokio: …', 'Seoul: …'
# (a record's field names are no places: 'Miejsce: Tokio', 'Summary: …')
_LABELLED = re.compile(r"[ \t]*(?:[*•·–—-][ \t]+)?(?!(?:Miejsce|Place|Location|Venue|Gdzie|Where|Opis|Summary|Description|"
                       r"Uwagi|Notes?|Źródło|Source|Tytuł|Title|Uczestnicy|Participants|Typ|Type|Kategoria|Category|Data|"
                       r"Date|Kraje|Countries|Strony|Parties|Link|URL|Temat|Subject|Status)\b)"
                       r"[A-ZĄĆĘŁŃÓŚŹŻ][\w'’.-]+(?:[ -][A-ZĄĆĘŁŃÓŚŹŻ][\w'’.-]+){0,2}:[ \t]+\S")


def _labelled_lines(spans: list[tuple[int, int]], texts: list[str], e: Entry) -> list[Entry]:
    """A date alone on its line over two or more lines that each open on a place and a colon
    ('5 listopada' / '• Tokio: …' / '• Seul: …'): each line is an item of that day."""
    lines = [i for i, (s, _e) in enumerate(spans) if e.start <= s < e.end]
    if not lines or e.line.length == 0 or texts[lines[0]][e.line.length:].strip():
        return [e]
    starts = [i for i in lines[1:] if _LABELLED.match(texts[i])]
    if len(starts) < 2 or starts[0] != lines[1]:
        return [e]
    bounds = [spans[i][0] for i in starts] + [e.end]
    return [Entry(e.start, bounds[1], e.line, e.section)] + \
        [Entry(a, b, replace(e.line, length=0), e.section) for a, b in zip(bounds[1:], bounds[2:])]


def _title_line(line: str) -> bool:
    t = line.strip().rstrip(RAISED_DIGITS)
    return 0 < len(t) <= 80 and not t.endswith((".", "!", "?", "]", ")", ":")) and not _SOURCE_START.match(t)


def _items(c: Clean, spans: list[tuple[int, int]], texts: list[str], e: Entry) -> list[Entry]:
    """A day heading over several paragraphs that each close on a note of their own ('… [6]' /
    '… [7]'): each paragraph is an item of that day, as a monitor laid out by days writes them."""
    lines = [i for i, (s, _e) in enumerate(spans) if e.start <= s < e.end]
    if not lines or e.line.length == 0 or texts[lines[0]][e.line.length:].strip():
        return [e]
    # a paragraph of sources ('Source: UN News' and its address) belongs to the paragraph above it,
    # and so does the paragraph under a title line ('Rozmowa telefoniczna ministrów')
    starts = [i for i in lines[1:] if i in c.after_blank and texts[i].strip() and not _SOURCE_START.match(texts[i])
              and not (i - 1 in lines[1:] and i - 1 in c.after_blank and _title_line(texts[i - 1]))]
    if len(starts) < 2:
        return [e]
    bounds = [spans[i][0] for i in starts] + [e.end]
    paragraphs = [c.text[a:b] for a, b in zip(bounds, bounds[1:])]
    if not (all(_NOTE_END.search(p) for p in paragraphs) or all(_PLACED.search(p) or _CALL.search(p) for p in paragraphs)
            or all(_POINT.match(p) for p in paragraphs)):
        return [e]
    # a paragraph that refers back ('Rozmowy dotyczyły także …', 'They also …') goes on with the one before
    cuts = [a for a, p in zip(bounds[1:-1], paragraphs[1:]) if not _GOES_ON.match(p)]
    if not cuts:
        return [e]
    ends = cuts + [e.end]
    return [Entry(e.start, ends[0], e.line, e.section)] + \
        [Entry(a, b, replace(e.line, length=0), e.section) for a, b in zip(cuts, ends[1:])]


_NOTE_CUT = re.compile(r"\[\^?\d{1,3}\][.;]?[ \t]*\n?[ \t]*(?=[A-ZĄĆĘŁŃÓŚŹŻ])")   # (the stop may follow the mark: "… in December [5]. Then …")


def _noted_items(c: Clean, e: Entry) -> list[Entry]:
    """A paragraph dated inside that cites a note after each thing it tells ('… Wschód.[2] Tydzień
    później, 20 maja, ambasador …'): the text after a note mark that names its own day in its first
    sentence, or counts it from the item before ('Dwa dni później w Moskwie'), is an entry of its own."""
    if e.line.length or e.line.closing:
        return [e]
    out = [e]
    for m in _NOTE_CUT.finditer(c.text, e.start, e.end):
        line = _item_date(c.text[m.end():e.end], out[-1].line)
        if line is not None:
            out[-1] = replace(out[-1], end=m.end())
            out.append(Entry(m.end(), e.end, line, e.section))
    return out


def _item_date(piece: str, before: DateLine) -> DateLine | None:
    first = re.split(r"(?<=[.!?])\s", piece, maxsplit=1)[0]
    return _counted_item(piece, before) or parse_date_inside(first)


# 'W następny wtorek …', 'On the following Tuesday …': the first such weekday after the item before
_THEN_WEEKDAY = re.compile(r"\s*(?:(?:W|We|On)\s+)?(?:następn\w+|kolejn\w+|[Tt]he\s+(?:following|next))\s+"
                           r"(?P<wd>poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę|Monday|Tuesday|"
                           r"Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!\s*,?\s*[0-3]?\d\b)")


def _counted_item(piece: str, before: DateLine) -> DateLine | None:
    """The day of an item that counts it from the item before ('Dwa dni później …', 'W następny wtorek …')."""
    if before.week is not None or before.start[1] == 0:
        return None
    if (titled := ITEM_TITLE.match(piece)) is not None:
        piece = piece[titled.end():]   # '6. Depesze na Dzień Wyzwolenia. Tego samego dnia …': after the title
    if (shift := shift_lead(piece)) is not None:
        phrase, days = shift
        day = before.end if days > 0 else before.start
        return replace(before, text=phrase, start=day, end=day, shift=before.shift + days, length=0, weekday=None)
    if (m := _THEN_WEEKDAY.match(piece)) is not None:
        return replace(before, text=m.group().strip(), length=0, weekday=None,
                       then=WEEKDAYS[m["wd"].lower()])
    return None


def _entries(marks: list[tuple[int, object]], end_of_text: int, honour_analysis: bool) -> tuple[list[Entry], int]:
    entries: list[Entry] = []
    current: Section | None = None
    skipped = 0
    for i, (pos, what) in enumerate(marks):
        if isinstance(what, Section):
            current = what
            continue
        if honour_analysis and current is not None and current.analysis:
            skipped += 1
            continue
        end = marks[i + 1][0] if i + 1 < len(marks) else end_of_text
        entries.append(Entry(pos, end, what, current))
    return entries, skipped


# Paragraphs that open with a date in their first sentence make a bulletin only when there are this
# many and no date lines: one such paragraph is a news lead ('On Tuesday …' is dated the same way).
MIN_DATED_PARAGRAPHS = 3


def date_marks(lines: list[str], after_blank: frozenset[int] = frozenset()) -> list[DateLine | None]:
    """The entry date each line opens with: date lines ('7 listopada:'), or else, in a document
    whose paragraphs open with dates in running text ('On 3 June, …', '3 czerwca minister …'),
    those dates where a paragraph or sentence begins."""
    written, (lines, guessed) = lines, _day_first(lines)
    marks = _as_above(lines, _in_months(lines, _in_weeks(lines, _wrapped_spans(lines, _without_counters(lines, _date_column(lines, [parse_date_line(line) for line in lines]))))))
    marks = [_in_sentence(line, m) for line, m in zip(lines, marks)]
    # a date read month first keeps the words it was written in ('7/13'), for the reader of the evidence
    marks = [replace(m, text=was[at:at + len(m.text)], order_guessed=guessed)
             if m is not None and was != now and (at := now.find(m.text)) >= 0 else m
             for m, was, now in zip(marks, written, lines)]
    lines_dated = sum(m is not None for m in marks)
    ends = _without_counters(lines, [parse_date_end(line) for line in lines])
    if sum(e is not None for e in ends) >= max(2, lines_dated + 1):
        # entries whose date closes their line in brackets: '… w Kijowie (12.05).'; in a wrapped
        # paragraph the date closes its last line and dates the paragraph from its first
        # ('…przedstawiciele władz rejonowych.' / '(23–24 VII) [5]': a date alone on a paragraph's
        # last line closes it, though it opens its line)
        marks = [None if m is not None and e is not None and i not in after_blank and _ONLY_BRACKETED.fullmatch(lines[i])
                 else m for i, (m, e) in enumerate(zip(marks, ends))]
        out = [m or e for m, e in zip(marks, ends)]
        for i, m in enumerate(out):
            if m is not None and marks[i] is None and (start := _paragraph_start(lines, i, after_blank, out, ends)) != i:
                out[start], out[i] = _first_closing(" ".join(lines[start:i + 1])) or m, None
        return _undated_items(lines, after_blank, out)
    if lines_dated < MIN_INSIDE:
        inside = _dated_inside(lines, after_blank)
        if inside and sum(m is not None for m in inside) > 2 * lines_dated:
            return inside   # two date lines among a dozen paragraphs dated inside: the paragraphs rule
    if lines_dated >= 2:
        # a paragraph among the date lines that opens with its date in a sentence ('On 12 March Putin
        # visited …') is an entry too, when blank lines part the paragraphs
        out = [m if m is not None or i not in after_blank or is_heading(line) or not _begins_fresh(lines, i)
               else _in_sentence(line, parse_date_lead(line)) or parse_ordinal_inside(line) or parse_bracketed_inside(_paragraph(lines, i, after_blank))
               for i, (m, line) in enumerate(zip(marks, lines))]
        # a paragraph after the entry that counts its day from it: '1 grudnia: … // Nazajutrz sekretarz …'
        before = None
        for i, line in enumerate(lines):
            if out[i] is None and before is not None and before.start == before.end and i in after_blank and not is_heading(line):
                out[i] = _counted_item(line, before)
            before = out[i] or before
        for i, m in enumerate(out):
            # '(9 listopada).' on a paragraph's last line dates the paragraph, it opens no entry
            if m is not None and i and i not in after_blank and _ONLY_BRACKETED.fullmatch(lines[i]):
                start = max((j for j in after_blank if j < i), default=0)
                if out[start] is None:
                    out[start] = replace(m, length=0, closing=True)
                out[i] = None
        return out
    # ('On Monday, …' opens an entry only under a week's heading that gives it its day)
    # (the date lines there are count with them: '– 9–10.09: …' among '– 5 września we Władywostoku …')
    leads = _in_weeks(lines, [m if m is not None else _in_sentence(line, parse_date_lead(line, weekdays=True)) if _begins_fresh(lines, i) else None
                              for i, (m, line) in enumerate(zip(marks, lines))])
    if sum(m is not None for m in leads) < MIN_DATED_PARAGRAPHS:
        return marks
    # a numbered item among them that dates itself in brackets: '3) Pod koniec miesiąca (29 czerwca) …',
    # and a paragraph whose first sentence closes on its one day ('The gravest incident came on 12 November.')
    out = [m if m is not None or not _begins_fresh(lines, i) else (_bracketed_lead(line) or _closing_day(line))
           for i, (m, line) in enumerate(zip(leads, lines))]
    # a paragraph that counts its day from the one before: 'Two days later, a delegation …', or from
    # the document's own: '3. Forum. W ubiegły wtorek we Władywostoku …'
    before = None
    for i, line in enumerate(lines):
        if out[i] is None and i in after_blank and not is_heading(line):
            out[i] = (_counted_item(line, before) if before is not None else None) or parse_deictic_lead(line)
        before = out[i] or before
    return out


def _in_sentence(line: str, lead: DateLine | None) -> DateLine | None:
    """A date that opens a sentence running on ('On 5 September in Vladivostok Abe met …') stays in
    its headline: the entry is dated inside its first sentence, not by a label before it."""
    if lead is None or lead.length == 0 or lead.closing or lead.weekday is not None and lead.start == (0, 0):
        return lead
    label = line[:lead.length].strip()
    if (label[-1:] in (":", "–", "—", "-", "|", ".", "*") or label[:1] in ("(", "[")) and not _YEAR_MARK.search(label):
        return lead   # a date set off by its separator labels the entry ('5 listopada – minister …', '[14.11] …')
    rest = line[lead.length:].lstrip()
    return replace(lead, length=0) if rest[:1].islower() else lead


_YEAR_MARK = re.compile(r"\d\s*r\.$")   # 'Dnia 3.03.2015 r.': the year's mark is no separator
_FIRST_SENTENCE = re.compile(r".*?[.!?](?=\s|$)", re.DOTALL)


def _first_sentence(text: str) -> str:
    """What runs up to the first full stop, or all of it when none comes."""
    first = _FIRST_SENTENCE.match(text)
    return first.group() if first else text


def _closing_day(line: str) -> DateLine | None:
    """The one day that closes a paragraph's first sentence, as its entry date."""
    first = _first_sentence(line)
    found = parse_date_inside(first)
    if found is None or found.start != found.end or not first.rstrip(".!? ").endswith(found.text):
        return None
    return found


# a row dated 'as above': 'j.w.:', 'jw. –', 'ditto:', 'Same day:', 'Tego samego dnia:'
_AS_ABOVE = re.compile(r"^[ \t•*·–—-]*(?:j\.\s?w\.|jw\.|jak\s+wyżej|ditto|do\.|id\.|same\s+day|tego\s+samego\s+dnia)"
                       r"[ \t]*(?:[:–—|]|-(?=\s))[ \t]*"
                       # a ditto mark in a date's margin: '—”— Rzecznik MSZ …', '〃 …'
                       r"|^[ \t]*(?:[—–-][ \t]*[”\"„][ \t]*[—–-]|〃)[ \t]+(?=\S)", re.IGNORECASE)


def _as_above(lines: list[str], marks: list[DateLine | None]) -> list[DateLine | None]:
    """A line dated 'as above' takes the date of the entry before it."""
    out, last = [], None
    for line, m in zip(lines, marks):
        if m is None and last is not None and (same := _AS_ABOVE.match(line)):
            m = replace(last, text=same.group().strip(), length=same.end(), closing=False)
        out.append(m)
        last = m or last
    return out


_BRACKETED_LEAD = re.compile(r"\s*(?:\d{1,3}[.)]|[–•*-])\s+[^()\d]{0,40}\((?P<date>[^()]{3,30})\)")


def _bracketed_lead(line: str) -> DateLine | None:
    """A numbered item that opens with a time in words and its day in brackets: '3) Pod koniec
    miesiąca (29 czerwca) premier …' is dated inside, by the day in brackets."""
    m = _BRACKETED_LEAD.match(line)
    dl = parse_date_line(m.group("date")) if m else None
    return replace(dl, length=0) if dl is not None else None


# 'Dates below are month/day', or a date such as '7/13' that only reads as month/day: the document
# writes its numeric dates the American way
_MONTH_FIRST_SAID = re.compile(r"\bmonth[ /-]+day\b|\bMM/DD\b|\bM/D\b", re.IGNORECASE)
_DAY_FIRST_SAID = re.compile(r"\bday[ /-]+month\b|\bDD/MM\b|\bD/M\b|\bdzień[ /.-]+miesiąc", re.IGNORECASE)
_SLASH_DATE = re.compile(r"^(?P<lead>[ \t•*#>·–—|-]*(?:\*\*)?)(?P<a>[01]?\d)/(?P<b>[0-3]?\d)"
                         r"(?:(?P<sep>[ \t]*[-–—][ \t]*)(?:(?P<c>[01]?\d)/)?(?P<d>[0-3]?\d))?(?P<y>/\d{4}|/\d\d)?(?![\d/])")
HEAD_LINES = 15


def _day_first(lines: list[str]) -> tuple[list[str], bool]:
    """The lines with month/day dates at their starts rewritten day/month, character for character
    ('7/16–7/18' → '16/7–18/7', '7/16–18' → '16–18/7'), when the document writes them month first;
    and whether that order is a guess from the dates rather than the writer's word."""
    head = "\n".join(lines[:HEAD_LINES])
    if _DAY_FIRST_SAID.search(head):
        return lines, False
    found = [m for line in lines if (m := _SLASH_DATE.match(line))]
    if not found:
        return lines, False
    said = bool(_MONTH_FIRST_SAID.search(head))
    # a date that only reads month first ('7/13'), or dates that keep to fewer months read so ('7/2',
    # '7/9', '7/30' fall in one month; read day first they would scatter over three)
    firsts, seconds = {int(m["a"]) for m in found}, {int(m["b"]) for m in found}
    shown = max(firsts) <= 12 and (max(seconds) > 12 or len(firsts) < len(seconds))
    if not (said or shown):
        return lines, False
    out = []
    for line in lines:
        m = _SLASH_DATE.match(line)
        if m is None:
            out.append(line)
            continue
        if m["d"] is None:
            date = f"{m['b']}/{m['a']}"
        elif m["c"] is None:
            date = f"{m['b']}{m['sep']}{m['d']}/{m['a']}"
        else:
            date = f"{m['b']}/{m['a']}{m['sep']}{m['d']}/{m['c']}"
        out.append(m["lead"] + date + (m["y"] or "") + line[m.end():])
    return out, not said


def _first_closing(paragraph: str) -> DateLine | None:
    """'… w Kramatorsku (27.09), a dzień później w Charkowie … (28.09)': a bracketed date that closes
    the paragraph's first clause dates the entry; the later one belongs to its own clause."""
    for cut in re.finditer(r"\)(?=\s*[,;.]\s+\S)", paragraph):
        if (head := parse_date_end(paragraph[:cut.end()])) is not None:
            return head
    return None


_ITEM = re.compile(r"\s*(?:[*•·–—-]|\d{1,3}[.)])\s+\S")


def _paragraph_start(lines: list[str], i: int, after_blank: frozenset[int], marks: list[DateLine | None],
                     ends: list[DateLine | None]) -> int:
    """The first line of the paragraph or list item that line i ends, going back no further than
    the line after the previous mark."""
    # a paragraph that a blank line closes is read back to the blank line before it; lines that
    # follow one another are one paragraph only while a line breaks off mid-sentence
    whole = i + 1 >= len(lines) or i + 1 in after_blank or not lines[i + 1].strip()
    j = i
    while j > 0 and j not in after_blank and not _ITEM.match(lines[j]) and _runs_on(lines, j - 1, after_blank) \
            and marks[j - 1] is None and ends[j - 1] is None \
            and (whole or not lines[j - 1].rstrip().endswith((".", "!", "?", ")", ":", '"', "”"))):
        j -= 1
    return j


def _runs_on(lines: list[str], k: int, after_blank: frozenset[int]) -> bool:
    """Line k is text a paragraph continues from, not a heading ('Japonia') or a blank."""
    t = lines[k].strip()
    if not t or is_heading(t) or _is_short_title(lines, k):
        return False
    return not (k in after_blank and len(t) < 40 and not t.endswith((".", ",", ";")))


_ONLY_BRACKETED = re.compile(r"\s*[(\[][^()\[\]]{3,30}[)\]]\s*[.;]?\s*(?:\[\^?\d+\])*\s*")


def _paragraph(lines: list[str], i: int, after_blank: frozenset[int]) -> str:
    """Line i and the lines after it up to the next paragraph (or a blank line), joined."""
    out = []
    for k in range(i, len(lines)):
        if k > i and k in after_blank or not lines[k].strip():
            break
        out.append(lines[k].strip())
    return " ".join(out)


def _in_weeks(lines: list[str], marks: list[DateLine | None]) -> list[DateLine | None]:
    """'Mon:' and 'Wednesday –' lines take their week from the nearest line above that names a span
    of days ('Week 45 (4–10 November 2019)'); without one they are no dates."""
    out, week = list(marks), None
    for i, line in enumerate(lines):
        m = out[i]
        if m is not None and m.start == (0, 0) and m.end == (0, 0) and m.weekday is not None:
            out[i] = replace(m, week=week[0], year=week[1]) if week else None
        elif m is not None and m.start[0] == 0 and m.start[1] > 0 and week:
            # 'Saturday 2nd' under 'Week 9 · 26 February – 3 March': the month of the span it falls in
            out[i] = replace(m, start=(_month_in(week[0], m.start[1]), m.start[1]),
                             end=(_month_in(week[0], m.end[1]), m.end[1]), year=week[1] or m.year)
        elif m is None and (span := week_span(line)) is not None:
            week = span
    return out


def _month_in(week: tuple[int, int, int, int], day: int) -> int:
    """The month of a day of the week (m1, d1, m2, d2): the first month from its first day on."""
    m1, d1, m2, _d2 = week
    return m1 if m1 == m2 or day >= d1 else m2


def _in_months(lines: list[str], marks: list[DateLine | None]) -> list[DateLine | None]:
    """Days named without their month ('- 15:', '3rd –') take it from the month heading above them
    ('## September 2017'); a bare day number with no such heading is no date."""
    out, month = list(marks), None
    for i, line in enumerate(lines):
        m = out[i]
        if m is None:
            month = month_heading(line) or month
        elif m.start[0] == 0 and m.start[1] > 0 and m.week is None:
            bare = not any(ch.isalpha() for ch in m.text)
            if month is not None:
                out[i] = replace(m, start=(month[0], m.start[1]), end=(month[0], m.end[1]), year=month[1] or m.year)
            elif bare:
                out[i] = None
    return out


_GAP = re.compile(r"(\S.*?)([ \t]{2,})(?=\S)")
MIN_COLUMN = 2


def _column_date(line: str, column: int) -> DateLine | None:
    """The date that fills the first `column` characters of a line, and nothing else."""
    head = line[:column].rstrip()
    if len(line) <= column or not line[column - 1].isspace() or line[column].isspace():
        return None
    parsed = parse_date_line(head)
    return replace(parsed, length=column) if parsed is not None and parsed.length >= len(head) else None


def _date_column(lines: list[str], marks: list[DateLine | None]) -> list[DateLine | None]:
    """'14 XI    Ambasador …' / '19–21 XI Delegacja …': dates in a column of their own, the entry's
    text starting at one column on every entry line. Two lines whose date is followed by a gap
    of spaces fix that column; a longer date fills it up to a single space."""
    columns = Counter(m.end() for i, line in enumerate(lines)
                      if marks[i] is None and (m := _GAP.match(line)) and _column_date(line, m.end()))
    if not columns or (best := columns.most_common(1)[0])[1] < MIN_COLUMN:
        return marks
    return [m if m is not None else _column_date(line, best[0]) for m, line in zip(marks, lines)]


_OPEN_SPAN = re.compile(r"\s[-–—][ \t]*(?:[^\W\d_]{2,12}\.?)?[ \t]*$")
DATE_ONLY = 30   # characters: a line this short that ends in an open span holds only the date


def _wrapped_spans(lines: list[str], marks: list[DateLine | None]) -> list[DateLine | None]:
    """'Thu 20 – Fri' over '21 Mar': a span of days wrapped in a narrow column is one date, on its
    first line."""
    out = list(marks)
    for i in range(len(lines) - 1):
        if out[i] is None or out[i + 1] is None or len(lines[i].strip()) > DATE_ONLY or not _OPEN_SPAN.search(lines[i]):
            continue
        joined = parse_date_line(lines[i].rstrip() + " " + lines[i + 1].strip())
        if joined is not None and joined.end != joined.start:
            out[i], out[i + 1] = replace(joined, length=len(lines[i])), None
    return out


_COUNTER = re.compile(r"\s*[\[(]?\s*(\d{1,2})\s*/\s*(\d{1,2})\s*[\])]?\s*")
_COUNTER_LEAD = re.compile(r"\s*[\[(]\s*(\d{1,2})\s*/\s*(\d{1,2})\s*[\])]\s+\S")


def _without_counters(lines: list[str], marks: list[DateLine | None]) -> list[DateLine | None]:
    """'[1/3]', '[2/3]' alone on their lines, or in brackets before headlines and running 1, 2, 3 …,
    number the stories of a file; they are no dates."""
    alone = [(i, _COUNTER.fullmatch(lines[i])) for i in range(len(lines)) if marks[i] is not None]
    alone = [(i, m) for i, m in alone if m]
    leading = [(i, _COUNTER_LEAD.match(lines[i])) for i in range(len(lines)) if marks[i] is not None]
    leading = [(i, m) for i, m in leading if m]
    if not [int(m.group(1)) for _i, m in leading] == list(range(1, len(leading) + 1)):
        leading = []
    marks = list(marks)
    for counters in (alone, leading):
        if len(counters) >= 2 and len({m.group(2) for _i, m in counters}) == 1 and \
                all(int(m.group(1)) <= int(m.group(2)) for _i, m in counters):
            for i, _m in counters:
                marks[i] = None
    return marks


# A document made of paragraphs that each name their day near their start, without opening with it
# ('Berlin gościł 11 i 12 czerwca …'): this many such paragraphs, and most of its long ones, make it
# a bulletin. A news story dates a few paragraphs so, never most of five or more.
MIN_INSIDE = 5
LONG_PARAGRAPH = 120


def _undated_items(lines: list[str], after_blank: frozenset[int], marks: list[DateLine | None]) -> list[DateLine | None]:
    """Among items dated at their end, a paragraph with no such date that names its day inside
    ('Japan: On 14 Nov, Motegi met Lavrov …', '… visited Pyongyang, 25–27 Nov.') is an item too."""
    out = list(marks)
    starts = sorted(i for i in after_blank if i < len(lines) and lines[i].strip())
    day_first = bool(_DAY_FIRST_SAID.search("\n".join(lines[:HEAD_LINES])))
    for i, end, paragraph in _paragraphs(lines, starts):
        if not any(out[j] is not None for j in range(i, end)) and not _heading_at(lines, i):
            out[i] = parse_date_inside(paragraph) or (_slashed_inside(paragraph) if day_first else None)
    return out


# 'was received on 10/3 in Pyongyang': a slashed day and month in a report that says it writes day/month
# ('on 18/3–19/3': a span)
_ON_SLASHED = re.compile(r"\b(?:on|dnia|w\s+dniu)\s+(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?:\s*[–-]\s*(?P<d2>[0-3]?\d)/(?P<m2>[01]?\d))?"
                         r"\b(?![/\d])", re.IGNORECASE)


def _slashed_inside(paragraph: str) -> DateLine | None:
    m = _ON_SLASHED.search(_first_sentence(paragraph), 0, INSIDE_REACH)
    if m is None:
        return None
    start, end = (int(m["m"]), int(m["d"])), (int(m["m2"] or m["m"]), int(m["d2"] or m["d"]))
    if not all(1 <= mo <= 12 and 1 <= d <= 31 for mo, d in (start, end)) or end < start:
        return None
    return DateLine(m.group()[m.start("d") - m.start():], start, end, None, 0)


def _paragraphs(lines: list[str], starts: list[int]):
    """(first line, end line, text on one line) of each paragraph that opens at one of `starts`."""
    for n, i in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        yield i, end, " ".join(x.strip() for x in lines[i:end])


def _dated_inside(lines: list[str], after_blank: frozenset[int]) -> list[DateLine | None] | None:
    """Paragraph starts: lines after a blank line when the text has them (a wrapped line after a
    full stop starts none), else lines that begin fresh."""
    if len(after_blank) >= MIN_INSIDE:
        # a heading that opens a block ('PÓŁWYSEP KOREAŃSKI' over its first paragraph) starts the line under it
        starts = sorted({j for i in after_blank if i < len(lines)
                         for j in ((i + 1,) if _heading_at(lines, i) else (i,)) if j < len(lines) and lines[j].strip()})
    else:
        starts = [i for i, line in enumerate(lines) if line.strip() and _begins_fresh(lines, i) and not _heading_at(lines, i)]
    marks: list[DateLine | None] = [None] * len(lines)
    long = 0
    for i, _end, paragraph in _paragraphs(lines, starts):
        if _long(paragraph):
            long += 1
            marks[i] = parse_date_inside(paragraph)
    dated = sum(m is not None for m in marks)
    if dated < MIN_INSIDE or dated < 0.6 * long:
        return None
    before = None
    for i, _end, paragraph in _paragraphs(lines, starts):
        # 'Osiem dni później, w poniedziałek, …': a paragraph that counts its day from the one before;
        # 'Przedwczoraj w porcie Nampo …' from the document's own day
        if marks[i] is None and _long(paragraph):
            marks[i] = (_counted_item(paragraph, before) if before is not None else None) or parse_deictic_lead(paragraph)
        before = marks[i] or before
    return marks


_RULES = re.compile(r"[=\-_*~#+]{3,}")


def _long(paragraph: str) -> bool:
    """A paragraph long enough to be an entry; a heading between two rules is none ('====' /
    'I. ROSJA – JAPONIA' / '====')."""
    return len(_RULES.sub("", paragraph).strip()) >= LONG_PARAGRAPH


def _begins_fresh(lines: list[str], i: int) -> bool:
    prev = lines[i - 1].strip() if i else ""
    # after nothing, a finished sentence, a heading, or the document's first line (its title)
    # (a footnote mark may close the sentence: '… alarm. [1]')
    return (i <= 1 or not prev or prev.endswith((".", "!", "?", ":", '"', "”", ")", "]"))
            or _heading_at(lines, i - 1)
            or re.fullmatch(r"[=\-_*~#+ \t]{3,}", prev) is not None   # a rule under a section's heading
            or _is_short_title(lines, i - 1) or (len(prev) <= 50 and len(prev.split()) <= 6 and prev[:1].isupper()))


# A bulletin's entries fall within a few months of each other; date lines with their years further
# apart than this head the stories of a file of clippings.
BULLETIN_SPAN_DAYS = 120
CHRONOLOGY_TEXT = 30   # characters of an entry's text on its date line


@lru_cache(maxsize=4)
def _text_marks(text: str) -> tuple[DateLine | None, ...]:
    """date_marks of a whole text's lines, read once for the questions asked of it below."""
    return tuple(date_marks(text.splitlines()))


def is_bulletin(text: str) -> bool:
    """Two or more lines that open with an entry date (or enough dated paragraphs, see date_marks),
    unless their stated years put them far apart."""
    lines = text.splitlines()
    marked = [(line, m) for line, m in zip(lines, _text_marks(text)) if m is not None]
    marks = [m for _line, m in marked]
    days = sorted(d for m in marks if m.year and (d := safe_date(m.year, *m.start)))
    if len(marks) >= 2 and len(days) >= 2 and (days[-1] - days[0]).days > BULLETIN_SPAN_DAYS:
        # a chronology over years tells each happening on its date's own line ('12.04.2018 — Makei
        # visited Seoul.'); clippings put a date line above each story
        told = sum(len(line) - m.length >= CHRONOLOGY_TEXT for line, m in marked)
        return len(marked) >= 3 and told >= 0.8 * len(marked)
    return len(marks) >= 2


# a day told from another day: 'wczoraj', 'yesterday', 'we wtorek', 'on Tuesday'
_TOLD_FROM = re.compile(rf"\b(?:(?P<back>{BACK_A_DAY})|(?:w|we|on|last)\s+(?P<wd>poniedziałek|wtorek|środę|"
                        r"czwartek|piątek|sobotę|niedzielę|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
                        re.IGNORECASE)


def publication_days(text: str) -> bool:
    """Whether the file's date lines are the days its pieces came out, not the days of what they
    tell: most entries open with a sentence that says 'yesterday', or names a weekday that is none
    of their own days. A bulletin's entry opens with the event of its date; only later sentences
    may count on from it ('On Tuesday the minister flew on to …')."""
    lines = text.splitlines()
    marks = _text_marks(text)
    at = [i for i, m in enumerate(marks) if m is not None]
    if len(at) < 2:
        return False
    told = 0
    for i, j in zip(at, at[1:] + [len(lines)]):
        m = marks[i]
        first = m.weekday if m.weekday is not None else (d.weekday() if m.year and (d := safe_date(m.year, *m.start)) else None)
        own = set() if first is None else {(first + k) % 7 for k in range(_span_days(m))}
        lead = _first_sentence("\n".join(lines[i:j])[m.length:])
        told += any(w["back"] or own and WEEKDAYS[w["wd"].lower()] not in own for w in _TOLD_FROM.finditer(lead))
    return told * 2 > len(at)


def _span_days(m: DateLine) -> int:
    """How many days an entry's date spans (one when its end is not a day of a known month)."""
    if m.end == m.start or not m.year or not (a := safe_date(m.year, *m.start)) or not (b := safe_date(m.year, *m.end)):
        return 1
    return max(1, min(7, (b - a).days + 1))
