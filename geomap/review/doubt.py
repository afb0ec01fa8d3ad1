"""Why an event might be wrong: the reasons an analyst should look at it before it goes into a report.

Pure: an event in, its doubts out. Extraction explains itself in `why` (geomap/extract/explain.py);
this reads that explanation and the event's confidence, and names what is weak. Curated and
imported events carry no explanation, so only their venue's precision can make them doubtful. An
event an analyst marked checked (an override with `"checked": true`) has no doubt left, and a field
an override set is no longer in doubt.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from ..events import Event

# Below this an event is unsure as a whole. Events read from a dated bulletin entry with a named
# place score 0.78–0.86; further stops of a trip, implied venues read from weak cues, and the
# United Nations organs acting somewhere fall under it.
LOW_CONFIDENCE = 0.7
# The cue words' vote was close (the runner-up type scored more than half of the winner) when the
# confidence, with the venue's share taken out, is under this: extraction scores an event
# 0.9 × (0.6 + 0.4 × type confidence) × venue factor (geomap/extract/events/compose.py).
WEAK_TYPE = 0.79
VENUE_FACTOR = {"implied": 0.85}

# key, what the terminal and report.json call it, in the order they are listed
KINDS: tuple[tuple[str, str], ...] = (
    ("confidence", "low confidence"),
    ("venue", "implied or country-level venue"),
    ("doc_date", "weak document date"),
    ("type", "type from a weak cue"),
    ("passing", "mentioned in passing"),
)
VENUE_FIELDS = frozenset({"venue", "venue_id", "venue_text", "lat", "lon", "geo_precision", "venue_country"})
DATE_FIELDS = frozenset({"date_start", "date_end", "date_precision"})


_NOTHING: Mapping[str, Any] = {}


@dataclass(frozen=True)
class Doubt:
    """One reason to check an event: its kind (a key of KINDS), which way it is weak (`reason`: the
    page words it, render/i18n "doubt_<reason>"), and the values the wording names."""
    kind: str
    reason: str
    args: Mapping[str, str] = field(default_factory=dict)

    def to_json(self) -> list[Any]:
        return [self.kind, self.reason, dict(self.args)]


def doubts(e: Event) -> tuple[Doubt, ...]:
    """What is weak about an event, in the order of KINDS; empty when nothing is (or it was checked)."""
    why = e.why or _NOTHING
    if why.get("checked"):
        return ()
    fixed = set(why["corrected"]) if "corrected" in why else _NOTHING
    out = []
    if e.confidence is not None and e.confidence < LOW_CONFIDENCE and not fixed:
        out.append(Doubt("confidence", "confidence", {"value": f"{e.confidence:.2f}"}))
    if not VENUE_FIELDS.intersection(fixed):
        if e.geo_precision == "country":
            out.append(Doubt("venue", "venue_country", {"place": e.venue or e.venue_country or ""}))
        elif e.venue_basis == "implied":
            words = (why.get("venue") or {}).get("words") or e.venue_text
            out.append(Doubt("venue", "venue_implied", {"words": words}) if words else Doubt("venue", "venue_implied_bare"))
    doc_date = why.get("doc_date") or _NOTHING
    if doc_date.get("sureness") == "weak" and not DATE_FIELDS.intersection(fixed):
        out.append(Doubt("doc_date", "doc_date", {"doc": e.doc, "date": str(doc_date.get("date"))}))
    kind = why.get("type") or _NOTHING
    if "event_type" not in fixed and _weak_type(kind.get("rule"), e):
        cue = kind.get("cue")
        out.append(Doubt("type", "type_close", {"cue": cue}) if cue else Doubt("type", "type_none"))
    if e.in_passing:
        out.append(Doubt("passing", "passing"))
    return tuple(out)


def _weak_type(rule: str | None, e: Event) -> bool:
    if rule == "no cue":
        return True
    if rule != "strongest cue words" or e.confidence is None:
        return False
    return e.confidence / VENUE_FACTOR.get(e.venue_basis, 1.0) < WEAK_TYPE


def score(found: tuple[Doubt, ...], confidence: float | None) -> float:
    """Order of the review queue: more reasons first, then the less confident."""
    return round(len(found) + (1.0 - (confidence if confidence is not None else 0.9)), 3)


def count(events: Iterable[Event]) -> dict[str, Any]:
    """How many events need review, and how many for each reason (report.json, the terminal)."""
    totals = {key: 0 for key, _ in KINDS}
    needs = checked = 0
    for e in events:
        found = doubts(e)
        needs += bool(found)
        checked += bool((e.why or {}).get("checked"))
        for d in found:
            totals[d.kind] += 1
    return {"needs_review": needs, "reasons": totals, "checked": checked}
