"""events.parquet: GeoParquet (geometry as WKB with its CRS in the `geo` metadata), read by
geopandas.read_parquet, DuckDB, QGIS and GDAL.

Written straight from the Arrow columns, without a GeoDataFrame on the way: the file carries the
`pandas` metadata geopandas would write, so geopandas.read_parquet gives back the same frame (text
as pandas' "string" dtype, lists as arrays). Lists stay lists (list<string> columns). Byte-stable
for the same versions of pyarrow and geomap, whose names and versions are in the metadata (and of
PROJ, which spells out the CRS).
"""
from __future__ import annotations

import functools
import json
from importlib import metadata

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from .. import __version__
from ..events import LIST_FIELDS
from .rows import CRS, Rows

GEOPARQUET = "1.1.0"
_NUMBERS = {"lat": "float64", "lon": "float64", "confidence": "float64", "in_passing": "bool"}


def parquet_bytes(rows: Rows) -> bytes:
    """The GeoParquet file of export rows (exports.rows.export_rows)."""
    return written(geoparquet_table(rows))


def written(table: pa.Table) -> bytes:
    """A table as a Parquet file. pyarrow lets go of the GIL while it writes, so this can run on a
    thread while GDAL writes the GeoPackage."""
    return parquet_buffer(table).to_pybytes()


def parquet_buffer(table: pa.Table) -> pa.Buffer:
    """The same file in Arrow's buffer, which a file takes as it is (to_pybytes would copy it)."""
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


def geoparquet_table(rows: Rows) -> pa.Table:
    """The rows' columns (text as large_string, as pandas writes it) and the geometry, with the
    `geo` and `pandas` metadata."""
    t = rows.table
    arrays = [c.cast(pa.large_string()) if c.type == pa.string() else c for c in t.columns]
    fields = [pa.field(name, a.type) for name, a in zip(t.column_names, arrays)]
    # The GeoArrow type as geopandas marks it too, for readers that go by the Arrow type, not `geo`.
    fields.append(pa.field("geometry", pa.binary(), metadata={
        "ARROW:extension:name": "geoarrow.wkb", "ARROW:extension:metadata": json.dumps({"crs": _projjson()})}))
    schema = pa.schema(fields, metadata={"pandas": _pandas_metadata(tuple(t.column_names)), "geo": _geo_metadata(rows)})
    return pa.Table.from_arrays([*arrays, rows.geometry], schema=schema)


def _geo_metadata(rows: Rows) -> str:
    """GeoParquet's column metadata; the bounding box lets a reader skip the file, and there is none
    without a placed event."""
    column: dict = {"encoding": "WKB", "crs": _projjson(), "geometry_types": []}
    if rows.placed.any():
        lon = rows.table.column("lon").to_numpy(zero_copy_only=False)[rows.placed]
        lat = rows.table.column("lat").to_numpy(zero_copy_only=False)[rows.placed]
        column.update(geometry_types=["Point"],
                      bbox=[float(np.min(lon)), float(np.min(lat)), float(np.max(lon)), float(np.max(lat))])
    return json.dumps({"primary_column": "geometry", "columns": {"geometry": column}, "version": GEOPARQUET,
                       "creator": {"library": "geomap", "version": __version__}})


@functools.cache
def _projjson() -> dict:
    """EPSG:4326 as PROJJSON: GeoParquet's default CRS is OGC:CRS84, so it is spelled out."""
    import pyproj

    return pyproj.CRS.from_user_input(CRS).to_json_dict()


@functools.cache
def _pandas_metadata(names: tuple[str, ...]) -> str:
    """What pyarrow writes for a frame with these columns: how to_pandas rebuilds their dtypes
    (text as pandas' "string", which to_frame gives too). Made by hand, not by importing pandas."""
    def column(name: str) -> dict:
        if name in _NUMBERS:
            kind = numpy = _NUMBERS[name]
        elif name in LIST_FIELDS:
            kind, numpy = "list[unicode]", "object"
        elif name == "evidence":
            kind, numpy = "list[int64]", "object"
        elif name == "geometry":
            kind, numpy = "bytes", "object"
        else:
            kind, numpy = "object", "string"
        return {"name": name, "field_name": name, "pandas_type": kind, "numpy_type": numpy, "metadata": None}

    return json.dumps({"index_columns": [], "column_indexes": [],
                       "columns": [column(n) for n in (*names, "geometry")], "attributes": {},
                       "creator": {"library": "pyarrow", "version": pa.__version__},
                       "pandas_version": _version("pandas")})


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None
