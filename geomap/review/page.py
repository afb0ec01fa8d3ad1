"""What the page's review loop needs: per event its doubts, passage, why and change since the last
build; for the page, the gazetteer's names, the corrections the build applied and what changed.

Per event the page gets 0 when there is nothing to say (most curated and imported events), so a
column of a million such events costs next to nothing once compressed.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Mapping

from ..events import Event
from ..gazetteer import Gazetteer
from . import doubt
from .changes import Changes
from .passage import passage
from .places import search_list

if TYPE_CHECKING:
    import pyarrow as pa


def explained(e: Event) -> list[list[str]]:
    """The extractor's reasons, one [decision, reason] per line, as `geomap extract --explain` words them."""
    why = e.why or {}
    out = []
    if why.get("date"):
        out.append(["date", str(why["date"])])
    v = why.get("venue") or {}
    if v:
        step = f", look-up step {v['step']}" if v.get("step") else ""
        out.append(["venue", f"{v.get('rule', '')}{step}; {v.get('basis', '')}"])
    ty = why.get("type") or {}
    if ty:
        out.append(["type", str(ty.get("rule", ""))])
    return out


def event_review(e: Event, raw: str | None, flag: int) -> dict[str, Any] | int:
    """What the page shows of one event beyond its card: 0 when there is nothing."""
    found = doubt.doubts(e)
    out: dict[str, Any] = {}
    if found:
        out["doubts"] = [d.to_json() for d in found]
        out["score"] = doubt.score(found, e.confidence)
    if raw:
        out["passage"] = passage(raw, e).to_json()
    why = explained(e)
    if why:
        out["why"] = why
    if flag:
        out["change"] = flag
    if (e.why or {}).get("checked"):
        out["checked"] = 1
    if out:
        out["doc"] = e.doc
        out["dates"] = [e.date_start, e.date_end]   # what the page's date fields start from
    return out or 0


def per_event(events: Iterable[Event], passages: Mapping[str, str], changes: Changes | None) -> dict[str, Any]:
    """Event id → its review value, for the events that have one."""
    flags = changes.flags() if changes else {}
    out = {}
    for e in events:
        if e.why is None and e.id not in flags and not _maybe_doubtful(e):
            continue   # an event from an events file, with nothing to say: most of a million
        value = event_review(e, passages.get(e.id), flags.get(e.id, 0))
        if value:
            out[e.id] = value
    return out


def rows_to_review(table: "pa.Table", changes: Changes | None) -> list[Event]:
    """The events `per_event` and `doubt.count` have something to say about, as objects: those with
    an explanation, a confidence, a mention in passing, a country-level or implied venue, or a
    change since the last build. The rest of a large events file never becomes objects."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from ..events import columns

    if not table.num_rows:
        return []
    cond = [pc.is_valid(table.column("why")), pc.is_valid(table.column("confidence")),
            pc.fill_null(table.column("in_passing"), False),
            pc.fill_null(pc.equal(table.column("geo_precision"), "country"), False),
            pc.fill_null(pc.equal(table.column("venue_basis"), "implied"), False)]
    if changes:
        cond.append(pc.is_in(table.column("id"), pa.array(sorted(changes.flags()), pa.string())))
    mask = cond[0]
    for c in cond[1:]:
        mask = pc.or_(mask, c)
    return columns.to_events(table.filter(mask))


def placed_venues(table: "pa.Table", placed: "pa.Array") -> list[Event]:
    """One stand-in event per distinct place of the placed events, for `search_list`."""
    import pyarrow.compute as pc

    keep = ["venue_id", "venue", "venue_country", "geo_precision", "venue_text"]
    t = table.select(keep).filter(placed)
    t = t.filter(pc.is_valid(t.column("venue_id")))
    firsts = pc.index_in(pc.unique(t.column("venue_id")), t.column("venue_id"))
    return [Event(id="", doc="", date_start="2000", date_end="2000", date_precision="year", event_type="other",
                  headline="", **r) for r in t.take(firsts).to_pylist()]


def _maybe_doubtful(e: Event) -> bool:
    return e.confidence is not None or e.in_passing or e.geo_precision == "country" or e.venue_basis == "implied"


def meta(gazetteer: Gazetteer, placed: Iterable[Event], counts: Mapping[str, Any], changes: Changes | None,
         overrides: list[dict[str, Any]]) -> dict[str, Any]:
    """The page-wide part: places to search, the doubt counts, what changed, the build's corrections."""
    return {
        "places": search_list(gazetteer, placed),
        "kinds": [list(k) for k in doubt.KINDS],
        "counts": dict(counts),
        "changes": None if changes is None else {"since": changes.since, "new": len(changes.new),
                                                 "changed": len(changes.changed),
                                                 "removed": len(changes.removed)},
        "overrides": overrides,
    }
