"""The page frame: folium's map page with Leaflet and our script inlined, and slots for the data.

folium links its assets from CDNs and gives elements random ids (folium-findings.md §3, §5). Here the
map class links nothing, Leaflet and our script are inlined from the vendored copies, and ids come
from a counter, so the page works offline and the same code gives the same bytes. The title and the
event data go into the slots afterwards (render/html.py), which is what lets the frame be cached.
"""
from __future__ import annotations

import contextlib
import itertools
from importlib.resources import files
from typing import Iterator

import branca.element
import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from .. import assets
from ..errors import RenderError
from .html import DATA_SLOT, LANG_SLOT, TITLE_SLOT
from .script import page_script


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
    nothing that an event's fields hold may ever run as template code."""
    _template = Template("{{ this.markup }}")

    def __init__(self, markup: str) -> None:
        super().__init__()
        self.markup = markup


@contextlib.contextmanager
def stable_ids() -> Iterator[None]:
    """Give branca elements counter ids for one page (branca's hook for predictable ids)."""
    counter = itertools.count()

    def next_id(_cls) -> str:
        return format(next(counter), "032x")

    original = branca.element.Element.__dict__["_generate_id"]
    branca.element.Element._generate_id = classmethod(next_id)
    try:
        yield
    finally:
        branca.element.Element._generate_id = original


def _inline(tag: str, code: str, name: str) -> str:
    if f"</{tag}" in code.lower():
        raise RenderError(f"the vendored file {name} contains '</{tag}' and cannot be inlined")
    return f"<{tag}>\n{code}\n</{tag}>"


def _own(name: str) -> str:
    return files("geomap.render").joinpath(name).read_text(encoding="utf-8")


# The events table is made by the page script (render/page/table.js), in the page's language.
_TABLE = '<section class="geomap-events" id="geomap-events"></section>'


def render_frame() -> str:
    """The page with TITLE_SLOT in <title> and DATA_SLOT where the data scripts go."""
    with stable_ids():
        m = _OfflineMap(location=[45, 130], zoom_start=4, tiles=None, control_scale=True,
                        prefer_canvas=False, width="100%", height="100%")
        root = m.get_root()
        header = root.header
        header.add_child(_Raw(f"<title>{TITLE_SLOT}</title>"), name="title")
        header.add_child(_Raw(_inline("style", assets.text("leaflet.css"), "leaflet.css")), name="leaflet_css")
        header.add_child(_Raw(_inline("style", _own("map.css"), "map.css")), name="geomap_css")
        header.add_child(_Raw(_inline("script", assets.text("leaflet.js"), "leaflet.js")), name="leaflet_js")
        header.add_child(_Raw(_inline("script", page_script(), "render/page/*.js")), name="geomap_js")
        html = root.html
        html.add_child(_Raw(DATA_SLOT), name="geomap_data", index=0)
        _Draw().add_to(m)
        page = root.render()
    # folium adds the map div to <body> while rendering; box it and put the event table after it.
    div = f'<div class="folium-map" id="{m.get_name()}" ></div>'
    if div not in page:
        raise RenderError("folium changed its map markup; geomap cannot place the map box")
    page = page.replace(div, f'<main class="geomap-main"><div class="geomap-mapbox">{div}</div>{_TABLE}</main>', 1)
    if not page.startswith("<!DOCTYPE html>\n<html>"):
        raise RenderError("folium changed its page markup; geomap cannot set the page's language")
    page = page.replace("<html>", f'<html lang="{LANG_SLOT}">', 1)
    if page.count(TITLE_SLOT) != 1 or page.count(DATA_SLOT) != 1 or page.index(TITLE_SLOT) > page.index(DATA_SLOT):
        raise RenderError("the page frame lost its title or data slot")
    return page
