"""The schema's rules as column checks: a raw table as a reader gave it → a clean events table and
the problems, each naming its file, line and field.

Each check asks "is this row plainly valid and already in its normal form?" for a whole column at
once. The rows that pass become the table; every other row (a bad value, but also a value that only
needs trimming or a date written some other way) goes through the record rules of validate.py one
by one. So the columns decide nothing on their own: a row is either plainly valid or judged by the
reference rules, and a bad row is reported in the same words whichever path met it.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

import numpy as np
import orjson
import pyarrow as pa
import pyarrow.compute as pc

from ..errors import InputError
from ..timeline import day_number, period_bounds
from . import columns
from .schema import (DATE_PRECISIONS, EVENT_TYPES, GEO_PRECISIONS, REQUIRED, VENUE_BASES, Event, Problem,
                     stable_id)
from .validate import _DATE, Bad, event_from_record

# Python's str.strip() whitespace, for RE2 (whose \s is ASCII only), and as a set of characters.
_WS = r"[\t-\r\x1c- \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]"
_SPACES = tuple(c for c in map(chr, range(0x3001)) if c.isspace())
_ISO2 = "^[A-Z]{2}$"
_NUMBER = r"^-?\d+(\.\d+)?(e[-+]?\d+)?$"
_TEXT_FIELDS = ("id", "doc", "date_start", "date_end", "date_precision", "event_type", "headline", "summary",
                "venue", "venue_id", "venue_text", "venue_basis", "venue_country", "geo_precision", "origin")
_TRUE, _FALSE = ("True", "true", "1", "yes"), ("False", "false", "0", "no", "")
_PRECISION_OF_LENGTH = {10: "day", 7: "month", 4: "year"}

RAW_JSON = pa.schema([f for f in columns.SCHEMA if f.name != "why"])


@dataclass
class Checked:
    table: pa.Table
    problems: list[Problem] = field(default_factory=list)


@dataclass
class Part:
    """The checked rows of one block of a file: the table, each row's number in the file's rows,
    and the rows that could not become events (row number, field, reason)."""
    table: pa.Table
    rows: pa.Array
    problems: list[tuple[int, str | None, str]]


def check(raw: pa.Table, *, path: str, text: bool, why: Sequence[Any] | None,
          lines: Sequence[int | None] | None, record: Callable[[int], Any], strict: bool = False) -> Checked:
    """Validate a raw table (see check_part), then the whole: ids used twice, lines, --strict."""
    return finish([check_part(raw, text=text, why=why, record=record)], path=path, lines=lines, strict=strict)


def finish(parts: list[Part], *, path: str, lines: Sequence[int | None] | None, strict: bool) -> Checked:
    """The parts of one file as one table: ids used twice are resolved over the whole file, and
    each problem gets its line (None for `lines`: row i is line i + 1). `parts` is emptied, so
    each block is freed once it is in the table."""
    rows = pa.concat_arrays([p.rows for p in parts]) if parts else pa.array([], pa.int64())
    found = [q for p in parts for q in p.problems]
    tables = [p.table for p in parts]
    parts.clear()
    table = columns.concat(tables)
    table, dropped = _duplicates(table, rows)
    found += dropped
    found.sort(key=lambda q: q[0])
    problems = [Problem(path, _line(lines, i), fld, reason) for i, fld, reason in found]
    if strict and problems:
        p = problems[0]
        raise InputError(p.reason, path=p.path, line=p.line, field=p.field)
    return Checked(table, problems)


def check_part(raw: pa.Table, *, text: bool, why: Sequence[Any] | None, record: Callable[[int], Any],
               offset: int = 0) -> Part:
    """Validate a raw table: the rows that are plainly valid in bulk, the others by the record rules.

    text: every cell is a string, as in CSV (lists joined with ';'); otherwise the columns are typed
    as RAW_JSON. why: the `why` value of each row as parsed (JSON), or None when no row has one (for
    text, the column holds it). record(i): row i as the mapping the record rules read. offset: the
    number in the file of this table's first row.
    """
    n = raw.num_rows
    col = _Columns(raw, text)
    ok = pa.array(np.ones(n, dtype=bool))
    out: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        values, good = col.text(name)
        out[name] = values
        ok = pc.and_(ok, good)
    for name in REQUIRED:
        ok = pc.and_(ok, pc.is_valid(out[name]))
    ok = pc.and_(ok, pc.fill_null(pc.is_in(out["event_type"], pa.array(EVENT_TYPES)), False))
    for name, allowed in (("date_precision", DATE_PRECISIONS), ("venue_basis", VENUE_BASES),
                          ("geo_precision", GEO_PRECISIONS)):
        ok = pc.and_(ok, pc.or_kleene(pc.is_null(out[name]), pc.is_in(out[name], pa.array(allowed))))
    out["venue_basis"] = _filled(out["venue_basis"], pa.scalar("none"))
    out["summary"] = _filled(out["summary"], pa.scalar(""))
    country = out["venue_country"]
    ok = pc.and_(ok, pc.or_kleene(pc.is_null(country), pc.match_substring_regex(country, _ISO2)))

    dates_ok, out["date_end"], out["date_precision"] = _dates(out["date_start"], out["date_end"],
                                                              out["date_precision"])
    ok = pc.and_(ok, dates_ok)
    for name, lo, hi in (("lat", -90, 90), ("lon", -180, 180), ("confidence", 0, 1)):
        out[name], good = col.number(name, lo, hi)
        ok = pc.and_(ok, good)
    ok = pc.and_(ok, pc.equal(pc.is_null(out["lat"]), pc.is_null(out["lon"])))
    for name in ("actors", "persons", "source_urls"):
        out[name], good = col.strings(name, _ISO2 if name == "actors" else None)
        ok = pc.and_(ok, good)
    out["evidence"], good = col.evidence()
    ok = pc.and_(ok, good)
    out["in_passing"], good = col.flag()
    ok = pc.and_(ok, good)
    out["why"], good = col.why(why)
    ok = pc.and_(ok, good)

    ok = pc.fill_null(ok, False)
    bad_rows = pc.indices_nonzero(pc.invert(ok)).to_pylist()
    fast = pc.indices_nonzero(ok)
    every = len(bad_rows) == 0   # the common case: nothing to take out
    table = pa.table({name: out[name] if every else pc.take(out[name], fast) for name in columns.SCHEMA.names},
                     schema=columns.SCHEMA)
    table = _fill_ids(table)
    problems: list[tuple[int, str | None, str]] = []
    slow: list[Event] = []
    slow_rows: list[int] = []
    for i in bad_rows:
        try:
            rec = record(i)
            if not isinstance(rec, dict):
                raise Bad(None, f"expected an object, got {type(rec).__name__}")
            slow.append(event_from_record(rec))
            slow_rows.append(i)
        except Bad as bad:
            problems.append((offset + i, bad.field, bad.reason))
    rows = fast.cast(pa.int64())
    if slow:
        rows = pa.concat_arrays([rows, pa.array(slow_rows, pa.int64())])
        table = pa.concat_tables([table, columns.from_events(slow)])
        order = pc.sort_indices(rows)
        table, rows = table.take(order), pc.take(rows, order)
    return Part(table, pc.add(rows, offset) if offset else rows, problems)


def _line(lines: Sequence[int | None] | None, i: int) -> int | None:
    return i + 1 if lines is None else lines[i]


class _Columns:
    """The raw columns, each check returning (normal values, row is plainly valid)."""

    def __init__(self, raw: pa.Table, text: bool) -> None:
        self.raw, self.text_cells, self.n = raw, text, raw.num_rows

    def get(self, name: str, type_: pa.DataType) -> pa.Array:
        if name in self.raw.column_names:
            return columns.whole(self.raw.column(name))
        return pa.nulls(self.n, pa.string() if self.text_cells else type_)

    def _true(self) -> pa.Array:
        return pa.array(np.ones(self.n, dtype=bool))

    def text(self, name: str) -> tuple[pa.Array, pa.Array]:
        v = self.get(name, pa.string())
        good = pc.fill_null(pc.invert(_edged(v)), True)
        empty = pc.equal(v, "")
        if pc.any(empty).as_py():   # "" is no value; replaced only where there is one (a copy)
            v = pc.if_else(empty, pa.scalar(None, pa.string()), v)
        return v, good

    def number(self, name: str, lo: float, hi: float) -> tuple[pa.Array, pa.Array]:
        v = self.get(name, pa.float64())
        if self.text_cells:
            shaped = pc.match_substring_regex(v, _NUMBER)
            good = pc.or_(pc.equal(v, ""), shaped)
            v = pc.cast(pc.if_else(shaped, v, pa.scalar(None, pa.string())), pa.float64())
        else:
            good = self._true()
        inside = pc.and_(pc.greater_equal(v, lo), pc.less_equal(v, hi))  # NaN fails: the record rules decide
        good = pc.and_(good, pc.fill_null(inside, True))
        return v, good

    def strings(self, name: str, pattern: str | None) -> tuple[pa.Array, pa.Array]:
        v = self.get(name, pa.list_(pa.string()))
        good = self._true()
        if self.text_cells:
            empty = pc.equal(v, "")
            if name == "source_urls":   # split only where another address starts (see validate.URL_SPLIT)
                awkward = pc.or_(pc.match_substring_regex(v, f";{_WS}|\x00"),
                                 pc.and_(pc.match_substring(v, ";"), pc.invert(pc.string_is_ascii(v))))
                good = pc.invert(awkward)
                v = pc.replace_substring_regex(v, r";([a-zA-Z][a-zA-Z0-9_+.-]*:)", "\x00\\1")
                sep = "\x00"
            else:
                sep = ";"
            v = pc.if_else(empty, pa.scalar([], pa.list_(pa.string())), pc.split_pattern(v, sep))
        v = _filled(v, pa.scalar([], pa.list_(pa.string())))
        items = pc.list_flatten(v)
        if len(items):
            item_ok = pc.and_(pc.invert(_edged(items)), pc.not_equal(items, ""))
            if pattern:
                item_ok = pc.and_(item_ok, pc.match_substring_regex(items, pattern))
            item_ok = pc.fill_null(item_ok, False)
            bad_items = pc.indices_nonzero(pc.invert(item_ok))
            if len(bad_items):
                parents = pc.unique(pc.take(pc.list_parent_indices(v), bad_items))
                good = pc.and_(good, pc.invert(pc.is_in(pa.array(range(self.n), pa.int64()),
                                                       parents.cast(pa.int64()))))
        return v.cast(pa.list_(pa.string())), good

    def evidence(self) -> tuple[pa.Array, pa.Array]:
        v = self.get("evidence", pa.list_(pa.int64()))
        if self.text_cells:
            shaped = pc.match_substring_regex(v, r"^\d{1,15};\d{1,15}$")
            good = pc.or_(pc.equal(v, ""), shaped)
            parts = pc.split_pattern(pc.if_else(shaped, v, pa.scalar(None, pa.string())), ";")
            v = pc.cast(parts, pa.list_(pa.int64()))
            return v, good
        two = pc.equal(pc.list_value_length(v), 2)
        whole = pc.is_valid(v)
        items = pc.list_flatten(v)
        if len(items) and pc.any(pc.is_null(items)).as_py():
            bad = pc.unique(pc.take(pc.list_parent_indices(v), pc.indices_nonzero(pc.is_null(items))))
            two = pc.and_(two, pc.invert(pc.is_in(pa.array(range(self.n), pa.int64()), bad.cast(pa.int64()))))
        return v, pc.or_(pc.invert(whole), pc.fill_null(two, False))

    def flag(self) -> tuple[pa.Array, pa.Array]:
        v = self.get("in_passing", pa.bool_())
        if self.text_cells:
            good = pc.fill_null(pc.is_in(v, pa.array(_TRUE + _FALSE)), True)
            return pc.fill_null(pc.is_in(v, pa.array(_TRUE)), False), good
        return _filled(v, pa.scalar(False)), self._true()

    def why(self, parsed: Sequence[Any] | None) -> tuple[pa.Array, pa.Array]:
        """`why` as orjson's text of the object; anything but an object (or nothing) is for the rules."""
        if self.text_cells:
            cells = self.get("why", pa.string()).to_pylist()
            parsed = []
            for c in cells:
                if c is None or not c.strip():
                    parsed.append(None)
                    continue
                try:
                    parsed.append(orjson.loads(c))
                except orjson.JSONDecodeError:
                    parsed.append(_NOT_AN_OBJECT)
        if parsed is None:
            return pa.nulls(self.n, pa.string()), self._true()
        texts, good = [], []
        for value in parsed:
            if value is None or (value.__class__ is dict and not value):
                texts.append(None)
                good.append(True)
            elif value.__class__ is dict:
                texts.append(orjson.dumps(value).decode())
                good.append(True)
            else:
                texts.append(None)
                good.append(False)
        return pa.array(texts, pa.string()), pa.array(good, pa.bool_())


