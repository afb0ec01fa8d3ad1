"""Event files → columns: JSON lines, CSV and GeoJSON, the suffix decides (READERS).

Each reader first tries Arrow's own parser on the file as it is, which reads a million rows in a
few seconds; the columns are then checked in bulk (checks.py). A file Arrow cannot take whole (a
value of the wrong type, Windows-1250 text, a broken line, a blank line inside a CSV record) is
read record by record as before, with the same rules and the same messages.
"""
from __future__ import annotations

import codecs
import csv
import gc
import io
import json
import re
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator

import orjson
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import pyarrow.json as pa_json

from ..errors import InputError
from . import columns
from .checks import RAW_JSON, Checked, check, check_part, finish
from .schema import FIELD_NAMES, REQUIRED, ReadResult
from .validate import validate_records

_WHY = re.compile(rb'"why"\s*:\s*[^\sn]')   # a line whose why is more than null
EMPTY = "the file is empty; expected events as JSON lines, CSV or GeoJSON"
_BLOCK = 1 << 23   # 8 MB: Arrow's readers hold a few blocks at a time


def read_table(path: str | Path, strict: bool = False) -> Checked:
    """Events of one file as a checked table, and the rows that could not become events."""
    p = str(path)
    suffix = Path(p).suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        raise InputError(f"unknown event file type '{suffix}'; use .jsonl, .csv or .geojson", path=p)
    checked = reader(p, strict)
    holder = [checked.table]
    checked.table = None
    checked.table = columns.one_chunk(holder)
    columns.give_back()
    return checked


def read_events(path: str | Path, strict: bool = False) -> ReadResult:
    """The same as objects: for callers that need one `Event` per row (small files)."""
    checked = read_table(path, strict)
    return ReadResult(columns.to_events(checked.table), checked.problems)


# --- JSON lines ------------------------------------------------------------------------------------

def _jsonl(p: str, strict: bool) -> Checked:
    scan = _scan(p, whole=False)
    if scan is not None:
        fast = _jsonl_columns(p, scan, strict)
        if fast is _SAYS_WHY:   # a line holds a why after all: read again, each why parsed
            fast = _jsonl_columns(p, _scan(p), strict)
        if fast is not None:
            return fast
    with open(p, encoding=_encoding(p), newline=None) as lines:
        result = _without_gc(validate_records, json_lines(lines, p), p, strict=strict)
    if not result.events and not result.problems:
        raise InputError(EMPTY, path=p)
    return Checked(columns.from_events(result.events), result.problems)


def _jsonl_columns(p: str, scan: "_Scan", strict: bool) -> "Checked | None | object":
    """Arrow's reader, a block of lines at a time, each block checked as it comes (so the raw
    and the checked rows of the whole file are never both in memory); None when Arrow cannot read
    the file (a value of another type than the schema's, a line that is not an object...).

    Unless the scan saw a why, Arrow reads `why` as a column that must stay null: most large files
    say `"why": null` on every line, and so one pass over the bytes is spared. A line whose why is
    more than null then stops the reading with _SAYS_WHY, for the caller to read the file again."""
    try:
        why = _why(p) if scan.why else None
    except (ValueError, AttributeError):   # a line that is not an object: the record rules say so
        return None
    parts, offset = [], 0
    schema = RAW_JSON if scan.why else _NULL_WHY
    try:
        reader = pa_json.open_json(p, read_options=pa_json.ReadOptions(block_size=_BLOCK),
                                   parse_options=pa_json.ParseOptions(explicit_schema=schema,
                                                                      unexpected_field_behavior="ignore"))
        for batch in reader:
            raw = pa.Table.from_batches([batch])
            if not scan.why:
                raw = raw.drop_columns(["why"])
            raw.validate(full=True)   # Arrow's JSON parser passes bytes that are not UTF-8 through
            part_why = None if why is None else why[offset: offset + raw.num_rows]
            parts.append(check_part(raw, text=False, why=part_why, record=_record(raw, part_why), offset=offset))
            offset += raw.num_rows
            columns.give_back()
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, OSError) as e:
        if not scan.why and "Column(/why)" in str(e):
            parts.clear()
            columns.give_back()
            return _SAYS_WHY
        return None
    if offset == 0:
        raise InputError(EMPTY, path=p)
    # Rows are lines but for blank ones; their numbers are looked up only if a problem needs one.
    lines = _line_numbers(p) if any(part.problems for part in parts) or _has_dup_ids(parts) else None
    return finish(parts, path=p, lines=lines, strict=strict)   # finish empties `parts`


def _record(raw: pa.Table, why: list[Any] | None) -> Callable[[int], Any]:
    """Row i of a block as the mapping the record rules read."""
    def record(i: int) -> Any:
        rec = {k: v for k, v in raw.slice(i, 1).to_pylist()[0].items() if v is not None}
        if why is not None and why[i] is not None:
            rec["why"] = why[i]
        return rec
    return record


