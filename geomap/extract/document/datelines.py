"""The date that opens a bulletin entry, in the styles writers and tools produce.

'7-8 listopada:', '12 i 13 lutego –', '14 lutego (czwartek):', '12–13.02:', 'March 4-5:',
'4–5 March –', 'Feb. 12 –', 'Thursday, 14 March:', '3/06 –', '3 VI –', '(3.06)', '2019-06-03:',
a date alone on its line (a DOCX paragraph or a Markdown heading). The date must stand at the start
of the line and be closed by a colon, a dash, a bracket or the end of the line: '14 listopada
ambasador spotkał się' is a sentence, not an entry.
A weekday printed beside the date is kept: it fixes the year (document/dating.py).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from ..mentions.dates import (DAY, DAYS_BACK, MONTH, ORDINAL_COUNTS, ROMAN, ROMAN_MONTHS, WEEKDAYS, YEAR, YEAR_TAIL, Anchor, When,
                              day_number, month_number, safe_date, year_for_month)


@dataclass(frozen=True, slots=True)
class DateLine:
    """The date that opens a bulletin entry, before its year is known."""
    text: str                     # the date as written, without the separator
    start: tuple[int, int]        # (month, day); month 0: the document's month ('Mon 3'), day 0: the whole month
    end: tuple[int, int]
    year: int | None              # when the line states it
    length: int                   # characters up to and including the separator
    weekday: int | None = None    # 0 = Monday, when the line names one for its first day
    closing: bool = False         # it closes its entry in brackets ('… w Kijowie (12.05)'): not the headline's
    week: tuple[int, int, int, int] | None = None   # 'Mon:' under 'Week 45 (4–10 November)': its span's
                                                     # (month, day) to (month, day)
    shift: int = 0                # days counted on from `start` ('Dwa dni później' after an item of 17 May)
    order_guessed: bool = False   # read month first ('7/13') because only that order fits, not because it was said
    then: int | None = None       # the first such weekday after `end` ('W następny wtorek' after an item of 14 May)
    last_weekday: int | None = None   # a span of weekdays under a week's heading: 'Tue–Wed:' ends on Wednesday
    back: tuple[int, int] | None = None   # days back from the document's own day to the first and the last
                                          # ('Przedwczoraj …' (2, 2), 'Od wczoraj …' (1, 0)), in a memo of a day
    last: int | None = None       # the last such weekday before the document's own day ('W ubiegły wtorek …')

    def resolve(self, anchor: Anchor) -> When | None:
        if self.last is not None:
            if anchor.date is None:
                return When.month(anchor.year, anchor.month) if anchor.month else None
            return When.day(anchor.date - dt.timedelta(days=(anchor.date.weekday() - self.last - 1) % 7 + 1))
        if self.back is not None:
            if anchor.date is None:
                return When.month(anchor.year, anchor.month) if anchor.month else None
            return When.day(anchor.date - dt.timedelta(days=self.back[0]), anchor.date - dt.timedelta(days=self.back[1]))
        if self.then is not None:
            base = replace(self, then=None).resolve(anchor)
            if base is None:
                return None
            last = dt.date.fromisoformat(base.end) if len(base.end) == 10 else base.first()
            return When.day(last + dt.timedelta(days=(self.then - last.weekday() - 1) % 7 + 1))
        if self.shift:
            base = replace(self, shift=0).resolve(anchor)
            return When.day(base.first() + dt.timedelta(days=self.shift)) if base is not None else None
        if self.week is not None:
            return self._in_week(anchor)
        if self.start[0] == 0:
            return self._in_anchor_month(anchor)
        if self.start[1] == -1:   # the month's last day
            y = self.year or year_for_month(self.start[0], anchor)
            return When.day(dt.date(y, self.start[0], calendar.monthrange(y, self.start[0])[1]))
        if self.start[1] == 0:   # 'Mid-November –': the month alone
            return When.month(self.year or year_for_month(self.start[0], anchor), self.start[0])
        y1 = self.year or year_for_month(self.start[0], anchor)
        y2 = self.year or year_for_month(self.end[0], anchor)
        if self.end[0] < self.start[0] and y2 == y1:
            y2 = y1 + 1  # "30 grudnia – 2 stycznia"
        a = safe_date(y1, *self.start)
        b = safe_date(y2, *self.end)
        if a is None or b is None or b < a:
            return None
        return When.day(a, b)


    def _in_week(self, anchor: Anchor) -> When | None:
        """The day of the week's span that falls on the weekday named."""
        m1, d1, m2, d2 = self.week
        year = self.year or year_for_month(m1, anchor)
        first, last = safe_date(year, m1, d1), safe_date(year + (m2 < m1), m2, d2)
        if first is None or last is None:
            return None
        days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
        day = next((d for d in days if d.weekday() == self.weekday), None)
        if day is None:
            return None
        end = next((d for d in days if d > day and d.weekday() == self.last_weekday), day)
        return When.day(day, end)

    def _in_anchor_month(self, anchor: Anchor) -> When | None:
        """'Mon 3 —' in a weekly: the day of the document's month (or the one either side of it,
        at a month's turn) that falls on the weekday named."""
        if anchor.month is None:
            return None
        if self.start == (0, 0) and self.weekday is None:   # 'Pod koniec miesiąca …': the month alone
            return When.month(anchor.year, anchor.month)
        if self.start[1] == -1:
            return replace(self, start=(anchor.month, -1), end=(anchor.month, -1), year=anchor.year).resolve(anchor)
        tries = [(anchor.year, anchor.month)]
        for step in (-1, 1):
            y, mo = divmod(anchor.year * 12 + anchor.month - 1 + step, 12)
            tries.append((y, mo + 1))
        days = [d for y, mo in tries if (d := safe_date(y, mo, self.start[1])) is not None]
        fits = [d for d in days if self.weekday is None or d.weekday() == self.weekday]
        day = (fits or days or [None])[0]
        if day is None:
            return None
        if self.end[1] < self.start[1] and self.weekday is None:
            # '31 ub.m. – 2 bm.': a span that began in the month before the document's
            y, mo = divmod(anchor.year * 12 + anchor.month - 2, 12)
            first, last = safe_date(y, mo + 1, self.start[1]), safe_date(anchor.year, anchor.month, self.end[1])
            return When.day(first, last) if first is not None and last is not None else None
        end = safe_date(day.year, day.month, self.end[1]) if self.end[1] >= self.start[1] else None
        return When.day(day, end or day)


_WEEKDAY = "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True))
# A topic label may stand before the date ('**Japan–Russia.** 3 June:', 'Japan/Russia, 3 June:'), and
# so may 'On' or 'W dniu'.
def _label(ahead: str, colon: bool = False) -> str:
    """A topic label before a date: bold, or a few words and a comma followed by `ahead`; before a
    date in running text, also a country or topic and a colon."""
    return (rf"(?:\*\*[^*\n]{{2,40}}?\*\*[.:]?[ \t]+|[A-ZĄĆĘŁŃÓŚŹŻ][\w/–-]*(?:[ \t][\w/–-]+){{0,3}},[ \t]+(?={ahead})"
            # a place before the date: 'Seoul – 3 September:' (compose.place_label reads it)
            rf"|[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+(?:[ \t][A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+)?[ \t]+[–—][ \t]+(?={ahead})"
            # a country or topic and a colon: 'Japan: On 14 Nov, …', 'Japonia: 14 listopada …'
            + (rf"|(?!(?:Date|Data|Published|Posted|Updated|Source|Źródło|Filed|Saved)\b)[A-ZĄĆĘŁŃÓŚŹŻ][\w'’–-]+"
               rf"(?:[ \t][A-ZĄĆĘŁŃÓŚŹŻ][\w'’–-]+){{0,2}}:[ \t]+(?={ahead})" if colon else "") + ")?")


