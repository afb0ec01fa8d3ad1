"""The first view: which venues it must hold, and where its centre is. The page fits its first view
to these bounds and the print map builds its projection around this centre and frames these venues,
so both show the same part of the world.

A few far venues (a summit in New York beside a map of East Asia) would shrink everything else to a
smudge: they are left out of the frame (still on the map, and listed by the print map) when they
hold few events and lie beyond a gap. Distances are great-circle angles, so a frame across the
antimeridian or near a pole is no special case.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from .venues import Venue

OUTLIER_SHARE = 0.1       # at most this share of events may be left outside the frame
OUTLIER_GAP = 0.8         # ... and only across a gap: next venue closer than this × the dropped one
OUTLIER_MIN_DEG = 20.0    # ... and only venues farther than this from the centre (about 2,200 km)
HORIZON = 100.0           # degrees from the centre beyond which a venue cannot sit in the frame
NOWHERE = (45.0, 100.0)   # the centre when nothing is placed: the region geomap is about


@dataclass(frozen=True)
class Frame:
    centre: tuple[float, float]   # lat, lon to 0.1 degree: the print map's projection centre
    core: tuple[int, ...]         # numbers of the venues the first view holds, ascending
    # south, west, north, east of the core venues; west and east are taken around the centre's
    # longitude, so a core across the antimeridian has east > 180 rather than a whole-world span
    bounds: tuple[float, float, float, float]
    country_only: bool            # some core venue is known only as a country: show its neighbours too


def frame_of(venues: Sequence[Venue]) -> Frame | None:
    """The frame of these venues (None when there are none)."""
    if not venues:
        return None
    core = _core(venues)
    lat0, lon0 = _centre([venues[i] for i in core])
    lat0, lon0 = round(lat0, 1), round(lon0, 1)
    lats = [venues[i].lat for i in core]
    lons = [_near(venues[i].lon, lon0) for i in core]
    return Frame((lat0, lon0), tuple(core), (min(lats), min(lons), max(lats), max(lons)),
                 any(venues[i].precision == "country" for i in core))


def _near(lon: float, lon0: float) -> float:
    """lon, or lon ± 360 when that is nearer lon0: the same meridian on the side of the centre."""
    return lon + 360.0 * round((lon0 - lon) / 360.0)


def _unit(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    la, lo = np.radians(lat), np.radians(lon)
    return np.column_stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)])


def _centre(venues: Sequence[Venue]) -> tuple[float, float]:
    """The event-weighted mean direction; the busiest venue when the points cancel out."""
    xyz = _unit(np.array([v.lat for v in venues]), np.array([v.lon for v in venues]))
    w = np.array([v.n for v in venues], dtype=float)
    m = (xyz * w[:, None]).sum(axis=0)
    if np.linalg.norm(m) < 1e-6 * w.sum():
        busiest = max(venues, key=lambda v: v.n)
        return busiest.lat, busiest.lon
    m /= np.linalg.norm(m)
    return float(np.degrees(np.arcsin(m[2]))), float(np.degrees(np.arctan2(m[1], m[0])))


def degrees_from(lat0: float, lon0: float, venues: Sequence[Venue]) -> np.ndarray:
    """Each venue's great-circle distance from (lat0, lon0), in degrees."""
    xyz = _unit(np.array([v.lat for v in venues]), np.array([v.lon for v in venues]))
    c = _unit(np.array([lat0]), np.array([lon0]))[0]
    return np.degrees(np.arccos(np.clip(xyz @ c, -1.0, 1.0)))


def _core(venues: Sequence[Venue]) -> list[int]:
    """The venues the frame must hold: all but a few far ones separated from the rest by a gap."""
    total = sum(v.n for v in venues)
    budget = max(1, int(OUTLIER_SHARE * total)) if total >= 3 else 0
    dist = degrees_from(*_centre(venues), venues)
    order = sorted(range(len(venues)), key=lambda i: (-dist[i], venues[i].key))
    cut, dropped = 0, 0
    for j in range(1, len(order)):
        dropped += venues[order[j - 1]].n
        if dropped > budget:
            break
        far = dist[order[j - 1]] > OUTLIER_MIN_DEG
        if far and dist[order[j]] < OUTLIER_GAP * dist[order[j - 1]]:
            cut = j
    core = sorted(order[cut:])
    dist = degrees_from(*_centre([venues[i] for i in core]), [venues[i] for i in core])
    near = [i for i, d in zip(core, dist) if d <= HORIZON]
    return near or [max(core, key=lambda i: (venues[i].n, -i))]

