"""One record against the schema: the rules every reader applies, row by row.

This is the reference: the columnar checks (events/columns.py) take the common, clean rows in bulk
and send every other row here, so a bad row is named by the same words whichever path read it.
"""
from __future__ import annotations

import json
import math
import re
import sys
from functools import lru_cache
from typing import Any, Iterable

from ..errors import InputError
from ..timeline import period_bounds
from .schema import DATE_PRECISIONS, EVENT_TYPES, GEO_PRECISIONS, VENUE_BASES, Event, Problem, ReadResult, stable_id

_ISO2 = re.compile(r"^[A-Z]{2}$")
_DATE = {"day": re.compile(r"^\d{4}-\d{2}-\d{2}$"), "month": re.compile(r"^\d{4}-\d{2}$"),
         "year": re.compile(r"^\d{4}$")}
# Where a CSV cell of addresses splits: at a ';' that starts another address (scheme and colon),
# since an address may hold ';' itself.
URL_SPLIT = re.compile(r";(?=\s*[a-zA-Z][\w+.-]*:)")


class Bad(Exception):
    """One field of one record breaks the schema."""

    def __init__(self, fld: str, reason: str) -> None:
        super().__init__(reason)
        self.field, self.reason = fld, reason


def _text(rec: dict[str, Any], name: str, required: bool = False) -> str | None:
    v = rec.get(name)
    if v.__class__ is str:  # the common case, first: this runs ~15 times per event
        v = v.strip() or None
    elif v is None or (isinstance(v, float) and math.isnan(v)):
        v = None
    else:
        v = str(v).strip() or None
    if required and v is None:
        raise Bad(name, "is required and empty")
    return v


def _shared(v: str | None) -> str | None:
    return None if v is None else sys.intern(v)


def _shared_text(rec: dict[str, Any], name: str, required: bool = False) -> str | None:
    """_text, interned: for values that repeat across events."""
    v = rec.get(name)
    if v.__class__ is str:
        v = v.strip()
        if v:
            return sys.intern(v)
    return _shared(_text(rec, name, required))


def _list(rec: dict[str, Any], name: str) -> tuple[str, ...]:
    v = rec.get(name)
    if v is None or v == "":
        return ()
    if isinstance(v, str):
        v = v.split(";")
    if not isinstance(v, (list, tuple)):
        raise Bad(name, f"must be a list, got {type(v).__name__}")
    items = [x.strip() if x.__class__ is str else str(x).strip() for x in v]
    return tuple([x for x in items if x] if "" in items else items)


@lru_cache(maxsize=1 << 16)  # dates repeat; a bad one raises and is not cached
def _date(name: str, value: str, precision: str) -> None:
    if not _DATE[precision].match(value):
        shape = {"day": "YYYY-MM-DD", "month": "YYYY-MM", "year": "YYYY"}[precision]
        raise Bad(name, f"'{value}' is not a {precision} date; write {shape}")
    try:
        period_bounds(value)
    except ValueError:
        raise Bad(name, f"'{value}' is not a real calendar date") from None


def _precision_of(value: str) -> str:
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "day")


def _number(rec: dict[str, Any], name: str, lo: float, hi: float) -> float | None:
    v = rec.get(name)
    if v.__class__ is float and lo <= v <= hi:  # the common case; NaN fails the test and goes on
        return v
    if v is None or v == "":
        return None
    try:
        x = float(v)
    except (TypeError, ValueError):
        raise Bad(name, f"'{v}' is not a number") from None
    if math.isnan(x):
        return None
    if not lo <= x <= hi:
        raise Bad(name, f"{x} is outside {lo}..{hi}")
    return x


def _choice(rec: dict[str, Any], name: str, allowed: tuple[str, ...], default: str | None) -> str | None:
    v = rec.get(name)
    if v.__class__ is str and v in allowed:  # the common case: the constant itself, shared
        return _CONSTANTS[v]
    v = _text(rec, name)
    if v is None:
        return default
    if v not in allowed:
        raise Bad(name, f"'{v}' is not one of: {', '.join(allowed)}")
    return _CONSTANTS[v]


_CONSTANTS = {v: v for v in EVENT_TYPES + DATE_PRECISIONS + GEO_PRECISIONS + VENUE_BASES}


def _iso2(field: str, code: str) -> str:
    if code not in _CODES:
        if not _ISO2.match(code):
            raise Bad(field, f"'{code}' is not an ISO 3166 alpha-2 code")
        _CODES[code] = sys.intern(code)
    return _CODES[code]


_CODES: dict[str, str] = {}


