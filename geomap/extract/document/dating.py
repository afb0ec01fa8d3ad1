"""When a document was written: its reference date, inferred from evidence, with how sure it is.

Bulletins print no year and news files date their articles in many ways, so the date is weighed
from everything that speaks of it, strongest first: a header or publication line, the page's
metadata, a title ('East Asia Monitor — March 2021', 'nr 2/2019 (luty)'), the file name
('bulletin_2019_01.txt'), dates inside source addresses ('201812', '2018/12/', '19-12-2018'), a
weekday printed beside an entry's date (14 lutego (czwartek) → 2019, 2013, 2008…), and the terms
of the office-holders the text names with their title ('Prime Minister Abe' → 2012-2020). Years the
text mentions as history ('the 1956 Declaration', 'w listopadzie 2017') only bound the date from
below; they never become it. Nothing here ever falls back to the day of the build.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Iterable, Sequence

from ..mentions.dates import ADJ_MONTHS, MONTH, ROMAN, ROMAN_MONTHS, WEEKDAYS, YEAR, Anchor, month_number

# How much one piece of evidence counts for the year it names. A header, a publication line or
# the page's metadata is the writer's own statement; a title nearly so; a file name is the
# analyst's; an address dates one source; a file's creation date only says when it was saved.
WEIGHTS = {"given": 100.0, "header": 10.0, "publication": 10.0, "metadata": 9.0, "title": 8.0,
           "file-name": 6.0, "address": 2.0, "creation": 1.0}
ADDRESS_CAP = 8.0          # many addresses of one month are one fact, not twenty
STRONG = 6.0               # a year supported this much by statements counts as established
CONFLICT = 3.0             # a rival year supported this much is a conflict worth a warning
WEEKDAY = 4.0              # per entry whose printed weekday fits (or, negated, does not fit)
OFFICE = 6.0               # per office-holder whose term the date would fall outside
BOUND = 1.5                # per past reference the date would precede
WINDOW = (1990, 2040)      # years a weekday or a term is solved within


@dataclass(frozen=True, slots=True)
class Evidence:
    """One thing that speaks of the date: its kind, the words as found, and what it says."""
    kind: str                 # given | header | publication | metadata | title | file-name | address |
                              # creation | weekday | office | reference
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    lo: tuple[int, int] | None = None   # bounds, as (year, month), for office terms and references
    hi: tuple[int, int] | None = None

    def describe(self) -> str:
        when = "-".join(f"{x:02d}" if i else str(x) for i, x in enumerate((self.year, self.month, self.day))
                        if x is not None)
        if self.kind == "office":
            span = f"{self.lo[0]}-{self.lo[1]:02d}…" + (f"{self.hi[0]}-{self.hi[1]:02d}" if self.hi else "now")
            return f"office-holder '{self.text}' ({span})"
        if self.kind == "weekday":
            return f"weekday '{self.text}'"
        if self.kind == "reference":
            return f"{'past' if self.lo else 'later'} reference '{self.text}'"
        return f"{self.kind} '{self.text}'" + (f" → {when}" if when else "")


@dataclass(frozen=True)
class DocumentDate:
    """The reference date of a document or article, the evidence for it and how sure it is."""
    anchor: Anchor | None
    sureness: str                              # given | strong | weak | none
    basis: tuple[Evidence, ...] = ()           # what supports the chosen date
    against: tuple[Evidence, ...] = ()         # what points elsewhere
    note: str = ""                             # why it is weak, when it is

    @property
    def value(self) -> str | None:
        if self.anchor is None:
            return None
        a = self.anchor
        return f"{a.year:04d}" + (f"-{a.month:02d}" if a.month else "") + (f"-{a.day:02d}" if a.day and a.month else "")

    @property
    def warning(self) -> str | None:
        """A sentence for the terminal and the report when the date is a guess."""
        if self.sureness == "none":
            return ("no date could be established (no header, title, dated address or named office-holder); "
                    "give it with --date YYYY-MM or a 'date' entry for this document in the overrides file")
        if self.sureness != "weak":
            return None
        why = "; ".join(e.describe() for e in self.basis[:3]) or "no direct evidence"
        rival = f"; against it: {'; '.join(e.describe() for e in self.against[:3])}" if self.against else ""
        note = f"{self.note}: " if self.note else ""
        return (f"dated {self.value} on weak evidence ({note}{why}{rival}); check it, and set it with "
                "--date YYYY-MM or a 'date' entry in the overrides file if it is wrong")

    def explain(self) -> str:
        lines = [f"reference date {self.value or '—'} ({self.sureness})"]
        lines += [f"  + {e.describe()}" for e in self.basis]
        lines += [f"  − {e.describe()}" for e in self.against]
        if self.note:
            lines.append(f"  note: {self.note}")
        return "\n".join(lines)


# --- statements of the date ------------------------------------------------------------------------

_HEADER_DATE = re.compile(r"^[ \t]*date[ \t:]+(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?\b", re.IGNORECASE | re.MULTILINE)
_WEEKDAY_NAMES = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_PUBLICATION = re.compile(
    r"(?:Publikacja|Opublikowano|Aktualizacja|Zaktualizowano|Dodano|Data\s+(?:publikacji|dodania|wydania|aktualizacji)|Data|"
    r"Published(?:\s+on)?|"
    r"Filed(?:\s+(?:on|at))?|Dispatched|Nadano|Saved(?:\s+on)?|Zapisano|"
    r"(?:Last\s+)?[Uu]pdated(?:\s+on)?|Posted(?:\s+on)?|Date|(?:By|Autor|Author)\s*:?\s+[^,\n]{2,40},|"
    # a byline: 'Anna Nowak · 17 czerwca 2025, 17:42'
    r"(?-i:[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+)\s*[·|•]|"
    # an agency's line: 'PAP, 22 czerwca 2018, 16:10', 'Kyodo | 3 June 2019'
    r"(?-i:PAP|IAR|Reuters|AFP|AP|Yonhap|Kyodo|Jiji|TASS|RIA\s+Nowosti|Interfax|Ukrinform|BelTA|KCNA|Xinhua)\s*[,·|•]|"
    # an item's closing attribution: '— Source: Jiji Press, 19/03/2017 · https://…'
    r"(?:[—–~-][ \t]*)?(?:Source|Źródło)[ \t]*:[ \t]*[^,\n]{2,60},)\s*:?\s*"
    # a time before the date: 'Published 4:12 AM GMT+9, May 9, 2019'
    r"(?:\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2})?)?\s*,?\s*)?"
    # a weekday before the date: 'Posted: Tuesday 16 May 2023'
    rf"(?:(?:{_WEEKDAY_NAMES})\.?,?\s+)?"
    rf"(?:(?P<d>[0-3]?\d)[./-](?P<m>[01]?\d)[./-](?P<y>{YEAR})|(?P<iy>{YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d)|"
    rf"(?P<td>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<tm>{MONTH})\s+(?P<ty>{YEAR})|(?P<em>{MONTH})\s+(?P<ed>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<ey>{YEAR}))",
    re.IGNORECASE)


_DATE_LINE = re.compile(
    # after a weekday or a short label and a comma, dash or bar: 'Tuesday, …', 'Serwis prasowy, 20.06.2024',
    # 'TOKYO | 22 January 2019'
    # or both: 'PYONGYANG/SEOUL, Wednesday 26 July 2023'; the label may be a counter: 'poz. 3 | wt 8.08.2017'
    rf"^[ \t]*(?:\d{{1,2}}:\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{{2,4}})?,?\s+)?"   # a time first: '12:41 JST, May 31, 2019'
    # a byline first: 'By Staff Writer, Moscow | Nov. 3, 2019'
    rf"(?:(?:By|Autor|Author)[ \t]+[^|·•\n]{{1,60}}[|·•][ \t]*)?"
    rf"(?:[A-Za-zÀ-ž]+,?\s+|[A-Za-zÀ-ž#][\w.'’/-]*(?:[ \t]+(?:/[ \t]+)?(?:[A-Za-zÀ-ž][\w.'’/-]*|\d{{1,3}}\b)){{0,3}}[ \t]*[,–—|·][ \t]+"
    rf"(?:[A-Za-zÀ-ž]+\.?,?[ \t]+)?)?"
    rf"(?:(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\.?\s+(?P<m>{MONTH})\.?,?\s+(?P<y>{YEAR})(?:\s*r(?:oku\b|\.))?|"
    rf"(?P<m2>{MONTH})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y2>{YEAR})|"
    rf"(?P<d3>[0-3]?\d)[./-](?P<m3>[01]?\d)[./-](?P<y3>{YEAR})(?:\s*r\.)?|"
    rf"(?P<y4>{YEAR})-(?P<m4>[01]\d)-(?P<d4>[0-3]\d)(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?)"
    # a time after the date: '14:35', 'at 6:40 p.m. KST', '10:00 CET'
    rf"(?:[,\s|·–—-]+(?:at\s+|godz\.\s*)?\d{{1,2}}[:.]\d\d(?::\d\d)?(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{{2,5}}(?:[+-]\d{{1,2}}(?::?\d\d)?)?)?)?"
    # and when it was updated: 'March 12, 2024 10:05 AM GMT+9 Updated 2 hours ago'
    rf"(?:[ \t]+(?:Updated|Aktualizacja|Zaktualizowano)\b[^\n]{{0,40}})?"
    # then a zone in brackets or a note after a middle dot: '(Beijing time) · wire copy, updated'
    # ('PAP, wt. 03.07.2012, 17:40 · http://…': or the article's address)
    rf"(?:[ \t]*\([^)\n]{{1,30}}\))?(?:[ \t]*[·|](?:[ \t]*https?://\S+|[^\n]{{0,60}}))?[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
# A wire dateline: 'SEOUL, March 14, 2024 (Yonhap) –', 'MOSKWA, 14 marca 2024 (PAP) –',
# 'VLADIVOSTOK, Russia, Sept. 12 (Reuters) -', 'TOKYO, September 15, 2018 /Kyodo/ —'. The year may be
# missing: such a line still opens an article and names its city, but dates nothing alone.
_DATELINE_BODY = (
    # a story's counter may stand before it: '[11] SEUL, 28 maja 2025 r.'
    rf"^[ \t]*(?:\[\d{{1,3}}\][ \t]*)?(?P<city>[A-ZĄĆĘŁŃÓŚŹŻ][\w.'’-]*(?:[ -][A-ZĄĆĘŁŃÓŚŹŻ][\w.'’-]*){{0,3}})(?:,\s+[A-Z][\w .'’-]{{1,25}}?)?,\s+"
    rf"(?:(?P<m>{MONTH})\.?\s+(?P<d>[0-3]?\d)(?:,?\s+(?P<y>{YEAR}))?|"
    rf"(?P<d2>[0-3]?\d)\.?\s+(?P<m2>{MONTH})\.?(?:\s+(?P<y2>{YEAR}))?|"
    # 'Mińsk, 12.07.2024 (PAP) –': a Polish agency's numeric date
    rf"(?P<d3>[0-3]?\d)\.(?P<m3>[01]?\d)\.(?P<y3>{YEAR}))"
    # 'Seul, 3 marca 2025 r. (Yonhap) –': Polish abbreviates 'roku' after the year
    rf"(?:\s*r(?:oku|\.))?\s*(?:\([^)\n]{{2,20}}\)|/[^/\n]{{2,20}}/)?")
_DATELINE_ANY = re.compile(_DATELINE_BODY + r"\s*(?:--|[–—-])", re.IGNORECASE | re.MULTILINE)
# the same, alone on its line above the story's title: '[11] SEUL, 28 maja 2025 r.'
_DATELINE_ALONE = re.compile(_DATELINE_BODY + r"[ \t]*$", re.IGNORECASE | re.MULTILINE)
_DATELINE = _DATELINE_ANY
# a dateline with no place, its source in brackets: 'May 31 (Russian MFA release) -- Lavrov and …'
DATELINE_UNPLACED = re.compile(rf"^[ \t]*(?:(?P<m>{MONTH})\.?\s+(?P<d>[0-3]?\d)|(?P<d2>[0-3]?\d)\.?\s+(?P<m2>{MONTH}))"
                               rf"(?:,?\s+{YEAR})?\s*\([^)\n]{{2,40}}\)\s*(?:--|[–—])", re.IGNORECASE | re.MULTILINE)


def _full_dates(head: str) -> list[Evidence]:
    """A line of the head that is only a date ('March 14, 2024', '14.03.2019 09:30'), or a wire
    dateline: the article's day."""
    out = []
    for rx, kind in ((_DATE_LINE, "header"), (_DATELINE, "publication"), (_DATELINE_ALONE, "publication")):
        for m in rx.finditer(head):
            g = {k: v for k, v in m.groupdict().items() if v}
            if not any(k in g for k in ("y", "y2", "y3", "y4")):
                continue   # a dateline without its year dates nothing alone
            y = next(int(g[k]) for k in ("y", "y2", "y3", "y4") if k in g)
            mo_raw = next(g[k] for k in ("m", "m2", "m3", "m4") if k in g)
            mo = int(mo_raw) if mo_raw.isdigit() else month_number(mo_raw)
            d = int(next(g[k] for k in ("d", "d2", "d3", "d4") if k in g))
            if mo and 1 <= mo <= 12 and 1 <= d <= 31:
                out.append(Evidence(kind, " ".join(m.group().split()), y, mo, d))
    return out


