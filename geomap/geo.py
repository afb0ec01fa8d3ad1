"""Distances on the globe, and the one distance that tells two venues apart.

Two places closer than NEAR_KM are one venue for every rule that compares them (an entry split
into events, a stop of a trip, an event told twice, the scorer): the scorer's radius, so that what
extraction keeps apart the scorer can tell apart too.
"""
from __future__ import annotations

import math

NEAR_KM = 50.0


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))
