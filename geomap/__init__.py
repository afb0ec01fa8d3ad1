"""geomap: diplomatic-activity reports → events → geocoded events → layered, offline maps.

The Python API (geomap/api.py): read_events, extract, geocode, build, interactive_map. They are
loaded on first use, so `import geomap` (and the command line) stays quick.
"""
from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["read_events", "extract", "geocode", "build", "interactive_map"]

if TYPE_CHECKING:
    from .api import build, extract, geocode, interactive_map, read_events


class _Package(types.ModuleType):
    """`geomap.build`, `.extract` and `.geocode` name both a module of the package and a function of
    the API. Read from the package they are always the functions, even after the module of the same
    name has been imported (which sets the package's attribute to it); the modules stay importable
    by their dotted names (`from geomap.build import build`)."""

    def __getattribute__(self, name: str) -> Any:
        if name in __all__:
            from . import api

            return getattr(api, name)
        return super().__getattribute__(name)


sys.modules[__name__].__class__ = _Package
