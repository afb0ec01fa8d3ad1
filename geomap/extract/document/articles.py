"""A file of news articles, cut into its articles, each with the lines that date it.

Collections of news are saved one after another in one file: each article opens with a header
line ('date 2025-06', with or without leading space, possibly followed by the lead on the same
line), or carries a publication line ('Publikacja: 12.11.2024', 'Published: 3 March 2023') below
its title and lead, or is set off by a rule ('* * *', '-----'). An article never takes its date or
its header from its neighbour.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from .dating import _DATELINE as _DATELINE_START
from .dating import _DATE_LINE, _DATELINE_ALONE, _HEADER_DATE, _PUBLICATION, DATELINE_UNPLACED
from .entries import date_marks
from .layout import SOURCE_LABEL, WIRE_START
from ..mentions.dates import MONTH

# a rule, or a rule with a counter set in it: '==[ #03 ]=========='
RULE = re.compile(r"^[ \t]*(?:(?:[-=_*~#+%.·•][ \t]*){3,}|(?:[-=_*~#+%.·•][ \t]*){2,}[\[(][ \t]*#?\w{1,6}[ \t]*[\])][ \t]*"
                  r"(?:[-=_*~#+%.·•][ \t]*){3,})$", re.MULTILINE)


@dataclass(frozen=True)
class Article:
    start: int      # [start, end) in the file's text
    end: int
    head: str       # the header and publication lines, and a short title line, for dating


def _paragraph_starts(text: str) -> list[int]:
    """Starts of blank-line separated blocks."""
    starts = [m.end() for m in re.finditer(r"\n[ \t]*\n\s*", text)]
    first = len(text) - len(text.lstrip())
    return [first] + [s for s in starts if s < len(text)]


def _title_before(text: str, pos: int, floor: int, reach: int = 3) -> int:
    """Where the article whose publication line stands at `pos` begins: its title, the short
    unfinished line at most `reach` blocks above, or the publication line itself."""
    above = text.rfind("\n", 0, pos - 1) + 1
    line = text[above:pos].strip()
    if floor <= above < pos and 0 < len(line) <= 160 and not line.endswith((".", "!", "?", ":")) \
            and not RULE.fullmatch(line) and not SOURCE_LABEL.match(line) and not _RELATED.match(line):
        return above   # a title on the line right above, in the same block: 'Tytuł' / 'Warszawa, 14.11.2019 (PAP) –'
    blocks = [s for s in _paragraph_starts(text) if floor <= s < pos]
    for s in reversed(blocks[-reach:]):
        if RULE.fullmatch(text[s:_block_end(text, s)].strip()) or _RELATED.match(text, s) or SOURCE_LABEL.match(text, s):
            break
        if RULE.match(text, s):
            return s     # '-----' / 'ITEM 2' / 'Published: …' / title: the rule opens the story
        block = " ".join(text[s:_block_end(text, s)].split())   # a title may be wrapped over lines
        if 0 < len(block) <= 160 and not block.endswith((".", "!", "?", ":")):
            return s
    return pos


# a record's field lines above its date, the record opening with them: 'Title: …' / 'Date: …'
_FIELD_LINE = re.compile(r"[ \t]*(?:Title|Headline|Tytuł|Nagłówek|Source|Źródło|Outlet|Author|Autor|Section|Dział|Category|"
                         r"Kategoria|Item|Pozycja)[ \t]*[:|][^\n]{1,200}", re.IGNORECASE)


def _fields_above(text: str, pos: int, floor: int) -> int:
    """Where the field lines right above the line at `pos` begin, or `pos`."""
    start = pos
    while start > floor:
        above = text.rfind("\n", floor, start - 1) + 1
        if not _FIELD_LINE.fullmatch(text, above, start - 1):
            break
        start = above
    return start


def _block_end(text: str, start: int) -> int:
    m = re.compile(r"\n[ \t]*\n").search(text, start)
    return m.start() if m else len(text)


_RELATED = re.compile(r"^[ \t]*(?:Czytaj\s+(?:także|też|również|więcej)|Zobacz\s+(?:również|też|także)|Polecamy|"
                      r"Read\s+(?:more|also)|See\s+also|Related(?:\s+articles|\s+stories)?)\b.*$",
                      re.IGNORECASE | re.MULTILINE)


_ATTRIBUTION = re.compile(r"[ \t]*(?:[—–~-][ \t]*)?(?:Source|Źródło)[ \t]*:", re.IGNORECASE)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def split_articles(text: str) -> list[Article]:
    """The articles of a news file, in order; a file of one article gives one.

    Every header or publication line belongs to one article: a header opens its article where it
    stands; a publication line's article opens at the title above it. A 'read also' line or a
    rule closes an article.
    """
    anchors: list[tuple[int, int]] = []          # (where the line stands, where its article opens)
    for m in _HEADER_DATE.finditer(text):
        at = text.rfind("\n", 0, m.start()) + 1
        anchors.append((at, -1))
    datelines = sorted(m.start() + len(m.group()) - len(m.group().lstrip())
                       for rx in (_DATELINE_START, DATELINE_UNPLACED) for m in rx.finditer(text))
    # a wire dateline opens its story, under its title if the file's stories have titles: when no
    # later story has one, the line above the first is the file's own title
    titled = any(_title_before(text, pos, prev + 1, reach=1) != pos for prev, pos in zip(datelines, datelines[1:]))
    anchors.extend((pos, -1 if titled else pos) for pos in datelines)
    for m in _PUBLICATION.finditer(text):
        if _at_line_start(text, m.start()) or _BYLINE.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            at = text.rfind("\n", 0, m.start()) + 1
            anchors.append((at, None))
    for rx in (_DATE_LINE, _DATELINE_ALONE):   # a line that is only a date: 'Warszawa, 25.06.2018 (PAP)', '[11] SEUL, 28 maja 2025 r.'
        for m in rx.finditer(text):
            anchors.append((m.start() + len(m.group()) - len(m.group().lstrip()), None))
    # a line that is both a header and a publication line ('Date: 2024-06-12') is one anchor, a header
    anchors = sorted({pos: opens for pos, opens in sorted(anchors, key=lambda a: (a[0], a[1] is not None))}.items())
    # a dateline under a story's own header lines ('Published: …', 'Desk: …') opens no story of its own
    anchors = [a for n, a in enumerate(anchors) if not (a[0] in datelines and n and _head_only(text, anchors[n - 1][0], a[0]))]
    # a date line with nothing after it closes the story above ('Published June 5, 2023' as a footer)
    # (a wire dateline carries its lead on its own line: 'MOSCOW, Nov. 20 (TASS) -- Lavrov met …')
    # (an item's closing attribution, '— Source: Kyodo, 29/03/2017', dates the item it closes, the last one too)
    anchors = [a for a in anchors if text[_line_end(text, a[0]):].strip() or a == anchors[0] or a[0] in datelines
               or _ATTRIBUTION.match(text, a[0])]
    cuts: set[int] = set()
    resolved: list[tuple[int, int]] = []   # (where the line stands, where its article opens)
    floor = 0       # an article cannot open before the previous anchor
    for n, (pos, opens) in enumerate(anchors):
        if opens is None:
            top = _fields_above(text, pos, floor)
            opens = top if top != pos else _title_before(text, pos, floor)
        elif opens == -1:       # a header opens its article, or the title line right above it does
            opens = _title_before(text, pos, floor, reach=1)
        # one article opens where the file does; in a collection, what stands above the first
        # article's title is the collection's own title and note, not an article
        if (n or len(anchors) > 1) and opens > floor:
            cuts.add(opens)
        resolved.append((pos, opens))
        floor = max(floor, pos + 1)
    if len(resolved) > 1 and resolved[0][1] < resolved[0][0] and all(o == p for p, o in resolved[1:]):
        # no later story has a title above its date line: the lines above the first are the file's own title
        cuts.add(resolved[0][0])
    for m in RULE.finditer(text):
        cuts.add(m.start())
    # A 'read also' line closes its article; what follows it up to the next article is a list of
    # links to other stories, not an article.
    dead = [m.start() for m in _RELATED.finditer(text)]
    cuts.update(dead)
    bounds = sorted({0, *[c for c in cuts if 0 < c < len(text)], len(text)})
    out = []
    edition = ""   # a day's heading between rules ('WYDANIA Z SOBOTY 2 LIPCA'): the head of what follows
    for a, b in zip(bounds, bounds[1:]):
        rule = RULE.match(text, a + len(text[a:b]) - len(text[a:b].lstrip("\n")))
        a = rule.end() if rule and rule.end() <= b else a     # the rule that opens a piece is not its text
        piece = text[a:b]
        if not piece.strip() or RULE.fullmatch(piece.strip()) or a in dead:
            continue
        undated = not (_HEADER_DATE.search(piece) or _PUBLICATION.search(piece) or _DATELINE_START.search(piece)
                       or _DATE_LINE.search(piece) or _DATELINE_ALONE.search(piece))
        if undated and out and _head_only(text, out[-1].start, out[-1].end) and re.search(r"[.!?]", piece):
            # a header boxed between rules ('====' / date, title, byline / '===='): the story under it
            out[-1] = Article(out[-1].start, b, _head(text[out[-1].start:b]))
            continue
        # the first piece is the collection's preamble, unless it is a story after the preamble's rule
        story_after_rule = bool(a and text[:a].strip()) and _prose(piece)
        preamble = not out and not story_after_rule and (len(anchors) > 1 or not _prose(piece))
        if _is_day_heading(piece.strip()):
            if not edition:
                out = []   # what came before the first day's heading is the review's own preamble
            edition = piece.strip()
            continue  # a day's heading between rules: it dates the items under it
        if undated and (preamble or out and not re.search(r"[.!?]", piece)):
            continue  # a collection's preamble, or a stray line between articles
        if not out and b < len(text) and _LETTER.match(piece):
            continue  # the mail the clippings came in: its header and its greeting
        out.append(Article(a, b, "\n".join(x for x in (edition, _head(piece)) if x)))
    return [item for art in out for item in _items(text, art)] or [Article(0, len(text), _head(text))]


# a day and month: 'WYDANIA Z SOBOTY 2 LIPCA', 'Editions of Saturday, 2 July', 'WATCH no. 31 | sent Friday 8 August 2025'
_DAY_MONTH = re.compile(rf"\b[0-3]?\d\.?\s+(?:{MONTH})\b|\b(?:{MONTH})\s+[0-3]?\d\b", re.IGNORECASE)


def _is_day_heading(piece: str) -> bool:
    """One short line between rules that names a day and tells nothing: an issue's or an edition's
    heading, which dates the items under it."""
    return "\n" not in piece and 0 < len(piece) <= 80 and not piece.endswith((".", "!", "?")) \
        and len(_DAY_MONTH.findall(piece)) == 1


def _prose(piece: str) -> bool:
    """A story's worth of sentences, not a title block."""
    return len(piece.strip()) >= STORY // 2 and len(re.findall(r"[.!?](?:\s|$)", piece)) >= 2