_SAYS_WHY = object()   # _jsonl_columns: a line holds a why that is more than null
_NULL_WHY = pa.schema([*RAW_JSON, pa.field("why", pa.null())])


class _Scan:
    """What a look at the bytes tells: whether any line holds a why."""

    def __init__(self) -> None:
        self.why = False


def _opened(path: str) -> BinaryIO:
    """The file opened for reading bytes, or an InputError that names it."""
    try:
        return open(path, "rb")
    except OSError as e:
        raise InputError(f"cannot read the file ({e.strerror})", path=path) from None


def _scan(p: str, whole: bool = True) -> _Scan | None:
    """None when the file starts as no plain UTF-8 JSON lines do (a BOM, a NUL); with `whole`,
    also look for a why, in blocks of whole lines, so a why is never cut in two (without, the
    reader finds one: see _jsonl_columns)."""
    out = _Scan()
    with _opened(p) as f:
        head = f.read(4)
        if head.startswith(codecs.BOM_UTF8) or b"\x00" in head:
            return None
        if not whole:
            return out
        f.seek(0)
        rest = b""
        while not out.why and (chunk := f.read(_BLOCK)):
            end = chunk.rfind(b"\n") + 1
            lines, rest = (rest + chunk[:end], chunk[end:]) if end else (b"", rest + chunk)
            out.why = _has_why(lines)
        out.why = out.why or _has_why(rest)
    return out


def _has_why(lines: bytes) -> bool:
    """Whether a line holds a why that is more than null. Counting is far quicker than the
    pattern, and a large file usually says `"why": null` on every line: the pattern looks only
    when some "why" is followed by something else."""
    said = lines.count(b'"why"')
    if said == lines.count(b'"why": null') + lines.count(b'"why":null'):
        return False
    return _WHY.search(lines) is not None


def _has_dup_ids(parts: list) -> bool:
    ids = pa.chunked_array([p.table.column("id").combine_chunks() for p in parts])
    return pc.count_distinct(ids).as_py() != len(ids)


def _line_numbers(p: str) -> list[int]:
    """The line of each row, when blank lines make them differ."""
    with open(p, "rb") as f:
        return [n for n, line in enumerate(f, 1) if line.strip()]


def _why(p: str) -> list[Any]:
    """Each row's `why`, parsed (only lines that hold more than null are parsed)."""
    with open(p, "rb") as f:
        return [orjson.loads(line).get("why") if _WHY.search(line) else None for line in f if line.strip()]


def json_lines(lines: Iterable[str], path: str) -> Iterator[tuple[int, Any]]:
    """(line number, value) for each non-blank line; a broken line is an InputError naming it."""
    for n, line in enumerate(lines, 1):
        if not line or line.isspace():
            continue
        try:
            rec = orjson.loads(line)
        except ValueError:
            try:  # the standard parser decides (it takes NaN, orjson does not) and words the error
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"not valid JSON ({e.msg})", path=path, line=n) from None
        yield n, rec


# --- CSV -------------------------------------------------------------------------------------------

def _csv(p: str, strict: bool) -> Checked:
    fast = _csv_columns(p)
    if fast is not None:
        raw = fast

        def record(i: int) -> Any:
            return raw.slice(i, 1).to_pylist()[0]

        return check(raw, path=p, text=True, why=None, lines=[i + 2 for i in range(raw.num_rows)],
                     record=record, strict=strict)
    text = read_text(p)
    if not text.strip():
        raise InputError(EMPTY, path=p)
    result = _without_gc(validate_records, _csv_records(text, p), p, strict=strict)
    return Checked(columns.from_events(result.events), result.problems)


def _csv_columns(p: str) -> pa.Table | None:
    """Every cell as text, when the file is UTF-8 with one record per line and a usable header."""
    try:
        with open(p, "rb") as f:
            head = f.read(1 << 16)
    except OSError as e:
        raise InputError(f"cannot read the file ({e.strerror})", path=p) from None
    if not head.strip() or head.startswith(codecs.BOM_UTF8) or b"\x00" in head or b"\r" in head:
        return None
    header = head.split(b"\n", 1)[0]
    try:
        names = next(csv.reader([header.decode("utf-8")]))
    except (UnicodeDecodeError, StopIteration, csv.Error):
        return None
    if len(set(names)) != len(names) or any(c not in names for c in REQUIRED):
        return None
    try:
        raw = pa_csv.read_csv(p, read_options=pa_csv.ReadOptions(block_size=_BLOCK),
                              parse_options=pa_csv.ParseOptions(newlines_in_values=True),
                              convert_options=pa_csv.ConvertOptions(
                                  column_types={c: pa.string() for c in names}, strings_can_be_null=False,
                                  quoted_strings_can_be_null=False))
    except (pa.ArrowInvalid, OSError):
        return None
    lines = 0
    with open(p, "rb") as f:
        last = b"\n"
        while chunk := f.read(_BLOCK):
            if b"\r" in chunk:
                return None
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    lines += last != b"\n"
    if raw.num_rows != lines - 1:   # a blank line, or a line break inside a quoted cell
        return None
    return raw


