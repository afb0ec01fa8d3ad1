"""A small TopoJSON → GeoJSON decoder (the TopoJSON 1.0 specification, without bbox checks).

Why our own: the Natural Earth layers we vendor come from npm's world-atlas as TopoJSON, and the
reference decoder (topojson-client) is JavaScript. This covers what those files use and what the
specification defines: the quantized `transform`, delta-encoded arcs, negative arc indices
(``~i``, i.e. ``-i - 1``, meaning arc ``i`` walked backwards), Point/MultiPoint,
(Multi)LineString, (Multi)Polygon, GeometryCollection and null geometries.

Arcs are joined as topojson-client joins them: each arc after the first in a line or ring drops its
first position, which repeats the last position of the arc before it.
"""
from __future__ import annotations

from typing import Any

from geomap.errors import AssetError

Position = list[float]


def decode_arcs(topology: dict[str, Any]) -> list[list[Position]]:
    """Every arc of `topology` as absolute [lon, lat] positions (dequantized when quantized)."""
    transform = topology.get("transform")
    if transform is None:
        return [[[float(v) for v in p] for p in arc] for arc in topology["arcs"]]
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        positions = []
        for dx, dy, *_ in arc:  # quantized arcs are delta-encoded; extra dimensions are dropped
            x, y = x + dx, y + dy
            positions.append([x * sx + tx, y * sy + ty])
        decoded.append(positions)
    return decoded


def feature(topology: dict[str, Any], name: str) -> dict[str, Any]:
    """The object `name` of `topology` as GeoJSON, like topojson-client's `feature`.

    A GeometryCollection object becomes a FeatureCollection (one Feature per member); any other
    object becomes a single Feature. `id` and `properties` are carried over.
    """
    try:
        obj = topology["objects"][name]
    except KeyError:
        known = sorted(topology.get("objects", {}))
        raise AssetError(f"TopoJSON has no object {name!r}; it has {known}") from None
    decoder = _Decoder(topology)
    if obj.get("type") == "GeometryCollection":
        return {"type": "FeatureCollection",
                "features": [decoder.feature(member) for member in obj["geometries"]]}
    return decoder.feature(obj)


class _Decoder:
    """Holds one topology's decoded arcs so each geometry only stitches them together."""

    def __init__(self, topology: dict[str, Any]) -> None:
        self.arcs = decode_arcs(topology)
        transform = topology.get("transform")
        self.scale, self.translate = ((transform["scale"], transform["translate"]) if transform
                                      else ((1, 1), (0, 0)))

    def feature(self, obj: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "Feature"}
        if "id" in obj:
            out["id"] = obj["id"]
        out["properties"] = dict(obj.get("properties") or {})
        out["geometry"] = self.geometry(obj)
        return out

    def geometry(self, obj: dict[str, Any]) -> dict[str, Any] | None:
        kind = obj.get("type")
        if kind is None:
            return None
        if kind == "GeometryCollection":
            return {"type": kind, "geometries": [self.geometry(g) for g in obj["geometries"]]}
        if kind == "Point":
            coordinates: Any = self.point(obj["coordinates"])
        elif kind == "MultiPoint":
            coordinates = [self.point(p) for p in obj["coordinates"]]
        elif kind == "LineString":
            coordinates = self.line(obj["arcs"])
        elif kind == "MultiLineString":
            coordinates = [self.line(a) for a in obj["arcs"]]
        elif kind == "Polygon":
            coordinates = [self.ring(a) for a in obj["arcs"]]
        elif kind == "MultiPolygon":
            coordinates = [[self.ring(a) for a in polygon] for polygon in obj["arcs"]]
        else:
            raise AssetError(f"unsupported TopoJSON geometry type {kind!r}")
        return {"type": kind, "coordinates": coordinates}

    def point(self, position: list[float]) -> Position:
        """Points are quantized like arcs but never delta-encoded."""
        (sx, sy), (tx, ty) = self.scale, self.translate
        return [position[0] * sx + tx, position[1] * sy + ty]

    def line(self, indices: list[int]) -> list[Position]:
        positions: list[Position] = []
        for index in indices:
            arc = self.arcs[index] if index >= 0 else self.arcs[~index][::-1]
            positions.extend(arc[1:] if positions else arc)
        return [list(p) for p in positions]

    def ring(self, indices: list[int]) -> list[Position]:
        ring = self.line(indices)
        if ring and ring[0] != ring[-1]:
            raise AssetError(f"TopoJSON ring from arcs {indices} is not closed")
        return ring
