"""The fastest folium map we know, from the same events file geomap reads: one `GeoJson` layer per
event type with a `GeoJsonPopup`, and a `LayerControl`. No time slider, no exports, no print map,
and nothing escaped (folium-findings.md §1 variant d, §6): the least work folium can do for a map
of every event with its text.

    python bench/folium_fast.py EVENTS.jsonl OUT.html
"""
from __future__ import annotations

import json
import sys

import folium

FIELDS = ["headline", "event_type", "date_start", "venue", "summary", "source_urls"]


def build(events_path: str, out_path: str) -> int:
    layers: dict[str, list] = {}
    placed = 0
    with open(events_path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            ev = json.loads(line)
            if ev.get("lat") is None or ev.get("lon") is None:
                continue
            placed += 1
            layers.setdefault(ev["event_type"], []).append({
                "type": "Feature", "geometry": {"type": "Point", "coordinates": [ev["lon"], ev["lat"]]},
                "properties": {k: ev.get(k) for k in FIELDS}})
    m = folium.Map(location=[45, 100], zoom_start=3)
    for kind in sorted(layers):
        folium.GeoJson({"type": "FeatureCollection", "features": layers[kind]}, name=kind,
                       popup=folium.GeoJsonPopup(fields=FIELDS)).add_to(m)
    folium.LayerControl().add_to(m)
    m.save(out_path)
    return placed


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(build(sys.argv[1], sys.argv[2]))
