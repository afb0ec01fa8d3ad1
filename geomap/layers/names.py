"""Country names in the build's language for the base map, from the gazetteer's name table (the
one that names the venues): Natural Earth names its countries in English."""
from __future__ import annotations

from functools import cache


@cache
def country_names(lang: str) -> dict[str, str]:
    """English country name (each English spelling the gazetteer knows) → its first name in `lang`;
    empty for English. A country the gazetteer does not list keeps Natural Earth's name."""
    if lang == "en":
        return {}
    from ..gazetteer import load

    out: dict[str, str] = {}
    for place in load():
        local = place.names.get(lang)
        if place.kind == "country" and local:
            for english in (place.name, *place.names.get("en", ())):
                out.setdefault(english, local[0])
    return out