# a record's date field: 'Data: 12.11.2019', 'Date: Nov. 14' (its other fields follow on their own lines)
_FIELD_LABEL = re.compile(r"(?:Data|Date|Dnia|Kiedy|When)[ \t]*:")
_FIELD = rf"(?:{_FIELD_LABEL.pattern}[ \t]*)?"
# (a checklist's box may open the line: '[x] Mon 2nd — …', '[ ] 9/3 — …')
_LEAD = (r"^(?P<lead>[ \t•*#>·–—|-]*(?:\[[ xX✓✔]?\][ \t]+)?(?:(?:\d{1,3}[.)]|\(\d{1,3}\))[ \t]+(?=\S)"
         # a table's running number before a full date in numbers: '4 08.07.2009 (śr.) RU – JP'
         r"|\d{1,3}[ \t]+(?=[0-3]?\d(?:[ \t]*[-–][ \t]*[0-3]?\d)?[./][01]?\d[./]\d{4}\b))?(?:\[[^\]\n\d]{2,30}\][ \t]+(?=\d))?" + _FIELD + _label(r"\d") +
         # a topic before the date in brackets: 'Japan–Russia (5 Nov): …'
         # (not a place governed by its preposition: 'Na Kunaszyrze (2–3.10) członkowie misji …' goes on a paragraph)
         r"(?:(?-i:(?!(?:Na|W|We|Do|Po|Od|Z|Ze|In|At|On|To|From)\s)[A-ZĄĆĘŁŃÓŚŹŻ][\w'’–-]+(?:[ \t/–-]+[A-ZĄĆĘŁŃÓŚŹŻ][\w'’–-]+){0,2})[ \t]+(?=\(\d))?" + r"[(\[]?)(?:(?:On|W\s+dniu|Dnia|[Dd]n\.|Od|From)\s+)?"
         # a weekday or a span of them before the date: 'pt.–sob., 5–6.06'
         r"(?:(?P<wd0>(?i:" + _WEEKDAY + r"))\.?(?:[ \t]*[-–—][ \t]*(?i:" + _WEEKDAY + r")\.?)?(?:,?\s+|[ \t]*\((?=[^()\n]{3,20}\)[ \t]*(?:[:–—|]|-\s|$))))?")
_CONN = r"(?:\s*[-–—]\s*|\s+(?:i|oraz|and|to|do|na|a)\s+)"
_LIST_CONN = r"(?:\s*[-–—]\s*|\s+(?:i|oraz|and|to|do|na|a)\s+|,[ \t]*(?=[0-3]?\d[ \t]))"   # '5, 6 listopada' on a date line   # 'w nocy z 18 na 19 czerwca', 'między 8 a 13 października'
# What closes the date: a colon, a dash, a bar, a closing bracket, a comma or full stop before a
# capitalised word, or the end of the line.
# a time after the date: '[02.04.2019 09:12]', 'March 4, 10:00 –', '4.03, godz. 10:00:'
_TAIL = (r"(?P<tail>(?:[ \t]*,?[ \t]*(?:godz\.[ \t]*|at[ \t]+)?\d{1,2}:\d\d(?::\d\d)?(?:[ \t]*[ap]\.?m\.?)?"
         r"(?=[ \t]*(?:[)\]:–—|]|-[ \t])))?"
         r"\.?[ \t]*(?:\*{1,2}|_{1,2})?[ \t]*(?:[(,][ \t]*(?P<wd>" + _WEEKDAY +
         r")\.?(?:[ \t]*[–—-][ \t]*(?:" + _WEEKDAY + r")\.?)?[ \t]*\)?[ \t]*)?"
         # a time of day after a comma: '21 XI, późnym wieczorem –', 'May 3, late at night:'
         r"(?:,[ \t]+(?-i:[a-ząćęłńóśźż]+(?:[ \t]+[a-ząćęłńóśźż]+){0,2})[ \t]*(?=(?:\*{1,2}|_{1,2})?[ \t]*[:–—|]))?"
         r"(?:\*{1,2}|_{1,2})?[ \t]*"
         r"(?:[)\]][ \t]*(?:[:–—|·-](?=\s))?|:|[–—|·-](?=\s)|[,.](?=[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ\"„])|$"
         # a place in brackets before the dash: '3 April (Tokyo) – …' (the place stays in the entry)
         r"|(?=\([A-ZĄĆĘŁŃÓŚŹŻ][^)\n]{1,40}\)[ \t]*[:–—|-](?=\s))"
         # the parties' codes after the date, alone on its line ('Thu 6 Mar JP · UA', '03.07.2009 (pt.) JP'),
         # or two or more of them before the entry's text ('20–22.07.2009 (pn.–śr.) KR – RU Delegacja …')
         r"|(?=[ \t]+(?-i:[A-Z]{2,4}(?:[ \t]*[·/|;–—-][ \t]*[A-Z]{2,4})*)[ \t]*$)"
         r"|(?=[ \t]+(?-i:[A-Z]{2,4}(?:[ \t]*[·/|;–—-][ \t]*[A-Z]{2,4})+)[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ„\"])"
         # a bold lead closed by its full stop: '**Tokyo, 14 November.** Abe …'; a date set in bold or
         # italics alone, its text after it: '**14.11.2018** Minister …', '*14 listopada* Minister …'
         r"|(?<=\.\*\*)(?=[ \t]+\S)|(?<=[\w.]\*)(?=[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ\"„])|(?<=[\w.]\*\*)(?=[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ\"„])))")
# Roman month numerals, as Polish writes dates ('3 VI', '3.VI.2019')
_ORD = r"(?:-?go|-?ego)?"   # '3-go czerwca'
_NUM_SEP = r"[./]"

