"""Drawing the main map: land, islands, routes, event dots and pies, venue, origin and country names."""
from __future__ import annotations

import io
import math
from collections import Counter
from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np
import shapely
from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection, PatchCollection
from matplotlib.figure import Figure
from matplotlib.patches import Circle, FancyArrowPatch, Rectangle
from matplotlib.path import Path
from matplotlib.transforms import IdentityTransform
from pyproj import Transformer
from shapely.ops import polylabel

from ...errors import RenderError
from ...gazetteer import Place
from ...layers import EVENT_TYPES, Route
from .aggregate import Aggregate
from .style import ASPECT, BORDER, DENSE_SHARE, DOT, DPI, FAINT, FAN_MAX, FIG_H, FIG_W, FORMATS, INK, ISLAND_EDGE, ISLAND_FILL, LABELLED_VENUES, LAND, MAP_BOX, MAX_ROUTES, MAX_SHIFT, MUTED, TYPE_COLOR, _RC, _plain, _printable
from .framing import Shapes, _Frame, _Venue, _draw_polygons, _frame, _islands, _lonlat_window, _polygons, _project, _venues, _world
from .placement import _Boxes, _fan, _label_spot, _radius, _spread
from .legend import _header, _panel
from .inset import _island_names
from .words import word
from . import areas


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


def draw(agg: Aggregate, *, title: str, origin_points: Mapping[str, Place],
         sources: Sequence[str], fmt: str, plain: bool = False, transparent: bool = False,
         lang: str = "en", base_names: Mapping[str, str] | None = None) -> bytes:
    """A print-quality map of the aggregates of placed events: PNG (300 dpi, 3072 px wide) or SVG.

    plain: no title and no footer, for a report that has its own caption; transparent: no
    background outside the map (PNG alpha, SVG without a fill); lang: the language of the map's
    own words (legend, notes, footer; i18n's `print` table). Same aggregates, title, origins,
    sources, options and language give the same bytes.
    """
    return draw_formats(agg, title=title, origin_points=origin_points, sources=sources, formats=(fmt,),
                        plain=plain, transparent=transparent, lang=lang, base_names=base_names)[0]


def draw_formats(agg: Aggregate, *, title: str, origin_points: Mapping[str, Place],
                 sources: Sequence[str], formats: Sequence[str], plain: bool = False,
                 transparent: bool = False, lang: str = "en",
                 base_names: Mapping[str, str] | None = None) -> list[bytes]:
    """The same map in each of `formats`, laid out once: the layout (label places, text sizes)
    is measured with the Agg renderer whatever the format, so a map's PNG and SVG share one
    figure and only the saving is done twice."""
    for fmt in formats:
        if fmt not in FORMATS:
            raise RenderError(f"unknown static map format '{fmt}'; use one of: {', '.join(FORMATS)}")
    with rc_context(_RC):
        background = "none" if transparent else "white"
        fig = Figure(figsize=(FIG_W, FIG_H), dpi=DPI, facecolor=background)
        FigureCanvasAgg(fig)
        _draw(fig, agg, title, origin_points, sources, plain=plain, lang=lang, base_names=base_names or {})
        out = []
        for fmt in formats:
            buf = io.BytesIO()
            meta = {"Title": title, "Date": None} if fmt == "svg" else {"Title": title, "Software": None}
            try:
                fig.savefig(buf, format=fmt, dpi=DPI, metadata=meta, facecolor=background,
                            transparent=transparent)
            except (OSError, ValueError) as error:
                raise RenderError(f"could not draw the static map as {fmt}: {error}") from None
            out.append(buf.getvalue())
    return out


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


@dataclass
class _Cluster:
    venue: _Venue
    anchor: np.ndarray   # points: where the venue is
    centre: np.ndarray   # points: where its dots are drawn (moved off its neighbours)
    radius: float


def _draw(fig: Figure, agg: Aggregate, title: str, origin_points: Mapping[str, Place],
          sources: Sequence[str], plain: bool = False, lang: str = "en",
          base_names: Mapping[str, str] | None = None) -> None:
    venues = _venues(agg)
    m = _Map(fig, _frame(venues, ASPECT, agg.frame.centre if agg.frame else None))
    countries, islands, window = _base(m.frame)
    _draw_polygons(m.ax, countries, facecolor=LAND, edgecolor=BORDER, linewidth=0.6, zorder=1)
    _draw_polygons(m.ax, islands, facecolor=ISLAND_FILL, edgecolor=ISLAND_EDGE, linewidth=0.5,
                   linestyle=(0, (2, 1.2)), zorder=2)
    kuril_box = _islands_locator(m, islands, lang)
    disputed = areas.project(agg.areas, m.frame, window, m.m_per_pt)
    areas.draw(m.ax, disputed)

    if not venues:
        m.ax.text(0.5, 0.5, word(lang, "no_place"), transform=m.ax.transAxes, fontsize=11,
                  color=MUTED, ha="center", va="center",
                  bbox={"boxstyle": "round,pad=0.4", "facecolor": "white", "edgecolor": "#9A9A9A"})
    inside = [v for v in venues if m.frame.contains(v.x, v.y)]
    outside = [v for v in venues if not m.frame.contains(v.x, v.y)]
    anchors = np.array([m.pt(v.x, v.y) for v in inside]).reshape(-1, 2)
    counts = np.array([v.n for v in inside], dtype=float)
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

    routes, origin_names = _draw_routes(m, clusters, venues, agg.routes, origin_points, lang)
    moved, hollow = _draw_clusters(m, clusters, pies=dense)
    _label_venues(m, clusters, lang)
    areas.name_areas(m, disputed, lang, _text_size)
    _label_origins(m, origin_names)
    _label_countries(m, countries, inside, base_names or {})
    if not plain:
        _header(fig, title, agg, venues, lang)
    _panel(fig, agg, outside, sources, m.frame, routes=len(routes), moved=moved, sized=dense,
           islands=not islands.empty, inset=kuril_box, footer=not plain, lang=lang, hollow=hollow,
           venues=venues, areas=[d.area for d in disputed])


