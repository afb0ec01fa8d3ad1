"""The curated events shipped with geomap, so a map can be drawn without running extraction.

The file is hand-checked against the corpus gold (see tests/test_dataset.py); it is read strictly,
because a bad row in data we ship is our bug, not the user's.
"""
from __future__ import annotations

from importlib.resources import as_file, files
from importlib.resources.abc import Traversable

import pyarrow as pa

from .events import Event, read_events, read_table


def bundled_path() -> Traversable:
    """Where the bundled events live inside the installed package (may be inside a zip)."""
    return files("geomap") / "data" / "events.jsonl"


def load_bundled() -> list[Event]:
    """Every bundled event, validated; raises InputError naming the line if the file is broken."""
    with as_file(bundled_path()) as path:
        return read_events(path, strict=True).events


def load_table() -> pa.Table:
    """The same as a table of columns."""
    with as_file(bundled_path()) as path:
        return read_table(path, strict=True).table
