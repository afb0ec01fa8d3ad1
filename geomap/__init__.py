"""geomap: diplomatic-activity reports → events → geocoded events → layered, offline maps.

The Python API (geomap/api.py): read_events, extract, geocode, build, interactive_map. They are
loaded on first use, so `import geomap` (and the command line) stays quick.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["read_events", "extract", "geocode", "build", "interactive_map"]

if TYPE_CHECKING:
    from .api import build, extract, geocode, interactive_map, read_events


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'geomap' has no attribute {name!r}")
