"""The gazetteer as the page's venue search box needs it: every place once, with its English and
Polish names (case forms and adjectives included), compact enough to ship in every page."""
from __future__ import annotations

from typing import Any

from ..gazetteer import Gazetteer

LANGS = ("en", "pl")


def search_list(gazetteer: Gazetteer) -> list[list[Any]]:
    """[id, English name, kind, country, other names joined by '|'] per place, sorted by id.

    The page picks a place by its id, which is what an override's `venue_id` names."""
    out = []
    for p in gazetteer:
        others = dict.fromkeys(n for lang in LANGS for n in p.names.get(lang, ()) if n != p.name)
        out.append([p.id, p.name, p.kind, p.country, "|".join(others)])
    return sorted(out)