_NOT_AN_OBJECT = object()


def _filled(v: pa.Array | pa.ChunkedArray, value: pa.Scalar) -> pa.Array | pa.ChunkedArray:
    """Nulls replaced by `value`; the same column when it has none (no copy)."""
    return pc.fill_null(v, value) if v.null_count else v


def _edged(v: pa.Array) -> pa.Array:
    """Whether a value starts or ends with what str.strip() removes (False for null).

    Only the first and last byte of each value are read, from Arrow's buffers: an ASCII space
    there decides at once, a plain ASCII character clears the value, and only a value that starts
    or ends with a multi-byte character is looked at as text (_edged_text)."""
    v = columns.whole(v)
    n = len(v)
    if n == 0 or v.buffers()[2] is None or v.buffers()[2].size == 0:
        return pa.array(np.zeros(n, dtype=bool))
    offsets = np.frombuffer(v.buffers()[1], np.int32)[v.offset: v.offset + n + 1]
    data = np.frombuffer(v.buffers()[2], np.uint8)
    has = offsets[1:] > offsets[:-1]
    if v.null_count:
        has &= v.is_valid().to_numpy(zero_copy_only=False)
    first = np.where(has, data[np.minimum(offsets[:-1], len(data) - 1)], 0x41)
    last = np.where(has, data[np.maximum(offsets[1:] - 1, 0)], 0x41)
    edged = _ASCII_SPACE[first] | _ASCII_SPACE[last]
    wide = np.flatnonzero((first >= 0x80) | (last >= 0x80))
    if len(wide):
        edged[wide] = _edged_text(v.take(pa.array(wide))).to_numpy(zero_copy_only=False)
    return pa.array(edged)