def header_evidence(head: str) -> list[Evidence]:
    """A news header ('date 2025-06', with or without leading space), publication lines, a line that
    is only a date, and a wire dateline."""
    out = _full_dates(head)
    for m in _HEADER_DATE.finditer(head):
        out.append(Evidence("header", m.group().strip(), int(m["y"]), int(m["m"]), int(m["d"]) if m["d"] else None))
    for m in _PUBLICATION.finditer(head):
        g = m.groupdict()
        if g["y"]:
            y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
        elif g["iy"]:
            y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
        elif g["ty"]:
            y, mo, d = int(g["ty"]), month_number(g["tm"]), int(g["td"])
        else:
            y, mo, d = int(g["ey"]), month_number(g["em"]), int(g["ed"])
        if 1 <= mo <= 12 and 1 <= d <= 31:
            out.append(Evidence("publication", m.group().strip(), y, mo, d))
    return [e for e in out if e.month is None or 1 <= e.month <= 12]


_TITLE_MONTH_YEAR = re.compile(rf"\b(?P<m>{MONTH})\s*(?:[,/]\s*)?(?P<y>{YEAR})\b", re.IGNORECASE)
_TITLE_ISSUE = re.compile(rf"\b(?:nr|no\.?|issue|numer|#)\s*\d{{1,2}}\s*/\s*(?P<y>{YEAR})\b(?:\s*\((?P<m>{MONTH})\))?",
                          re.IGNORECASE)
