"""What changed since the last build: new, changed and removed events, by id.

Each build keeps, beside its outputs (`.events-index.arrow`), a 64-bit fingerprint of every event
it mapped. The next build into the same folder compares its events with it. A build whose events are all as they
were keeps the comparison the last one made, so rebuilding the same input gives the same bytes and
the page goes on showing what the last change brought.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from ..events import Event

if TYPE_CHECKING:
    import pyarrow as pa

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


INDEX = ".events-index.arrow"   # in the output folder: this build's fingerprints, for the next one


def fingerprint(e: Event) -> int:
    """A 64-bit number that changes when anything a reader sees of the event changes."""
    return index([e]).column("fp")[0].as_py()


def index_table(table: "pa.Table") -> "pa.Table":
    """Event id → fingerprint, as a table sorted by id (written beside the outputs for the next build).

    Worked out in bulk: each row's seen fields become one text (Arrow), hashed by pandas' vectorised
    hash; a million events take a fraction of a second, where a hash per Python object took seconds."""
    import numpy as np
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc

    if not table.num_rows:
        return pa.table({"id": pa.array([], pa.string()), "fp": pa.array([], pa.uint64())})
    hashed = []
    for start in range(0, table.num_rows, _SLICE):   # a slice at a time: the texts are as long as the events
        part = table.slice(start, _SLICE)
        cells = []
        for name in SEEN:
            col = part.column(name)
            if pa.types.is_list(col.type):
                col = pc.binary_join(col, "\x1e")
            cells.append(pc.fill_null(pc.cast(col, pa.string()), "\x00"))
        text = pc.binary_join_element_wise(*cells, "\x1f").combine_chunks()
        hashed.append(pd.util.hash_array(text.to_numpy(zero_copy_only=False), categorize=False))
        del cells, text
    order = pc.sort_indices(table.column("id"))
    fp = pa.array(hashed[0] if len(hashed) == 1 else np.concatenate(hashed), pa.uint64())
    return pa.table({"id": pc.take(table.column("id"), order), "fp": pc.take(fp, order)})


_SLICE = 65_536


def index(events: Iterable[Event]) -> "pa.Table":
    """`index_table` of Event objects."""
    from ..events import columns

    return index_table(columns.from_events(events))


def index_bytes(index: "pa.Table") -> bytes:
    import pyarrow as pa

    sink = pa.BufferOutputStream()
    with pa.ipc.new_file(sink, index.schema) as writer:
        writer.write_table(index)
    return sink.getvalue().to_pybytes()


def read_index(path: Path) -> "pa.Table | None":
    """The index a previous build wrote, or None when there is none that can be read."""
    import pyarrow as pa

    try:
        with pa.memory_map(str(path)) as source:
            table = pa.ipc.open_file(source).read_all()
    except (OSError, pa.ArrowInvalid):
        return None
    return table if table.column_names == ["id", "fp"] else None


def compare(now: "pa.Table", before: "pa.Table | None", before_changes: Changes | None,
            built_on: dt.date | None) -> Changes | None:
    """What changed from the previous build's index `before`, written on `built_on`.

    No previous build, no comparison (None). When nothing changed, the previous comparison stands.
    """
    import pyarrow.compute as pc

    if before is None or built_on is None:
        return None
    new = pc.filter(now.column("id"), pc.invert(pc.is_in(now.column("id"), before.column("id"))))
    removed = pc.filter(before.column("id"), pc.invert(pc.is_in(before.column("id"), now.column("id"))))
    both = now.join(before, "id", join_type="inner", right_suffix="_before", use_threads=False)
    changed = pc.filter(both.column("id"), pc.not_equal(both.column("fp"), both.column("fp_before")))
    new, changed, removed = (sorted(x.to_pylist()) for x in (new, changed, removed))
    if not (new or changed or removed):
        return before_changes
    return Changes(built_on.isoformat(), new, changed, removed)