_FORMS = (
    # 7-8 listopada / 12 i 13 lutego / 30 października – 1 listopada 2018 / 4–5 March / czw. 13 – pt. 14 listopada
    ("day_first", re.compile(
        _LEAD + rf"(?P<date>(?P<d1>{DAY}){_ORD}(?:\s+(?P<m1>{MONTH})(?:,?\s+(?P<y1>{YEAR}){YEAR_TAIL})?)?"
        rf"(?:{_LIST_CONN}(?:(?:{_WEEKDAY})\.?,?\s+)?(?P<d2>{DAY}){_ORD})?(?:\s+of)?\s+(?P<m2>{MONTH})"
        rf"(?:,?\s+(?P<y2>{YEAR}){YEAR_TAIL}|\s+b\.?r\.)?)" + _TAIL,
        re.IGNORECASE | re.MULTILINE)),
    # 03-Jun-2016, 5-Nov, as a spreadsheet writes it
    ("day_first", re.compile(
        _LEAD + rf"(?P<date>(?P<d1>[0-3]?\d)-(?P<m2>{MONTH})(?:-(?P<y2>{YEAR}))?)(?P<m1>(?!))?(?P<d2>(?!))?(?P<y1>(?!))?" + _TAIL,
        re.IGNORECASE | re.MULTILINE)),
    # March 4-5 / Feb. 12 / November 30 – December 1, 2018
    ("month_first", re.compile(
        _LEAD + rf"(?P<date>(?P<m1>{MONTH})\s+(?P<d1>{DAY})(?!\d|\.\d)(?:,?\s+(?P<y1>{YEAR}))?"
        rf"(?:{_CONN}(?:(?P<m2>{MONTH})\s+)?(?P<d2>{DAY})(?!\d|\.\d))?(?:,?\s+(?P<y2>{YEAR}))?)" + _TAIL,
        re.IGNORECASE | re.MULTILINE)),
    # 12.02 / 12–13.02 / 28.02–1.03 / 14.02.2019 / 14.02.19 / 3/06 / 3 VI / 3.VI.2019 / 30 VII – 1 VIII
    ("numeric", re.compile(
        _LEAD + rf"(?P<date>(?P<d1>[0-3]?\d)(?:(?:{_NUM_SEP}|[ \t](?=(?:{ROMAN})[ \t]*[-–—]))(?P<n1>[01]?\d|{ROMAN}))?(?:{_NUM_SEP}(?P<y1>{YEAR}))?"
        # ('12.–14.04.2021', '12.04.–14.04': a full stop may close the first day before the dash)
        rf"(?:\.?(?:\s*[-–—]\s*|[ \t]+(?:i|and)[ \t]+)(?:(?:{_WEEKDAY})\.?,?\s+)?(?P<d2>[0-3]?\d))?(?:{_NUM_SEP}|[ \t](?=(?:{ROMAN})\b))(?P<n2>1[0-2]|0?[1-9]|{ROMAN})"
        rf"(?:(?:{_NUM_SEP}|[ \t])(?P<y2>{YEAR}){YEAR_TAIL}|{_NUM_SEP}(?P<yy>\d\d)(?:[ \t]*r\.)?)?)(?![\dIVX])"
        # with no separator, only a two-digit month ('03.06 Minister …'): '2.1 Bulletins' is a section;
        # or a Roman month of two letters or more, or any after a span, as a calendar's gutter sets it
        # ('1 VIII W Bangkoku …', '30 IX – 2 X Delegacja …')
        + r"(?:" + _TAIL + r"|(?:(?<=[./](?:0[1-9]|1[0-2]))|(?<=[./]\d{4})|(?<=[./]\d{4}\sr\.)|(?<=[ \t./][IVX]{2})|(?<=[ \t./][IVX]{3})|(?<=[ \t./]VIII)|(?(d2)(?<=[ \t./][IVX])|(?!)))"
        r"(?P<gap>[ \t]+(?=[A-ZĄĆĘŁŃÓŚŹŻ])))",
        re.MULTILINE)),
    # Mon 3 / Wed 5–6 / Friday 10th / Sunday 26th to Tuesday 28th: a weekly's day, the month its title's
    # or its week heading's, alone on its line or before its text; 'Monday 27th to Friday 1 December'
    # names the month where the span ends
    ("weekday_day", re.compile(
        r"^(?P<lead>[ \t•*#>·–—|-]*(?:\[[ xX✓✔]?\][ \t]+)?)(?P<date>(?P<wd0>" + _WEEKDAY + r")\.?,?[ \t]+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|[./]\d)"
        r"(?:(?:[ \t]*[-–—][ \t]*|[ \t]+(?:to|until|do)[ \t]+)(?:(?:" + _WEEKDAY + r")\.?,?[ \t]+)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?"
        rf"(?:[ \t]+(?P<m2>{MONTH}))?)?)(?P<tail>[ \t]*(?:\*{{1,2}})?[ \t]*(?:[:–—|]|[·-](?=\s)|\.?[ \t]*$))", re.IGNORECASE | re.MULTILINE)),
    # 3 (wt.): / 5–6 (czw.–pt.) – : a day and its weekday in brackets, the month a row or title above gives
    ("weekday_day", re.compile(
        r"^(?P<lead>[ \t•*#>·–—|-]*(?:\[[ xX✓✔]?\][ \t]+)?)(?P<date>(?P<d1>[0-3]?\d)(?:[ \t]*[-–—][ \t]*(?P<d2>[0-3]?\d))?[ \t]*\([ \t]*"
        r"(?P<wd0>" + _WEEKDAY + r")\.?(?:[ \t]*[-–—][ \t]*(?:" + _WEEKDAY + r")\.?)?[ \t]*\))"
        r"(?P<tail>[ \t]*(?:[:–—|]|[·-](?=\s)))", re.IGNORECASE | re.MULTILINE)),
    # Mon: / Wednesday – : a weekly's day named alone; its week comes from a heading (entries.py)
    # ('**Tuesday.**', 'Thursday to Sunday. Kim …': a bold label, or a full stop before a capital,
    # closes the date as a colon would)
    ("weekday_only", re.compile(
        r"^(?P<lead>[ \t•*#>·–—|-]*(?:\[[ xX✓✔]?\][ \t]+)?)(?P<date>(?P<wd0>" + _WEEKDAY + r")\.?(?:(?:[ \t]*[-–—][ \t]*|[ \t]+(?:to|do|until)[ \t]+)(?P<wd1>" + _WEEKDAY +
        r")\.?)?)(?P<tail>[ \t]*(?:[:–—|]|[·-](?=\s)|\*\*[ \t]*(?:[:–—|][ \t]*)?(?=\S)|(?<=\.)[ \t]+(?=[A-ZĄĆĘŁŃÓŚŹŻ])))",
        re.IGNORECASE | re.MULTILINE)),
    # Early November – / Mid-November: / W połowie listopada – : a part of a month, the month alone
    ("month_only", re.compile(
        r"^(?P<lead>[ \t•*#>·–—|-]*(?:\[[ xX✓✔]?\][ \t]+)?(?:\*\*)?)(?P<date>(?:Early|Mid|Late|End\s+of|Beginning\s+of|Początek|Koniec|Połowa|"
        rf"W\s+połowie|Na\s+początku|Pod\s+koniec|Z\s+początkiem|Z\s+końcem)[\s-]+(?P<m1>{MONTH})(?:\s+(?P<y1>{YEAR}))?)"
        r"(?P<tail>[ \t]*(?:\*\*)?[ \t]*(?:[:–—|]|[·-](?=\s)))", re.IGNORECASE | re.MULTILINE)),
    # 3rd: / 3rd-5th –: a day with its English ordinal ending, the month the document's
    ("ordinal_day", re.compile(
        r"^(?P<lead>[ \t•*#>·–—|-]*(?:\[[ xX✓✔]?\][ \t]+)?(?:(?:On[ \t]+)?[Tt]he[ \t]+)?)(?P<date>(?P<d1>[0-3]?\d)(?:st|nd|rd|th)(?:[ \t]*[-–—][ \t]*(?P<d2>[0-3]?\d)(?:st|nd|rd|th))?)"
        r"(?P<tail>[ \t]*(?:[:–—|]|[·-](?=\s)))", re.MULTILINE)),
    # - 15: / 6–7 – : a bare day in a list under a month's heading ('## September 2017'); without
    # such a heading it is no date (entries._in_months)
    ("day_only", re.compile(
        r"^(?P<lead>[ \t•*>·–—|-]*)(?P<date>(?P<d1>[0-3]?\d)(?:[ \t]*[-–—][ \t]*(?P<d2>[0-3]?\d))?)(?![\d.])"
        r"(?P<tail>[ \t]*(?:[:|]|[–—](?=\s)))(?=[ \t]+\S)", re.MULTILINE)),
    # '14 bm. w Mińsku …', 'Dnia 20 b.m. ambasador …': a day of this month (bieżącego miesiąca) opening a paragraph
    # ('§ 3. Dn. 13 bm. …', 'W dn. 31 ub.m. – 2 bm. …': a numbered paragraph of a note, the first day of a
    # span perhaps last month's, ubiegłego miesiąca)
    ("day_only", re.compile(
        r"^(?P<lead>[ \t•*>·–—|-]*(?:§[ \t]*\d{1,3}\.?[ \t]+)?(?:(?:Dnia|Dn\.|W[ \t]+dn\.|W[ \t]+dniu|W[ \t]+dniach|Od)[ \t]+)?)"
        r"(?P<date>(?P<d1>[0-3]?\d)(?:[ \t]*ub\.[ \t]?m\.)?(?:[ \t]*[-–—][ \t]*(?P<d2>[0-3]?\d))?[ \t]*b\.?[ \t]?m\.)"
        r"(?P<tail>[ \t]*[:,–—]?)(?=[ \t]+\S)", re.MULTILINE)),
    # 2019-06-03 / 2019-06-03 – 05 / 2019-06-03..05 / 2019.06.03, as Korean and Japanese sources write it
    ("iso", re.compile(
        _LEAD + rf"(?P<date>(?P<y1>{YEAR})(?P<isep>[-./])(?P<n1>[01]\d)(?P=isep)(?P<d1>[0-3]\d)(?:\s*(?:[-–—/]|\.\.)\s*"
        # the span's end as a day, or as a whole date: '2019-11-09 – 2019-11-11'
        rf"(?:(?P<y2>{YEAR})(?P=isep)(?P<n2>[01]\d)(?P=isep))?(?P<d2>[0-3]\d))?)(?!\d)"
        r"(?:[T ]\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?"   # an export's time stamp: '2018-11-15T10:00'
        + r"(?:" + _TAIL + r"|(?P<gap>[ \t]+(?=[A-ZĄĆĘŁŃÓŚŹŻ])))",
        re.MULTILINE)),
)