_ASCII_SPACE = np.zeros(256, dtype=bool)
_ASCII_SPACE[[c for c in range(0x80) if chr(c).isspace()]] = True


@functools.cache
def _spaces() -> pa.Array:
    """_SPACES as an Arrow array, made on first use: pyarrow imports pandas when it makes its first
    array, which the build starts on a thread of its own while it hashes the inputs."""
    return pa.array(_SPACES, pa.string())


def _edged_text(v: pa.Array) -> pa.Array:
    """_edged for values that start or end with a multi-byte character, by their characters."""
    first = pc.utf8_slice_codeunits(v, 0, 1)
    last = pc.utf8_slice_codeunits(v, -1, 2 ** 31 - 1)
    return pc.fill_null(pc.or_(pc.is_in(first, _spaces()), pc.is_in(last, _spaces())), False)


_KNOWN_DATES: dict[str, tuple[str | None, int | None, int | None, str]] = {}


def _date_info(v: str) -> tuple[str | None, int | None, int | None, str]:
    """A date's precision by its shape (None: no date), first and last day, the precision its
    length implies; kept, since the blocks of a file share most of their dates."""
    kind = next((k for k in DATE_PRECISIONS if _DATE[k].match(v)), None)
    first = last = None
    if kind is not None:
        try:
            a, b = period_bounds(v)
            first, last = day_number(a), day_number(b)
        except ValueError:
            kind = None
    out = (kind, first, last, _PRECISION_OF_LENGTH.get(len(v), "day"))
    if len(_KNOWN_DATES) < 1 << 20:
        _KNOWN_DATES[v] = out
    return out


