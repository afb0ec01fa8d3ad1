"""events.plover.jsonl: our events with PLOVER's field names, so they can be joined with POLECAT's.

One JSON object per line, fields as the PLOVER manual names them (id, date, enddate, actor,
recipient, event, mode, context, event_loc, cite_info, comment); what PLOVER has no field for goes
under `geomap`. The category comes from where the event came from: a POLECAT event keeps its own,
a GDELT event takes its CAMEO code's (geomap/data/cameo_types.csv), an ACLED event its sub-type's
(acled_types.csv), any other its type's
(geomap/data/plover_export.csv). PLOVER has no category for a plain statement (it dropped CAMEO's
01 'make public statement'), so such events have an empty `event` list and say so in `comment`.
Countries are written as PLOVER writes them, in three letters.
"""
from __future__ import annotations

import json
from typing import Any, Iterable, Iterator, Mapping

from .. import __version__, crosswalk
from ..events import Event, period_bounds
from ..importers import countries, dataset_of


def _codes(e: Event) -> tuple[list[str], list[str], list[str]]:
    """(event categories, modes, contexts) for one event."""
    why = e.why if isinstance(e.why, dict) else {}
    dataset = dataset_of(e)
    if dataset == "POLECAT":
        return list(why.get("event") or []), list(why.get("mode") or []), list(why.get("context") or [])
    if dataset == "GDELT" and (cameo := crosswalk.cameo(str(why.get("EventCode", "")))) is not None:
        return _listed(cameo.plover_event, cameo.plover_mode, "")
    if dataset == "ACLED" and (acled := crosswalk.acled(str(why.get("event_type", "")),
                                                        str(why.get("sub_event_type", "")))) is not None:
        return _listed(acled.plover_event, acled.plover_mode, "")
    code = crosswalk.plover_export()[e.event_type]
    return _listed(code.event, code.mode, code.context)


def _listed(*values: str) -> tuple[list[str], list[str], list[str]]:
    """('CONSULT', 'visit', '') → (['CONSULT'], ['visit'], []): PLOVER's fields are lists."""
    event, mode, context = ([v] if v else [] for v in values)
    return event, mode, context


def _entities(codes: Iterable[str]) -> list[dict[str, str]]:
    return [{"code": countries.to_iso3(c) or c} for c in codes]


def _sides(e: Event) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """(actor, recipient): as the source had them for imported events; else the visitor acts and
    the hosts receive, and in any other event every country is an actor (PLOVER's rule when the
    direction is unclear)."""
    why = e.why if isinstance(e.why, dict) else {}
    dataset = dataset_of(e)
    if dataset == "POLECAT" and ("actor" in why or "recipient" in why):
        return ([{"code": c} for c in why.get("actor", [])], [{"code": c} for c in why.get("recipient", [])])
    if dataset == "GDELT":  # CAMEO: Actor1 acts on Actor2; in 043 'host a visit' Actor2 is the visitor
        one, two = why.get("Actor1CountryCode"), why.get("Actor2CountryCode")
        if str(why.get("EventCode", "")).startswith("043"):
            one, two = two, one
        return [{"code": c} for c in (one,) if c], [{"code": c} for c in (two,) if c]
    visitor = e.origin if e.event_type == "visit" and e.origin in e.actors else None
    if visitor:
        return _entities([visitor]), _entities(c for c in e.actors if c != visitor)
    return _entities(e.actors), []


def plover_record(e: Event, unplaced_reason: str | None = None) -> dict[str, Any]:
    events, modes, contexts = _codes(e)
    first, last = period_bounds(e.date_start)[0], period_bounds(e.date_end)[1]
    actor, recipient = _sides(e)
    rec: dict[str, Any] = {"id": e.id, "date": first.isoformat()}
    if last != first:
        rec["enddate"] = last.isoformat()
    rec.update(actor=actor, recipient=recipient, event=events, mode=modes, context=contexts)
    if e.placed:
        rec["event_loc"] = {
            "extracted_place": e.venue_text, "resolved_place": e.venue, "lat": e.lat, "lon": e.lon,
            "country_code": countries.to_iso3(e.venue_country) if e.venue_country else None,
            "resolution": crosswalk.plover_resolution().get(e.geo_precision or ""),
        }
    rec["cite_info"] = {"url": e.source_urls[0] if e.source_urls else None, "corpus": e.doc,
                        "coder": f"geomap {__version__}"}
    rec["comment"] = e.headline if events else f"{e.headline} (geomap type '{e.event_type}': no PLOVER category)"
    extra = {"event_type": e.event_type, "date_precision": e.date_precision, "venue_id": e.venue_id,
             "persons": list(e.persons), "source_urls": list(e.source_urls), "dataset": dataset_of(e),
             "summary": e.summary or None, "unplaced_reason": None if e.placed else unplaced_reason}
    rec["geomap"] = {k: v for k, v in extra.items() if v not in (None, [], "")}
    return rec


def plover_lines(events: Iterable[Event], unplaced_reasons: Mapping[str, str] | None = None) -> Iterator[bytes]:
    reasons = unplaced_reasons or {}
    for e in events:
        rec = plover_record(e, reasons.get(e.id, "no venue"))
        yield (json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
