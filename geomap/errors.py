"""The one error vocabulary of geomap.

The CLI turns any GeomapError into one line and a non-zero exit; anything else escaping is a bug.
"""
from __future__ import annotations


class GeomapError(Exception):
    """Root of every error geomap raises on purpose."""


class InputError(GeomapError):
    """Raised when a user's file or value cannot be read; the message names where and what to do."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        self.path, self.line, self.field = path, line, field
        where = ":".join(str(p) for p in (path, line) if p is not None)
        if field:
            where = f"{where} field '{field}'" if where else f"field '{field}'"
        super().__init__(f"{where}: {message}" if where else message)


class UnreadableDocument(InputError):
    """Raised when a document cannot be turned into text: an unknown or binary format, a scan with no
    text layer, a password, a broken file. `reason` is the short why, without the path."""

    def __init__(self, reason: str, *, path: str | None = None, line: int | None = None) -> None:
        self.reason = reason
        super().__init__(reason, path=path, line=line)


class GazetteerError(GeomapError):
    """Raised when the place data shipped with geomap is missing or inconsistent."""


class AssetError(GeomapError):
    """Raised when vendored JS/CSS/geodata are missing: run `make vendor` (or `make maps`)."""


class RenderError(GeomapError):
    """Raised when a map document cannot be written."""


class GeocoderError(GeomapError):
    """Raised when the optional online geocoder fails after its retries."""