# a Roman month before the year, as Polish titles write it: 'Przegląd (XI 2023)', 'XI.2023'
_TITLE_ROMAN = re.compile(rf"(?<![\w.])(?P<m>{ROMAN})[ .](?P<y>{YEAR})\b")
# a month's adjective, as an issue is named: 'Numer październikowy 2017', 'wydanie majowe (2019)'
_TITLE_ADJ = re.compile(rf"\b(?P<a>{'|'.join(ADJ_MONTHS)})\w*\s+(?:\w+\s+)?\(?(?P<y>{YEAR})\b", re.IGNORECASE)
_TITLE_NUMERIC = re.compile(rf"(?<![\d/.-])(?:(?P<y1>{YEAR})[-/.](?P<m1>0?[1-9]|1[0-2])|(?P<m2>0?[1-9]|1[0-2])[-/.](?P<y2>{YEAR}))(?![\d/.-])")


_WEEKLY = re.compile(r"\b(?:tygodnik\w*|tygodniow\w*|weekly|week)\b", re.IGNORECASE)
_ISSUE_WORD = re.compile(r"\b(?:nr|no\.?|issue|numer)\s*$|#\s*$", re.IGNORECASE)


def title_evidence(title: str) -> list[Evidence]:
    """A month and year in a title block: 'Biuletyn nr 2/2019 (luty)', 'March 2021', '02/2019'."""
    out = []
    for m in _TITLE_MONTH_YEAR.finditer(title):
        out.append(Evidence("title", m.group(), int(m["y"]), month_number(m["m"])))
    for m in _TITLE_ISSUE.finditer(title):
        out.append(Evidence("title", m.group(), int(m["y"]), month_number(m["m"]) if m["m"] else None))
    for m in _TITLE_ROMAN.finditer(title):
        out.append(Evidence("title", m.group(), int(m["y"]), ROMAN_MONTHS[m["m"]]))
    for m in _TITLE_ADJ.finditer(title):
        out.append(Evidence("title", m.group(), int(m["y"]), ADJ_MONTHS[m["a"].lower()]))
    weekly = _WEEKLY.search(title)
    for m in _TITLE_NUMERIC.finditer(title):
        if weekly and _ISSUE_WORD.search(title, max(0, m.start() - 8), m.start()):
            continue   # 'Tygodnik … nr 12/2023' is the twelfth issue of a weekly, not December
        y, mo = (m["y1"], m["m1"]) if m["y1"] else (m["y2"], m["m2"])
        out.append(Evidence("title", m.group(), int(y), int(mo)))
    return out


