"""What every dataset importer shares: rows in, records of our schema out, nothing lost.

An importer turns each source row into one mapping of geomap's schema (events.py), naming the
source's own field when a row cannot become an event. The mappings then go through the same
validation as our own files (`validate_records`), so an imported event is an event like any other.
Each keeps its source id and is marked with its dataset in `why`:
`{"dataset": "GDELT", "source_id": "1234567890", ...the source's own codes}`, and its id is
`gdelt-1234567890`, so corrections in an overrides file survive a re-import.
"""
from __future__ import annotations

import math
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Iterable, Iterator

from ..errors import InputError
from ..events import Event, Problem, validate_records
from . import source


class RowError(Exception):
    """Raised by an importer for a row that cannot become an event; `field` is the source's name."""

    def __init__(self, field: str | None, reason: str) -> None:
        super().__init__(reason)
        self.field, self.reason = field, reason


@dataclass
class Imported:
    """What one event file gave. Rows left out by --countries are counted, not listed: a day of
    GDELT leaves out some 100,000."""
    dataset: str
    events: list[Event] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    rows: int = 0
    outside: int = 0

    @property
    def repeated(self) -> int:
        """Rows that repeat an event of the same file word for word (same id, same content)."""
        return self.rows - self.outside - len(self.events) - len(self.problems)


class Importer:
    """One dataset's format. Subclasses say how to tell it, how to read its rows and how a row maps."""
    name: ClassVar[str]   # the --format value and the id prefix: 'gdelt'
    label: ClassVar[str]  # how the dataset is named in `why` and in exports: 'GDELT'

    def __init__(self, path: Path) -> None:
        self.path = path
        self.doc = sys.intern(path.name)  # what the events name as their source document

    @classmethod
    def sniff(cls, head: str) -> bool:
        """Whether a file that starts with `head` is in this format."""
        raise NotImplementedError

    def rows(self, lines: Iterable[str]) -> Iterator[tuple[int, Any]]:
        """(line number, raw row or the RowError that spoils it); an InputError for what spoils the
        whole file (a wrong header)."""
        raise NotImplementedError

    def actors(self, raw: Any) -> tuple[str, ...]:
        """The row's actor countries (ISO2): cheap, read before the rest so --countries skips early."""
        raise NotImplementedError

    def record(self, raw: Any, actors: tuple[str, ...]) -> dict[str, Any]:
        """The row as a mapping of our schema; RowError names the source field that is wrong."""
        raise NotImplementedError

    def why(self, source_id: str, **coding: Any) -> dict[str, Any]:
        """The dataset mark and the source's own codes, empty values left out."""
        return {"dataset": self.label, "source_id": source_id,
                **{k: v for k, v in coding.items() if v not in (None, "", [], ())}}

    def event_id(self, source_id: str) -> str:
        return f"{self.name}-{source_id}"


def coordinate(text: str, field: str, limit: float) -> float | None:
    """A latitude (limit 90) or longitude (180) as the source writes it; RowError names the field."""
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise RowError(field, f"'{text}' is not a number") from None
    if math.isnan(value) or not -limit <= value <= limit:
        raise RowError(field, f"{text} is outside -{limit:g}..{limit:g}")
    return value


def run(kind: type[Importer], path: Path, *, strict: bool = False,
        countries: frozenset[str] | None = None) -> Imported:
    """Every row of `path` → an event, a problem (file, line, field, reason) or, with `countries`,
    a row counted as outside the set. In strict mode the first problem stops the import."""
    importer = kind(path)
    out = Imported(importer.label)
    where = str(path)

    def fail(line: int | None, bad: RowError) -> None:
        if strict:
            raise InputError(bad.reason, path=where, line=line, field=bad.field)
        out.problems.append(Problem(where, line, bad.field, bad.reason))

    def records() -> Iterator[tuple[int, dict[str, Any]]]:
        with source.open_binary(path) as raw:
            for line, row in importer.rows(source.lines(raw, path)):
                out.rows += 1
                if isinstance(row, RowError):  # a row too broken to read at all
                    fail(line, row)
                    continue
                try:
                    actors = importer.actors(row)
                    if countries and countries.isdisjoint(actors):
                        out.outside += 1
                        continue
                    rec = importer.record(row, actors)
                except RowError as bad:
                    fail(line, bad)
                    continue
                yield line, rec

    result = validate_records(records(), where, strict=strict)
    out.events = result.events
    out.problems = sorted(out.problems + result.problems, key=lambda p: (p.line or 0, p.field or ""))
    if out.rows == 0:
        raise InputError(f"the file holds no {importer.label} rows", path=where)
    return out
