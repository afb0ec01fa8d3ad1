"""The page script: the modules of render/page/, joined in this order when the page frame is baked.

Each module is one `geomapPage.define(name, factory)` and may use the modules before it; a new
module (a review panel, say) is a new file in render/page/ and a new name in MODULES.
"""
from __future__ import annotations

from importlib.resources import files

MODULES = ("core", "unpack", "i18n", "dom", "rows", "timewindow", "filters", "marks", "popup", "routes",
           "areas", "layercontrol", "legend", "slider", "table", "corrections", "review", "keyboard", "urlstate",
           "main")


def sources() -> list[tuple[str, bytes]]:
    """(file name, bytes) of every module, in order: what the frame's cache key hashes."""
    page = files("geomap.render").joinpath("page")
    return [(f"{name}.js", page.joinpath(f"{name}.js").read_bytes()) for name in MODULES]


def page_script() -> str:
    return "\n".join(f"// --- {name} ---\n{code.decode('utf-8')}" for name, code in sources())
