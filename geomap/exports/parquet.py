"""events.parquet: GeoParquet (geometry as WKB with its CRS in the `geo` metadata), read by
geopandas.read_parquet, DuckDB, QGIS and GDAL.

Lists stay lists (list<string> columns). Byte-stable for the same versions of pyarrow and
geopandas, which write their names and versions into the file's metadata.
"""
from __future__ import annotations

import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import geopandas


def parquet_bytes(frame: "geopandas.GeoDataFrame") -> bytes:
    buf = io.BytesIO()
    frame.to_parquet(buf, index=False, compression="zstd")
    return buf.getvalue()
