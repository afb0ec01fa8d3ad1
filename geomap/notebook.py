"""A folium map of events for a notebook: one layer per event type, imported datasets in layers of their own.

The full page (`geomap build`) draws a million events from one data blob with its own script; a
notebook map is smaller and should be a plain folium.Map the user can add to. So each layer is
one GeoJson object (not one object per marker), and the base map is the vendored Natural Earth
outline, so the map shows without tile requests (an OpenStreetMap layer can be switched on).
Places known only to a country or region are drawn hollow: they say where, not exactly where.
"""
from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from . import assets
from .events import Event
from .importers import dataset_of
from .layers import EVENT_TYPES

if TYPE_CHECKING:
    import folium

EXACT = ("site", "city")
POPUP = {"date": "Date", "headline": "Event", "venue": "Place", "precision": "Precision", "actors": "Countries",
         "sources": "Sources", "dataset": "Dataset"}
TYPE_STYLE = {key: (label, color) for key, label, color in EVENT_TYPES}


def _feature(e: Event) -> dict[str, Any]:
    """One event as a GeoJSON point whose properties are ready to show (escaped here, once)."""
    props = {"date": e.date_start if e.date_end == e.date_start else f"{e.date_start} – {e.date_end}",
             "headline": e.headline, "venue": e.venue or e.venue_text or "",
             "precision": e.geo_precision or "", "actors": ", ".join(e.actors),
             "sources": " ".join(e.source_urls), "dataset": dataset_of(e) or "geomap", "id": e.id}
    return {"type": "Feature", "id": e.id, "geometry": {"type": "Point", "coordinates": [e.lon, e.lat]},
            "properties": {k: escape(v) for k, v in props.items()} | {"exact": e.geo_precision in EXACT}}


def event_map(events: Iterable[Event], title: str | None = None) -> "folium.Map":
    import folium

    placed = sorted((e for e in events if e.placed), key=lambda e: (e.date_start, e.id))
    lats, lons = [e.lat for e in placed], [e.lon for e in placed]
    m = folium.Map(location=[45, 130], zoom_start=4, tiles=None, control_scale=True)
    folium.GeoJson(assets.geojson("countries.geojson"), name="Countries (Natural Earth)", control=False,
                   style_function=lambda _: {"color": "#9a9a9a", "weight": 0.6, "fillColor": "#f2efe9",
                                             "fillOpacity": 1}).add_to(m)
    folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)", show=False, overlay=True).add_to(m)
    groups: dict[tuple[str, str], list[Event]] = {}
    for e in placed:
        groups.setdefault((dataset_of(e) or "", e.event_type), []).append(e)
    for (dataset, kind), members in sorted(groups.items(), key=lambda g: (g[0][0], list(TYPE_STYLE).index(g[0][1]))):
        label, color = TYPE_STYLE[kind]
        name = f"{dataset}: {label}" if dataset else label
        layer = folium.FeatureGroup(name=f"{name} ({len(members)})")
        folium.GeoJson(
            {"type": "FeatureCollection", "features": [_feature(e) for e in members]},
            marker=folium.CircleMarker(radius=6),
            style_function=_style(color),
            tooltip=folium.GeoJsonTooltip(["headline"], labels=False),
            popup=folium.GeoJsonPopup(list(POPUP), aliases=list(POPUP.values())),
        ).add_to(layer)
        layer.add_to(m)
    folium.LayerControl(collapsed=False).add_to(m)
    if placed:
        m.fit_bounds([[min(lats), min(lons)], [max(lats), max(lons)]])
    if title:
        m.get_root().html.add_child(folium.Element(f"<h3 style='font-family:sans-serif'>{escape(title)}</h3>"))
    return m


def _style(color: str):
    def style(feature: Mapping[str, Any]) -> dict[str, Any]:
        exact = feature["properties"]["exact"]
        return {"color": color, "weight": 2, "fillColor": color, "fillOpacity": 0.85 if exact else 0.0}
    return style
