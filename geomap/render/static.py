"""Placed events → one print-ready map (PNG at 300 dpi, or SVG) for reports and slides.

A printed map has no popups, so everything a reader needs is on the page: a legend with counts,
every event as its own dot (dots at one venue are fanned out), venue names, visit routes, the
disputed southern Kurils with their status, the date range, the sources, and a note listing the
events that fall outside the frame. The frame holds the dense core of the data: a few far venues
(New York beside a map of East Asia) would otherwise shrink everything else to a smudge.

Drawn with matplotlib's object API (no pyplot, so no global backend), fonts that ship with it, and
fixed metadata and SVG hash salt, so the same events give the same bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import math
import textwrap
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Mapping, Sequence

import numpy as np
import shapely
from geopandas import GeoSeries
from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection, PatchCollection
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, findfont
from matplotlib.ft2font import FT2Font
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, FancyArrowPatch, PathPatch, Rectangle, Wedge
from matplotlib.path import Path
from pyproj import CRS, Transformer
from shapely.geometry import box, shape
from shapely.ops import polylabel

from .. import assets
from ..errors import InputError, RenderError
from ..events import Event
from ..gazetteer import Place
from ..layers import EVENT_TYPES, ISLAND_STATUS

FORMATS = ("png", "svg")
PERIODS = ("month", "year")
DPI = 300
FIG_W, FIG_H = 10.24, 6.9            # inches: 3072 × 2070 px; pasted at A4 text width it scales ~0.6
MAP_BOX = (0.015, 0.085, 0.705, 0.82)  # figure fraction: left, bottom, width, height
PANEL_X = 0.735
FONT = "DejaVu Sans"                 # ships with matplotlib: Latin, Polish, Cyrillic; no CJK

LAND, BORDER, SEA = "#ECE9E2", "#FFFFFF", "#F3F7FA"
INK, MUTED, FAINT = "#222222", "#555555", "#8A857C"
ISLAND_FILL, ISLAND_EDGE = "#D4D4D4", "#333333"
TYPE_COLOR = {key: color for key, _, color in EVENT_TYPES}
TYPE_ORDER = {key: i for i, (key, _, _) in enumerate(EVENT_TYPES)}
DISPUTED_LABEL = f"Disputed: {ISLAND_STATUS[0].lower()}{ISLAND_STATUS[1:]}"
# Both the Russian and the Japanese name, so the label takes no side.
ISLAND_NAMES = {"iturup": "Iturup / Etorofu", "kunashir": "Kunashir / Kunashiri",
                "shikotan": "Shikotan", "habomai-islands": "Habomai"}
# Where each name sits in the inset, as a share of its width from the island's centroid: in the sea.
ISLAND_LABEL_AT = {"iturup": ((-0.17, 0.12), "center"), "kunashir": ((0.1, 0.02), "left"),
                   "shikotan": ((0.06, 0.0), "left"), "habomai-islands": ((0.06, -0.03), "left")}

DOT = 5.6                 # event dot diameter, points
FAN_MAX = 24              # more events than this at one venue: a pie with a count instead of dots
DENSE_SHARE = 0.12        # fanned dots covering more of the map than this: proportional pies instead
MAX_SHIFT = 40.0          # ... as when dots must move this far (points) off their place to be read
OUTLIER_SHARE = 0.1       # at most this share of events may be left outside the frame
OUTLIER_GAP = 0.8         # ... and only across a gap: next venue closer than this × the dropped one
OUTLIER_MIN_DEG = 20.0    # ... and only venues farther than this from the centre (about 2,200 km)
HORIZON = 100.0           # degrees from the centre beyond which a venue cannot sit in the frame
MIN_SPAN_M = 1_400_000.0  # a one-city map still shows its region
MIN_SPAN_COUNTRY_M = 4_000_000.0   # ... and a place known only as a country shows its neighbours
MAX_ROUTES = 40           # the busiest origin → venue pairs; more would be a hairball in print
LABELLED_VENUES = 16      # the busiest venues get names; the rest are dots (and in the HTML map)

_RC = {
    "font.family": FONT,
    "svg.fonttype": "none",      # real text in the SVG: searchable and editable in slides
    "svg.hashsalt": "geomap",    # clip-path ids are hashes; a fixed salt makes them repeatable
    "path.simplify": True,
    "axes.unicode_minus": False,
}


# --- periods --------------------------------------------------------------------------------

def by_period(placed: Sequence[Event], period: str = "month") -> dict[str, list[Event]]:
    """Events by the months (or years) their span touches: '2018-11' → events, keys sorted.

    A two-day event across a month end belongs to both months, so each month's map shows it.
    """
    if period not in PERIODS:
        raise InputError(f"unknown period '{period}'; use one of: {', '.join(PERIODS)}",
                         field="by")
    groups: dict[str, list[Event]] = {}
    for e in placed:
        for key in _period_keys(e.first_day(), e.last_day(), period):
            groups.setdefault(key, []).append(e)
    return {k: sorted(groups[k], key=lambda e: (e.first_day(), e.last_day(), e.id))
            for k in sorted(groups)}


def _period_keys(first: dt.date, last: dt.date, period: str) -> list[str]:
    if period == "year":
        return [str(y) for y in range(first.year, last.year + 1)]
    keys, (y, m) = [], (first.year, first.month)
    while (y, m) <= (last.year, last.month):
        keys.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return keys


# --- venues and framing ---------------------------------------------------------------------

@dataclass
class _Venue:
    key: str
    name: str
    lat: float
    lon: float
    events: list[Event]
    country_only: bool = False   # only the country is known; the dot is its label point
    x: float = 0.0   # projected metres
    y: float = 0.0


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


def _venues(events: Sequence[Event]) -> list[_Venue]:
    """One entry per place; events that share a venue share its dot cluster."""
    out: dict[str, _Venue] = {}
    for e in events:
        key = e.venue_id or e.venue or f"{e.lat:.4f},{e.lon:.4f}"
        if key not in out:
            name = _printable(e.venue or e.venue_text or "") or _printable(key.replace("-", " ").title())
            out[key] = _Venue(key, name or "unnamed place", e.lat, e.lon, [],
                              e.geo_precision == "country")
        out[key].events.append(e)
    return sorted(out.values(), key=lambda v: (-len(v.events), v.name, v.key))


def _unit(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    la, lo = np.radians(lat), np.radians(lon)
    return np.column_stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)])


def _centre(venues: Sequence[_Venue]) -> tuple[float, float]:
    """The event-weighted mean direction; the heaviest venue when the points cancel out."""
    xyz = _unit(np.array([v.lat for v in venues]), np.array([v.lon for v in venues]))
    w = np.array([len(v.events) for v in venues], dtype=float)
    m = (xyz * w[:, None]).sum(axis=0)
    if np.linalg.norm(m) < 1e-6 * w.sum():
        return venues[0].lat, venues[0].lon
    m /= np.linalg.norm(m)
    return float(np.degrees(np.arcsin(m[2]))), float(np.degrees(np.arctan2(m[1], m[0])))


def _degrees_from(lat0: float, lon0: float, venues: Sequence[_Venue]) -> np.ndarray:
    xyz = _unit(np.array([v.lat for v in venues]), np.array([v.lon for v in venues]))
    c = _unit(np.array([lat0]), np.array([lon0]))[0]
    return np.degrees(np.arccos(np.clip(xyz @ c, -1.0, 1.0)))


def _core(venues: Sequence[_Venue]) -> list[_Venue]:
    """The venues the frame must hold: all but a few far ones separated from the rest by a gap."""
    total = sum(len(v.events) for v in venues)
    budget = max(1, int(OUTLIER_SHARE * total)) if total >= 3 else 0
    dist = _degrees_from(*_centre(venues), venues)
    order = sorted(range(len(venues)), key=lambda i: (-dist[i], venues[i].key))
    cut, dropped = 0, 0
    for j in range(1, len(order)):
        dropped += len(venues[order[j - 1]].events)
        if dropped > budget:
            break
        far = dist[order[j - 1]] > OUTLIER_MIN_DEG
        if far and dist[order[j]] < OUTLIER_GAP * dist[order[j - 1]]:
            cut = j
    core = [venues[i] for i in sorted(order[cut:])]
    dist = _degrees_from(*_centre(core), core)
    near = [v for v, d in zip(core, dist) if d <= HORIZON]
    return near or core[:1]


def _frame(venues: Sequence[_Venue], aspect: float) -> _Frame:
    """An equal-area frame around the core, padded, widened to the axes' aspect (width/height)."""
    if venues:
        core = _core(venues)
        lat0, lon0 = _centre(core)
    else:
        core, (lat0, lon0) = [], (45.0, 100.0)  # nothing placed: the region geomap is about
    lat0, lon0 = round(lat0, 1), round(lon0, 1)
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