# a numbered item's title line: '(7) Kurier Dalekowschodni — „Saperzy z KRLD pojadą do Rosji”'
# ('>> Nichiro Keizai (Tokio)': an outlet's name under a quoting mark)
_ITEM_TITLE = re.compile(r"^[ \t]*(?:\(\d{1,3}\)|\[\d{1,3}\]|>>)[ \t]+\S[^\n]{2,156}(?<![.!?:])[ \t]*$", re.MULTILINE)


# the states an item concerns, in brackets: '[JP-UA]', '[KR-JP / KR-US]'
STATES_TAG = r"\[[A-Z]{2}(?:[ \t]*[-/–][ \t]*[A-Z]{2})+\]"
# a paragraph opening with them
_TAGGED = re.compile(rf"^[ \t]*{STATES_TAG}[ \t]+\S", re.MULTILINE)


def _items(text: str, art: Article) -> list[Article]:
    """A press review's day with several numbered items under its date line: each item is a story
    of its own, dated by that day's lines."""
    titles = [m.start() for m in _ITEM_TITLE.finditer(text, art.start, art.end)]
    tagged = [m.start() for m in _TAGGED.finditer(text, art.start, art.end)]
    if len(titles) < 2 and len(tagged) >= 2:
        # an issue of tagged items ('[JP-UA] Iwaya and Sybiha talked …'): each item is a story, dated
        # by the issue's own lines; a note among the head lines is no story
        bounds = tagged + [art.end]
        return [Article(a, b, art.head) for a, b in zip(bounds, bounds[1:])]
    if len(titles) < 2 or text[art.start:titles[0]].strip() and not _head_only(text, art.start, titles[0]):
        return [art]
    day = _head(text[art.start:titles[0]]) if text[art.start:titles[0]].strip() else art.head
    bounds = titles + [art.end]
    first = art.start if text[art.start:titles[0]].strip() else titles[0]
    return [Article(first if n == 0 else a, b, "\n".join(x for x in (day, text[a:_line_end(text, a)].strip()) if x))
            for n, (a, b) in enumerate(zip(bounds, bounds[1:]))]