# A paragraph that opens with a date inside its first sentence: 'On 3 June, the minister …',
# '3 czerwca minister …', 'W dniu 27 czerwca Rosja …'. Such a date opens an entry only in a document
# whose paragraphs keep doing so (entries.py decides); alone it is an ordinary sentence.
# A numbered item may open so too: '2) 13 października w Mińsku …', 'B.3  On 14 May …', '2.4. On …'.
# (a numbered item may give a short title first: '5. Wizyta w Mińsku. Dnia 24–25.03.2015 r. …', '2. Sankcje. W środę 18 marca …')
_OPENER = (r"^[ \t•*·–—-]*(?:(?:[A-Z]\.\d{1,3}\.?|\d{1,3}(?:\.\d{1,3})*[.)]|\(\d{1,3}\))[ \t]+(?=\d|(?:On|W\s+dni(?:u|ach)|Dnia|Od|From)\b)|"
           r"\d{1,3}[.)][ \t]+[A-ZĄĆĘŁŃÓŚŹŻ][^.!?\n]{1,60}[.!?][ \t]+(?=\d|(?:On|W|We|Dnia|Od|From)\b))?" + _label(r"\d|On\b", colon=True) +
           r"(?:(?:On|W\s+dniu|W\s+dniach|Dnia|Od|From|In\s+the\s+morning\s+of)\s+)?")
_SENTENCE_TAIL = r"(?P<tail>\)?,?[ \t]+)(?=[\w„\"])"   # '(30 października) rozmowę': a bracket may close the date
_LEAD_FORMS = (
    ("day_first", re.compile(   # 'Od soboty 22 do wtorku 25 sierpnia w Panmundżomie …' names its weekdays
        # ('W poniedziałek 5 listopada w Moskwie …', 'On Monday 5 November …')
        _OPENER + rf"(?:(?:W|We|On)\s+(?=(?:{_WEEKDAY})\.?,?\s+\d))?(?P<date>(?:(?P<wd0>{_WEEKDAY})\.?,?\s+(?=\d))?(?P<d1>{DAY}){_ORD}(?:\s+(?P<m1>{MONTH})(?={_CONN}))?"
        rf"(?:{_CONN}(?:(?:{_WEEKDAY})\.?,?\s+(?=\d))?(?P<d2>{DAY}){_ORD})?"
        rf"\s+(?P<m2>{MONTH})(?:,?\s+(?P<y2>{YEAR}){YEAR_TAIL})?)" + _SENTENCE_TAIL, re.IGNORECASE)),
    ("month_first", re.compile(
        _OPENER + rf"(?P<date>(?P<m1>{MONTH})\s+(?P<d1>{DAY})(?!\d|\.\d)"
        rf"(?:{_CONN}(?:(?P<m2>{MONTH})\s+)?(?P<d2>{DAY})(?!\d|\.\d))?(?:,?\s+(?P<y2>{YEAR}))?)" + _SENTENCE_TAIL,
        re.IGNORECASE)),
    # 'On Wednesday (July 24) the minister …', 'W środę (24 lipca) minister …'
    ("month_first", re.compile(
        rf"^[ \t]*(?:(?:On|W|We)\s+)?(?P<wd0>{_WEEKDAY})\.?,?\s*\((?P<date>(?P<m1>{MONTH})\.?\s+(?P<d1>[0-3]?\d))\)"
        r"(?P<m2>(?!))?(?P<d2>(?!))?(?P<y2>(?!))?(?P<tail>,?[ \t]+)", re.IGNORECASE)),
    ("day_first", re.compile(
        rf"^[ \t]*(?:(?:On|W|We)\s+)?(?P<wd0>{_WEEKDAY})\.?,?\s*\((?P<date>(?P<d1>[0-3]?\d)\.?\s+(?P<m2>{MONTH}))\)"
        r"(?P<m1>(?!))?(?P<d2>(?!))?(?P<y2>(?!))?(?P<tail>,?[ \t]+)", re.IGNORECASE)),
    # 'On the 12th, officials …', 'Between the 26th and the 29th a group …': the document's month
    ("ordinal_day", re.compile(
        r"^[ \t]*(?:On|Between|From)\s+the\s+(?P<date>(?P<d1>[0-3]?\d)(?:st|nd|rd|th)(?:\s+(?:and|to|until|-|–)\s+(?:the\s+)?"
        r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th))?)(?P<tail>,?[ \t]+)")),
    # 'Pod koniec miesiąca delegacja …', 'Later in the month, …': the document's month, no day
    # (unless the day follows in brackets: 'W połowie miesiąca (16 IX) …', which entries.py reads)
    ("this_month", re.compile(
        r"^[ \t•*·–—-]*(?P<date>(?:Pod\s+koniec|Na\s+początku|W\s+(?:pierwszej\s+|drugiej\s+)?połowie|Z\s+końcem|"
        r"Z\s+początkiem)\s+(?:bieżącego\s+)?miesiąca|(?:At\s+the\s+(?:end|start|beginning)\s+of|In\s+the\s+middle\s+of|"
        r"Towards\s+the\s+end\s+of|Later\s+in|Early\s+in|Late\s+in)\s+the\s+month|In\s+mid-month)(?!\s*\()"
        # ('Na początku miesiąca, od 2 do 4 …': the days named next date it)
        r"(?![^.;\n]{0,25}?\b[0-3]?\d\b)"
        r"(?P<tail>,?[ \t]+)(?=\S)", re.IGNORECASE)),
)
# 'On Monday, the minister …', 'We wtorek delegacja …': a paragraph's day under a week's heading
# (entries.py gives the week; without one it is no date)
_WEEKDAY_LEAD = re.compile(rf"^[ \t]*(?:On|W|We)\s+(?P<date>(?P<wd0>{_WEEKDAY}))(?P<tail>,?[ \t]+)(?=\S)", re.IGNORECASE)


