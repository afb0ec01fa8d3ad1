"""The southern Kurils: an inset with both names of each island, a scale bar and their status."""
from __future__ import annotations

import numpy as np
import shapely
from matplotlib.figure import Figure
from pyproj import CRS, Transformer
from shapely.geometry import box

from .style import FIG_H, FIG_W, FAINT, INK, ISLAND_EDGE, ISLAND_FILL, ISLAND_LABEL_AT, LAND, PANEL_X, _plain
from .framing import Shapes, _draw_polygons, _islands, _world
from .words import island_name, word


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


def _kuril_inset(fig: Figure, top: float, floor: float, lang: str = "en") -> None:
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
    fig.text(PANEL_X, bottom + h_fig + 0.006, word(lang, "inset"), fontsize=8.5,
             fontweight="bold", color=INK, va="bottom")