# a mail's header lines, then a greeting: 'From: …', 'Subject: …', … 'Colleagues,'
_LETTER = re.compile(r"\s*(?:(?:From|To|Cc|Subject|Date|Sent|Od|Do|DW|Temat|Data|Wysłano)[ \t]*:.*\n\s*)+"
                     r"[^\n.!?]{2,60},[ \t]*\n", re.IGNORECASE)


_URL = re.compile(r"https?://\S+")


def _head_only(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] holds only short header lines, no sentence of a story."""
    lines = [_URL.sub("", ln).strip() for ln in text[a:b].splitlines() if ln.strip()]   # an address is no prose
    return len(lines) <= 4 and not any(len(ln) > 100 or ln.endswith((".", "!", "?")) for ln in lines)


# who wrote it, before the publication line on the same line: 'By Staff Reporter | Published: …'
_BYLINE = re.compile(r"[ \t]*(?:By|Autor|Author|Od)\b[^|·•\n]{1,60}[|·•][ \t]*", re.IGNORECASE)


def _at_line_start(text: str, pos: int) -> bool:
    return not text[text.rfind("\n", 0, pos) + 1:pos].strip()


HEAD_REACH = 1500   # characters: where an article's own date line may stand


def _head(piece: str) -> str:
    """The lines that date an article: its header or publication line, a short title above, and the
    first lines when they are short (a date line, a dateline opening the lead)."""
    lines = [ln.strip() for ln in piece.strip().split("\n")[:4] if 0 < len(ln.strip()) <= 60]
    # a dateline opening the lead, under a title or not
    for line in [ln for ln in piece.strip().split("\n") if ln.strip()][:3]:
        if _DATELINE_START.match(line):
            lines.append(line[:120])
            break
    for m in _HEADER_DATE.finditer(piece):
        lines.append(m.group().strip())
    for m in _PUBLICATION.finditer(piece[:6000]):
        lines.append(m.group().strip())
    for m in _DATE_LINE.finditer(piece[:HEAD_REACH]):   # 'Rzeczpospolita, pn. 30.07.2012 · http://…'
        lines.append(m.group().strip())
    first = piece.strip().split("\n", 1)[0].strip()
    if first and len(first) <= 160 and not first.endswith((".", "!", "?")) and not _HEADER_DATE.match(first):
        lines.insert(0, first)
    return "\n".join(lines)


STORY = 300   # characters: a dated piece this long, with no entry date line in it, is a story


def stories(text: str) -> int:
    """How many pieces of the file are stories: dated by their own lines (a publication line, a
    header, a wire dateline) and long, with no entry date line in them. Two or more make the file
    clippings, though a list of dated briefs among them reads like a bulletin."""
    if sum(1 for _ in islice(_self_dates(text), 2)) < 2:
        return 0   # fewer than two lines that could date a story of their own: no need to cut the file
    n = 0
    for a in split_articles(text):
        piece = text[a.start:a.end]
        lines = piece.splitlines()
        # (a wire dateline, 'Warszawa, 14.11.2019 (PAP) –', dates its story, not an entry)
        if self_dated(text, a) and len(piece) >= STORY and not any(
                m for line, m in zip(lines, date_marks(lines)) if m is not None and not WIRE_START.match(line)):
            n += 1
    return n


# the lines by which a story dates itself: a publication line, a date line, a header, a wire dateline
_OWN_DATES = (_PUBLICATION, _DATE_LINE, _HEADER_DATE, _DATELINE_START)


def _self_dates(text: str):
    return (m for rx in _OWN_DATES for m in rx.finditer(text))


def self_dated(text: str, a: Article) -> bool:
    """Whether the article carries its own date: a publication line, a header, a wire dateline."""
    return any(rx.search(a.head) for rx in _OWN_DATES[:-1]) or \
        bool(_DATELINE_START.search(text, a.start, min(a.end, a.start + HEAD_REACH)))