# A date in brackets: 'Minister Hayashi rozmawiał w Kijowie z Kułebą (12.05).', 'odwiedził Hiroszimę (19–20 maja)',
# perhaps after its place: '… generators (Kyiv, 20 October).' (bulletin.py reads the place)
_BRACKET_PLACE = r"[A-ZĄĆĘŁŃÓŚŹŻ][\w'’.-]*(?:[ -][A-ZĄĆĘŁŃÓŚŹŻa-ząćęłńóśźż][\w'’.-]*){0,3}"
# (a weekday may open it: '(Thu 1 Mar)', '(wt. 12.03)')
_PLACE_FIRST = rf"(?:{_BRACKET_PLACE},\s*)?(?:(?i:{_WEEKDAY})\.?,?\s+)?"
PLACE_IN_BRACKETS = re.compile(rf"\((?P<place>{_BRACKET_PLACE}),\s*")
_BRACKETED = (
    ("day_first", re.compile(rf"\(" + _PLACE_FIRST + rf"(?P<date>(?P<d1>{DAY})(?:{_CONN}(?P<d2>{DAY}))?\s+(?P<m2>{MONTH})(?:\s+(?P<y2>{YEAR}))?)\)"
                             r"(?P<m1>(?!))?", re.IGNORECASE)),
    # '(Feb 3)', '(Feb 9–10)', '(March 30 – April 2)': the English order
    ("month_first", re.compile(rf"\(" + _PLACE_FIRST + rf"(?P<date>(?P<m1>{MONTH})\.?\s+(?P<d1>{DAY})(?:{_CONN}(?:(?P<m2>{MONTH})\.?\s+)?(?P<d2>{DAY}))?"
                               rf"(?:,?\s+(?P<y2>{YEAR}))?)\)", re.IGNORECASE)),
    ("numeric", re.compile(rf"(?P<open>\(|\[)" + _PLACE_FIRST + rf"(?P<date>(?P<d1>[0-3]?\d)(?:\s*[-–]\s*(?P<d2>[0-3]?\d))?[./](?P<n2>[01]?\d|{ROMAN})"
                           rf"(?:[./](?P<y2>{YEAR}))?)(?(open)(?:\)|\]))(?P<n1>(?!))?(?P<y1>(?!))?")),
    # across a month's end in numbers: '(30.08–2.09)'
    ("numeric", re.compile(rf"\(" + _PLACE_FIRST + rf"(?P<date>(?P<d1>[0-3]?\d)\.(?P<n1>[01]?\d)\.?\s*[-–]\s*(?P<d2>[0-3]?\d)\.(?P<n2>[01]?\d)"
                           rf"(?:\.(?P<y2>{YEAR}))?)\)(?P<y1>(?!))?")),
    # an ISO date in bold closing a bullet, its interval's end shortened: '**2014-06-07**', '**2014-06-04/05**'
    # (the reader may have dropped the bold: '… (Kantei). 2014-06-04/05' after the sentence's stop)
    ("iso", re.compile(rf"(?:(?<=[.!?)”\"]\s)|\*\*)(?P<date>(?P<y2>{YEAR})-(?P<n1>[01]\d)-(?P<d1>[0-3]\d)"
                       rf"(?:/(?:(?P<n2>[01]\d)-)?(?P<d2>[0-3]\d))?)(?:\*\*)?(?P<y1>(?!))?")),
    ("iso_month", re.compile(rf"(?:(?<=[.!?)”\"]\s)|\*\*)(?P<date>(?P<y1>{YEAR})-(?P<n1>[01]\d))(?![-\d])(?:\*\*)?")),
    # a Roman month after a space, as Polish writes it: '(12 VII)', '(23–24 VII)', '(30 VI – 2 VII)'
    ("numeric", re.compile(rf"\(" + _PLACE_FIRST + rf"(?P<date>(?P<d1>[0-3]?\d)(?:\s+(?P<n1>{ROMAN}))?(?:\s*[-–]\s*(?P<d2>[0-3]?\d))?"
                           rf"\s+(?P<n2>{ROMAN})(?:\s+(?P<y2>{YEAR}))?)\)(?P<y1>(?!))?")),
)
# what may follow a closing date: a full stop, and footnote marks ('(23–26 VII) [11][12]')
_CLOSE = re.compile(r"[*_]{0,2}[ \t]*[.;]?[ \t]*(?:\[\^?\d+\])*[ \t]*")   # (and Markdown's emphasis: '*(Thu 1 Mar)*')
_CLOSE_NOTE = _CLOSE


def _closing_date(text: str, only: bool = False) -> DateLine | None:
    """The bracketed date that closes `text` (`only`: a paragraph, with no other bracketed date and
    perhaps a footnote mark after it), as the date of an entry whose text is the whole of it (`length` 0)."""
    found = [(kind, m) for kind, rx in _BRACKETED for m in rx.finditer(text)]
    close = _CLOSE_NOTE if only else _CLOSE
    closing = [(kind, m) for kind, m in found if close.fullmatch(text, m.end())]
    if not closing or only and len(found) != 1:
        return None
    kind, m = closing[-1]
    parsed = _parsed(kind, m)
    return replace(parsed, length=0, closing=True) if parsed else None


# a week's span in a heading: 'Week 45 (4–10 November 2019)', 'Tydzień 12 (20–26 marca)'
# ... and across a month's end: '(27 marca – 2 kwietnia 2023)'
# ('Mon 4 – Sun 10 May 2015': each day may carry its weekday)
_WEEK_SPAN = re.compile(rf"(?P<d1>[0-3]?\d)(?:\s+(?P<m1>{MONTH}))?\s*[-–—]\s*(?:(?i:{_WEEKDAY})\.?,?\s+)?(?P<d2>[0-3]?\d)\s+(?P<m>{MONTH})"
                        rf"(?:\s+(?P<y>{YEAR}))?", re.IGNORECASE)