_BASE: dict[tuple, tuple] = {}


def _base(frame: _Frame) -> tuple[Shapes, Shapes, shapely.Geometry]:
    """Countries and islands clipped and projected into the frame; kept for the next format of the
    same map (the PNG and the SVG are drawn one after the other)."""
    key = (frame.lat0, frame.lon0, frame.x0, frame.x1, frame.y0, frame.y1)
    if key not in _BASE:
        window = _lonlat_window(frame)
        _BASE.clear()
        _BASE[key] = (_project(_world(), frame, window), _project(_islands(), frame, window), window)
    return _BASE[key]


def _draw_routes(m: _Map, clusters: Sequence[_Cluster], venues: Sequence[_Venue], routes: Sequence[Route],
                 origin_points: Mapping[str, Place], lang: str = "en"
                 ) -> tuple[Sequence[Route], dict[str, np.ndarray]]:
    """Curved arrows origin → venue for the busiest pairs of the layers' routes, wider for more
    visits, ending at the dots.

    Also returns where to name each origin that is not a venue: at its mark, or where its route
    enters the frame ('from Moscow') when it lies outside.
    """
    routes = [r for r in routes if r.origin in origin_points]
    by_key = {c.venue.key: c for c in clusters}
    fwd = Transformer.from_crs("EPSG:4326", m.frame.crs, always_xy=True)
    origins: dict[tuple[float, float], np.ndarray] = {}
    names: dict[str, np.ndarray] = {}
    for origin, vkey, n in ((r.origin, r.venue, r.n) for r in routes[:MAX_ROUTES]):
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
                names[word(lang, "from", place=o.name)] = pts[int(np.argmax(seen))]
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


