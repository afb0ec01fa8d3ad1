"""The vendored files every geomap page inlines: Leaflet and the base geodata.

They live in the package as geomap/_vendor/ (written by `make vendor`, see scripts/vendor.py and
its manifest.json), so a page works offline and `geomap build` never touches the network.
Names are the files there: leaflet.js, leaflet.css, islands.geojson,
countries.geojson, manifest.json.
"""
from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

from geomap.errors import AssetError


def _file(name: str) -> Traversable:
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise AssetError(f"{name!r} is not a vendored file name (expected e.g. 'leaflet.js')")
    path = files("geomap") / "_vendor" / name
    if not path.is_file():
        raise AssetError(f"geomap/_vendor/{name} is missing: run `make vendor`")
    return path


def text(name: str) -> str:
    """The vendored file `name` as text (UTF-8), ready to inline in a page."""
    return _file(name).read_text(encoding="utf-8")


@cache
def geojson(name: str) -> dict[str, Any]:
    """The vendored GeoJSON `name`, parsed once per process.

    The same dict is returned to every caller: treat it as read-only (copy.deepcopy it to change it).
    """
    try:
        return json.loads(text(name))
    except json.JSONDecodeError as error:
        raise AssetError(f"geomap/_vendor/{name} is not valid JSON ({error}): run `make vendor`") from None
