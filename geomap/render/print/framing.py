"""Where the map looks: an equal-area projection around the layers' frame (geomap/layers/frame.py:
the venues the map must hold and its centre, the same the page's first view fits), and the base
geodata clipped and projected into it. Pure geometry, no drawing."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, Sequence

import numpy as np
import shapely
from matplotlib.collections import PatchCollection
from matplotlib.patches import PathPatch
from matplotlib.path import Path
from pyproj import CRS, Transformer
from shapely.geometry import box, shape

from ... import assets
from ...layers.frame import NOWHERE
from .aggregate import Aggregate
from .style import HOLLOW, MIN_SPAN_COUNTRY_M, MIN_SPAN_M, _printable


# --- venues and framing ---------------------------------------------------------------------

@dataclass
class _Venue:
    key: str
    name: str
    lat: float
    lon: float
    n: int                       # events at the place
    types: tuple[tuple[str, int], ...]    # (type, events) in legend order
    visits: tuple[tuple[str, int], ...]   # (origin, visits) of the visits with a known origin
    precision: str | None = None   # geo_precision: 'country' and 'admin1' stand for a whole area
    passing: tuple[tuple[str, int], ...] = ()   # (type, events mentioned in passing)
    core: bool = False   # one of the venues the frame must hold (layers' frame)
    x: float = 0.0   # projected metres
    y: float = 0.0

    @property
    def country_only(self) -> bool:
        """Only the country is known; the dot is its label point (and the frame shows its neighbours)."""
        return self.precision == "country"

    @property
    def hollow(self) -> bool:
        """Known only as a country or region, so its dots are hollow: a solid dot there would claim
        a city. Islands and places with their own coordinates stay solid (style.HOLLOW)."""
        return self.precision in HOLLOW

    def dots(self) -> list[tuple[str, bool]]:
        """(type, hollow) of each of its events, in legend order: the main map and the inset draw
        the same dots. Hollow when the place stands for an area or the event is a mention in passing."""
        aside = dict(self.passing)
        out: list[tuple[str, bool]] = []
        for key, k in self.types:
            p = aside.get(key, 0)
            out += [(key, self.hollow)] * (k - p) + [(key, True)] * p
        return out


@dataclass
class _Frame:
    crs: CRS
    x0: float
    x1: float
    y0: float
    y1: float
    lat0: float
    lon0: float

    def contains(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1


def _venues(agg: Aggregate) -> list[_Venue]:
    """One entry per venue of the layers, busiest first; events that share a venue share its dot cluster."""
    core = {agg.venues[i].key for i in agg.frame.core} if agg.frame else set()
    out = []
    for v in agg.venues:
        name = _printable(v.name) or _printable((v.venue_id or "").replace("-", " ").title())
        out.append(_Venue(v.key, name or "unnamed place", v.lat, v.lon, v.n, v.types, v.visits, v.precision,
                          v.passing, v.key in core))
    return sorted(out, key=lambda v: (-v.n, v.name, v.key))


def _frame(venues: Sequence[_Venue], aspect: float, centre: tuple[float, float] | None) -> _Frame:
    """An equal-area frame around the layers' centre holding their core venues, padded, widened to
    the axes' aspect (width/height)."""
    core = [v for v in venues if v.core]
    lat0, lon0 = centre or NOWHERE
    crs = CRS.from_proj4(f"+proj=laea +lat_0={lat0} +lon_0={lon0} +datum=WGS84 +units=m +no_defs")
    fwd = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    for v in venues:
        v.x, v.y = fwd.transform(v.lon, v.lat)
    xs = [v.x for v in core] or [0.0]
    ys = [v.y for v in core] or [0.0]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    pad = 0.1 * max(x1 - x0, y1 - y0)
    x0, x1, y0, y1 = x0 - pad, x1 + pad, y0 - pad, y1 + pad
    least = MIN_SPAN_COUNTRY_M if any(v.country_only for v in core) else MIN_SPAN_M
    w = max(x1 - x0, least, (y1 - y0) * aspect)
    h = w / aspect
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return _Frame(crs, cx - w / 2, cx + w / 2, cy - h / 2, cy + h / 2, lat0, lon0)


# --- base geodata ---------------------------------------------------------------------------

class Shapes:
    """Named geometries in one CRS, with the few vectorised operations the print map needs.

    What a GeoSeries would do, by the same shapely and pyproj calls (so the same coordinates), without
    importing geopandas, which costs a print map half a second."""

    def __init__(self, names: Sequence[str], geoms: np.ndarray, crs: Any) -> None:
        self.names, self.geoms, self.crs = list(names), np.asarray(geoms, dtype=object), crs

    def _with(self, geoms: np.ndarray) -> "Shapes":
        return Shapes(self.names, geoms, self.crs)

    def __iter__(self):
        return iter(self.geoms)

    def __len__(self) -> int:
        return len(self.geoms)

    @property
    def empty(self) -> bool:
        return len(self.geoms) == 0

    @property
    def values(self) -> np.ndarray:
        return self.geoms

    def items(self):
        return zip(self.names, self.geoms)

    def non_empty(self) -> "Shapes":
        keep = ~shapely.is_empty(self.geoms)
        return Shapes([n for n, k in zip(self.names, keep) if k], self.geoms[keep], self.crs)

    def intersection(self, other: shapely.Geometry) -> "Shapes":
        return self._with(shapely.intersection(self.geoms, other))

    def difference(self, other: shapely.Geometry) -> "Shapes":
        return self._with(shapely.difference(self.geoms, other))

    def buffer(self, distance: float) -> "Shapes":
        return self._with(shapely.buffer(self.geoms, distance, quad_segs=16))

    def clip_by_rect(self, x0: float, y0: float, x1: float, y1: float) -> "Shapes":
        return self._with(shapely.clip_by_rect(self.geoms, x0, y0, x1, y1))

    def make_valid(self) -> "Shapes":
        return self._with(shapely.make_valid(self.geoms, method="linework", keep_collapsed=True))

    def set_precision(self, grid_size: float) -> "Shapes":
        return self._with(shapely.set_precision(self.geoms, grid_size=grid_size, mode="valid_output"))

    @property
    def total_bounds(self) -> np.ndarray:
        if not len(self.geoms):
            return np.array([np.nan] * 4)
        b = shapely.bounds(self.geoms)
        return np.array((np.nanmin(b[:, 0]), np.nanmin(b[:, 1]), np.nanmax(b[:, 2]), np.nanmax(b[:, 3])))

    def to_crs(self, crs: Any) -> "Shapes":
        transform = Transformer.from_crs(self.crs, crs, always_xy=True).transform
        coords = shapely.get_coordinates(self.geoms)
        x, y = transform(coords[:, 0], coords[:, 1])
        return Shapes(self.names, shapely.set_coordinates(self.geoms.copy(), np.array([x, y]).T), crs)