@cache
def _world() -> GeoSeries:
    data = assets.geojson("countries.geojson")
    geoms = [shape(f["geometry"]) for f in data["features"]]
    names = [f["properties"].get("name") or "" for f in data["features"]]
    return GeoSeries(geoms, index=names, crs="EPSG:4326")


@cache
def _islands() -> GeoSeries:
    data = assets.geojson("islands.geojson")
    return GeoSeries([shape(f["geometry"]) for f in data["features"]],
                     index=[f["properties"]["id"] for f in data["features"]], crs="EPSG:4326")


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


def _project(series: GeoSeries, frame: _Frame, window: shapely.Geometry) -> GeoSeries:
    clipped = series.intersection(window)
    clipped = clipped[~clipped.is_empty]
    # Snapping to a 1 m grid rejoins the halves Natural Earth cuts at 180° (Chukotka, Fiji),
    # so no seam shows when the frame crosses the antimeridian.
    out = clipped.to_crs(frame.crs).clip_by_rect(frame.x0, frame.y0, frame.x1, frame.y1)
    out = out.make_valid().set_precision(1.0)
    return out[~out.is_empty]


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


def _draw_polygons(ax, geoms: GeoSeries, **style) -> None:
    patches = [PathPatch(p) for g in geoms if (p := _geom_path(g)) is not None]
    ax.add_collection(PatchCollection(patches, **style))


# --- text -----------------------------------------------------------------------------------

@cache
def _charmap() -> frozenset[int]:
    return frozenset(FT2Font(findfont(FontProperties(family=FONT))).get_charmap())


def _printable(text: str) -> str:
    """Text the bundled font can draw; characters it lacks (CJK) are dropped, not shown as boxes."""
    chars = _charmap()
    return " ".join("".join(c for c in text if ord(c) in chars or c.isspace()).split())


def _day(value: str, precision: str) -> str:
    parts = value.split("-")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    if precision == "year" or len(parts) == 1:
        return parts[0]
    if precision == "month" or len(parts) == 2:
        return f"{months[int(parts[1]) - 1]} {parts[0]}"
    return f"{int(parts[2])} {months[int(parts[1]) - 1]} {parts[0]}"


