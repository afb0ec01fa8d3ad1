"""Events → a GeoDataFrame: the one place that turns geomap's event list into a table.

Exports (GeoPackage, GeoParquet) and the Python API all start here, so a change in how the build
holds its events touches this function only. One row per event, in the order given, with every
schema field, the dataset an imported event came from (`dataset`, None for geomap's own) and, for an
event without a place, why (`unplaced_reason`); its geometry is then null. Lists stay lists
(actors, persons, source_urls, evidence); `why` is a JSON text, since its keys differ by event.
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Iterable, Mapping

from ..events import FIELD_NAMES, LIST_FIELDS, Event
from ..importers import dataset_of

if TYPE_CHECKING:
    import geopandas

CRS = "EPSG:4326"
COLUMNS = (*FIELD_NAMES, "dataset", "unplaced_reason")
TEXT = tuple(n for n in COLUMNS if n not in (*LIST_FIELDS, "evidence", "lat", "lon", "confidence", "in_passing"))


def to_frame(events: Iterable[Event], unplaced_reasons: Mapping[str, str] | None = None) -> "geopandas.GeoDataFrame":
    import geopandas
    import numpy as np
    import pandas as pd
    import shapely

    rows = list(events)
    reasons = unplaced_reasons or {}
    columns: dict[str, object] = {}
    for name in FIELD_NAMES:
        values = [getattr(e, name) for e in rows]
        if name in LIST_FIELDS or name == "evidence":
            values = [list(v) if v is not None else None for v in values]
        elif name == "why":
            values = [json.dumps(v, ensure_ascii=False, sort_keys=True) if v else None for v in values]
        columns[name] = values
    columns["dataset"] = [dataset_of(e) for e in rows]
    columns["unplaced_reason"] = [None if e.placed else reasons.get(e.id, "no venue") for e in rows]
    frame = pd.DataFrame(columns, columns=list(COLUMNS))
    for name in TEXT:
        frame[name] = frame[name].astype("string")
    for name in ("lat", "lon", "confidence"):
        frame[name] = frame[name].astype("float64")
    frame["in_passing"] = frame["in_passing"].astype("bool")
    placed = np.array([e.placed for e in rows], dtype=bool)
    points = shapely.points(np.column_stack([frame["lon"].fillna(0.0), frame["lat"].fillna(0.0)])) if rows else []
    geometry = np.where(placed, points, None) if rows else []
    return geopandas.GeoDataFrame(frame, geometry=geopandas.GeoSeries(geometry, crs=CRS, index=frame.index))