# a heading that is a month, with or without its year: '## September 2017', '**Październik 2018**', 'MAY:'
_MONTH_HEADING = re.compile(rf"[ \t#*_]*(?P<m>{MONTH})(?:[ \t]+(?P<y>{YEAR}))?[ \t*_:]*", re.IGNORECASE)


def month_heading(line: str) -> tuple[int, int | None] | None:
    """The month (and year) a line that is only a month's name stands for."""
    m = _MONTH_HEADING.fullmatch(line)
    if m is None or not 1 <= (mo := month_number(m["m"])) <= 12:
        return None
    return mo, int(m["y"]) if m["y"] else None


# a week named by its first day: 'Week of 4 March 2019', 'Week beginning March 4', 'Tydzień od 18 marca 2019 r.'
_WEEK_OF = re.compile(rf"\b(?:week\s+(?:of|beginning|starting|commencing)|tydzień\s+od|w\s+tygodniu\s+od)\s+"
                      rf"(?:(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m>{MONTH})|(?P<m2>{MONTH})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)"
                      rf"(?:,?\s+(?P<y>{YEAR}))?", re.IGNORECASE)
WEEK_DAYS = 7


def week_span(line: str) -> tuple[tuple[int, int, int, int], int | None] | None:
    """The (month, day) to (month, day) of a span of a week or less a line names, and its year."""
    if len(line) <= 80 and (w := _WEEK_OF.search(line)) is not None:
        mo, d = month_number(w["m"] or w["m2"]), int(w["d"] or w["d2"])
        year = int(w["y"]) if w["y"] else None
        first = safe_date(year or 2001, mo, d) if 1 <= mo <= 12 else None
        if first is not None:
            last = first + dt.timedelta(days=WEEK_DAYS - 1)
            return (mo, d, last.month, last.day), year
    m = _WEEK_SPAN.search(line)
    if m is None:
        return None
    d1, d2, m2 = int(m["d1"]), int(m["d2"]), month_number(m["m"])
    m1 = month_number(m["m1"]) if m["m1"] else m2
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12 and 1 <= d1 <= 31 and 1 <= d2 <= 31):
        return None
    first, last = safe_date(2001, m1, d1), safe_date(2001 + (m2 < m1), m2, d2)   # any year: only the span's length
    if first is None or last is None or not 0 < (last - first).days <= 7:
        return None
    return (m1, d1, m2, d2), int(m["y"]) if m["y"] else None


def parse_date_end(line: str) -> DateLine | None:
    """The date in brackets that closes an entry's line."""
    return _closing_date(line)


_ORDINAL_INSIDE = re.compile(r"\b(?:on|from)\s+the\s+(?P<date>(?P<d1>[0-3]?\d)(?:st|nd|rd|th)(?:\s+(?:to|until|-|–)\s+(?:the\s+)?"
                             r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th))?)\b")


def parse_ordinal_inside(line: str) -> DateLine | None:
    """'… took part in a ceremony in Kharkiv on the 22nd': a day of the document's month named in
    a paragraph's first sentence, as the date of an entry whose text is the whole paragraph."""
    first = re.split(r"(?<=[.!?])\s", line, maxsplit=1)[0]
    m = _ORDINAL_INSIDE.search(first, 0, INSIDE_REACH)
    if m is None:
        return None
    parsed = _parsed("ordinal_day", m)
    return DateLine(parsed.text, parsed.start, parsed.end, None, 0) if parsed else None


# a paragraph that opens on a day counted from the document's own ('Przedwczoraj w porcie Nampo …',
# 'Od wczoraj w Nowym Jorku przebywa …', 'Yesterday the envoy …'): a memo's or a report's day
# (a numbered item may give its title first: '9. Przygotowania do forum. W ubiegły wtorek w Chabarowsku …')
ITEM_TITLE = re.compile(r"[ \t]*\d{1,3}[.)][ \t]+(?:[^.!?\n]{2,80}[.!?][ \t]+)?")
_ITEM_TITLE = rf"(?:{ITEM_TITLE.pattern})?"
_DEICTIC = re.compile(r"[ \t]*" + _ITEM_TITLE + r"(?P<since>Od\s+|Since\s+)?(?P<word>przedwczoraj|wczoraj|yesterday|dziś|dzisiaj|today)\b(?!\s*[,:]?\s*[0-3]?\d)",
                      re.IGNORECASE)
# the last such weekday before the document's day: 'W ubiegły wtorek', 'W miniony czwartek', 'Last Friday'
_LAST_WEEKDAY = re.compile(r"[ \t]*" + _ITEM_TITLE + r"(?P<phrase>(?:(?:W|We)\s+(?:ubiegł|minion|zeszł)(?:y|ą)|(?:Last|This\s+past))\s+"
                           r"(?P<wd>" + _WEEKDAY + r"))\b(?!\s*[,(]?\s*[0-3]?\d)", re.IGNORECASE)


def parse_deictic_lead(paragraph: str) -> DateLine | None:
    """The day a paragraph opens on, counted back from the document's own day."""
    m = _DEICTIC.match(paragraph)
    if m is None:
        if (w := _LAST_WEEKDAY.match(paragraph)) is not None and (wd := WEEKDAYS.get(w["wd"].lower())) is not None:
            return DateLine(w["phrase"], (0, 0), (0, 0), None, 0, last=wd)
        return None
    n = DAYS_BACK.get(m["word"].lower(), 0)
    return DateLine(m.group()[m.start("since") if m["since"] else m.start("word"):].strip(), (0, 0), (0, 0), None, 0,
                    back=(n, 0 if m["since"] else n))


def parse_bracketed_inside(paragraph: str) -> DateLine | None:
    """A paragraph that closes with its day in brackets ('… odwiedził Gwangju; burmistrz obiecał …
    (9 listopada).'), as the date of an entry whose text is the whole paragraph."""
    if len(paragraph) < 80 or not re.search(r"[.!?]", paragraph):
        return None   # a heading or a title line ('Tydzień 4 (23–31 grudnia)') is no entry
    # only the paragraph's closing words: a bracketed day inside a sentence ('two days in Seoul
    # (25–26 March) were …') is a remark, not an entry's date
    return _closing_date(paragraph, only=True)


# a whole date in numbers opening a paragraph: 'Dnia 3.03.2015 r. w Nemuro …', '24–25.03.2015 (wtorek–środa) w Mińsku …'
_WHOLE_NUMERIC = (rf"(?P<date>(?P<d1>[0-3]?\d)(?:[ \t]*[-–][ \t]*(?P<d2>[0-3]?\d))?\.(?P<n2>[01]?\d)\.(?P<y2>{YEAR}))(?![\d.]\d)"
                  r"(?:[ \t]*r\.)?(?:[ \t]*\([^()\n]{2,25}\))?(?P<n1>(?!))?(?P<y1>(?!))?")   # ('… r. (piątek–sobota)')