def _date_range(events: Sequence[Event]) -> str:
    if not events:
        return "no events"
    first = min(events, key=lambda e: (e.first_day(), e.id))
    last = max(events, key=lambda e: (e.last_day(), e.id))
    a = _day(first.date_start, first.date_precision)
    b = _day(last.date_end, last.date_precision)
    return a if a == b else f"{a} – {b}"


# --- layout in points -------------------------------------------------------------------------

def _fan(n: int) -> np.ndarray:
    """Offsets (points) of n dots around a venue: one dot, a ring, or a sunflower."""
    if n == 1:
        return np.zeros((1, 2))
    if n <= 7:
        r = DOT * 1.08 / (2 * math.sin(math.pi / n))
        a = math.pi / 2 - 2 * math.pi * np.arange(n) / n
        return np.column_stack([r * np.cos(a), r * np.sin(a)])
    k = np.arange(n)
    r = 0.6 * DOT * np.sqrt(k + 0.5)
    a = math.pi / 2 - k * math.radians(137.508)
    return np.column_stack([r * np.cos(a), r * np.sin(a)])


def _radius(n: int) -> float:
    if n > FAN_MAX:
        return min(28.0, 2.2 * math.sqrt(n))
    return float(np.hypot(*_fan(n).T).max()) + DOT / 2


def _spread(anchors: np.ndarray, radii: np.ndarray, width: float, height: float) -> np.ndarray:
    """Move overlapping clusters apart (points), keeping each as close to its place as it can.

    Fixed order and iteration count: the result depends on the input only.
    """
    pos = anchors.copy()
    n = len(pos)
    if n > 400:
        return pos
    gap = 2.5
    golden = np.arange(n) * 2.39996
    for _ in range(150):
        d = pos[None, :, :] - pos[:, None, :]
        dist = np.hypot(d[..., 0], d[..., 1])
        need = radii[:, None] + radii[None, :] + gap
        over = (dist < need) & ~np.eye(n, dtype=bool)
        if not over.any():
            break
        tiny = dist < 1e-6
        ux = np.where(tiny, np.cos(golden)[None, :] - np.cos(golden)[:, None], d[..., 0])
        uy = np.where(tiny, np.sin(golden)[None, :] - np.sin(golden)[:, None], d[..., 1])
        norm = np.hypot(ux, uy) + 1e-9
        r2 = radii ** 2
        share = r2[:, None] / (r2[:, None] + r2[None, :])   # the bigger cluster moves less
        push = np.where(over, (need - dist) * (1 - share) * 0.5, 0.0)
        pos[:, 0] -= (push * ux / norm).sum(axis=1)
        pos[:, 1] -= (push * uy / norm).sum(axis=1)
        pos += 0.02 * (anchors - pos)
        pos[:, 0] = np.clip(pos[:, 0], radii + 2, width - radii - 2)
        pos[:, 1] = np.clip(pos[:, 1], radii + 2, height - radii - 2)
    return pos


class _Boxes:
    """Rectangles (points) already taken on the map, for label placement."""

    def __init__(self, width: float, height: float) -> None:
        self.width, self.height = width, height
        self.rects: list[tuple[float, float, float, float]] = []
        self.circles: list[tuple[float, float, float]] = []

    def cost(self, r: tuple[float, float, float, float]) -> float:
        x0, y0, x1, y1 = r
        if x0 < 2 or y0 < 2 or x1 > self.width - 2 or y1 > self.height - 2:
            return math.inf
        c = 0.0
        if self.rects:
            a = np.asarray(self.rects)
            dx = np.clip(np.minimum(x1, a[:, 2]) - np.maximum(x0, a[:, 0]), 0.0, None)
            dy = np.clip(np.minimum(y1, a[:, 3]) - np.maximum(y0, a[:, 1]), 0.0, None)
            c += float((dx * dy).sum())
        if self.circles:
            k = np.asarray(self.circles)
            near = np.column_stack([np.clip(k[:, 0], x0, x1), np.clip(k[:, 1], y0, y1)])
            depth = np.clip(k[:, 2] - np.hypot(*(k[:, :2] - near).T), 0.0, None)
            c += float((4 * depth ** 2).sum())
        return c


def _label_spot(boxes: _Boxes, cx: float, cy: float, r: float, w: float, h: float
                ) -> tuple[tuple[float, float, float, float], float]:
    """The best of eight positions around a circle for a w × h label, and its overlap cost.

    Positions next to the circle come first; farther rings (drawn with a leader) only when
    every near one is taken.
    """
    best, best_cost = None, math.inf
    for g in (2.5, 14.0, 28.0):
        d = (r + g) / math.sqrt(2)
        spots = [(cx + r + g, cy - h / 2), (cx - r - g - w, cy - h / 2),
                 (cx - w / 2, cy + r + g), (cx - w / 2, cy - r - g - h),
                 (cx + d, cy + d - h / 3), (cx - d - w, cy + d - h / 3),
                 (cx + d, cy - d - h * 2 / 3), (cx - d - w, cy - d - h * 2 / 3)]
        for x, y in spots:
            rect = (x, y, x + w, y + h)
            c = boxes.cost(rect)
            if c < best_cost:
                best, best_cost = rect, c
        if best_cost == 0:
            break
    return best, best_cost


# --- drawing ----------------------------------------------------------------------------------

def _text_size(fig: Figure, text: str, size: float, weight: str = "normal") -> tuple[float, float]:
    """Width and height in points, measured with the renderer that will draw it."""
    t = fig.text(0, 0, text, fontsize=size, fontweight=weight)
    bb = t.get_window_extent(fig.canvas.get_renderer())
    t.remove()
    return bb.width * 72 / fig.dpi, bb.height * 72 / fig.dpi


