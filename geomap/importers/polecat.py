"""POLECAT events as PLOVER JSON lines: one JSON object per line, fields named by the PLOVER manual.

Read here: id, date, enddate, actor and recipient (lists of entity objects whose `code` is a
three-letter country code), event (categories), mode, context, event_loc (a Mordecai/GeoNames
location: resolved_place, lat, lon, country_code, resolution 5 sub-city … 1 country), event_text,
cite_info (url, title). CONSULT with the visit mode is a visit; the visitor is the actor, the host
the recipient, so the actor's country is the visit's origin.
"""
from __future__ import annotations

import json
from typing import Any, Iterable, Iterator

from .. import crosswalk
from . import countries
from .base import Importer, RowError, coordinate


def _list(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    return value if isinstance(value, list) else [value]


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _codes(entities: Any) -> list[str]:
    """ISO2 codes of the countries among PLOVER entity objects ({"code": "JPN", ...}, or bare codes)."""
    out = []
    for e in _list(entities):
        code = e.get("code") if isinstance(e, dict) else e
        iso2 = countries.from_iso3(code) if isinstance(code, str) and len(code.strip()) == 3 else None
        if iso2:
            out.append(iso2)
    return list(dict.fromkeys(out))


def _raw_codes(entities: Any) -> list[str]:
    """The entity codes as the source wrote them (countries, and also IGO, NGO, ...)."""
    return [e["code"] for e in _list(entities) if isinstance(e, dict) and isinstance(e.get("code"), str)]


def _names(entities: Any) -> list[str]:
    out = []
    for e in _list(entities):
        if isinstance(e, dict):
            name = e.get("entity_text") or e.get("identifier_text") or e.get("code")
        else:
            name = e
        if isinstance(name, str) and name.strip():
            out.append(name.strip())
    return out


class Polecat(Importer):
    name = "polecat"
    label = "POLECAT"

    @classmethod
    def sniff(cls, head: str) -> bool:
        first = next((line for line in head.splitlines() if line.strip()), "")
        try:
            rec = json.loads(first)
        except ValueError:
            return False
        return isinstance(rec, dict) and "event" in rec and ("actor" in rec or "date" in rec) and "headline" not in rec

    def rows(self, lines: Iterable[str]) -> Iterator[tuple[int, Any]]:
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                yield n, RowError(None, f"not valid JSON ({e.msg})")
                continue
            if not isinstance(rec, dict):
                rec = RowError(None, f"expected a JSON object, got {type(rec).__name__}")
            yield n, rec

    def actors(self, rec: dict[str, Any]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(_codes(rec.get("actor")) + _codes(rec.get("recipient"))))

    def record(self, rec: dict[str, Any], actors: tuple[str, ...]) -> dict[str, Any]:
        source_id = str(rec.get("id") or "").strip()
        if not source_id:
            raise RowError("id", "is empty; every PLOVER record has an id")
        events = [str(c) for c in _list(rec.get("event"))]
        if not events:
            raise RowError("event", "names no PLOVER event category")
        modes = tuple(str(m) for m in _list(rec.get("mode")))
        contexts = tuple(str(c) for c in _list(rec.get("context")))
        event_type = crosswalk.plover_type(events[0], modes, contexts)
        if event_type is None:
            raise RowError("event", f"'{events[0]}' is not a PLOVER event category")
        date = rec.get("date")
        if not isinstance(date, str) or not date.strip():
            raise RowError("date", "is required; PLOVER writes YYYY-MM-DD")
        who, whom = _names(rec.get("actor")), _names(rec.get("recipient"))
        label = events[0].title() + (f" ({', '.join(modes)})" if modes else "")
        headline = f"{label}: {', '.join(who) or 'unnamed actor'}" + (f" → {', '.join(whom)}" if whom else "")
        texts = [t for t in _list(rec.get("event_text")) if isinstance(t, str)]
        cite = rec.get("cite_info") if isinstance(rec.get("cite_info"), dict) else {}
        url = cite.get("url")
        visiting = event_type == "visit" and "visit" in (m.lower() for m in modes)
        out: dict[str, Any] = {
            "id": self.event_id(source_id), "doc": self.doc,
            "date_start": date.strip()[:10], "date_end": (_text(rec.get("enddate")) or date.strip())[:10],
            "event_type": event_type, "headline": headline,
            "summary": " ".join(t.strip() for t in texts) or (cite.get("title") or ""),
            "actors": list(actors), "persons": [],
            "origin": (_codes(rec.get("actor")) or [None])[0] if visiting else None,
            "source_urls": [url] if isinstance(url, str) and url.strip() else [],
            "why": self.why(source_id, event=events, mode=list(modes), context=list(contexts),
                            actor=_raw_codes(rec.get("actor")), recipient=_raw_codes(rec.get("recipient")),
                            quad_code=rec.get("quad_code"), title=cite.get("title")),
        }
        out.update(self._place(rec.get("event_loc")))
        return out

    @staticmethod
    def _place(loc: Any) -> dict[str, Any]:
        if not isinstance(loc, dict) or not loc:
            return {"venue_basis": "none"}
        name = loc.get("resolved_place") or loc.get("extracted_place") or None
        lat = coordinate(_text(loc.get("lat")), "event_loc.lat", 90)
        lon = coordinate(_text(loc.get("lon")), "event_loc.lon", 180)
        if (lat is None) != (lon is None):
            raise RowError("event_loc.lon" if lon is None else "event_loc.lat", "lat and lon must be given together")
        resolution = _text(loc.get("resolution"))
        precision = crosswalk.geo_precision("POLECAT", resolution) if resolution else None
        if resolution and precision is None:
            raise RowError("event_loc.resolution",
                           f"'{resolution}' is not a PLOVER resolution (1 country … 5 sub-city)")
        code = loc.get("country_code")
        return {"venue": name, "venue_text": loc.get("extracted_place") or name,
                "venue_basis": "explicit" if name or lat is not None else "none",
                "venue_country": countries.from_iso3(code) if isinstance(code, str) else None,
                "lat": lat, "lon": lon, "geo_precision": precision}
