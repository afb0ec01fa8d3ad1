"""Events → a GeoDataFrame, for the Python API (geomap.api): the export rows (exports.rows) as
pandas holds them. Lists stay Python lists (actors, persons, source_urls, evidence); text is pandas'
"string" dtype; an event without a place has a null geometry and its `unplaced_reason`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Mapping

from ..events import LIST_FIELDS, Event
from .rows import COLUMNS, CRS, Rows, rows_of

if TYPE_CHECKING:
    import geopandas

_NUMBERS = ("lat", "lon", "confidence")
TEXT = tuple(n for n in COLUMNS if n not in (*LIST_FIELDS, "evidence", *_NUMBERS, "in_passing"))


def to_frame(events: Iterable[Event], unplaced_reasons: Mapping[str, str] | None = None) -> "geopandas.GeoDataFrame":
    """One row per event, in the order given; unplaced_reasons: event id → why it has no place."""
    return frame_of(rows_of(events, unplaced_reasons))


def frame_of(rows: Rows) -> "geopandas.GeoDataFrame":
    import geopandas
    import pandas as pd
    import shapely

    frame = pd.DataFrame({name: rows.table.column(name).to_pylist() for name in COLUMNS}, columns=list(COLUMNS))
    for name in TEXT:
        frame[name] = frame[name].astype("string")
    for name in _NUMBERS:
        frame[name] = frame[name].astype("float64")
    frame["in_passing"] = frame["in_passing"].astype("bool")
    geometry = shapely.from_wkb(rows.geometry.to_numpy(zero_copy_only=False))
    return geopandas.GeoDataFrame(frame, geometry=geopandas.GeoSeries(geometry, crs=CRS, index=frame.index))
