"""The event schema: one record per happening, the same in extraction output, build input and exports."""
from __future__ import annotations

import datetime as dt
import hashlib
import operator
from dataclasses import dataclass, field, fields, replace
from typing import Any

from ..errors import InputError
from ..timeline import period_bounds

EVENT_TYPES = ("summit", "visit", "meeting", "ceremony_forum", "agreement", "statement",
               "military", "other")
DATE_PRECISIONS = ("day", "month", "year")
GEO_PRECISIONS = ("site", "city", "admin1", "island", "country")
VENUE_BASES = ("explicit", "implied", "none")
LIST_FIELDS = ("actors", "persons", "source_urls")


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    doc: str
    date_start: str
    date_end: str
    date_precision: str
    event_type: str
    headline: str
    summary: str = ""
    venue: str | None = None
    venue_id: str | None = None
    venue_text: str | None = None
    venue_basis: str = "none"
    venue_country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: str | None = None
    origin: str | None = None
    actors: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()
    source_urls: tuple[str, ...] = ()
    # Written by the extractor; empty for curated events.
    evidence: tuple[int, int] | None = None
    confidence: float | None = None
    in_passing: bool = False
    # Why the extractor read the event so: the words and rules behind its date, venue, type and
    # actors, and what makes it doubtful (`geomap extract --explain`, the page's evidence).
    why: dict[str, Any] | None = None

    @property
    def placed(self) -> bool:
        return self.lat is not None and self.lon is not None

    def first_day(self) -> dt.date:
        return period_bounds(self.date_start)[0]

    def last_day(self) -> dt.date:
        return period_bounds(self.date_end)[1]

    def to_dict(self) -> dict[str, Any]:
        # Not dataclasses.asdict: it deep-copies every value, which costs seconds per 100,000 events.
        d = dict(zip(FIELD_NAMES, all_fields(self)))
        for name in LIST_FIELDS:
            d[name] = list(d[name])
        d["evidence"] = list(self.evidence) if self.evidence else None
        return d

    def with_(self, **changes: Any) -> "Event":
        return replace(self, **changes)


FIELD_NAMES = tuple(f.name for f in fields(Event))
all_fields = operator.attrgetter(*FIELD_NAMES)
REQUIRED = ("doc", "date_start", "event_type", "headline")


@dataclass(frozen=True, slots=True)
class Problem:
    """A row that could not become an event, kept so the build report can list it."""
    path: str
    line: int | None
    field: str | None
    reason: str

    def __str__(self) -> str:
        return str(InputError(self.reason, path=self.path, line=self.line, field=self.field))


@dataclass
class ReadResult:
    events: list[Event] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def stable_id(doc: str, date_start: str, headline: str, venue: str | None = None) -> str:
    """An id that survives re-extraction as long as the event's facts stay the same."""
    key = "|".join([doc, date_start, (venue or "").lower(), " ".join(headline.lower().split())])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
