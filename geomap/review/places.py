"""The gazetteer as the page's venue search box needs it: every place once, with its English and
Polish names (case forms and adjectives included), compact enough to ship in every page."""
from __future__ import annotations

from typing import Any, Iterable

from ..events import Event
from ..gazetteer import Gazetteer

LANGS = ("en", "pl")


def search_list(gazetteer: Gazetteer, placed: Iterable[Event] = ()) -> list[list[Any]]:
    """[id, English name, kind, country, other names joined by '|'] per place, sorted by id: the
    gazetteer's places, and the towns of GeoNames' list the events are placed at ('geonames-<id>').

    The page picks a place by its id, which is what an override's `venue_id` names."""
    out = {}
    for p in gazetteer:
        others = dict.fromkeys(n for lang in LANGS for n in p.names.get(lang, ()) if n != p.name)
        out[p.id] = [p.id, p.name, p.kind, p.country, "|".join(others)]
    for e in placed:
        if e.venue_id and e.venue_id not in out and e.venue and e.venue_country:
            out[e.venue_id] = [e.venue_id, e.venue, e.geo_precision or "city", e.venue_country, e.venue_text or ""]
    return sorted(out.values())
