"""Hand corrections keyed by event id, applied after extraction so they survive re-extraction.

An overrides file is JSON lines: `{"id": "...", "venue_id": "seoul", "event_type": "visit"}` changes
fields of that event; `{"id": "...", "drop": true, "reason": "duplicate of ..."}` removes it (the
report lists it). Ids that match no event are reported, not ignored.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .events import FIELD_NAMES, Event, json_lines, read_text, validate

COORDINATE_FIELDS = ("venue", "venue_text", "venue_country", "lat", "lon", "geo_precision")


@dataclass
class Applied:
    events: list[Event] = field(default_factory=list)
    changed: int = 0
    dropped: list[dict[str, str]] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)


def read_overrides(path: str | Path) -> dict[str, dict[str, Any]]:
    p = str(path)
    out: dict[str, dict[str, Any]] = {}
    for n, rec in json_lines(read_text(path).split("\n"), p):
        if not isinstance(rec, dict) or not isinstance(rec.get("id"), str):
            raise InputError("each override needs an \"id\" naming the event it corrects", path=p, line=n)
        unknown = set(rec) - set(FIELD_NAMES) - {"drop", "reason"}
        if unknown:
            raise InputError(f"unknown field(s) {', '.join(sorted(unknown))}", path=p, line=n)
        if rec["id"] in out:
            raise InputError(f"event '{rec['id']}' is corrected twice", path=p, line=n, field="id")
        rec["_line"] = n
        out[rec["id"]] = rec
    return out


def apply(events: list[Event], overrides: dict[str, dict[str, Any]], path: str) -> Applied:
    result = Applied()
    seen = set()
    for e in events:
        rec = overrides.get(e.id)
        if rec is None:
            result.events.append(e)
            continue
        seen.add(e.id)
        if rec.get("drop"):
            result.dropped.append({"id": e.id, "reason": str(rec.get("reason") or "dropped by an override")})
            continue
        merged = e.to_dict()
        changes = {k: v for k, v in rec.items() if k in FIELD_NAMES and k != "id"}
        if "venue_id" in changes and not ({"lat", "lon"} & changes.keys()):
            for name in COORDINATE_FIELDS:  # a new venue id means the old coordinates are wrong
                merged[name] = None
        merged.update(changes)
        result.events.append(validate(merged, path=path, line=rec["_line"]))
        result.changed += 1
    result.unmatched = sorted(set(overrides) - seen)
    return result
