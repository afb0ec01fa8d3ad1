"""Event files in the field's formats → geomap events: ACLED CSV, GDELT 2.0 exports, POLECAT/PLOVER JSON lines.

One module per dataset (acled.py, gdelt.py, polecat.py), each an `Importer` (base.py). `read` takes
any event file `geomap build --events` accepts: it tells the format by the content (a header, the
number of tab-separated columns, the fields of the first JSON line) unless `--format` names it, and
hands geomap's own files (.jsonl, .csv, .geojson) to events.read_table.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import pyarrow as pa
import pyarrow.compute as pc

from ..errors import InputError
from ..events import Event, Problem, columns
from ..events import read_table as read_own
from . import source
from .acled import Acled
from .base import Imported, Importer, run
from .gdelt import Gdelt
from .polecat import Polecat

__all__ = ["FORMATS", "Imported", "Table", "read", "read_table", "detect", "dataset_of", "parse_countries"]

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
    kind, wanted = _kind(p, format), frozenset(countries) if countries else None
    if kind != OWN:
        return run(DATASETS[kind], p, strict=strict, countries=wanted)
    got = read_table(p, format=OWN, strict=strict, countries=wanted)
    return Imported(OWN, columns.to_events(got.table), got.problems, got.rows, got.outside)


def _kind(path: Path, format: str) -> str:
    if format not in FORMATS:
        raise InputError(f"'{format}' is not a format geomap reads; use one of {', '.join(FORMATS)}",
                         field="--format")
    return detect(path) if format == "auto" else format


@dataclass
class Table:
    """What one event file gave, as columns: the table, the rows that could not become events, and
    the counts the build reports (rows read, rows --countries left out, rows repeated)."""
    table: pa.Table
    problems: list[Problem] = field(default_factory=list)
    rows: int = 0
    outside: int = 0
    repeated: int = 0


def read_table(path: str | Path, *, format: str = "auto", strict: bool = False,
               countries: Iterable[str] | None = None) -> Table:
    """`read`, as columns: geomap's own files go straight into a table; the datasets' rows are
    mapped one by one (their rules need a row at a time) and then joined into one."""
    p = Path(path)
    kind, wanted = _kind(p, format), frozenset(countries) if countries else None
    if kind != OWN:
        got = run(DATASETS[kind], p, strict=strict, countries=wanted)
        return Table(columns.from_events(got.events), got.problems, got.rows, got.outside, got.repeated)
    checked = read_own(p, strict=strict)
    table, rows = checked.table, checked.table.num_rows + len(checked.problems)
    outside = 0
    if wanted is not None and table.num_rows:
        actors = table.column("actors").combine_chunks()
        hit = pc.is_in(actors.flatten(), pa.array(sorted(wanted), pa.string()))
        keep = pc.is_in(pa.array(range(table.num_rows), pa.int64()),
                        pc.unique(pc.filter(pc.list_parent_indices(actors), hit)).cast(pa.int64()))
        kept = table.filter(keep)
        outside, table = table.num_rows - kept.num_rows, kept
    return Table(table, checked.problems, rows, outside)


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
