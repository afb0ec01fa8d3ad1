"""events.gpkg: a GeoPackage that QGIS, ogrinfo and geopandas open, one point layer named `events`.

GeoPackage is SQLite, so GDAL writes it to a file (from the Arrow columns, pyogrio.write_arrow:
no per-feature Python); the bytes are then read back for the build to swap in like its other
outputs. Byte-stable: GDAL stamps the layer with the current time unless OGR_CURRENT_DATE says
otherwise, so the stamp is the last day of the latest event instead, and the same events give the
same bytes (for the same GDAL version; another GDAL may lay the file out differently). Lists become
text joined with ';', as in events.csv, since GeoPackage has no lists.
"""
from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path
from typing import Iterator

import pyarrow as pa
import pyarrow.compute as pc

from ..events import LIST_FIELDS, period_bounds
from ..jsoncols import offsets_from_zero
from .rows import CRS, Rows

LAYER = "events"
# GeoPackage 1.2, which GDAL 2.2 and later (QGIS 3 and the ogrinfo of older systems) read without
# the warning that the newer GDAL's default, 1.4, draws from them.
VERSION = "1.2"
# GDAL's own name for a GeoPackage's geometry column, which the layer kept when geopandas wrote it.
GEOMETRY = "geom"


# SQLite as GDAL drives it: no journal and no waiting for the disk (the file is a scratch copy,
# thrown away if the build fails). Neither changes a byte of the file; they spare waits for a disk
# that the build's other outputs keep busy (on a loaded machine the gain was within the noise).
_FAST = {"OGR_SQLITE_SYNCHRONOUS": "OFF", "OGR_SQLITE_JOURNAL": "OFF"}


@contextlib.contextmanager
def _gdal_options(stamp: str) -> Iterator[None]:
    import pyogrio

    given = {"OGR_CURRENT_DATE": stamp, **_FAST}
    before = {k: pyogrio.get_gdal_config_option(k) for k in given}
    pyogrio.set_gdal_config_options(given)
    try:
        yield
    finally:
        pyogrio.set_gdal_config_options(before)


def _joined(values: pa.Array) -> pa.Array:
    """Each list as its items joined with ';' (numbers written out), null for null."""
    items = pc.list_flatten(values).cast(pa.string())
    return pc.binary_join(pa.ListArray.from_arrays(offsets_from_zero(values), items, mask=pc.is_null(values)), ";")


def _flat(rows: Rows) -> pa.Table:
    """The rows with their lists as text, and the geometry."""
    t = rows.table
    for name in (*LIST_FIELDS, "evidence"):
        t = t.set_column(t.column_names.index(name), name, _joined(t.column(name).combine_chunks()))
    return t.append_column(GEOMETRY, rows.geometry)


def _stamp(rows: Rows) -> str:
    """The last day of the latest event, as GDAL's clock: dates repeat, so each is read once."""
    ends = pc.unique(rows.table.column("date_end")).drop_null().to_pylist()
    last = max((period_bounds(d)[1] for d in ends), default=None)
    return f"{last.isoformat() if last else '1970-01-01'}T00:00:00.000Z"


def gpkg_bytes(rows: Rows) -> bytes:
    """The GeoPackage of export rows (exports.rows.export_rows)."""
    return b"".join(gpkg_chunks(rows))


def gpkg_chunks(rows: Rows, block: int = 1 << 22) -> Iterator[bytes]:
    """The same, read back from GDAL's file a block at a time (a million events make 600 MB)."""
    import pyogrio

    with tempfile.TemporaryDirectory(prefix="geomap-gpkg-") as tmp:
        path = Path(tmp) / "events.gpkg"
        with _gdal_options(_stamp(rows)):
            pyogrio.write_arrow(_flat(rows), path, layer=LAYER, driver="GPKG", geometry_name=GEOMETRY,
                                geometry_type="Point", crs=CRS, dataset_options={"VERSION": VERSION})
        with path.open("rb") as f:
            while chunk := f.read(block):
                yield chunk
