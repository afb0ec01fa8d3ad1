"""Dates as the map's time slider sees them: whole days since 1970-01-01, and readable labels."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from .events import Event, period_bounds

EPOCH = dt.date(1970, 1, 1)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_number(d: dt.date) -> int:
    return (d - EPOCH).days


def span(event: Event) -> tuple[int, int]:
    """First and last day an event covers; a month-precision event covers its whole month."""
    return _span(event.date_start, event.date_end)


def label(event: Event, lang: str = "en") -> str:
    """'7–8 Nov 2018', '30 Oct – 1 Nov 2018', 'Sep 2017' ('7–8 lis 2018' in Polish): short
    enough for a popup line."""
    return _label(event.date_start, event.date_end, event.date_precision, lang)


# A million events share a few thousand dates: each distinct one is worked out once.
@lru_cache(maxsize=1 << 16)
def _span(start: str, end: str) -> tuple[int, int]:
    return day_number(period_bounds(start)[0]), day_number(period_bounds(end)[1])


@lru_cache(maxsize=1 << 16)
def _label(start: str, end: str, precision: str, lang: str = "en") -> str:
    months = _MONTHS
    if lang != "en":
        from .render.i18n import strings
        months = strings(lang)["months_short"]
    if precision == "year":
        return start if start == end else f"{start}–{end}"
    a, b = period_bounds(start)[0], period_bounds(end)[0]
    if precision == "month":
        first = f"{months[a.month - 1]} {a.year}"
        return first if start == end else f"{first} – {months[b.month - 1]} {b.year}"
    if a == b:
        return f"{a.day} {months[a.month - 1]} {a.year}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {months[a.month - 1]} {a.year}"
    if a.year == b.year:
        return f"{a.day} {months[a.month - 1]} – {b.day} {months[b.month - 1]} {a.year}"
    return f"{a.day} {months[a.month - 1]} {a.year} – {b.day} {months[b.month - 1]} {b.year}"
