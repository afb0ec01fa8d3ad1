"""What changed since the last build: new, changed and removed events, by id.

Each build keeps, in its report.json, a short fingerprint of every event it mapped (`index`). The
next build into the same folder compares its events with it. A build whose events are all as they
were keeps the comparison the last one made, so rebuilding the same input gives the same bytes and
the page goes on showing what the last change brought.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import operator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping

from ..events import Event

if TYPE_CHECKING:
    import pyarrow as pa

try:  # twice as fast as the standard library here, which matters at a million events
    from orjson import dumps as _dumps
except ImportError:  # pragma: no cover - orjson is a declared dependency
    _dumps: Callable[[Any], bytes] = lambda v: json.dumps(v, separators=(",", ":")).encode("utf-8")

# What a reader of the map sees of an event; a change anywhere else (how it was explained) is not a change.
SEEN = ("date_start", "date_end", "date_precision", "event_type", "headline", "summary", "venue", "venue_id",
        "lat", "lon", "geo_precision", "origin", "actors", "persons", "source_urls")


@dataclass
class Changes:
    """The events of this build that the previous one (built on `since`, a day) did not have, or had
    otherwise, and the ids it had that this one lacks."""
    since: str
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"since": self.since, "new": self.new, "changed": self.changed, "removed": self.removed}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any] | None) -> "Changes | None":
        if not d:
            return None
        return cls(str(d["since"]), list(d["new"]), list(d["changed"]), list(d["removed"]))

    def flags(self) -> dict[str, int]:
        """Event id → 1 for new, 2 for changed."""
        return {**{i: 1 for i in self.new}, **{i: 2 for i in self.changed}}


_seen = operator.attrgetter(*SEEN)


def fingerprint(e: Event) -> str:
    """Twelve hex digits that change when anything a reader sees of the event changes."""
    return hashlib.blake2b(_dumps(_seen(e)), digest_size=6).hexdigest()


def index_table(table: "pa.Table") -> dict[str, str]:
    """`index` of an events table, without making an object per row."""

    cols = [table.column(name).to_pylist() for name in ("id",) + SEEN]
    pairs = [(row[0], hashlib.blake2b(_dumps(row[1:]), digest_size=6).hexdigest()) for row in zip(*cols)]
    return dict(sorted(pairs))


def index(events: Iterable[Event]) -> dict[str, str]:
    """Event id → fingerprint, sorted by id (report.json keeps it for the next build)."""
    return dict(sorted((e.id, fingerprint(e)) for e in events))


def compare(now: Mapping[str, str], before: Mapping[str, str] | None, before_changes: Changes | None,
            built_on: dt.date | None) -> Changes | None:
    """What changed from the previous build's index `before`, written on `built_on`.

    No previous build, no comparison (None). When nothing changed, the previous comparison stands.
    """
    if before is None or built_on is None:
        return None
    new = sorted(i for i in now if i not in before)
    changed = sorted(i for i, h in now.items() if i in before and before[i] != h)
    removed = sorted(i for i in before if i not in now)
    if not (new or changed or removed):
        return before_changes
    return Changes(built_on.isoformat(), new, changed, removed)