class _Slice:
    """A pie slice as matplotlib's Wedge outlines it, without the cost of a Patch (thousands of
    venues make thousands of slices); a PatchCollection asks only for the path and transform."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def get_path(self) -> Path:
        return self._path

    def get_transform(self) -> IdentityTransform:
        return IdentityTransform()


def _slices(centres: np.ndarray, radii: np.ndarray, theta1: np.ndarray, theta2: np.ndarray) -> list[_Slice]:
    """Pie slices (centre, radius, from theta1 to theta2 degrees) outlined as matplotlib's Wedge
    outlines them: Path.arc's Bézier arc of the unit circle, scaled, moved and closed through the
    centre. Path.arc's arithmetic is done here for all slices with the same number of curve
    segments at once: called once per slice it was a third of the drawing."""
    out: list[_Slice | None] = [None] * len(radii)
    full = np.abs((theta2 - theta1) - 360) <= 1e-12
    theta1, theta2 = np.where(full, 0.0, theta1), np.where(full, 360.0, theta2)
    n_turns = (theta2 - theta1) / 360
    nearest = np.rint(n_turns)
    circle = (nearest != 0) & (np.abs(n_turns - nearest) <= 1e-12)
    eta1 = np.deg2rad(theta1)
    eta2 = np.deg2rad(np.where(circle, theta1 + 360, theta2 - 360 * np.floor(n_turns)))
    segments = (2 ** np.ceil((eta2 - eta1) / (np.pi * 0.5))).astype(int)
    for n in np.unique(segments):
        rows = np.flatnonzero(segments == n)
        a, b = eta1[rows], eta2[rows]
        deta = (b - a) / n
        t = np.tan(0.5 * deta)
        alpha = (np.sin(deta) * (np.sqrt(4.0 + 3.0 * t * t) - 1) / 3.0)[:, None]
        steps = a[:, None] + np.arange(n + 1)[None, :] * deta[:, None]   # np.linspace, row by row
        steps[:, -1] = b
        cos, sin = np.cos(steps), np.sin(steps)
        xa, ya, xb, yb = cos[:, :-1], sin[:, :-1], cos[:, 1:], sin[:, 1:]
        arc = np.empty((len(rows), 3 * n + 1, 2))
        arc[:, 0, 0], arc[:, 0, 1] = xa[:, 0], ya[:, 0]
        arc[:, 1::3, 0], arc[:, 1::3, 1] = xa - alpha * ya, ya + alpha * xa
        arc[:, 2::3, 0], arc[:, 2::3, 1] = xb + alpha * yb, yb - alpha * xb
        arc[:, 3::3, 0], arc[:, 3::3, 1] = xb, yb
        for k, row in enumerate(rows):
            connector = Path.MOVETO if full[row] else Path.LINETO
            codes = [Path.MOVETO, *[Path.CURVE4] * (3 * n), connector, Path.CLOSEPOLY]
            v = np.concatenate([arc[k], [(0, 0), (0, 0)]])
            out[row] = _Slice(Path(v * radii[row] + centres[row], codes))
    return out  # type: ignore[return-value]


def _draw_clusters(m: _Map, clusters: Sequence[_Cluster], pies: bool) -> tuple[bool, bool]:
    """One dot per event around its venue (a pie with the count when there are many), or,
    when `pies`, every venue a pie sized by its events (largest first, so small ones stay on top).

    A cluster moved off its neighbours keeps a leader to a small black dot at the true place.
    Returns whether any cluster was moved and whether any place known only as a country or region
    got hollow dots, so the legend can explain the black dots and the hollow ones.
    Each kind of mark is one collection: thousands of venues stay quick to draw.
    """
    discs, wedge_colours, hubs, leaders, places = [], [], [], [], []
    wedge_at: list[tuple[np.ndarray, float, float, float]] = []
    dots, colours, hollow = [], [], []
    vague = False
    for c in clusters:
        centre, n = np.array(m.data(c.centre)), c.venue.n
        if np.hypot(*(c.centre - c.anchor)) > c.radius + 1.0:   # its dots no longer cover it
            leaders.append([m.data(c.anchor), centre])
            places.append(m.data(c.anchor))
        if n > 1 and not pies:
            discs.append(Circle(centre, (c.radius + 1.6) * m.m_per_pt))
        if n <= FAN_MAX and not pies:
            dots.extend(centre + _fan(n) * m.m_per_pt)
            for key, empty in c.venue.dots():
                colours.append(TYPE_COLOR[key])
                hollow.append(empty)
            vague = vague or c.venue.hollow
            continue
        counts, start = Counter(dict(c.venue.types)), 90.0
        for key, _, color in EVENT_TYPES:
            if counts[key]:
                sweep = 360.0 * counts[key] / n
                wedge_at.append((centre, c.radius * m.m_per_pt, start - sweep, start))
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
    wedges = _slices(np.array([w[0] for w in wedge_at]).reshape(-1, 2), *(np.array([w[k] for w in wedge_at])
                                                                          for k in (1, 2, 3)))
    m.ax.add_collection(PatchCollection(wedges, facecolor=wedge_colours, edgecolor="white",
                                        linewidth=0.3 if pies else 0.5, zorder=7))
    m.ax.add_collection(PatchCollection(hubs, facecolor="white", edgecolor="none", zorder=8))
    if dots:
        # Events mentioned in passing, and places known only as a country or region, are hollow dots.
        at, solid = np.array(dots), ~np.array(hollow, dtype=bool)
        fill = np.array(colours, dtype=object)
        if solid.any():
            m.ax.scatter(*at[solid].T, s=DOT ** 2, c=list(fill[solid]), edgecolors="white", linewidths=0.6, zorder=7)
        if (~solid).any():
            m.ax.scatter(*at[~solid].T, s=DOT ** 2, facecolors="white", edgecolors=list(fill[~solid]),
                         linewidths=1.3, zorder=7)
    return bool(leaders), vague


# What a venue's label says of a place known only as an area ('Miyagi Prefecture (region, 2)').
_KNOWN_AS = {"country": "country", "admin1": "region"}


def _label_venues(m: _Map, clusters: Sequence[_Cluster], lang: str = "en") -> None:
    """Names of the busiest venues, each where it overlaps least; a leader when set apart."""
    for c in clusters[:LABELLED_VENUES]:
        n = c.venue.n
        note = [word(lang, _KNOWN_AS[p])] if (p := c.venue.precision) in _KNOWN_AS else []
        note += [str(n)] * (n > 1)
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


def _label_countries(m: _Map, countries: Shapes, inside: Sequence[_Venue], names: Mapping[str, str]) -> None:
    """Faint country names (in the map's language where `names`, English name → name, has it):
    those holding a venue first, then large ones; only where they fit."""
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
        label = _printable(names.get(name, name)).upper()
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


def _islands_locator(m: _Map, islands: Shapes, lang: str = "en") -> bool:
    """Box the islands on the main map when they are too small to read there (see the inset);
    name them in place when they are not."""
    if islands.empty:
        return False
    x0, y0, x1, y1 = islands.total_bounds
    if max(x1 - x0, y1 - y0) / m.m_per_pt > 60:
        renderer, origin = m.fig.canvas.get_renderer(), m.ax.get_window_extent()
        for text in _island_names(m.ax, islands, lang):
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
