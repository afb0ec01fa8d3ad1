"""The southern Kurils: an inset with both names of each island, a scale bar, their status and
the events on them."""
from __future__ import annotations

from collections import Counter
from typing import Sequence

import numpy as np
import shapely
from matplotlib.figure import Figure
from matplotlib.patches import Circle, Wedge
from pyproj import CRS, Transformer
from shapely.geometry import box

from ...layers import EVENT_TYPES
from .style import (DOT, FAN_MAX, FIG_H, FIG_W, FAINT, INK, ISLAND_EDGE, ISLAND_FILL, ISLAND_LABEL_AT, LAND, PANEL_X,
                    TYPE_COLOR, _plain)
from .framing import Shapes, _draw_polygons, _islands, _Venue, _world
from .placement import _fan, _radius, _spread
from .words import count, island_name, word

ISLAND_REACH_M = 5_000.0   # a venue this close to an island's outline is on it (a port, a cape)


def _island_names(ax, islands: Shapes, lang: str = "en") -> list:
    """Both names of each island, set in the sea beside it (see ISLAND_LABEL_AT)."""
    x0, y0, x1, y1 = islands.total_bounds
    side = 1.24 * max(x1 - x0, y1 - y0)
    texts = []
    for pid, geom in islands.items():
        spot = geom.centroid
        (dx, dy), ha = ISLAND_LABEL_AT.get(pid, ((0.0, 0.0), "center"))
        texts.append(ax.text(spot.x + dx * side, spot.y + dy * side, island_name(lang, pid), fontsize=7,
                color=INK, ha=ha, va="center", style="italic", clip_on=True, zorder=4))
    return texts


def _kuril_inset(fig: Figure, top: float, floor: float, venues: Sequence[_Venue] = (),
                 lang: str = "en") -> None:
    """An inset of the southern Kurils in the panel between `top` and `floor` (figure fraction),
    with the events of the venues on the islands, counted in its upper left corner (open sea at
    this fixed view; a longer title would not fit the panel in Polish)."""
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
    world = _world().intersection(window).non_empty().to_crs(crs)
    # Natural Earth's default view counts the islands as Russian: draw land without the disputed part.
    land = world.difference(shapely.union_all(proj.buffer(6000).values))
    _draw_polygons(ax, land.non_empty(), facecolor=LAND, edgecolor="#BDB7AC", linewidth=0.5)
    _draw_polygons(ax, proj, facecolor=ISLAND_FILL, edgecolor=ISLAND_EDGE, linewidth=0.8,
                   linestyle=(0, (2.5, 1.5)))
    _island_names(ax, proj, lang)
    x, y = Transformer.from_crs("EPSG:4326", crs, always_xy=True).transform(145.05, 43.1)
    ax.text(x, y, word(lang, "hokkaido"), fontsize=6.5, color=FAINT, ha="left", va="center",
            clip_on=True)
    # A 50 km scale bar: the inset is small enough for one scale to hold.
    bx, by = cx + side / 2 - 0.06 * side - 50_000, cy - side / 2 + 0.06 * side
    ax.plot([bx, bx + 50_000], [by, by], color=INK, linewidth=1.2, solid_capstyle="butt")
    ax.text(bx + 25_000, by + 0.02 * side, "50 km", fontsize=6.5, ha="center", va="bottom", color=INK)
    view = (cx - side / 2, cy - side / 2, side / (w_fig * FIG_W * 72))   # lower left, metres per point
    n = _island_events(ax, _on_islands(venues, crs, proj), view)
    if n:
        ax.text(0.04, 0.96, count(lang, "events", n), transform=ax.transAxes, fontsize=7.5, fontweight="bold",
                color=INK, ha="left", va="top", gid="inset-count")
    fig.text(PANEL_X, bottom + h_fig + 0.006, word(lang, "inset"), fontsize=8.5, fontweight="bold", color=INK,
             va="bottom")


def _on_islands(venues: Sequence[_Venue], crs: CRS, islands: Shapes) -> list[tuple[_Venue, float, float]]:
    """The venues on the islands (within ISLAND_REACH_M of one), with their place in the inset's
    metres. The main map draws them too, but at its scale the islands are a speck."""
    lon0, lat0, lon1, lat1 = _islands().total_bounds
    near = [v for v in venues if lon0 - 1 <= v.lon <= lon1 + 1 and lat0 - 1 <= v.lat <= lat1 + 1]
    if not near:
        return []
    land = shapely.union_all(islands.values)
    fwd = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    out = []
    for v in near:
        x, y = fwd.transform(v.lon, v.lat)
        if shapely.dwithin(land, shapely.Point(x, y), ISLAND_REACH_M):
            out.append((v, x, y))
    return out


def _island_events(ax, placed: Sequence[tuple[_Venue, float, float]], view: tuple[float, float, float]) -> int:
    """Each venue's events as on the main map: fanned dots coloured by type, hollow for a mention in
    passing or a place that stands for an area, a pie with the count past FAN_MAX; clusters moved
    apart when they would cover each other. Returns how many events were drawn."""
    if not placed:
        return 0
    x0, y0, per_pt = view
    side = ax.get_xlim()[1] - ax.get_xlim()[0]
    anchors = np.array([((x - x0) / per_pt, (y - y0) / per_pt) for _, x, y in placed])
    radii = np.array([_radius(v.n) for v, _, _ in placed])
    centres = _spread(anchors, radii, side / per_pt, side / per_pt)
    at, colours, hollow = [], [], []
    for (v, _, _), c, r in zip(placed, centres, radii):
        centre = np.array([x0, y0]) + c * per_pt
        if v.n > FAN_MAX:
            _pie(ax, v, centre, r * per_pt)
            continue
        at.extend(centre + _fan(v.n) * per_pt)
        for key, empty in v.dots():
            colours.append(TYPE_COLOR[key])
            hollow.append(empty)
    if at:
        xy, empty, fill = np.array(at), np.array(hollow, dtype=bool), np.array(colours, dtype=object)
        if (~empty).any():
            ax.scatter(*xy[~empty].T, s=DOT ** 2, c=list(fill[~empty]), edgecolors="white", linewidths=0.6,
                       zorder=7, gid="inset-dots")
        if empty.any():
            ax.scatter(*xy[empty].T, s=DOT ** 2, facecolors="white", edgecolors=list(fill[empty]),
                       linewidths=1.3, zorder=7, gid="inset-dots-hollow")
    return sum(v.n for v, _, _ in placed)


def _pie(ax, venue: _Venue, centre: np.ndarray, radius: float) -> None:
    """Too many events at one venue to fan out: slices by type, the count in a white hub."""
    counts, start = Counter(dict(venue.types)), 90.0
    for key, _, color in EVENT_TYPES:
        if counts[key]:
            sweep = 360.0 * counts[key] / venue.n
            ax.add_patch(Wedge(tuple(centre), radius, start - sweep, start, facecolor=color, edgecolor="white",
                               linewidth=0.5, zorder=7))
            start -= sweep
    ax.add_patch(Circle(tuple(centre), radius * 0.45, facecolor="white", edgecolor="none", zorder=8))
    ax.text(*centre, str(venue.n), ha="center", va="center", fontsize=7, fontweight="bold", color=INK, zorder=9)