def _dates(start: pa.Array, end: pa.Array, given: pa.Array) -> tuple[pa.Array, pa.Array, pa.Array]:
    """Rows whose dates are plainly right, the end date (the start when none), the precision."""
    end = pc.coalesce(end, start)
    values = pc.unique(pa.concat_arrays([start.cast(pa.string()), end.cast(pa.string())]).drop_null())
    known = _KNOWN_DATES
    info = [known.get(v) or _date_info(v) for v in values.to_pylist()]
    kinds, firsts, lasts, implied = zip(*info) if info else ((), (), (), ())
    kinds, firsts, lasts, implied = (pa.array(kinds, pa.string()), pa.array(firsts, pa.int64()),
                                     pa.array(lasts, pa.int64()), pa.array(implied, pa.string()))
    si, ei = pc.index_in(start, values), pc.index_in(end, values)
    precision = pc.coalesce(given, pc.take(implied, si))
    end_precision = pc.if_else(pc.equal(pc.utf8_length(end), pc.utf8_length(start)), precision, pc.take(implied, ei))
    good = pc.and_(pc.equal(pc.take(kinds, si), precision), pc.equal(pc.take(kinds, ei), end_precision))
    good = pc.and_(good, pc.greater_equal(pc.take(lasts, ei), pc.take(firsts, si)))
    return pc.fill_null(good, False), end, precision


