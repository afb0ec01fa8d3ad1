"""Events → geocoded events: every event leaves either with coordinates or with the reason it has none."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, NamedTuple

from ..errors import GazetteerError
from ..events import Event
from ..gazetteer import Gazetteer, Place
from .resolve import resolver_for

NO_PLACE = "the source names no place for this event"


class Unplaced(NamedTuple):
    """An event without coordinates and why: the words it carries that did not resolve, or
    that it carries none."""
    event: Event
    reason: str


@dataclass
class Located:
    placed: list[Event] = field(default_factory=list)
    unplaced: dict[str, Unplaced] = field(default_factory=dict)  # event id → Unplaced


def locate(events: Iterable[Event], gazetteer: Gazetteer, online: bool = False) -> Located:
    """Fill coordinates from the venue id or the venue as written; never guess a place.

    Names are looked up in `gazetteer` (and GeoNames' place list), with the event's stated
    country first among its countries, and an answer in another country than the one the event
    states is refused: a venue in Nagoya is not placed in Ukraine. A place the stated country
    claims is that country's for the event (Sevastopol for an event stated in Ukraine, Kunashir
    in Japan): the gazetteer draws who administers it, the event keeps who it says.
    """
    resolver = resolver_for(gazetteer)
    out = Located()
    for e in events:
        if e.placed:
            out.placed.append(e)
            continue
        known = _known(gazetteer, e.venue_id)
        if known is not None:
            out.placed.append(e.with_(venue=e.venue or known.name, lat=known.lat, lon=known.lon,
                                      geo_precision=e.geo_precision or known.kind,
                                      venue_country=e.venue_country or known.country))
            continue
        phrase = e.venue_text or e.venue
        if not phrase:
            reason = (f"its venue id '{e.venue_id}' is not in the gazetteer" if e.venue_id
                      else NO_PLACE)
            out.unplaced[e.id] = Unplaced(e, reason)
            continue
        countries = tuple(dict.fromkeys(c for c in (e.venue_country, *e.actors) if c))
        hit = resolver.resolve(phrase, countries, online=online)
        p = hit.place
        if p is None:
            out.unplaced[e.id] = Unplaced(e, f"the place '{phrase}' is not in the gazetteer")
            continue
        if e.venue_country and e.venue_country not in (p.country, p.claimed_by):
            out.unplaced[e.id] = Unplaced(e, f"'{phrase}' resolves to {p.name} ({p.country}), "
                                             f"not in the event's country {e.venue_country}")
            continue
        out.placed.append(e.with_(venue=p.name, venue_id=p.id, lat=p.lat, lon=p.lon,
                                  geo_precision=p.kind, venue_country=e.venue_country or p.country))
    return out


def _known(gazetteer: Gazetteer, venue_id: str | None) -> Place | None:
    """The place a venue id names: a gazetteer row, or 'geonames-<id>' from the place list (what
    extraction and the page's venue search give for towns the gazetteer lacks)."""
    if not venue_id:
        return None
    if venue_id.startswith("geonames-") and venue_id[9:].isdigit():
        from .geonames import as_place
        from .placelist import load as load_places
        city = load_places().get(int(venue_id[9:]))
        return as_place(gazetteer, city) if city is not None else None
    try:
        return gazetteer.get(venue_id)
    except GazetteerError:
        return None


def origin_points(events: Iterable[Event], gazetteer: Gazetteer) -> dict[str, Place]:
    """Where visitors came from: a country's capital (else its label point) or a gazetteer place.

    An origin that names nothing known draws no route; the visit itself stays on the map.
    """
    out: dict[str, Place] = {}
    for e in events:
        code = e.origin
        if not code or code in out:
            continue
        if len(code) == 2 and code.isupper():
            place = gazetteer.capital(code) or gazetteer.country(code)
        else:
            place = _known(gazetteer, code)
        if place is not None:
            out[code] = place
    return out
