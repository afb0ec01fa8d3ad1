"""When a document was written: its reference date, from headers, addresses and references."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Iterable, Iterator

from ..mentions.dates import MONTH, YEAR, Anchor, month_number


_HEADER_DATE = re.compile(r"^\s*date\s+(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?\b", re.IGNORECASE)
_PUBLICATION = re.compile(
    r"(?:Publikacja|Opublikowano|Aktualizacja|Published|Updated|Data publikacji)\s*:?\s*"
    rf"(?:(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>{YEAR})|(?P<iy>{YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d)|"
    rf"(?P<td>[0-3]?\d)\s+(?P<tm>{MONTH})\s+(?P<ty>{YEAR})|(?P<em>{MONTH})\s+(?P<ed>[0-3]?\d),?\s+(?P<ey>{YEAR}))",
    re.IGNORECASE)


def header_anchor(text: str) -> Anchor | None:
    """The ` date YYYY-MM` header of a news article, or its publication line (day precision)."""
    m = _PUBLICATION.search(text[:4000])
    if m:
        g = m.groupdict()
        if g["y"]:
            return Anchor(int(g["y"]), int(g["m"]), int(g["d"]))
        if g["iy"]:
            return Anchor(int(g["iy"]), int(g["im"]), int(g["id"]))
        if g["ty"]:
            return Anchor(int(g["ty"]), month_number(g["tm"]), int(g["td"]))
        return Anchor(int(g["ey"]), month_number(g["em"]), int(g["ed"]))
    m = _HEADER_DATE.match(text)
    if m:
        return Anchor(int(m["y"]), int(m["m"]), int(m["d"]) if m["d"] else None)
    return None


_URL_DATES = (
    re.compile(rf"(?<!\d)(?P<y>{YEAR})(?P<m>[01]\d)(?P<d>[0-3]\d)(?:\d{{0,6}})(?!\d)"),
    re.compile(rf"[/_=-](?P<y>{YEAR})[-/_](?P<m>[01]?\d)(?:[-/_](?P<d>[0-3]?\d))?(?=[/_\-.?#&]|$)"),
)


def url_dates(urls: Iterable[str]) -> list[tuple[int, int]]:
    """(year, month) pairs that addresses carry: jiji's 2018112701134, kpi.ua/2018-11-23, /2018/11/21/."""
    out = []
    for u in urls:
        for rx in _URL_DATES:
            for m in rx.finditer(u):
                y, mo = int(m["y"]), int(m["m"])
                if 1 <= mo <= 12:
                    out.append((y, mo))
                    break
            else:
                continue
            break
    return out


_TITLE_MONTH_YEAR = re.compile(rf"\b(?P<m>{MONTH})\s+(?P<y>{YEAR})\b", re.IGNORECASE)
_NUMBERED_ISSUE = re.compile(rf"\b(?:nr|no\.?|issue|numer)\s*\d{{1,2}}\s*/\s*(?P<y>{YEAR})\b", re.IGNORECASE)
_REF_MONTH_YEAR = re.compile(rf"(?P<prep>\b\w+\s+)?\b(?P<m>{MONTH})\s+(?P<y>{YEAR})(?!\d)", re.IGNORECASE)
_FUTURE_PREP = {"do", "przed", "until", "by", "till", "before"}


def infer_year(text: str, entry_months: list[int], urls: Iterable[str] = (),
               header: str = "") -> Anchor:
    """The year of a bulletin whose entries omit it, with the month most entries fall in.

    Evidence, strongest first: a month and year in the header lines; dates inside the source
    addresses whose month is one of the entries'; month-year references in the text, read
    as 'before' (do czerwca 2019 → the entries precede it) or as earlier events (a lower bound).
    """
    main_month = Counter(entry_months).most_common(1)[0][0] if entry_months else None
    votes: Counter[int] = Counter()
    for m in _TITLE_MONTH_YEAR.finditer(header):
        votes[int(m["y"])] += 10
    for m in _NUMBERED_ISSUE.finditer(header):
        votes[int(m["y"])] += 8
    months = set(entry_months)
    for y, mo in url_dates(urls):
        near = any(min((mo - e) % 12, (e - mo) % 12) <= 1 for e in months) if months else True
        votes[y] += 4 if near else 1
    lower = None
    upper = None
    for m in _REF_MONTH_YEAR.finditer(text):
        y, mo = int(m["y"]), month_number(m["m"])
        prep = (m["prep"] or "").strip().lower()
        if prep in _FUTURE_PREP and main_month is not None:
            cand = y if main_month <= mo else y - 1
            upper = cand if upper is None else min(upper, cand)
            votes[cand] += 2
        else:
            lower = y if lower is None else max(lower, y)
    if votes:
        year = max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0]
    elif lower is not None:
        year = lower if upper is None else min(max(lower, upper), upper)
    else:
        years = [int(y) for y in re.findall(rf"\b({YEAR})\b", text)]
        year = max(years) if years else dt.date.today().year
    return Anchor(year, main_month)


def iter_years(text: str) -> Iterator[int]:
    for m in re.finditer(rf"\b({YEAR})\b", text):
        yield int(m.group(1))