_NAME_YM = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-_. ]?(?P<m>0[1-9]|1[0-2])(?!\d)")
_NAME_Y = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?!\d)")


def file_name_evidence(name: str) -> list[Evidence]:
    """'bulletin_pl_2019_01.txt' → 2019-01; 'news_2024_2025.txt' bounds the years of its articles."""
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", name)
    ym = [Evidence("file-name", name, int(m["y"]), int(m["m"])) for m in _NAME_YM.finditer(stem)]
    if ym:
        return ym
    years = sorted({int(m["y"]) for m in _NAME_Y.finditer(stem)})
    if len(years) == 1:
        return [Evidence("file-name", name, years[0])]
    if len(years) > 1:
        return [Evidence("file-name", name, lo=(years[0], 1), hi=(years[-1], 12))]
    return []


_URL_DATES = (
    re.compile(rf"(?<!\d)(?P<y>{YEAR})(?P<m>0[1-9]|1[0-2])(?P<d>[0-3]\d)(?:\d{{0,6}})(?!\d)"),      # 2018112701134
    re.compile(rf"(?<![\d])(?P<y>{YEAR})[-/_.](?P<m>0?[1-9]|1[0-2])(?:[-/_.](?P<d>[0-3]?\d))?(?![\d])"),  # 2018/12/, 2018-12-19
    re.compile(rf"(?<![\d])(?P<d>[0-3]?\d)[-_.](?P<m>0?[1-9]|1[0-2])[-_.](?P<y>{YEAR})(?![\d])"),       # 19-12-2018
    re.compile(rf"(?<![\d])(?P<y>{YEAR})(?P<m>0[1-9]|1[0-2])(?![\d])"),                                 # /201901/
)