def _fill_ids(table: pa.Table) -> pa.Table:
    """Rows without an id get the stable id of their facts, as the record rules give it."""
    ids = table.column("id")
    missing = pc.indices_nonzero(pc.is_null(ids)).to_pylist()
    if not missing:
        return table
    sub = table.take(missing)
    made = [stable_id(d, s, h, v) for d, s, h, v in zip(*(sub.column(c).to_pylist() for c in
                                                             ("doc", "date_start", "headline", "venue")))]
    values = ids.to_pylist()
    for i, v in zip(missing, made):
        values[i] = v
    return table.set_column(0, "id", pa.array(values, pa.string()))


def _duplicates(table: pa.Table, rows: pa.Array) -> tuple[pa.Table, list[tuple[int, str | None, str]]]:
    """A repeated id: the same event again is dropped quietly; other content under it is a problem."""
    counts = pc.value_counts(table.column("id"))
    repeated = pc.filter(counts.field("values"), pc.greater(counts.field("counts"), 1))
    if not len(repeated):
        return table, []
    where = pc.indices_nonzero(pc.is_in(table.column("id"), repeated)).to_pylist()
    events = columns.to_events(table.take(where))
    first: dict[str, Event] = {}
    drop, problems = [], []
    for i, e in zip(where, events):
        prev = first.get(e.id)
        if prev is None:
            first[e.id] = e
            continue
        drop.append(i)
        if prev != e:
            problems.append((rows[i].as_py(), "id", f"'{e.id}' is used twice with different content"))
    keep = pc.invert(pc.is_in(pa.array(range(table.num_rows), pa.int64()), pa.array(drop, pa.int64())))
    return table.filter(keep), problems


def days(table: pa.Table) -> tuple[pa.Array, pa.Array]:
    """First and last day (days since 1970) of every row, worked out once per distinct date."""
    start, end = table.column("date_start").combine_chunks(), table.column("date_end").combine_chunks()
    values = pc.unique(pa.concat_arrays([start, end]))
    bounds = [period_bounds(v) for v in values.to_pylist()]
    firsts = pa.array([day_number(a) for a, _ in bounds], pa.int64())
    lasts = pa.array([day_number(b) for _, b in bounds], pa.int64())
    return pc.take(firsts, pc.index_in(start, values)), pc.take(lasts, pc.index_in(end, values))