def event_from_record(rec: dict[str, Any]) -> Event:
    """Validate one mapping against the schema; raises `Bad` naming the field."""
    # Values that repeat across events (documents, dates, places, countries) are interned: a
    # million events then hold one copy of each instead of a million.
    doc = _shared_text(rec, "doc", required=True)  # the REQUIRED fields, in that order
    start = _shared_text(rec, "date_start", required=True)
    _text(rec, "event_type", required=True)
    headline = _text(rec, "headline", required=True)
    end = _shared_text(rec, "date_end") or start
    precision = _choice(rec, "date_precision", DATE_PRECISIONS, None) or _precision_of(start)
    _date("date_start", start, precision)
    _date("date_end", end, _precision_of(end) if len(end) != len(start) else precision)
    if period_bounds(end)[1] < period_bounds(start)[0]:
        raise Bad("date_end", f"{end} is before date_start {start}")
    lat = _number(rec, "lat", -90, 90)
    lon = _number(rec, "lon", -180, 180)
    if (lat is None) != (lon is None):
        raise Bad("lon" if lon is None else "lat", "lat and lon must be given together")
    actors = tuple(_iso2("actors", code) for code in _list(rec, "actors"))
    country = _text(rec, "venue_country")
    if country is not None:
        country = _iso2("venue_country", country)
    urls = _list(rec, "source_urls")
    if isinstance(rec.get("source_urls"), str):  # CSV: addresses may hold ';' themselves
        urls = tuple(u.strip() for u in URL_SPLIT.split(rec["source_urls"]) if u.strip())
    evidence = rec.get("evidence")
    if evidence in ("", None):
        evidence = None
    else:
        if isinstance(evidence, str):
            evidence = evidence.split(";")
        try:
            a, b = (int(x) for x in evidence)
        except (TypeError, ValueError):
            raise Bad("evidence", "must be two character offsets [start, end]") from None
        evidence = (a, b)
    confidence = _number(rec, "confidence", 0, 1)
    in_passing = rec.get("in_passing", False)
    if isinstance(in_passing, str):
        in_passing = in_passing.strip().lower() in ("true", "1", "yes")
    why = rec.get("why")
    if isinstance(why, str):
        try:
            why = json.loads(why) if why.strip() else None
        except ValueError:
            raise Bad("why", "must be a JSON object") from None
    if why is not None and not isinstance(why, dict):
        raise Bad("why", f"must be an object, got {type(why).__name__}")
    venue = _shared_text(rec, "venue")
    return Event(
        id=_text(rec, "id") or stable_id(doc, start, headline, venue),
        doc=doc,
        date_start=start,
        date_end=end,
        date_precision=precision,
        event_type=_choice(rec, "event_type", EVENT_TYPES, None),
        headline=headline,
        summary=_text(rec, "summary") or "",
        venue=venue,
        venue_id=_shared_text(rec, "venue_id"),
        venue_text=_shared_text(rec, "venue_text"),
        venue_basis=_choice(rec, "venue_basis", VENUE_BASES, "none"),
        venue_country=country,
        lat=lat,
        lon=lon,
        geo_precision=_choice(rec, "geo_precision", GEO_PRECISIONS, None),
        origin=_shared_text(rec, "origin"),
        actors=actors,
        persons=_list(rec, "persons"),
        source_urls=urls,
        evidence=evidence,
        confidence=confidence,
        in_passing=bool(in_passing),
        why=why or None,
    )


def validate(rec: dict[str, Any], *, path: str, line: int | None = None) -> Event:
    """One mapping → an event, or an InputError naming the file, line and field."""
    try:
        return event_from_record(rec)
    except Bad as bad:
        raise InputError(bad.reason, path=path, line=line, field=bad.field) from None


def validate_records(records: Iterable[tuple[int | None, dict[str, Any]]], path: str,
                     strict: bool = False) -> ReadResult:
    """Turn (line, mapping) pairs into events; duplicate ids with different content are problems."""
    out = ReadResult()
    seen: dict[str, Event] = {}
    for line, rec in records:
        try:
            if not isinstance(rec, dict):
                raise Bad(None, f"expected an object, got {type(rec).__name__}")
            ev = event_from_record(rec)
            prev = seen.get(ev.id)
            if prev is not None:
                if prev == ev:
                    continue
                raise Bad("id", f"'{ev.id}' is used twice with different content")
        except Bad as bad:
            problem = Problem(path, line, bad.field, bad.reason)
            if strict:
                raise InputError(bad.reason, path=path, line=line, field=bad.field) from None
            out.problems.append(problem)
            continue
        seen[ev.id] = ev
        out.events.append(ev)
    return out