def _arc(p: np.ndarray, q: np.ndarray, bend: float = 0.22) -> np.ndarray:
    """A quadratic Bézier from p to q (points) bowing to the left of the direction of travel.

    Sampled about every point, so trimming it at a cluster's edge lands on that edge.
    """
    mid = (p + q) / 2 + bend * np.array([p[1] - q[1], q[0] - p[0]])
    t = np.linspace(0.0, 1.0, int(np.clip(np.hypot(*(q - p)), 80, 20_000)))[:, None]
    return (1 - t) ** 2 * p + 2 * (1 - t) * t * mid + t ** 2 * q


def render_static(placed: Sequence[Event], *, title: str, origin_points: Mapping[str, Place],
                  sources: Sequence[str], fmt: str, plain: bool = False, transparent: bool = False) -> bytes:
    """A print-quality map of the placed events: PNG (300 dpi, 3072 px wide) or SVG.

    plain: no title and no footer, for a report that has its own caption; transparent: no
    background outside the map (PNG alpha, SVG without a fill). Same events, title, origins,
    sources and options give the same bytes.
    """
    if fmt not in FORMATS:
        raise RenderError(f"unknown static map format '{fmt}'; use one of: {', '.join(FORMATS)}")
    events = sorted((e for e in placed if e.placed), key=lambda e: (e.first_day(), e.id))
    with rc_context(_RC):
        background = "none" if transparent else "white"
        fig = Figure(figsize=(FIG_W, FIG_H), dpi=DPI, facecolor=background)
        FigureCanvasAgg(fig)
        _draw(fig, events, title, origin_points, sources, plain=plain)
        buf = io.BytesIO()
        meta = {"Title": title, "Date": None} if fmt == "svg" else {"Title": title, "Software": None}
        try:
            fig.savefig(buf, format=fmt, dpi=DPI, metadata=meta, facecolor=background,
                        transparent=transparent)
        except (OSError, ValueError) as error:
            raise RenderError(f"could not draw the static map as {fmt}: {error}") from None
    return buf.getvalue()


class _Map:
    """The main map axes with its frame; layout happens in points from its lower-left corner."""

    def __init__(self, fig: Figure, frame: _Frame) -> None:
        self.fig, self.frame = fig, frame
        self.width, self.height = MAP_BOX[2] * FIG_W * 72, MAP_BOX[3] * FIG_H * 72
        self.m_per_pt = (frame.x1 - frame.x0) / self.width
        self.boxes = _Boxes(self.width, self.height)
        ax = self.ax = fig.add_axes(MAP_BOX)
        ax.set_xlim(frame.x0, frame.x1)
        ax.set_ylim(frame.y0, frame.y1)
        _plain(ax)

    def pt(self, x: float, y: float) -> np.ndarray:
        return np.array([(x - self.frame.x0) / self.m_per_pt, (y - self.frame.y0) / self.m_per_pt])

    def data(self, p: Sequence[float]) -> tuple[float, float]:
        return self.frame.x0 + p[0] * self.m_per_pt, self.frame.y0 + p[1] * self.m_per_pt


def _plain(ax) -> None:
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_facecolor(SEA)
    for spine in ax.spines.values():
        spine.set_edgecolor("#9A9A9A")
        spine.set_linewidth(0.6)


@dataclass
class _Cluster:
    venue: _Venue
    anchor: np.ndarray   # points: where the venue is
    centre: np.ndarray   # points: where its dots are drawn (moved off its neighbours)
    radius: float


def _draw(fig: Figure, events: Sequence[Event], title: str, origin_points: Mapping[str, Place],
          sources: Sequence[str], plain: bool = False) -> None:
    venues = _venues(events)
    m = _Map(fig, _frame(venues, MAP_BOX[2] * FIG_W / (MAP_BOX[3] * FIG_H)))
    window = _lonlat_window(m.frame)
    countries = _project(_world(), m.frame, window)
    _draw_polygons(m.ax, countries, facecolor=LAND, edgecolor=BORDER, linewidth=0.6, zorder=1)
    islands = _project(_islands(), m.frame, window)
    _draw_polygons(m.ax, islands, facecolor=ISLAND_FILL, edgecolor=ISLAND_EDGE, linewidth=0.5,
                   linestyle=(0, (2, 1.2)), zorder=2)
    kuril_box = _islands_locator(m, islands)

    if not venues:
        m.ax.text(0.5, 0.5, "No events with a known place", transform=m.ax.transAxes, fontsize=11,
                  color=MUTED, ha="center", va="center",
                  bbox={"boxstyle": "round,pad=0.4", "facecolor": "white", "edgecolor": "#9A9A9A"})
    inside = [v for v in venues if m.frame.contains(v.x, v.y)]
    outside = [v for v in venues if not m.frame.contains(v.x, v.y)]
    anchors = np.array([m.pt(v.x, v.y) for v in inside]).reshape(-1, 2)
    counts = np.array([len(v.events) for v in inside], dtype=float)
    radii = np.array([_radius(int(n)) for n in counts])
    budget = DENSE_SHARE * m.width * m.height
    dense = bool(np.pi * (radii ** 2).sum() > budget)
    if not dense:
        centres = _spread(anchors, radii, m.width, m.height)
        shift = np.hypot(*(centres - anchors).T) if len(anchors) else np.zeros(0)
        dense = bool(len(shift) and (shift.max() > MAX_SHIFT or shift.mean() > MAX_SHIFT / 5))
    if dense:   # too many or too crowded to fan out: pies sized by events, at their true places
        k = min(math.sqrt(budget / (np.pi * counts.sum())), DOT / 2)
        radii = np.clip(k * np.sqrt(counts), 1.8, 28.0)
        centres = anchors.copy()
    clusters = [_Cluster(v, a, c, r) for v, a, c, r in zip(inside, anchors, centres, radii)]
    for c in clusters:
        m.boxes.circles.append((*c.centre, c.radius + 1.6))

    routes, origin_names = _draw_routes(m, clusters, venues, origin_points)
    moved = _draw_clusters(m, clusters, pies=dense)
    _label_venues(m, clusters)
    _label_origins(m, origin_names)
    _label_countries(m, countries, inside)
    if not plain:
        _header(fig, title, events, venues)
    _panel(fig, events, outside, sources, m.frame, footer=not plain, routes=len(routes), moved=moved, sized=dense,
           islands=not islands.empty, inset=kuril_box)