_LEAD_NUMERIC = ("numeric", re.compile(_OPENER + _WHOLE_NUMERIC + r"(?P<tail>,?[ \t]+)(?=[\w„\"])"))


def parse_date_lead(line: str, weekdays: bool = False) -> DateLine | None:
    """The date a paragraph's first sentence opens with, as an entry date ('On 3 June, …'), and with
    `weekdays` a weekday alone ('On Monday, …'), whose week the caller must supply."""
    for kind, rx in _LEAD_FORMS + (_LEAD_NUMERIC,) + ((("weekday_only", _WEEKDAY_LEAD),) if weekdays else ()):
        m = rx.match(line)
        if m is not None and (parsed := _parsed(kind, m)) is not None:
            return parsed
    return None


# A date anywhere near a paragraph's start: 'Berlin gościł 11 i 12 czerwca …', 'Rząd japoński 21 czerwca
# zatwierdził …'. Only a document made of such paragraphs reads them as entries (entries.py).
# ('Najpoważniejszy incydent miał miejsce 23 września.': the date may close the first sentence)
_INSIDE_TAIL = r"(?P<tail>\)?(?:,?[ \t]+(?=[\w„\"])|[.;](?=\s|$)))"
_INSIDE_FORMS = tuple((kind, re.compile(rx.pattern.replace(_OPENER, r"(?<![\w.])", 1).replace(_SENTENCE_TAIL, _INSIDE_TAIL),
                                        re.IGNORECASE))
                      for kind, rx in _LEAD_FORMS) + (
    # a day and month in brackets: 'W poniedziałek (21.10) wiceminister …'
    ("numeric", re.compile(rf"\((?P<date>(?P<d1>[0-3]?\d)\.(?P<n2>[01]?\d)(?:\.(?P<y2>{YEAR}))?)\)"
                           r"(?P<n1>(?!))?(?P<d2>(?!))?(?P<y1>(?!))?")),)
# a whole date in numbers: 'W dniach 16–20.08.2018 r. japońska misja …'
_INSIDE_FORMS += (("numeric", re.compile(r"(?<![\w.])" + _WHOLE_NUMERIC + _INSIDE_TAIL)),)
INSIDE_REACH = 250
# 'Ostatniego dnia miesiąca KRLD …', 'On the last day of May …': day -1 stands for a month's last
_MONTH_END = ("month_end", re.compile(rf"(?<![\w.])(?P<date>(?:ostatniego\s+dnia|on\s+the\s+last\s+day\s+of)\s+"
                                      rf"(?:(?:the\s+)?(?:miesiąca|month)|(?P<m1>{MONTH})))(?P<tail>,?\s+)", re.IGNORECASE))
_INSIDE_FORMS += (_MONTH_END,)
# a bare ordinal of the document's month after a preposition or a stay: 'Money came first. On the
# 10th, …', 'spent the 19th and 20th in Wakkanai', 'from the 8th to the 12th' (not an ordinal
# that counts something: 'on the 25th anniversary', 'the 5th round')
_INSIDE_FORMS += (("ordinal_day", re.compile(
    r"(?<![\w.])(?:on|from|between|spent|over)\s+the\s+(?P<date>(?P<d1>[0-3]?\d)(?:st|nd|rd|th)"
    r"(?:\s+(?:and|to|until|-|–)\s+(?:the\s+)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th))?)"
    rf"(?!\s+(?:{ORDINAL_COUNTS})\b)" + _INSIDE_TAIL, re.IGNORECASE)),)
# A date that is not the paragraph's event: in a relative clause ('Ishiba, który 1 października objął
# urząd, rozmawiał …'), or dating the report of what follows ('ujawniła 18 października, że …')
# ... or dating a thing the sentence starts after ('Po zakończonym 9 maja zjeździe …')
_RELATIVE_OPEN = re.compile(r"\b(?:któr(?:y|a|e|zy|ego|ej|ym|ych)|who|which)\b[^,;.()]*$|"
                            r"\bpo\s+zakończon\w*\s*$", re.IGNORECASE)
_REPORTED = re.compile(r"\)?\s*,\s*(?:że|iż|that)\b", re.IGNORECASE)


# a date given as an example of how the document writes them: 'Day/month throughout, e.g. 4/3 = 4 March'
# the day a document came out, not an entry's: 'Issue 3/2015 · issued Thursday 2 April 2015', 'Data wydania: …'
_ISSUED = re.compile(r"\b(?:issued|published|released|updated|dated|as\s+of|wydan[yoa]|opublikowan[yoa]|sporządzon[yoa]|"
                     r"aktualizacja|stan\s+na|data\s+wydania)\b(?:\s+(?:by|przez)\s+[^,.;:]{1,30})?[:,\s]*(?:on\s+)?(?:\w+\.?,?\s+)?$",
                     re.IGNORECASE)
# a date the document takes back: 'We dated the talks … to 23 August. They were in fact held on 24 August'
_ERRATUM = re.compile(r"\b(?:we|wrongly|mistakenly|erroneously|incorrectly|błędnie|omyłkowo)\b[^.;]{0,80}?"
                      r"\b(?:dated|gave|printed|wrote|put|reported|podaliśmy|datowaliśmy|napisaliśmy|podano)\b[^.;]{0,80}?$",
                      re.IGNORECASE)
# the editors' word on how the document is written ('Uwagi redakcyjne. Daty podajemy …'): no entry
_EDITORS_NOTE = re.compile(r"[ \t*_]*(?:Uwag\w*\s+redakcyjn\w*|Nota\s+redakcyjn\w*|Od\s+redakcji|Editor['’]?s['’]?\s+notes?|"
                           r"Editorial\s+notes?|A\s+note\s+on\s+(?:dates|sources|conventions)|Metodologia|Methodology|"
                           r"How\s+to\s+read|Jak\s+czytać|Objaśnienia|Konwencje|Conventions|Legend|Legenda)\b", re.IGNORECASE)
_EXAMPLE = re.compile(r"(?:\b(?:e\.\s?g\.|i\.\s?e\.|np\.|for\s+example|for\s+instance|na\s+przykład|tzn\.)\s*[,:]?\s*(?:\S+\s*=\s*)?|"
                      # the form the document writes dates in: 'Daty podajemy w postaci „dnia 3.08.2018 r.”'
                      r"\b(?:w\s+postaci|w\s+formie|w\s+formacie|in\s+the\s+form|as\s+in|format)\s*[:(]?\s*[„\"“'‘(]\s*(?:\w+\s+){0,2})$",
                      re.IGNORECASE)


def parse_date_inside(line: str) -> DateLine | None:
    """The first date with a day in the first characters of a paragraph, as the date of an entry
    whose text is the whole paragraph (`length` 0)."""
    if _EDITORS_NOTE.match(line):
        return None
    found = []
    for kind, rx in _INSIDE_FORMS:
        for m in rx.finditer(line, 0, INSIDE_REACH):
            if _RELATIVE_OPEN.search(line, 0, m.start()) or _REPORTED.match(line, m.end("date")) \
                    or _EXAMPLE.search(line, max(0, m.start() - 16), m.start()) \
                    or _ISSUED.search(line, max(0, m.start() - 60), m.start()) \
                    or _ERRATUM.search(line, max(0, m.start() - 160), m.start()):
                continue
            if (parsed := _parsed(kind, m)) is not None:
                found.append((m.start(), parsed))
                break
    if not found:
        return None
    _at, parsed = min(found, key=lambda f: f[0])
    return DateLine(parsed.text, parsed.start, parsed.end, parsed.year, 0, parsed.weekday)


