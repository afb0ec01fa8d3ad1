"""Hand corrections keyed by event id, applied after extraction so they survive re-extraction.

An overrides file is JSON lines: `{"id": "...", "venue_id": "seoul", "event_type": "visit"}` changes
fields of that event; `{"id": "...", "drop": true, "reason": "duplicate of ..."}` removes it (the
report lists it). Ids that match no event are reported, not ignored. `{"doc": "biuletyn.pdf",
"date": "2019-02"}` sets the date a document was written, when its own evidence is weak or wrong:
extraction then reads it with that date. `"checked": true` says an analyst has checked the event
(the page writes it with every correction): it leaves no doubt on it (geomap/review/doubt.py).
An applied override leaves its trace in the event's `why`: `corrected` (the fields it set) and
`checked`.
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


def _is_document_date(rec: Any) -> bool:
    return isinstance(rec, dict) and "id" not in rec and "doc" in rec and "date" in rec


def document_dates(path: str | Path) -> dict[str, str]:
    """The documents whose date the overrides file sets: file name → 'YYYY-MM'."""
    from .extract.document.dating import given_date
    p = str(path)
    out: dict[str, str] = {}
    for n, rec in json_lines(read_text(path).split("\n"), p):
        if not _is_document_date(rec):
            continue
        unknown = set(rec) - {"doc", "date", "reason"}
        if unknown:
            raise InputError(f"unknown field(s) {', '.join(sorted(unknown))} in a document date", path=p, line=n)
        try:
            given_date(str(rec["date"]))
        except ValueError as e:
            raise InputError(str(e), path=p, line=n, field="date") from None
        name = Path(str(rec["doc"])).name
        if name in out:
            raise InputError(f"the date of '{name}' is set twice", path=p, line=n, field="doc")
        out[name] = str(rec["date"])
    return out


def read_overrides(path: str | Path) -> dict[str, dict[str, Any]]:
    p = str(path)
    out: dict[str, dict[str, Any]] = {}
    for n, rec in json_lines(read_text(path).split("\n"), p):
        if _is_document_date(rec):
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("id"), str):
            raise InputError("each override needs an \"id\" naming the event it corrects (or \"doc\" and "
                             "\"date\" setting a document's date)", path=p, line=n)
        unknown = set(rec) - set(FIELD_NAMES) - {"drop", "reason", "checked"}
        if unknown:
            raise InputError(f"unknown field(s) {', '.join(sorted(unknown))}", path=p, line=n)
        if not isinstance(rec.get("checked", False), bool):
            raise InputError("must be true or false", path=p, line=n, field="checked")
        if rec["id"] in out:
            raise InputError(f"event '{rec['id']}' is corrected twice", path=p, line=n, field="id")
        rec["_line"] = n
        out[rec["id"]] = rec
    return out


def records(path: str | Path) -> list[dict[str, Any]]:
    """Every line of an overrides file, in file order, as written: the page's "Download corrections"
    starts from them, so the file it saves replaces this one without losing a line."""
    return [rec for _, rec in json_lines(read_text(path).split("\n"), str(path))]


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
        trace = {"corrected": sorted(changes)} if changes else {}
        if rec.get("checked"):
            trace["checked"] = True
        merged["why"] = {**(merged["why"] or {}), **trace} or None
        result.events.append(validate(merged, path=path, line=rec["_line"]))
        result.changed += bool(changes)
    result.unmatched = sorted(set(overrides) - seen)
    return result
