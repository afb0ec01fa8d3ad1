"""The map a user would write by hand with folium, from the same events file geomap reads.

One `Marker` with a `Popup` per placed event in one `FeatureGroup` per event type, a `LayerControl`,
and a `TimestampedGeoJson` of the same points for the time slider (folium-findings.md §1, variants a
and e together). Text is escaped with `html.escape` first, as a careful user would (§6).

    python bench/folium_baseline.py EVENTS.jsonl OUT.html
"""
from __future__ import annotations

import json
import sys
from html import escape

import folium
from folium import plugins

LABELS = {"visit": "Visits", "summit": "Summits", "meeting": "Meetings",
          "ceremony_forum": "Ceremonies & forums", "agreement": "Agreements", "statement": "Statements",
          "military": "Military", "other": "Other"}


def popup_html(ev: dict) -> str:
    links = " ".join(f'<a href="{escape(u)}" target="_blank">{escape(u)}</a>' for u in ev["source_urls"])
    dates = ev["date_start"] if ev["date_start"] == ev["date_end"] else f"{ev['date_start']} – {ev['date_end']}"
    return (f"<b>{escape(ev['headline'])}</b><br>{escape(LABELS[ev['event_type']])} · {dates} · "
            f"{escape(ev['venue'] or '')}<br>{escape(ev['summary'])}<br>{links}")


def first_day(value: str) -> str:
    return value + "-01-01"[: 10 - len(value)]


def build(events_path: str, out_path: str) -> int:
    rows = []
    with open(events_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                ev = json.loads(line)
                if ev.get("lat") is not None and ev.get("lon") is not None:
                    rows.append(ev)
    m = folium.Map(location=[45, 100], zoom_start=3)
    groups = {k: folium.FeatureGroup(name=label).add_to(m) for k, label in LABELS.items()}
    features = []
    for ev in rows:
        html = popup_html(ev)
        folium.Marker([ev["lat"], ev["lon"]], popup=folium.Popup(html, max_width=300)
                      ).add_to(groups[ev["event_type"]])
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [ev["lon"], ev["lat"]]},
                         "properties": {"times": [first_day(ev["date_start"])], "popup": html,
                                        "icon": "circle"}})
    plugins.TimestampedGeoJson({"type": "FeatureCollection", "features": features}, period="P1M",
                               duration="P1M", auto_play=False).add_to(m)
    folium.LayerControl().add_to(m)
    m.save(out_path)
    return len(rows)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(build(sys.argv[1], sys.argv[2]))
