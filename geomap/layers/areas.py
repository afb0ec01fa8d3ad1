"""The disputed areas a map draws, with their labels and status lines: the southern Kurils always
(their island outlines), and each area of geomap/data/disputed.csv in which some venue lies (its
outline from the vendored Natural Earth admin-1 polygons, or a circle of its rough extent where no
outline fits: islets too small to see, a point in the DMZ).

The labels name an area in the languages of the sides and the status line says who holds it and
who claims it; the page and the print map show the same words.
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping, Sequence

from .venues import Venue

KURILS = "kurils"
ISLAND_STATUS = "Administered by Russia, claimed by Japan"
ISLAND_NOTE = ("Article 9 of the 1956 Soviet–Japanese Joint Declaration provides that Shikotan and "
               "the Habomai islands are to be handed to Japan after a peace treaty is concluded; "
               "no such treaty has been signed.")


def present(venues: Iterable[Venue]) -> tuple[str, ...]:
    """The ids of the disputed areas (not the Kurils) some venue lies in, in disputed.csv's order."""
    from ..disputed import areas

    hit = {v.area for v in venues if v.area}
    return tuple(a.id for a in areas() if a.id in hit)


def island_label(pid: str, lang: str) -> str:
    """Both sides' name of an island (one where they agree), in `lang`; its id for an island not listed."""
    from ..render.i18n import strings

    return strings(lang)["island_names"].get(pid, pid)


def island_status(lang: str) -> str:
    from ..render.i18n import strings

    return strings(lang)["island_status"]


def status(area_id: str, lang: str) -> str:
    """The status line of an area (KURILS or an id of disputed.csv) in `lang`."""
    from ..disputed import areas

    if area_id == KURILS:
        return island_status(lang)
    return next(a for a in areas() if a.id == area_id).status(lang)


def areas_collection(islands: Mapping[str, Any] | None, hit: Sequence[str], lang: str) -> dict[str, Any]:
    """The areas the page draws, as GeoJSON: the islands, then the areas in `hit` (ids, see
    present()), each by its outline where it has one, else as a point with the circle's radius."""
    from ..disputed import areas, outlines
    from ..render.i18n import strings

    table = strings(lang)
    language = table["language_names"]
    feats: list[dict[str, Any]] = []
    for f in (islands or {}).get("features", []):
        p = f["properties"]
        nm = p.get("names", {})
        listed = [[language[k], nm[k]] for k in ("pl", "en", "ru", "ja", "ko") if nm.get(k) and k != lang]
        feats.append({"type": "Feature", "geometry": f["geometry"], "properties": {
            "id": p["id"], "island": True, "label": island_label(p["id"], lang), "names": listed,
            "status": island_status(lang), "note": table["island_note"], "area_km2": p.get("area_km2")}})
    wanted = set(hit)
    for a in areas():
        if a.id not in wanted:
            continue
        props = {"id": a.id, "label": a.label(lang), "status": a.status(lang)}
        outline = outlines().get(a.id)
        if outline is not None:
            feats.append({"type": "Feature", "geometry": outline, "properties": props})
        else:
            feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [a.lon, a.lat]},
                          "properties": dict(props, radius_km=a.radius_km)})
    return {"type": "FeatureCollection", "features": feats}


def island_features(polygons: Mapping[str, Any], gazetteer: Any) -> dict[str, Any]:
    """Join the vendored island polygons with their gazetteer names; the status and treaty note are facts."""
    feats = []
    for feat in polygons["features"]:
        pid = feat["properties"]["id"]
        feats.append({
            "type": "Feature",
            "geometry": feat["geometry"],
            "properties": {
                "id": pid,
                "names": _island_names(gazetteer.get(pid)),
                "area_km2": feat["properties"].get("area_km2"),
                "status": ISLAND_STATUS,
                "note": ISLAND_NOTE,
            },
        })
    return {"type": "FeatureCollection", "features": feats}


def _island_names(place: Any) -> dict[str, str]:
    """Popup names: English first, then pl, ru, ko, and Japanese with its romaji."""
    names = dict(place.names)
    out = {"en": place.name}
    for lang in ("pl", "ru", "ko"):
        if names.get(lang):
            out[lang] = names[lang][0]
    ja = names.get("ja") or ()
    native = [n for n in ja if not n.isascii()]
    latin = [n for n in ja if n.isascii()]
    if native or latin:
        out["ja"] = " ".join(filter(None, [native[0] if native else None, f"({latin[0]})" if latin else None]))
    return out