def _csv_records(text: str, path: str) -> Iterator[tuple[int, dict[str, Any]]]:
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None:
        raise InputError("the CSV has no header row", path=path, line=1)
    missing = [c for c in REQUIRED if c not in reader.fieldnames]
    if missing:
        raise InputError(f"the header lacks the column(s) {', '.join(missing)}; "
                         f"expected columns: {', '.join(FIELD_NAMES)}", path=path, line=1)
    for rec in reader:
        yield reader.line_num, rec


# --- GeoJSON ---------------------------------------------------------------------------------------

def _geojson(p: str, strict: bool) -> Checked:
    text = read_text(p)
    if not text.strip():
        raise InputError(EMPTY, path=p)
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise InputError(f"not valid JSON ({e.msg})", path=p, line=e.lineno) from None
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise InputError("expected a GeoJSON FeatureCollection", path=p)
    records = list(_geojson_records(data))
    raw = _typed(records)
    if raw is None:
        return Checked(*_by_record(records, p, strict))
    why = [r.get("why") if isinstance(r, dict) else None for r in records]
    return check(raw, path=p, text=False, why=why if any(w is not None for w in why) else None,
                 lines=None, record=records.__getitem__, strict=strict)


def _geojson_records(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for feat in data.get("features") or []:
        props = dict((feat or {}).get("properties") or {})
        geom = (feat or {}).get("geometry")
        if geom and geom.get("type") == "Point":
            props.setdefault("lon", geom["coordinates"][0])
            props.setdefault("lat", geom["coordinates"][1])
        yield props


def _typed(records: list[dict[str, Any]]) -> pa.Table | None:
    """Records as RAW_JSON columns, or None when a value has another type than the schema's."""
    try:
        return pa.table({f.name: pa.array([r.get(f.name) for r in records], type=f.type) for f in RAW_JSON},
                        schema=RAW_JSON)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
        return None


def _by_record(records: list[dict[str, Any]], p: str, strict: bool) -> tuple[pa.Table, list]:
    result = _without_gc(validate_records, ((i, r) for i, r in enumerate(records, 1)), p, strict=strict)
    return columns.from_events(result.events), result.problems


READERS: dict[str, Callable[[str, bool], Checked]] = {
    ".jsonl": _jsonl, ".ndjson": _jsonl, ".csv": _csv, ".geojson": _geojson, ".json": _geojson,
}


# --- text ------------------------------------------------------------------------------------------

def read_text(path: str | Path) -> str:
    """Read a text file as UTF-8 (BOM or not), UTF-16 or Windows-1250, and say so when it is neither."""
    from ..read.text import decode  # the document readers' decoding; imported here, when a file is read

    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read the file ({e.strerror})", path=str(p)) from None
    return decode(raw, p)[0]


def _encoding(path: str) -> str:
    """'utf-8-sig' or 'cp1250', decided as read_text decides, reading the file a chunk at a time."""
    with _opened(path) as f:
        head = f.read(4096)
        if b"\x00" in head:
            raise InputError("looks like a binary file, not text; give a UTF-8 or Windows-1250 text file",
                             path=path)
        for encoding in ("utf-8-sig", "cp1250"):
            f.seek(0)
            decoder, offset, newlines = codecs.getincrementaldecoder(encoding)(), 0, 0
            try:
                while chunk := f.read(1 << 22):
                    decoder.decode(chunk)
                    offset += len(chunk)
                    newlines += chunk.count(b"\n")
                decoder.decode(b"", final=True)
                return encoding
            except UnicodeDecodeError as e:
                if encoding == "utf-8-sig":
                    first = (offset + e.start, newlines + chunk[: e.start].count(b"\n") + 1,
                             chunk[e.start] if e.start < len(chunk) else 0)
        at, line, byte = first
        raise InputError(f"byte 0x{byte:02x} at offset {at} is neither UTF-8 nor Windows-1250; "
                         "re-save the file as UTF-8", path=path, line=line)


def _without_gc(fn, *args, **kwargs):
    """Run `fn` with the cyclic garbage collector paused, then set what it made aside for good.

    Reading record by record builds millions of small containers and no cycles. Left in the
    collector's view, they would be walked again and again by every later stage that allocates.
    Frozen, they are still freed when unused.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        return fn(*args, **kwargs)
    finally:
        gc.freeze()
        if was:
            gc.enable()
