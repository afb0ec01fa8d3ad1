"""Map data → one self-contained HTML page: folium for the page and map, everything inlined.

folium links its assets from CDNs and gives elements random ids (folium-findings.md §3, §5). Here the
map class links nothing, Leaflet and our script are inlined from the vendored copies, and ids come
from a counter, so the page works offline and the same input gives the same bytes.
"""
from __future__ import annotations

import base64
import contextlib
import itertools
import json
import zlib
from concurrent.futures import ThreadPoolExecutor
from html import escape
from importlib.resources import files
from typing import Any, Iterator, Mapping

import branca.element
import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from .. import assets
from ..errors import RenderError


class _OfflineMap(folium.Map):
    """A folium Map that links no CDN asset; the page inlines what it needs instead."""
    default_js: list[tuple[str, str]] = []
    default_css: list[tuple[str, str]] = []


class _Draw(MacroElement):
    """Hands the folium map and the embedded data parts to geomapStart once the map exists."""
    _template = Template("""
{% macro script(this, kwargs) %}
geomapStart({{ this._parent.get_name() }}, document.querySelectorAll("script.geomap-data"));
{% endmacro %}
""")


class _Raw(Element):
    """Markup inserted as it is. branca's Element would parse its text as a Jinja template, and
    text that comes from event data must never be read as a template."""
    _template = Template("{{ this.markup }}")

    def __init__(self, markup: str) -> None:
        super().__init__()
        self.markup = markup


@contextlib.contextmanager
def stable_ids() -> Iterator[None]:
    """Give branca elements counter ids for one page (branca's hook for predictable ids)."""
    counter = itertools.count()
    original = branca.element.Element.__dict__["_generate_id"]
    branca.element.Element._generate_id = classmethod(lambda cls: f"{next(counter):032x}")
    try:
        yield
    finally:
        branca.element.Element._generate_id = original


def pack_outlines(collection: Mapping[str, Any] | None) -> list[Any] | None:
    """Polygon outlines as delta-encoded integers (1/1000 degree): half the size, once compressed.

    Each feature becomes a list of polygons, each polygon a list of rings, each ring a flat list
    x0, y0, dx1, dy1, ... ; the page rebuilds GeoJSON from it. Properties are dropped: the base
    map only draws shapes.
    """
    if collection is None:
        return None
    out = []
    for feat in collection["features"]:
        geom = feat.get("geometry")
        if not geom or geom["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        packed = []
        for poly in polys:
            rings = []
            for ring in poly:
                flat, px, py = [], 0, 0
                for x, y, *_ in ring:
                    ix, iy = round(x * 1000), round(y * 1000)
                    flat += (ix - px, iy - py)
                    px, py = ix, iy
                rings.append(flat)
            packed.append(rings)
        out.append(packed)
    return out


def _parts(data: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """The page data in separately decoded parts: the small things, then one part per event column.

    Parts keep every decoded string under the browser's limit on string length, which one JSON text
    of a million events would pass.
    """
    meta = {k: v for k, v in data.items() if k not in ("events", "basemap")}
    meta["basemap"] = pack_outlines(data.get("basemap"))
    yield "meta", meta
    for name, column in data["events"].items():
        yield f"events.{name}", column


def _pack(value: Any) -> bytes:
    """JSON → deflate (zlib format, what DecompressionStream('deflate') reads) → base64.

    Large parts get a faster compression level: at a million events level 6 would cost most of
    the build for a file a quarter smaller.
    """
    raw = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.b64encode(zlib.compress(raw, 6 if len(raw) < 8_000_000 else 1))


def data_scripts(data: Mapping[str, Any]) -> str:
    """<script> elements holding the packed parts; base64 has no '<', so no text can end them."""
    with ThreadPoolExecutor(max_workers=2) as pool:  # zlib lets go of the GIL while it works
        jobs = [(name, pool.submit(_pack, value)) for name, value in _parts(data)]
        return "".join(f'<script type="application/octet-stream" class="geomap-data" data-part="{name}">'
                       f'{job.result().decode("ascii")}</script>\n' for name, job in jobs)


def _inline(tag: str, code: str, name: str) -> str:
    if f"</{tag}" in code.lower():
        raise RenderError(f"the vendored file {name} contains '</{tag}' and cannot be inlined")
    return f"<{tag}>\n{code}\n</{tag}>"


def _own(name: str) -> str:
    return files("geomap.render").joinpath(name).read_text(encoding="utf-8")


_TABLE = """
<section class="geomap-events" id="geomap-events">
  <h2>Events</h2>
  <div class="geomap-tools">
    <input type="search" id="geomap-filter" placeholder="Filter: place, person, country, words…" aria-label="Filter events">
    <label><input type="checkbox" id="geomap-only-view"> only events in the map's time window</label>
  </div>
  <table class="geomap-table">
    <thead><tr><th>Date</th><th>Type</th><th>Venue</th><th>Event</th><th>Participants</th><th>Sources</th></tr></thead>
    <tbody id="geomap-table-body"></tbody>
  </table>
  <p class="geomap-sources">Made with geomap. Base map and island outlines: Natural Earth (public domain).
  Online tile layers, when switched on, come from their providers.</p>
</section>
"""


def render(data: Mapping[str, Any], title: str) -> str:
    """The whole page as a string; deterministic for the same data."""
    with stable_ids():
        m = _OfflineMap(location=[45, 130], zoom_start=4, tiles=None, control_scale=True,
                        prefer_canvas=False, width="100%", height="100%")
        root = m.get_root()
        header = root.header
        header.add_child(_Raw(f"<title>{escape(title)}</title>"), name="title")
        header.add_child(_Raw(_inline("style", assets.text("leaflet.css"), "leaflet.css")), name="leaflet_css")
        header.add_child(_Raw(_inline("style", _own("map.css"), "map.css")), name="geomap_css")
        header.add_child(_Raw(_inline("script", assets.text("leaflet.js"), "leaflet.js")), name="leaflet_js")
        header.add_child(_Raw(_inline("script", _own("map.js"), "map.js")), name="geomap_js")
        html = root.html
        html.add_child(_Raw(data_scripts(data)), name="geomap_data", index=0)
        _Draw().add_to(m)
        page = root.render()
    # folium adds the map div to <body> while rendering; box it and put the event table after it.
    div = f'<div class="folium-map" id="{m.get_name()}" ></div>'
    if div not in page:
        raise RenderError("folium changed its map markup; geomap cannot place the map box")
    return page.replace(div, f'<div class="geomap-mapbox">{div}</div>{_TABLE}', 1)
