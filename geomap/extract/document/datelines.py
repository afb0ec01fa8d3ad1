"""The date that opens a bulletin entry: '7-8 listopada:', 'November 14-15:', '12–13.02:'."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..mentions.dates import (DASH, DAY, MONTH, YEAR, YEAR_TAIL, Anchor, When, day_number, month_number,
                              safe_date, year_for_month)


@dataclass(frozen=True, slots=True)
class DateLine:
    """The date that opens a bulletin entry, before its year is known."""
    text: str                     # the date as written, without the colon
    start: tuple[int, int]        # (month, day)
    end: tuple[int, int]
    year: int | None              # when the line states it
    length: int                   # characters up to and including the colon

    def resolve(self, anchor: Anchor) -> When | None:
        y1 = self.year or year_for_month(self.start[0], anchor)
        y2 = self.year or year_for_month(self.end[0], anchor)
        if self.end[0] < self.start[0] and y2 == y1 and self.year is None:
            y2 = y1 + 1  # "30 grudnia – 2 stycznia"
        a = safe_date(y1, *self.start)
        b = safe_date(y2, *self.end)
        if a is None or b is None or b < a:
            return None
        return When.day(a, b)


_Y = rf"(?:,?\s*(?P<{{name}}>{YEAR}){YEAR_TAIL})?"
_LINE_PL = re.compile(
    rf"^(?P<lead>[\s•*\-–]*)(?P<date>(?P<d1>{DAY})(?:\s+(?P<m1>{MONTH}))?{_Y.format(name='y1')}"
    rf"(?:{DASH}(?P<d2>{DAY}))?\s+(?P<m2>{MONTH}){_Y.format(name='y2')})\s*:",
    re.IGNORECASE)
_LINE_EN = re.compile(
    rf"^(?P<lead>[\s•*\-–]*)(?P<date>(?P<m1>{MONTH})\s+(?P<d1>{DAY}){_Y.format(name='y1')}"
    rf"(?:{DASH}(?:(?P<m2>{MONTH})\s+)?(?P<d2>{DAY}))?{_Y.format(name='y2')})\s*:",
    re.IGNORECASE)


def parse_date_line(line: str) -> DateLine | None:
    """Recognise '7-8 listopada:', '30 października – 1 listopada:', '14 November:',
    'November 14-15:', 'November 30 – December 1, 2018:' at the start of a line."""
    m = _LINE_PL.match(line)
    if m:
        m2 = month_number(m.group("m2"))
        m1 = month_number(m.group("m1")) if m.group("m1") else m2
        if m.group("d2"):
            start, end = (m1, day_number(m.group("d1"))), (m2, day_number(m.group("d2")))
        else:
            if m.group("m1"):  # "7 listopada 8 listopada:" is not a form we know
                return None
            start = end = (m2, day_number(m.group("d1")))
    else:
        m = _LINE_EN.match(line)
        if not m:
            return None
        m1 = month_number(m.group("m1"))
        m2 = month_number(m.group("m2")) if m.group("m2") else m1
        start = (m1, day_number(m.group("d1")))
        end = (m2, day_number(m.group("d2"))) if m.group("d2") else start
    if not (1 <= start[1] <= 31 and 1 <= end[1] <= 31):
        return None
    year = m.group("y2") or m.group("y1")
    return DateLine(text=m.group("date").strip(), start=start, end=end,
                    year=int(year) if year else None, length=m.end())