def _draw_routes(m: _Map, clusters: Sequence[_Cluster], venues: Sequence[_Venue],
                 origin_points: Mapping[str, Place]
                 ) -> tuple[Counter[tuple[str, str]], dict[str, np.ndarray]]:
    """Curved arrows origin → venue, one per pair, wider for more visits, ending at the dots.

    Also returns where to name each origin that is not a venue: at its mark, or where its route
    enters the frame ('from Moscow') when it lies outside.
    """
    routes: Counter[tuple[str, str]] = Counter()
    for v in venues:
        for e in v.events:
            if e.event_type == "visit" and e.origin in origin_points:
                routes[(e.origin, v.key)] += 1
    by_key = {c.venue.key: c for c in clusters}
    fwd = Transformer.from_crs("EPSG:4326", m.frame.crs, always_xy=True)
    origins: dict[tuple[float, float], np.ndarray] = {}
    names: dict[str, np.ndarray] = {}
    for (origin, vkey), n in sorted(routes.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_ROUTES]:
        o = origin_points[origin]
        p = m.pt(*fwd.transform(o.lon, o.lat))
        start_r, is_venue = 0.0, False
        for c in clusters:   # an origin that is also a venue starts at that venue's dots
            if np.hypot(*(c.anchor - p)) < 3.0:
                p, start_r, is_venue = c.centre, c.radius + 1.0, True
                break
        target = by_key.get(vkey)
        if target is None:   # venue outside the frame: the arrow leaves the map towards it
            v = next(v for v in venues if v.key == vkey)
            q, end_r = m.pt(v.x, v.y), 0.0
        else:
            q, end_r = target.centre, target.radius + 1.5
        if np.hypot(*(q - p)) < start_r + end_r + 6:
            continue
        pts = _arc(p, q)
        pts = pts[(np.hypot(*(pts - q).T) > end_r) & (np.hypot(*(pts - p).T) > start_r)]
        seen = ((pts[:, 0] > 4) & (pts[:, 0] < m.width - 4) & (pts[:, 1] > 4)
                & (pts[:, 1] < m.height - 4))
        if not is_venue and seen.any() and o.name not in names:
            if seen[0]:
                origins[tuple(np.round(p, 2))] = p
                names[o.name] = p
            else:
                names[f"from {o.name}"] = pts[int(np.argmax(seen))]
        lw = min(0.9 + 0.45 * (n - 1), 3.2)
        style = f"-|>,head_length={3.5 + 1.3 * lw:.2f},head_width={1.8 + 0.8 * lw:.2f}"
        keep = np.unique(np.r_[np.arange(0, len(pts), max(1, len(pts) // 200)), len(pts) - 1])
        line = np.array([m.frame.x0, m.frame.y0]) + pts[keep] * m.m_per_pt
        m.ax.add_artist(FancyArrowPatch(path=Path(line), arrowstyle=style,
                                       color=TYPE_COLOR["visit"], alpha=0.8, linewidth=lw, zorder=3))
        if n > 1 and np.hypot(*(q - p)) > 80:
            _count_on_route(m, pts, n)
    for p in sorted(origins.values(), key=tuple):
        m.ax.plot(*m.data(p), marker="o", markersize=4.2, markerfacecolor="white",
                  markeredgecolor=TYPE_COLOR["visit"], markeredgewidth=1.1, zorder=4)
    return routes, names


def _label_origins(m: _Map, names: Mapping[str, np.ndarray]) -> None:
    """Where visits came from, in the route colour, beside the mark or the route's entry."""
    for text, at in sorted(names.items(), key=lambda kv: kv[0]):
        w, h = _text_size(m.fig, text, 7.5)
        rect, cost = _label_spot(m.boxes, *at, 3.0, w, h)
        if rect is None or cost > 0.15 * w * h:
            continue
        m.boxes.rects.append(rect)
        m.ax.text(*m.data((rect[0], rect[1] + h * 0.22)), text, fontsize=7.5, style="italic",
                  color=TYPE_COLOR["visit"], ha="left", va="baseline", zorder=10,
                  bbox={"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none",
                        "alpha": 0.75})


def _count_on_route(m: _Map, pts: np.ndarray, n: int) -> None:
    """'×6' on a route, near its middle where it does not cover another label."""
    w, h = _text_size(m.fig, f"×{n}", 7.5, "bold")
    for share in (0.5, 0.4, 0.6, 0.3, 0.7):
        at = pts[int(share * (len(pts) - 1))]
        rect = (at[0] - w / 2, at[1] - h / 2, at[0] + w / 2, at[1] + h / 2)
        if m.boxes.cost(rect) == 0:
            m.boxes.rects.append(rect)
            m.ax.text(*m.data(at), f"×{n}", fontsize=7.5, color=TYPE_COLOR["visit"],
                      fontweight="bold", ha="center", va="center", zorder=4,
                      bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none",
                            "alpha": 0.85})
            return


def _draw_clusters(m: _Map, clusters: Sequence[_Cluster], pies: bool) -> bool:
    """One dot per event around its venue (a pie with the count when there are many), or,
    when `pies`, every venue a pie sized by its events (largest first, so small ones stay on top).

    A cluster moved off its neighbours keeps a leader to a small black dot at the true place.
    Returns whether any cluster was moved, so the legend can explain the black dots.
    Each kind of mark is one collection: thousands of venues stay quick to draw.
    """
    discs, wedges, wedge_colours, hubs, leaders, places = [], [], [], [], [], []
    dots, colours, hollow = [], [], []
    for c in clusters:
        centre, n = np.array(m.data(c.centre)), len(c.venue.events)
        if np.hypot(*(c.centre - c.anchor)) > c.radius + 1.0:   # its dots no longer cover it
            leaders.append([m.data(c.anchor), centre])
            places.append(m.data(c.anchor))
        ordered = sorted(c.venue.events, key=lambda e: (TYPE_ORDER[e.event_type], e.first_day(), e.id))
        if n > 1 and not pies:
            discs.append(Circle(centre, (c.radius + 1.6) * m.m_per_pt))
        if n <= FAN_MAX and not pies:
            dots.extend(centre + _fan(n) * m.m_per_pt)
            colours.extend(TYPE_COLOR[e.event_type] for e in ordered)
            hollow.extend(e.in_passing or c.venue.country_only for e in ordered)
            continue
        counts, start = Counter(e.event_type for e in ordered), 90.0
        for key, _, color in EVENT_TYPES:
            if counts[key]:
                sweep = 360.0 * counts[key] / n
                wedges.append(Wedge(centre, c.radius * m.m_per_pt, start - sweep, start))
                wedge_colours.append(color)
                start -= sweep
        if pies:
            continue
        hubs.append(Circle(centre, c.radius * 0.45 * m.m_per_pt))
        m.ax.text(*centre, str(n), ha="center", va="center", fontsize=7, fontweight="bold",
                  color=INK, zorder=9)
    if leaders:
        m.ax.add_collection(LineCollection(leaders, colors="#555555", linewidths=0.6, zorder=5))
        m.ax.scatter(*np.array(places).T, s=2.6 ** 2, color=INK, linewidths=0, zorder=9)
    m.ax.add_collection(PatchCollection(discs, facecolor="#FFFFFF99", edgecolor="#6A6A6A",
                                        linewidth=0.5, zorder=6))
    m.ax.add_collection(PatchCollection(wedges, facecolor=wedge_colours, edgecolor="white",
                                        linewidth=0.3 if pies else 0.5, zorder=7))
    m.ax.add_collection(PatchCollection(hubs, facecolor="white", edgecolor="none", zorder=8))
    if dots:
        # Events mentioned in passing, and places known only as a country, are hollow dots.
        at, solid = np.array(dots), ~np.array(hollow, dtype=bool)
        fill = np.array(colours, dtype=object)
        if solid.any():
            m.ax.scatter(*at[solid].T, s=DOT ** 2, c=list(fill[solid]), edgecolors="white", linewidths=0.6, zorder=7)
        if (~solid).any():
            m.ax.scatter(*at[~solid].T, s=DOT ** 2, facecolors="white", edgecolors=list(fill[~solid]),
                         linewidths=1.3, zorder=7)
    return bool(leaders)


def _label_venues(m: _Map, clusters: Sequence[_Cluster]) -> None:
    """Names of the busiest venues, each where it overlaps least; a leader when set apart."""
    for c in clusters[:LABELLED_VENUES]:
        n = len(c.venue.events)
        note = ["country"] * c.venue.country_only + [str(n)] * (n > 1)
        text = f"{c.venue.name} ({', '.join(note)})" if note else c.venue.name
        weight = "bold" if n > 1 else "normal"
        w, h = _text_size(m.fig, text, 8.5, weight)
        rect, cost = _label_spot(m.boxes, *c.centre, c.radius + 1.6, w, h)
        if rect is None or cost > 0.15 * w * h:
            continue
        m.boxes.rects.append(rect)
        gap = _rect_distance(rect, c.centre) - c.radius
        if gap > 6:
            edge = _nearest_on_rect(rect, c.centre)
            d = (edge - c.centre) / np.hypot(*(edge - c.centre))
            m.ax.plot(*zip(m.data(c.centre + d * (c.radius + 1.6)), m.data(edge)),
                      color="#555555", linewidth=0.5, zorder=9)
        m.ax.text(*m.data((rect[0], rect[1] + h * 0.22)), text, fontsize=8.5, color=INK,
                  fontweight=weight, ha="left", va="baseline", zorder=10,
                  bbox={"boxstyle": "square,pad=0.12", "facecolor": "white", "edgecolor": "none",
                        "alpha": 0.75})


def _nearest_on_rect(rect: tuple[float, float, float, float], p: np.ndarray) -> np.ndarray:
    return np.array([min(max(p[0], rect[0]), rect[2]), min(max(p[1], rect[1]), rect[3])])


def _rect_distance(rect: tuple[float, float, float, float], p: np.ndarray) -> float:
    return float(np.hypot(*(_nearest_on_rect(rect, p) - p)))


def _label_countries(m: _Map, countries: GeoSeries, inside: Sequence[_Venue]) -> None:
    """Faint country names: those holding a venue first, then large ones; only where they fit."""
    frame_area = (m.frame.x1 - m.frame.x0) * (m.frame.y1 - m.frame.y0)
    points = shapely.points([(v.x, v.y) for v in inside]) if inside else None

    def has_venue(geom: shapely.Geometry) -> bool:
        return points is not None and bool(shapely.intersects(geom, points).any())

    ranked = sorted(countries.items(), key=lambda kv: (not has_venue(kv[1]), -kv[1].area, kv[0]))
    for name, geom in ranked:
        if geom.area < (0.004 if has_venue(geom) else 0.025) * frame_area:
            continue
        parts = _polygons(geom)
        if not parts:
            continue
        part = max(parts, key=lambda g: g.area)
        spot = polylabel(part, tolerance=(m.frame.x1 - m.frame.x0) / 300)
        label = _printable(name).upper()
        if not label:
            continue
        w, h = _text_size(m.fig, label, 7.5)
        p = m.pt(spot.x, spot.y)
        rect = (p[0] - w / 2, p[1] - h / 2, p[0] + w / 2, p[1] + h / 2)
        if m.boxes.cost(rect) > 0 or part.area < 1.5 * w * h * m.m_per_pt ** 2:
            continue
        m.boxes.rects.append(rect)
        m.ax.text(spot.x, spot.y, label, fontsize=7.5, color=FAINT, ha="center", va="center",
                  zorder=1.5)


def _islands_locator(m: _Map, islands: GeoSeries) -> bool:
    """Box the islands on the main map when they are too small to read there (see the inset);
    name them in place when they are not."""
    if islands.empty:
        return False
    x0, y0, x1, y1 = islands.total_bounds
    if max(x1 - x0, y1 - y0) / m.m_per_pt > 60:
        renderer, origin = m.fig.canvas.get_renderer(), m.ax.get_window_extent()
        for text in _island_names(m.ax, islands):
            bb = text.get_window_extent(renderer)
            k = 72 / m.fig.dpi
            m.boxes.rects.append(((bb.x0 - origin.x0) * k, (bb.y0 - origin.y0) * k,
                                  (bb.x1 - origin.x0) * k, (bb.y1 - origin.y0) * k))
        return False
    pad = 6 * m.m_per_pt
    m.ax.add_patch(Rectangle((x0 - pad, y0 - pad), x1 - x0 + 2 * pad, y1 - y0 + 2 * pad,
                             facecolor="none", edgecolor=ISLAND_EDGE, linewidth=0.6, zorder=4))
    a, b = m.pt(x0 - pad, y0 - pad), m.pt(x1 + pad, y1 + pad)
    m.boxes.rects.append((a[0], a[1], b[0], b[1]))
    return True


def _header(fig: Figure, title: str, events: Sequence[Event], venues: Sequence[_Venue]) -> None:
    fig.text(0.015, 0.975, _printable(title), fontsize=15, fontweight="bold", color=INK,
             va="top", gid="map-title")
    # The documents' own period; events they mention in passing are counted apart (an earlier forum
    # recalled in a bulletin does not stretch the bulletin's dates).
    own = [e for e in events if not e.in_passing]
    n, m, back = len(own), len(venues), len(events) - len(own)
    sub = f"{_date_range(own or events)}  ·  {n} event{'s' * (n != 1)} at {m} place{'s' * (m != 1)}"
    if back:
        sub += f"  ·  {back} mentioned in passing (hollow)"
    fig.text(0.015, 0.925, sub, fontsize=10.5, color=MUTED, va="top", gid="map-subtitle")


def _panel(fig: Figure, events: Sequence[Event], outside: Sequence[_Venue], sources: Sequence[str],
           frame: _Frame, *, routes: int, moved: bool, sized: bool, islands: bool,
           inset: bool, footer: bool = True) -> None:
    """Legend, islands inset, outside-the-frame note and sources, right of and below the map."""
    counts = Counter(e.event_type for e in events)
    handles, labels, gids = [], [], []
    for key, label, color in EVENT_TYPES:
        if counts[key]:
            handles.append(Line2D([], [], linestyle="none", marker="o", markersize=DOT,
                                  markerfacecolor=color, markeredgecolor="white"))
            labels.append(f"{label} ({counts[key]})")
            gids.append(f"legend-{key}")
    if routes:
        handles.append(Line2D([], [], color=TYPE_COLOR["visit"], linewidth=1.4))
        busiest = f"; the {MAX_ROUTES} busiest\nof {routes:,}" if routes > MAX_ROUTES else ""
        labels.append(f"Visit route, origin → venue\n(thicker: more visits{busiest})")
        gids.append("legend-route")
    if sized:
        handles.append(Line2D([], [], linestyle="none", marker="o", markersize=9,
                              markerfacecolor="white", markeredgecolor="#6A6A6A"))
        labels.append("Circle area: events at a place;\nslices: share of each type")
        gids.append("legend-size")
    if moved:
        handles.append(Line2D([], [], color="#555555", linewidth=0.6, marker="o", markersize=2.6,
                              markerfacecolor=INK, markeredgecolor=INK))
        labels.append("Exact place, where dots\nare moved apart to be read")
        gids.append("legend-moved")
    if islands:
        handles.append(Rectangle((0, 0), 1, 1, facecolor=ISLAND_FILL, edgecolor=ISLAND_EDGE,
                                 linewidth=0.6, linestyle=(0, (2, 1.2))))
        labels.append(textwrap.fill(DISPUTED_LABEL, 30))
        gids.append("legend-disputed")
    legend = fig.legend(handles, labels, loc="upper left", bbox_to_anchor=(PANEL_X, 0.905),
                        frameon=False, fontsize=8.5, title="Events by type",
                        title_fontproperties={"weight": "bold", "size": 9.5},
                        alignment="left", handlelength=1.6, handletextpad=0.6, labelspacing=0.55,
                        borderaxespad=0.0, borderpad=0.0)
    for text, gid in zip(legend.get_texts(), gids):
        text.set_gid(gid)
    renderer = fig.canvas.get_renderer()
    top = legend.get_window_extent(renderer).transformed(fig.transFigure.inverted()).y0 - 0.025

    floor = MAP_BOX[1]
    if outside:
        listed = ", ".join(f"{v.name} ({len(v.events)})".replace(" ", "\u00a0") for v in outside)
        note = fig.text(PANEL_X, floor, textwrap.fill(f"Outside the frame: {listed}", 40),
                        fontsize=8, color=INK, va="bottom", gid="outside-note")
        floor = note.get_window_extent(renderer).transformed(fig.transFigure.inverted()).y1 + 0.02
    if inset:
        _kuril_inset(fig, top, floor)

    if not footer:
        return
    here = {e.doc for e in events}   # a period's map names only the documents its events come from
    docs = [_printable(d) for d in ([s for s in sources if s in here] or list(sources) or sorted(here))]
    shown = ", ".join(docs[:8]) + (f" and {len(docs) - 8} more" if len(docs) > 8 else "")
    ns, ew = "N" if frame.lat0 >= 0 else "S", "E" if frame.lon0 >= 0 else "W"
    footer = (f"Events: {shown or 'none'}; base map: Natural Earth. Lambert azimuthal equal-area "
              f"projection centred on {abs(frame.lat0):.0f}°{ns} {abs(frame.lon0):.0f}°{ew}.")
    fig.text(MAP_BOX[0], MAP_BOX[1] - 0.018, textwrap.fill(footer, 160), fontsize=7.5, color=MUTED,
             va="top", linespacing=1.4, gid="sources")


def _island_names(ax, islands: GeoSeries) -> list:
    """Both names of each island, set in the sea beside it (see ISLAND_LABEL_AT)."""
    x0, y0, x1, y1 = islands.total_bounds
    side = 1.24 * max(x1 - x0, y1 - y0)
    texts = []
    for pid, geom in islands.items():
        spot = geom.centroid
        (dx, dy), ha = ISLAND_LABEL_AT.get(pid, ((0.0, 0.0), "center"))
        texts.append(ax.text(spot.x + dx * side, spot.y + dy * side, ISLAND_NAMES.get(pid, pid), fontsize=7,
                color=INK, ha=ha, va="center", style="italic", clip_on=True, zorder=4))
    return texts


def _kuril_inset(fig: Figure, top: float, floor: float) -> None:
    """An inset of the southern Kurils in the panel between `top` and `floor` (figure fraction)."""
    isl = _islands()
    lon0, lat0 = float(np.mean(isl.total_bounds[[0, 2]])), float(np.mean(isl.total_bounds[[1, 3]]))
    crs = CRS.from_proj4(f"+proj=laea +lat_0={lat0:.2f} +lon_0={lon0:.2f} +datum=WGS84 +units=m +no_defs")
    proj = isl.to_crs(crs)
    x0, y0, x1, y1 = proj.total_bounds
    pad = 0.12 * max(x1 - x0, y1 - y0)
    h_fig = min((0.985 - PANEL_X) * FIG_W / FIG_H, top - 0.03 - floor)
    w_fig = h_fig * FIG_H / FIG_W          # square in inches
    bottom = top - h_fig - 0.03
    ax = fig.add_axes((PANEL_X, bottom, w_fig, h_fig))
    side = max(x1 - x0, y1 - y0) + 2 * pad
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    ax.set_xlim(cx - side / 2, cx + side / 2)
    ax.set_ylim(cy - side / 2, cy + side / 2)
    _plain(ax)
    lo, la = Transformer.from_crs(crs, "EPSG:4326", always_xy=True).transform(
        [cx - side, cx + side], [cy - side, cy + side])
    window = box(min(lo), min(la), max(lo), max(la))
    world = _world().intersection(window)
    world = world[~world.is_empty].to_crs(crs)
    # Natural Earth's default view counts the islands as Russian: draw land without the disputed part.
    land = world.difference(shapely.union_all(proj.buffer(6000).values))
    _draw_polygons(ax, land[~land.is_empty], facecolor=LAND, edgecolor="#BDB7AC", linewidth=0.5)
    _draw_polygons(ax, proj, facecolor=ISLAND_FILL, edgecolor=ISLAND_EDGE, linewidth=0.8,
                   linestyle=(0, (2.5, 1.5)))
    _island_names(ax, proj)
    x, y = Transformer.from_crs("EPSG:4326", crs, always_xy=True).transform(145.05, 43.1)
    ax.text(x, y, "JAPAN\n(Hokkaido)", fontsize=6.5, color=FAINT, ha="left", va="center",
            clip_on=True)
    # A 50 km scale bar: the inset is small enough for one scale to hold.
    bx, by = cx + side / 2 - 0.06 * side - 50_000, cy - side / 2 + 0.06 * side
    ax.plot([bx, bx + 50_000], [by, by], color=INK, linewidth=1.2, solid_capstyle="butt")
    ax.text(bx + 25_000, by + 0.02 * side, "50 km", fontsize=6.5, ha="center", va="bottom", color=INK)
    fig.text(PANEL_X, bottom + h_fig + 0.006, "Southern Kuril Islands (inset)", fontsize=8.5,
             fontweight="bold", color=INK, va="bottom")
