"""events.gpkg: a GeoPackage that QGIS, ogrinfo and geopandas open, one point layer named `events`.

GeoPackage is SQLite, so GDAL writes it to a file; the bytes are then read back for the build to
swap in like its other outputs. Byte-stable: GDAL stamps the layer with the current time unless
OGR_CURRENT_DATE says otherwise, so the stamp is the last day of the latest event instead, and the
same events give the same bytes (for the same GDAL version; another GDAL may lay the file out
differently). Lists become text joined with ';', as in events.csv, since GeoPackage has no lists.
"""
from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from ..events import LIST_FIELDS

if TYPE_CHECKING:
    import geopandas

LAYER = "events"
# GeoPackage 1.2, which GDAL 2.2 and later (QGIS 3 and the ogrinfo of older systems) read without
# the warning that the newer GDAL's default, 1.4, draws from them.
VERSION = "1.2"


@contextlib.contextmanager
def _gdal_date(stamp: str) -> Iterator[None]:
    import pyogrio

    before = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": stamp})
    try:
        yield
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": before})


def _flat(frame: "geopandas.GeoDataFrame") -> "geopandas.GeoDataFrame":
    out = frame.copy()
    for name in (*LIST_FIELDS, "evidence"):
        out[name] = out[name].map(lambda v: None if v is None else ";".join(map(str, v))).astype("string")
    return out


def gpkg_bytes(frame: "geopandas.GeoDataFrame") -> bytes:
    """The GeoPackage of an events frame (exports.frame.to_frame)."""
    from ..events import period_bounds

    last = max((period_bounds(d)[1] for d in frame["date_end"].dropna()), default=None)
    stamp = f"{last.isoformat() if last else '1970-01-01'}T00:00:00.000Z"
    with tempfile.TemporaryDirectory(prefix="geomap-gpkg-") as tmp:
        path = Path(tmp) / "events.gpkg"
        with _gdal_date(stamp):
            _flat(frame).to_file(path, driver="GPKG", layer=LAYER, engine="pyogrio", geometry_type="Point",
                                 dataset_options={"VERSION": VERSION})
        return path.read_bytes()
