"""Dates as the map's time slider sees them: whole days since 1970-01-01, and readable labels."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .events import Event

EPOCH = dt.date(1970, 1, 1)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@lru_cache(maxsize=1 << 16)
def period_bounds(value: str) -> tuple[dt.date, dt.date]:
    """First and last day covered by a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` value (cached: a million
    events share a few thousand dates)."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        d = dt.date(*parts)
        return d, d
    if len(parts) == 2:
        y, m = parts
        first = dt.date(y, m, 1)
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def day_number(d: dt.date) -> int:
    return (d - EPOCH).days


def span(event: "Event") -> tuple[int, int]:
    """First and last day an event covers; a month-precision event covers its whole month."""
    return span_of(event.date_start, event.date_end)


def label(event: "Event", lang: str = "en") -> str:
    """'7–8 Nov 2018', '30 Oct – 1 Nov 2018', 'Sep 2017' ('7–8 lis 2018' in Polish): short
    enough for a popup line."""
    return label_of(event.date_start, event.date_end, event.date_precision, lang)


# A million events share a few thousand dates: each distinct one is worked out once.
@lru_cache(maxsize=1 << 16)
def span_of(start: str, end: str) -> tuple[int, int]:
    return day_number(period_bounds(start)[0]), day_number(period_bounds(end)[1])


@lru_cache(maxsize=1 << 16)
def label_of(start: str, end: str, precision: str, lang: str = "en") -> str:
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