def url_date(url: str) -> tuple[int, int, int | None] | None:
    """The (year, month, day) an address carries, if any: news sites date their paths."""
    for rx in _URL_DATES:
        for m in rx.finditer(url):
            y, mo = int(m["y"]), int(m["m"])
            d = int(m["d"]) if m.groupdict().get("d") else None
            if 1 <= mo <= 12 and (d is None or 1 <= d <= 31):
                return y, mo, d
    return None


def url_dates(urls: Iterable[str]) -> list[tuple[int, int]]:
    return [(d[0], d[1]) for u in urls if (d := url_date(u))]


def address_evidence(urls: Iterable[str]) -> list[Evidence]:
    out = []
    for u in dict.fromkeys(urls):
        d = url_date(u)
        if d:
            out.append(Evidence("address", u, d[0], d[1], d[2]))
    return out


def metadata_evidence(dates: Iterable[tuple[str, str]]) -> list[Evidence]:
    """Dates a reader found in the file: (ISO date, where). A page's publication date counts
    almost as a header; a file's creation or modification date barely."""
    out = []
    for value, source in dates:
        m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value or "")
        if not m:
            continue
        # a reader names what the date means: '(published)' and '(shown)' are the page's own,
        # '(created)' and '(modified)' only say when a file was saved
        kind = "creation" if re.search(r"\((?:created|modified)\)|creat|modif", source, re.IGNORECASE) else "metadata"
        out.append(Evidence(kind, f"{source}: {value}", int(m[1]), int(m[2]), int(m[3]) if m[3] else None))
    return out


# --- bounds on the date --------------------------------------------------------------------------

@dataclass(frozen=True)
class Office:
    name: str
    office: str
    country: str
    start: tuple[int, int]
    end: tuple[int, int] | None


# The office table is current to this month; an open term ends here, not in an unknown future.
TABLE_AS_OF = (2025, 11)
WIDEST_GUESS = 3   # years left open by terms and weekdays alone beyond which no year is guessed


def _ym(s: str) -> tuple[int, int] | None:
    return (int(s[:4]), int(s[5:7])) if s else None


@lru_cache(maxsize=1)
def offices() -> tuple[Office, ...]:
    """geomap/data/offices.csv: one row per term of office."""
    text = files("geomap").joinpath("data", "offices.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return tuple(Office(r["name"], r["office"], r["country"], _ym(r["start"]), _ym(r["end"]) or TABLE_AS_OF)
                 for r in rows)