def _month_before(month: int) -> int:
    return (month - 2) % 12 + 1


def _month_of(token: str) -> int:
    return ROMAN_MONTHS.get(token) or int(token)


def parse_date_line(line: str) -> DateLine | None:
    """The entry date at the start of `line`, or None when the line does not open with one."""
    for kind, rx in _FORMS:
        m = rx.match(line)
        if m is None:
            continue
        if _FIELD_LABEL.search(m.group("lead")) and line[m.end():].strip():
            continue   # 'Date: 2024-03-05 | Updated …' is a story's header; a record's date field stands alone
        parsed = _parsed(kind, m)
        if parsed is not None:
            return parsed
    if (titled := _TITLE_THEN_DATE.match(line)) is not None and (not titled["gap"] or in_capitals(titled["title"])) \
            and (parsed := parse_date_line(titled["date"])) is not None and parsed.length >= len(titled["date"].rstrip()):
        # the whole line is the entry's title; its text is what follows
        return replace(parsed, length=len(line.rstrip("\r\n")))
    return None


def in_capitals(words: str) -> bool:
    """Four letters or more, most of them capitals: 'II. JAPONIA I ROSJA', 'RUDENKO SEES KOZUKI'."""
    letters = [ch for ch in words if ch.isalpha()]
    return len(letters) >= 4 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


# a title whose date stands at the line's right-hand end, after leader dots or a wide gap:
# 'RUDENKO SEES KOZUKI ON WATER PLAN ............ Apr. 2'
# (a wide gap only after a title in capitals: words spread by a PDF's columns are no title)
_TITLE_THEN_DATE = re.compile(r"[ \t]*(?P<title>[^\s.·…][^\n]{2,100}?)[ \t]*(?:\.{4,}|…{2,}|·{3,}|(?P<gap>[ \t]{4,}))[ \t]*"
                              r"(?P<date>[^.·…\s][^\n]{1,40}?)[ \t]*$")


def _parsed(kind: str, m: re.Match) -> DateLine | None:
    g = m.groupdict()
    if kind == "this_month":
        return DateLine(text=m.group("date").strip(), start=(0, 0), end=(0, 0), year=None, length=m.end())
    if kind == "month_only":
        mo = month_number(g["m1"])
        if not 1 <= mo <= 12:
            return None
        return DateLine(text=m.group("date").strip(), start=(mo, 0), end=(mo, 0),
                        year=int(g["y1"]) if g["y1"] else None, length=m.end())
    if kind == "weekday_only":
        wd = WEEKDAYS.get(g["wd0"].lower().rstrip("."))
        last = WEEKDAYS.get(g["wd1"].lower().rstrip(".")) if g.get("wd1") else None
        return DateLine(text=m.group("date").strip(), start=(0, 0), end=(0, 0), year=None, length=m.end(),
                        weekday=wd, last_weekday=last) if wd is not None else None
    if kind == "month_end":
        mo = month_number(g["m1"]) if g["m1"] else 0
        return DateLine(text=m.group("date").strip(), start=(mo, -1), end=(mo, -1), year=None, length=m.end()) \
            if 0 <= mo <= 12 else None
    if kind in ("ordinal_day", "weekday_day", "day_only"):   # a day of the document's month (month 0, see DateLine)
        d1 = int(g["d1"])
        d2 = int(g["d2"]) if g["d2"] else d1
        wd = g.get("wd0")
        weekday = WEEKDAYS.get(wd.lower().rstrip(".")) if wd else None
        if g.get("m2"):    # the span's end names its month: the start is in it, or in the month before
            m2 = month_number(g["m2"])
            m1 = m2 if d1 <= d2 else _month_before(m2)
            return DateLine(text=m.group("date").strip(), start=(m1, d1), end=(m2, d2), year=None,
                            length=m.end(), weekday=weekday) if 1 <= d1 <= 31 and 1 <= d2 <= 31 else None
        if not (1 <= d1 <= 31 and 1 <= d2 <= 31 and (d1 <= d2 or "ub." in m.group("date"))):
            return None   # ('31 ub.m. – 2 bm.' runs on from last month)
        return DateLine(text=m.group("date").strip(), start=(0, d1), end=(0, d2), year=None, length=m.end(),
                        weekday=weekday)
    if kind == "iso_month":
        mo = int(g["n1"])
        return DateLine(text=m.group("date").strip(), start=(mo, 0), end=(mo, 0), year=int(g["y1"]), length=m.end()) \
            if 1 <= mo <= 12 else None
    if kind == "iso":
        m1 = int(g["n1"])
        m2 = int(g["n2"]) if g.get("n2") else m1
        d1 = int(g["d1"])
        d2 = int(g["d2"]) if g["d2"] else None
    elif kind == "numeric":
        m2 = _month_of(g["n2"])
        m1 = _month_of(g["n1"]) if g["n1"] else m2
        d1 = int(g["d1"])
        d2 = int(g["d2"]) if g["d2"] else None
        if g["n1"] and d2 is None:
            return None  # '12.02.14.02' is not a form we know
    else:
        if kind == "day_first":
            m2 = month_number(g["m2"])
            m1 = month_number(g["m1"]) if g["m1"] else m2
            if not g["m1"] and g["d2"] and day_number(g["d1"]) > day_number(g["d2"]):
                m1 = _month_before(m2)   # '27th to 1 December': the span began in the month before
            if g["m1"] and not g["d2"]:
                return None  # '7 listopada 8 listopada:'
        else:
            m1 = month_number(g["m1"])
            m2 = month_number(g["m2"]) if g["m2"] else m1
        d1 = day_number(g["d1"])
        d2 = day_number(g["d2"]) if g["d2"] else None
    start = (m1, d1)
    end = (m2, d2) if d2 is not None else start
    if not all(1 <= mo <= 12 for mo in (start[0], end[0])) or not (1 <= start[1] <= 31 and 1 <= end[1] <= 31):
        return None
    if kind not in ("numeric", "iso") and g["m1"] and m.group("m1").lower() in ("may", "march", "mar") and \
            not m.group("m1")[0].isupper():
        return None  # 'may 5', 'march 12': more likely words than dates
    # the year the span starts in: '30 grudnia – 2 stycznia 2020' began in 2019 ('04.03.19': this century's)
    year = g.get("y1") or (str(int(g["y2"]) - (end[0] < start[0])) if g.get("y2") else None) or \
        (f"20{g['yy']}" if g.get("yy") else None)
    wd = g.get("wd") or g.get("wd0")
    return DateLine(text=m.group("date").strip(), start=start, end=end, year=int(year) if year else None,
                    length=m.end(), weekday=WEEKDAYS.get(wd.lower().rstrip(".")) if wd else None)
