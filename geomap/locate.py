"""Events → geocoded events: every event leaves either with coordinates or with the reason it has none."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from .events import Event
from .errors import GazetteerError
from .gazetteer import Gazetteer
from .geocode import resolve
from .layers import Point


@dataclass
class Located:
    placed: list[Event] = field(default_factory=list)
    unplaced: dict[str, tuple[Event, str]] = field(default_factory=dict)  # id → (event, reason)


def locate(events: Iterable[Event], gazetteer: Gazetteer, online: bool = False) -> Located:
    """Fill coordinates from the venue id or the venue as written; never guess a place."""
    out = Located()
    for e in events:
        if e.placed:
            out.placed.append(e)
            continue
        if e.venue_id:
            try:
                p = gazetteer.get(e.venue_id)
            except GazetteerError:
                p = None
            if p is not None:
                out.placed.append(e.with_(venue=e.venue or p.name, lat=p.lat, lon=p.lon,
                                          geo_precision=e.geo_precision or p.kind,
                                          venue_country=e.venue_country or p.country))
                continue
        phrase = e.venue_text or e.venue
        if not phrase:
            out.unplaced[e.id] = (e, "the source names no place for this event")
            continue
        hit = resolve(phrase, countries=e.actors, online=online)
        if hit.place is None:
            out.unplaced[e.id] = (e, f"the place '{phrase}' is not in the gazetteer")
            continue
        p = hit.place
        out.placed.append(e.with_(venue=p.name, venue_id=p.id, lat=p.lat, lon=p.lon,
                                  geo_precision=p.kind, venue_country=p.country))
    return out


def origin_points(events: Iterable[Event], gazetteer: Gazetteer) -> dict[str, Point]:
    """Where visitors came from: a country's capital (else its label point) or a gazetteer place.

    An origin that names nothing known draws no route; the visit itself stays on the map.
    """
    out: dict[str, Point] = {}
    for e in events:
        code = e.origin
        if not code or code in out:
            continue
        if len(code) == 2 and code.isupper():
            place = gazetteer.capital(code) or gazetteer.country(code)
        else:
            try:
                place = gazetteer.get(code)
            except GazetteerError:
                place = None
        if place is not None:
            out[code] = Point(place.id, place.name, place.lat, place.lon, place.kind)
    return out