# Titles of each office, Polish (any case) and English. Only a title right before the name dates
# the document: 'były premier Abe' (a former one) does not.
OFFICE_TITLES = {
    "pm": r"[Pp]remier\w*|[Pp]rime\s+[Mm]inister|PM|[Ss]zef\w*\s+rządu|[Hh]ead\s+of\s+[Gg]overnment",
    "president": r"prezydent\w*|president",
    "leader": r"przywódc\w*|leader|przewodnicząc\w*\s+Komisji\s+Spraw\s+Państwowych|chairman",
    "fm": r"minist\w*\s+spraw\s+zagranicznych|szef\w*\s+(?:\w+\s+)?dyplomacji|(?:foreign|FM)\s+minister|"
          r"minister\s+(?:of|for)\s+foreign\s+affairs|foreign\s+secretary|chief\s+diplomat|FM",
    "ccs": r"sekretarz\w*\s+gabinetu|chief\s+cabinet\s+secretary|cabinet\s+secretary",
    "sos": r"sekretarz\w*\s+stanu|secretary\s+of\s+state",
}
_FORMER = re.compile(r"\b(?:by(?:ły|łego|łym|łemu|ła|łej)|ex-?|former|late|zmarł\w*|nieżyjąc\w*)\s*$", re.IGNORECASE)
_ANY_TITLE = "|".join(f"(?:{p})" for p in OFFICE_TITLES.values())
# What may stand between a title and the name: 'premier Japonii', 'Prime Minister of Japan',
# a given name ('prezydenta Władimira Putina'); never a conjunction or another title
# ('premiera Abe i prezydenta Putina' names no prime minister Putin).
_BETWEEN = (rf"(?:\s+(?!(?:i|oraz|and|with|z|ze|a|or|lub|vs|by|przez|od|do|na|w|we|in|at|to|for|was|is|who|który)\b)"
            rf"(?!(?:{_ANY_TITLE})\b)[\w.'’-]+){{0,3}}?\s+")


@lru_cache(maxsize=1)
def _office_patterns() -> tuple[tuple[Office, re.Pattern], ...]:
    from ..mentions.persons import name_pattern  # the people table's spellings of each name
    out = []
    for o in offices():
        who = name_pattern(o.name)
        if who is None:
            continue
        rx = re.compile(rf"(?<![\w-])(?P<title>{OFFICE_TITLES[o.office]})(?![\w-])(?:{_BETWEEN}|\s+)(?:{who})",
                        re.IGNORECASE if o.office != "pm" else 0)
        out.append((o, rx))
    return tuple(out)


def office_evidence(text: str) -> list[Evidence]:
    """Office-holders named with their title: the document lies within one of their terms."""
    found: dict[str, list[Office]] = defaultdict(list)
    words: dict[str, str] = {}
    for o, rx in _office_patterns():
        for m in rx.finditer(text):
            if _FORMER.search(text[max(0, m.start() - 12):m.start()]):
                continue
            found[f"{o.name}|{o.office}"].append(o)
            words.setdefault(f"{o.name}|{o.office}", " ".join(m.group().split()))
            break
    out = []
    for key, terms in found.items():
        # several terms of one office (Abe, Putin, Trump): the union, as one span per term
        for o in terms:
            out.append(Evidence("office", words[key], lo=o.start, hi=o.end))
    return out


_REF_MONTH_YEAR = re.compile(rf"(?P<prep>\b\w+\s+)?\b(?P<m>{MONTH})\s+(?P<y>{YEAR})(?!\d)", re.IGNORECASE)
_FUTURE_PREP = {"do", "przed", "until", "by", "till", "before"}


def reference_evidence(text: str) -> list[Evidence]:
    """Month-year references: 'we wrześniu 2017' was before the document; 'do czerwca 2019' may be after."""
    out = []
    for m in _REF_MONTH_YEAR.finditer(text):
        y, mo = int(m["y"]), month_number(m["m"])
        prep = (m["prep"] or "").strip().lower()
        words = " ".join(m.group().split())
        if prep in _FUTURE_PREP:
            out.append(Evidence("reference", words, hi=(y, mo)))
        else:
            out.append(Evidence("reference", words, lo=(y, mo)))
    return out


def weekday_evidence(dated: Iterable[tuple[int, int, int, str]]) -> list[Evidence]:
    """Entry dates printed with a weekday: (month, day, weekday, text as written)."""
    return [Evidence("weekday", text, month=mo, day=d, lo=(wd, 0)) for mo, d, wd, text in dated]


# --- weighing ----------------------------------------------------------------------------------------

