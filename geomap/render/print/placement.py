"""Layout in points on the map: dots fanned around a venue, clusters moved apart, labels put where
they overlap least. Pure numpy."""
from __future__ import annotations

import math

import numpy as np

from .style import DOT, FAN_MAX


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
