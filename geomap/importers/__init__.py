"""Event files in the field's formats → geomap events: ACLED CSV, GDELT 2.0 exports, POLECAT/PLOVER JSON lines.

One module per dataset (acled.py, gdelt.py, polecat.py), each an `Importer` (base.py). `read` takes
any event file `geomap build --events` accepts: it tells the format by the content (a header, the
number of tab-separated columns, the fields of the first JSON line) unless `--format` names it, and
hands geomap's own files (.jsonl, .csv, .geojson) to events.read_events as before.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from ..errors import InputError
from ..events import Event, read_events
from . import source
from .acled import Acled
from .base import Imported, Importer, run
from .gdelt import Gdelt
from .polecat import Polecat

__all__ = ["FORMATS", "Imported", "read", "detect", "dataset_of", "parse_countries"]

DATASETS: dict[str, type[Importer]] = {"acled": Acled, "gdelt": Gdelt, "polecat": Polecat}
OWN = "geomap"
FORMATS = ("auto", OWN, *DATASETS)
_OWN_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".geojson", ".json")


def detect(path: Path) -> str:
    """'geomap' for our own event files, else the dataset whose shape the file's first line has."""
    head = source.head(path)
    for name, kind in DATASETS.items():
        if kind.sniff(head):
            return name
    if path.suffix.lower() in _OWN_SUFFIXES:
        return OWN
    raise InputError("cannot tell what kind of event file this is (not geomap's .jsonl/.csv/.geojson, "
                     "nor an ACLED, GDELT 2.0 or POLECAT export); name it with --format "
                     f"({', '.join(FORMATS[1:])})", path=str(path))


def read(path: str | Path, *, format: str = "auto", strict: bool = False,
         countries: Iterable[str] | None = None) -> Imported:
    """Every event of one file, the rows that could not become events, and how many rows
    `countries` (ISO2 codes) left out: an event stays when one of its actors is in the set."""
    p = Path(path)
    if format not in FORMATS:
        raise InputError(f"'{format}' is not a format geomap reads; use one of {', '.join(FORMATS)}",
                         field="--format")
    kind = detect(p) if format == "auto" else format
    wanted = frozenset(countries) if countries else None
    if kind != OWN:
        return run(DATASETS[kind], p, strict=strict, countries=wanted)
    result = read_events(p, strict=strict)
    out = Imported(OWN, problems=result.problems, rows=len(result.events) + len(result.problems))
    if wanted is None:
        out.events = result.events
    else:
        out.events = [e for e in result.events if not wanted.isdisjoint(e.actors)]
        out.outside = len(result.events) - len(out.events)
    return out


def dataset_of(event: Event) -> str | None:
    """The dataset an imported event came from ('GDELT', 'ACLED', 'POLECAT'); None for geomap's own."""
    why: Any = event.why
    return why.get("dataset") if isinstance(why, dict) else None


def parse_countries(text: str | Iterable[str] | None) -> frozenset[str] | None:
    """'JP,KR,KP' (or a list of codes) → the set of ISO2 codes; InputError naming --countries otherwise."""
    if text is None:
        return None
    items = text.split(",") if isinstance(text, str) else list(text)
    codes = [c.strip().upper() for c in items if c and c.strip()]
    bad = [c for c in codes if len(c) != 2 or not c.isalpha()]
    if bad or not codes:
        raise InputError(f"'{', '.join(bad) or text}' is not a list of ISO 3166 two-letter codes "
                         "(e.g. JP,KR,KP,RU,UA,BY)", field="--countries")
    return frozenset(codes)