def _anchor_year(year: int, month: int | None, main_month: int | None) -> int:
    """The document's year implied by a dated thing of (year, month): a bulletin of December
    whose January entries cite January addresses is still of the December's year."""
    if month is None or main_month is None:
        return year
    if month - main_month > 6:
        return year + 1
    if month - main_month < -6:
        return year - 1
    return year


def _weekday_fits(year: int, ev: Evidence, main_month: int | None) -> bool:
    y = year
    if main_month is not None:
        if ev.month - main_month > 6:
            y -= 1
        elif ev.month - main_month < -6:
            y += 1
    try:
        return dt.date(y, ev.month, ev.day).weekday() == ev.lo[0]
    except ValueError:
        return False


def _inside(ym: tuple[int, int], lo: tuple[int, int] | None, hi: tuple[int, int] | None) -> bool:
    return (lo is None or ym >= lo) and (hi is None or ym <= hi)


def settle(evidence: Sequence[Evidence], main_month: int | None = None) -> DocumentDate:
    """Weigh the evidence into one reference date (see the module docstring)."""
    given = [e for e in evidence if e.kind == "given"]
    if given:
        g = given[0]
        return DocumentDate(Anchor(g.year, g.month or main_month, g.day), "given", (g,))
    support: dict[int, float] = defaultdict(float)
    addresses: dict[int, float] = defaultdict(float)
    for e in evidence:
        if e.year is None or e.kind not in WEIGHTS:
            continue
        y = _anchor_year(e.year, e.month, main_month)
        if e.kind == "address":
            addresses[y] += WEIGHTS["address"]
        else:
            support[y] = max(support[y], WEIGHTS[e.kind]) + 0.01 * support[y]  # agreement adds a little
    for y, w in addresses.items():
        support[y] += min(ADDRESS_CAP, w)
    offices_ = [e for e in evidence if e.kind == "office"]
    refs = [e for e in evidence if e.kind == "reference"]
    weekdays = [e for e in evidence if e.kind == "weekday"]
    spans = [e for e in evidence if e.kind == "file-name" and e.year is None]

    candidates = set(support)
    if not candidates and (weekdays or offices_ or spans or refs):
        # no statement of the year: solve the weekdays and terms within the window
        candidates = set(range(WINDOW[0], WINDOW[1] + 1))
    if not candidates:
        return DocumentDate(None, "none", note="nothing in the document or its name dates it")

    month = main_month

    def score(y: int) -> tuple[float, list[Evidence], list[Evidence]]:
        pro, con = [], []
        s = support.get(y, 0.0)
        ym = (y, month or 6)
        by_name: dict[str, list[Evidence]] = defaultdict(list)
        for o in offices_:
            by_name[o.text].append(o)
        for terms in by_name.values():
            fits = [o for o in terms if _inside(ym, o.lo, o.hi)]
            if fits:
                pro.append(fits[0])
                s += 0.5
            else:
                con.append(terms[0])
                s -= OFFICE
        for sp in spans:
            s += 0.5 if _inside(ym, sp.lo, sp.hi) else -OFFICE
        for w in weekdays:
            if _weekday_fits(y, w, main_month):
                pro.append(w)
                s += WEEKDAY
            else:
                con.append(w)
                s -= WEEKDAY
        for r in refs:
            if month is None:   # an article dated by a statement: only the year can contradict it
                bad = (r.lo and y < r.lo[0]) or (r.hi and y > r.hi[0])
            else:
                bad = (r.lo and ym < r.lo) or (r.hi and ym > r.hi)
            if bad:
                con.append(r)
                s -= BOUND
        return s, pro, con

    scored = {y: score(y) for y in candidates}
    # Among equals, the year nearest the months the text refers to: a bulletin recalls recent
    # months ('we wrześniu 2017') and plans for the coming ones ('do czerwca 2019').
    # A deadline ('do czerwca 2019') is nearer than a recollection; 'od marca 2017' dates a state
    # of affairs, not a recent month.
    near = [(_nearest_year(r, main_month), 2.0 if r.hi else 1.0) for r in refs
            if not re.match(r"(?i)(?:od|since|from)\s", r.text)]
    best = max(scored, key=lambda y: (scored[y][0], -sum(w * abs(y - n) for n, w in near), y))
    s, pro, con = scored[best]
    stated = [e for e in evidence if e.year is not None and e.kind in WEIGHTS and
              _anchor_year(e.year, e.month, main_month) == best]
    stated.sort(key=lambda e: -WEIGHTS[e.kind])
    rivals = [e for e in evidence if e.year is not None and e.kind in WEIGHTS and
              _anchor_year(e.year, e.month, main_month) != best]
    rivals.sort(key=lambda e: -WEIGHTS[e.kind])
    anchor = _anchor_for(best, month, stated)
    basis = tuple(stated + pro)
    against = tuple(rivals + con)
    rival_support = max((support[y] for y in support if y != best), default=0.0)
    stated_weight = support.get(best, 0.0)
    # A title may belong to a past event the text recalls ('30 czerwca 2019 … prezydenta USA Donalda
    # Trumpa'): one office-holder out of term does not outweigh a statement, a majority does.
    offices_against = sum(e.kind == "office" for e in con)
    offices_for = sum(e.kind == "office" for e in pro)
    disputed = offices_against > offices_for or any(e.kind == "weekday" for e in con)
    if stated_weight >= STRONG and rival_support < CONFLICT and not disputed:
        return DocumentDate(anchor, "strong", basis, against)
    ties = [y for y in scored if y != best and scored[y][0] >= s - 1e-9]
    if stated_weight >= STRONG and rival_support < stated_weight and not disputed:
        note = ""
        if rival_support >= CONFLICT:
            note = "other evidence names another year"
        return DocumentDate(anchor, "weak" if note else "strong", basis, against, note)
    if not stated and len(ties) + 1 > WIDEST_GUESS:
        return DocumentDate(None, "none", (), against,
                            f"the people and weekdays it names leave {len(ties) + 1} years open")
    if not stated and not pro:
        return DocumentDate(anchor, "weak", basis, against, "only references to other months bound it")
    note = "several years fit equally" if ties else (
        "only dated source addresses" if stated and all(e.kind == "address" for e in stated) and
        stated_weight < STRONG else "no header, title or file name states it")
    if stated and all(e.kind == "address" for e in stated) and stated_weight >= 2 * WEIGHTS["address"] \
            and not disputed and rival_support < CONFLICT and not ties:
        return DocumentDate(anchor, "strong", basis, against)
    return DocumentDate(anchor, "weak", basis, against, note)


