"""The disputed areas besides the Kurils on the print map: each area of the layers' list drawn by
its outline (or a circle of its rough extent where it has none), dashed like the islands, with the
neutral label the page shows; the legend gives each its status line. An area smaller than a mark
at the map's scale (Panmunjom on a map of East Asia) is left to its venue's own label."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

import shapely
from pyproj import Transformer
from shapely.geometry import shape
from shapely.ops import polylabel

from ...disputed import Area, areas, outlines
from .framing import Shapes, _draw_polygons, _Frame, _polygons, _project
from .placement import _label_spot
from .style import INK, ISLAND_EDGE, ISLAND_FILL, _printable

MIN_PT = 10.0   # an area is drawn when it is at least this wide or tall on the map, in points


@dataclass
class Drawn:
    area: Area
    geom: shapely.Geometry   # projected into the frame, clipped to it


def project(ids: Sequence[str], frame: _Frame, window: shapely.Geometry, m_per_pt: float) -> list[Drawn]:
    """The areas `ids` (layers.present) that show in the frame at a readable size, in the frame's metres."""
    known = {a.id: a for a in areas()}
    drawn = []
    fwd = Transformer.from_crs("EPSG:4326", frame.crs, always_xy=True)
    for area_id in ids:
        area, outline = known[area_id], outlines().get(area_id)
        if outline is not None:
            shapes = _project(Shapes([area_id], [shape(outline)], "EPSG:4326"), frame, window)
            geom = shapes.geoms[0] if len(shapes) else None
        else:
            centre = shapely.Point(*fwd.transform(area.lon, area.lat)).buffer(area.radius_km * 1000, quad_segs=16)
            geom = shapely.clip_by_rect(centre, frame.x0, frame.y0, frame.x1, frame.y1)
        if geom is None or geom.is_empty:
            continue
        x0, y0, x1, y1 = geom.bounds
        if max(x1 - x0, y1 - y0) >= MIN_PT * m_per_pt:
            drawn.append(Drawn(area, geom))
    return drawn


def draw(ax, drawn: Sequence[Drawn]) -> None:
    """Outlines and circles, below the marks: a neutral fill, a dashed edge."""
    if drawn:
        _draw_polygons(ax, Shapes([d.area.id for d in drawn], [d.geom for d in drawn], None),
                       facecolor=ISLAND_FILL + "99", edgecolor=ISLAND_EDGE, linewidth=0.6,
                       linestyle=(0, (2, 1.2)), zorder=2)


def printable_label(text: str) -> str:
    """The label in the bundled font: characters it lacks (CJK) dropped, and brackets left empty by that."""
    return re.sub(r"\s*\(\s*[/·,\s]*\)", "", _printable(text)).strip()


def name_areas(m, drawn: Sequence[Drawn], lang: str, text_size) -> None:
    """Each area's label at its pole of inaccessibility, or beside it where that is taken."""
    for d in drawn:
        part = max(_polygons(d.geom), key=lambda g: g.area, default=None)
        if part is None:
            continue
        spot = polylabel(part, tolerance=(m.frame.x1 - m.frame.x0) / 300)
        text = printable_label(d.area.label(lang))
        w, h = text_size(m.fig, text, 7)
        p = m.pt(spot.x, spot.y)
        rect = (p[0] - w / 2, p[1] - h / 2, p[0] + w / 2, p[1] + h / 2)
        cost = m.boxes.cost(rect)
        if cost > 0:
            rect, cost = _label_spot(m.boxes, *p, 4.0, w, h)
        if rect is None or cost > 0.15 * w * h:
            continue
        m.boxes.rects.append(rect)
        m.ax.text(*m.data((rect[0], rect[1] + h * 0.22)), text, fontsize=7, style="italic", color=INK,
                  ha="left", va="baseline", zorder=10, gid=f"area-{d.area.id}",
                  bbox={"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none", "alpha": 0.7})