@cache
def _world() -> Shapes:
    data = assets.geojson("countries.geojson")
    geoms = [shape(f["geometry"]) for f in data["features"]]
    names = [f["properties"].get("name") or "" for f in data["features"]]
    return Shapes(names, geoms, "EPSG:4326")


@cache
def _islands() -> Shapes:
    data = assets.geojson("islands.geojson")
    return Shapes([f["properties"]["id"] for f in data["features"]],
                  [shape(f["geometry"]) for f in data["features"]], "EPSG:4326")


def _lonlat_window(frame: _Frame, margin: float = 0.15) -> shapely.Geometry:
    """The part of the globe that can show in the frame, in lon/lat, without the far side.

    Clipping before projecting keeps shapes that wrap the globe (Russia, Antarctica) from
    turning inside out near the projection's antipode.
    """
    mx, my = margin * (frame.x1 - frame.x0), margin * (frame.y1 - frame.y0)
    x0, x1, y0, y1 = frame.x0 - mx, frame.x1 + mx, frame.y0 - my, frame.y1 + my
    t = np.linspace(0.0, 1.0, 48)
    bx = np.concatenate([x0 + (x1 - x0) * t, np.full_like(t, x1), x1 - (x1 - x0) * t, np.full_like(t, x0)])
    by = np.concatenate([np.full_like(t, y0), y0 + (y1 - y0) * t, np.full_like(t, y1), y1 - (y1 - y0) * t])
    inv = Transformer.from_crs(frame.crs, "EPSG:4326", always_xy=True)
    lon, lat = inv.transform(bx, by)
    lon, lat = np.asarray(lon), np.asarray(lat)
    fwd = Transformer.from_crs("EPSG:4326", frame.crs, always_xy=True)
    poles = [fwd.transform(0.0, p) for p in (90.0, -90.0)]
    pole_in = [x0 <= px <= x1 and y0 <= py <= y1 for px, py in poles]
    wraps = (not np.all(np.isfinite(lon))) or np.any(np.abs(np.diff(lon)) > 180) or any(pole_in)
    lon_lo, lon_hi = (-180.0, 180.0) if wraps else (float(lon.min()), float(lon.max()))
    lat_lo = -90.0 if pole_in[1] or not np.all(np.isfinite(lat)) else float(np.nanmin(lat))
    lat_hi = 90.0 if pole_in[0] or not np.all(np.isfinite(lat)) else float(np.nanmax(lat))
    window = box(max(lon_lo, -180.0), max(lat_lo, -90.0), min(lon_hi, 180.0), min(lat_hi, 90.0))
    alat, alon = -frame.lat0, (frame.lon0 + 360.0) % 360.0 - 180.0
    return window.difference(box(alon - 12, alat - 12, alon + 12, alat + 12))


def _project(series: Shapes, frame: _Frame, window: shapely.Geometry) -> Shapes:
    clipped = series.intersection(window).non_empty()
    # Snapping to a 1 m grid rejoins the halves Natural Earth cuts at 180° (Chukotka, Fiji),
    # so no seam shows when the frame crosses the antimeridian.
    out = clipped.to_crs(frame.crs).clip_by_rect(frame.x0, frame.y0, frame.x1, frame.y1)
    out = out.make_valid().set_precision(1.0)
    return out.non_empty()


def _polygons(geom: shapely.Geometry) -> list[shapely.Polygon]:
    """The polygons in a geometry of any kind (make_valid may return collections)."""
    if geom.geom_type == "Polygon":
        return [] if geom.is_empty else [geom]
    return [p for g in getattr(geom, "geoms", []) for p in _polygons(g)]


def _geom_path(geom: shapely.Geometry) -> Path | None:
    """A compound path (holes included) for the polygons of a geometry."""
    verts, codes = [], []
    for poly in _polygons(geom):
        for ring in [poly.exterior, *poly.interiors]:
            xy = np.asarray(ring.coords)
            if len(xy) < 3:
                continue
            verts.append(xy)
            codes.append([Path.MOVETO] + [Path.LINETO] * (len(xy) - 2) + [Path.CLOSEPOLY])
    if not verts:
        return None
    return Path(np.concatenate(verts), np.concatenate(codes))


def _draw_polygons(ax, geoms: Shapes, **style) -> None:
    patches = [PathPatch(p) for g in geoms if (p := _geom_path(g)) is not None]
    ax.add_collection(PatchCollection(patches, **style))