def _nearest_year(ref: Evidence, main_month: int | None) -> int:
    """The document year closest to a reference that bounds it."""
    y, mo = ref.lo or ref.hi
    m = main_month or mo
    if ref.lo:
        return y if m >= mo else y + 1
    return y if m <= mo else y - 1


def _anchor_for(year: int, month: int | None, stated: list[Evidence]) -> Anchor:
    """The anchor: the chosen year, the document's main month, and a day when a statement gives one."""
    for e in stated:
        if e.kind in ("header", "publication", "metadata", "given") and e.year == year:
            if month is None or e.month == month:
                return Anchor(year, e.month, e.day if e.month else None)
    if month is None:
        for e in stated:
            if e.month is not None and e.kind in ("header", "publication", "metadata", "title", "file-name"):
                return Anchor(e.year, e.month, None)
    return Anchor(year, month)


def given_date(value: str) -> Evidence:
    """--date YYYY-MM (or YYYY-MM-DD, YYYY) as evidence that outweighs everything else."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value.strip())
    if not m or (m[2] and not 1 <= int(m[2]) <= 12):
        raise ValueError(f"'{value}' is not a date: write YYYY-MM")
    return Evidence("given", value, int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None)


@dataclass
class Clues:
    """Everything a document offers about its date, gathered by the readers of its parts."""
    head: str = ""                                   # title block or article head
    name: str = ""                                   # file name
    text: str = ""                                   # running text (for references and office-holders)
    urls: list[str] = field(default_factory=list)
    metadata: list[tuple[str, str]] = field(default_factory=list)
    weekdays: list[tuple[int, int, int, str]] = field(default_factory=list)
    given: str | None = None

    def evidence(self) -> list[Evidence]:
        if self.given:
            return [given_date(self.given)]
        headers = header_evidence(self.head)
        title = self.head
        for e in headers:
            title = title.replace(e.text, " ")
        return (headers + title_evidence(title) + metadata_evidence(self.metadata) +
                file_name_evidence(self.name) + address_evidence(self.urls) +
                weekday_evidence(self.weekdays) + office_evidence(self.text) + reference_evidence(self.text))


def date_document(clues: Clues, main_month: int | None = None) -> DocumentDate:
    return settle(clues.evidence(), main_month)
