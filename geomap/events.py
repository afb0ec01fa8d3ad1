"""The event schema shared by extraction, build and exports, with its readers and writers.

One record per happening. Every reader validates and names the file, line and field of a bad
value; in lenient mode bad rows are returned as `Problem`s so the caller can report them.
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import gc
import hashlib
import io
import json
import math
import operator
import re
import sys
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator

from .errors import InputError

try:  # a much faster JSON parser and writer when installed; the standard library otherwise
    import orjson
except ImportError:  # pragma: no cover - orjson is a declared dependency
    orjson = None

EVENT_TYPES = ("summit", "visit", "meeting", "ceremony_forum", "agreement", "statement",
               "military", "other")
DATE_PRECISIONS = ("day", "month", "year")
GEO_PRECISIONS = ("site", "city", "admin1", "island", "country")
VENUE_BASES = ("explicit", "implied", "none")
LIST_FIELDS = ("actors", "persons", "source_urls")

_ISO2 = re.compile(r"^[A-Z]{2}$")
_DATE = {"day": re.compile(r"^\d{4}-\d{2}-\d{2}$"), "month": re.compile(r"^\d{4}-\d{2}$"),
         "year": re.compile(r"^\d{4}$")}


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    doc: str
    date_start: str
    date_end: str
    date_precision: str
    event_type: str
    headline: str
    summary: str = ""
    venue: str | None = None
    venue_id: str | None = None
    venue_text: str | None = None
    venue_basis: str = "none"
    venue_country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: str | None = None
    origin: str | None = None
    actors: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()
    source_urls: tuple[str, ...] = ()
    # Written by the extractor; empty for curated events.
    evidence: tuple[int, int] | None = None
    confidence: float | None = None
    in_passing: bool = False
    # Why the extractor read the event so: the words and rules behind its date, venue, type and
    # actors, and what makes it doubtful (`geomap extract --explain`, the page's evidence).
    why: dict[str, Any] | None = None

    @property
    def placed(self) -> bool:
        return self.lat is not None and self.lon is not None

    def first_day(self) -> dt.date:
        return period_bounds(self.date_start)[0]

    def last_day(self) -> dt.date:
        return period_bounds(self.date_end)[1]

    def to_dict(self) -> dict[str, Any]:
        # Not dataclasses.asdict: it deep-copies every value, which costs seconds per 100,000 events.
        d = dict(zip(FIELD_NAMES, _all_fields(self)))
        for name in LIST_FIELDS:
            d[name] = list(d[name])
        d["evidence"] = list(self.evidence) if self.evidence else None
        return d

    def with_(self, **changes: Any) -> "Event":
        return replace(self, **changes)


FIELD_NAMES = tuple(f.name for f in fields(Event))
_all_fields = operator.attrgetter(*FIELD_NAMES)
REQUIRED = ("doc", "date_start", "event_type", "headline")


@dataclass(frozen=True, slots=True)
class Problem:
    """A row that could not become an event, kept so the build report can list it."""
    path: str
    line: int | None
    field: str | None
    reason: str

    def __str__(self) -> str:
        return str(InputError(self.reason, path=self.path, line=self.line, field=self.field))


@dataclass
class ReadResult:
    events: list[Event] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@lru_cache(maxsize=1 << 16)
def period_bounds(value: str) -> tuple[dt.date, dt.date]:
    """First and last day covered by a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` value (cached: a million
    events share a few thousand dates)."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        d = dt.date(*parts)
        return d, d
    if len(parts) == 2:
        y, m = parts
        first = dt.date(y, m, 1)
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def stable_id(doc: str, date_start: str, headline: str, venue: str | None = None) -> str:
    """An id that survives re-extraction as long as the event's facts stay the same."""
    key = "|".join([doc, date_start, (venue or "").lower(), " ".join(headline.lower().split())])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


# --- validation -----------------------------------------------------------------------------

class _Bad(Exception):
    def __init__(self, fld: str, reason: str) -> None:
        super().__init__(reason)
        self.field, self.reason = fld, reason


def _text(rec: dict[str, Any], name: str, required: bool = False) -> str | None:
    v = rec.get(name)
    if v.__class__ is str:  # the common case, first: this runs ~15 times per event
        v = v.strip() or None
    elif v is None or (isinstance(v, float) and math.isnan(v)):
        v = None
    else:
        v = str(v).strip() or None
    if required and v is None:
        raise _Bad(name, "is required and empty")
    return v


def _shared(v: str | None) -> str | None:
    return None if v is None else sys.intern(v)


def _shared_text(rec: dict[str, Any], name: str, required: bool = False) -> str | None:
    """_text, interned: for values that repeat across events."""
    v = rec.get(name)
    if v.__class__ is str:
        v = v.strip()
        if v:
            return sys.intern(v)
    return _shared(_text(rec, name, required))


def _list(rec: dict[str, Any], name: str) -> tuple[str, ...]:
    v = rec.get(name)
    if v is None or v == "":
        return ()
    if isinstance(v, str):
        v = v.split(";")
    if not isinstance(v, (list, tuple)):
        raise _Bad(name, f"must be a list, got {type(v).__name__}")
    items = [x.strip() if x.__class__ is str else str(x).strip() for x in v]
    return tuple([x for x in items if x] if "" in items else items)


@lru_cache(maxsize=1 << 16)  # dates repeat; a bad one raises and is not cached
def _date(name: str, value: str, precision: str) -> None:
    if not _DATE[precision].match(value):
        shape = {"day": "YYYY-MM-DD", "month": "YYYY-MM", "year": "YYYY"}[precision]
        raise _Bad(name, f"'{value}' is not a {precision} date; write {shape}")
    try:
        period_bounds(value)
    except ValueError:
        raise _Bad(name, f"'{value}' is not a real calendar date") from None


def _precision_of(value: str) -> str:
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "day")


def _number(rec: dict[str, Any], name: str, lo: float, hi: float) -> float | None:
    v = rec.get(name)
    if v.__class__ is float and lo <= v <= hi:  # the common case; NaN fails the test and goes on
        return v
    if v is None or v == "":
        return None
    try:
        x = float(v)
    except (TypeError, ValueError):
        raise _Bad(name, f"'{v}' is not a number") from None
    if math.isnan(x):
        return None
    if not lo <= x <= hi:
        raise _Bad(name, f"{x} is outside {lo}..{hi}")
    return x


def _choice(rec: dict[str, Any], name: str, allowed: tuple[str, ...], default: str | None) -> str | None:
    v = rec.get(name)
    if v.__class__ is str and v in allowed:  # the common case: the constant itself, shared
        return _CONSTANTS[v]
    v = _text(rec, name)
    if v is None:
        return default
    if v not in allowed:
        raise _Bad(name, f"'{v}' is not one of: {', '.join(allowed)}")
    return _CONSTANTS[v]


_CONSTANTS = {v: v for v in EVENT_TYPES + DATE_PRECISIONS + GEO_PRECISIONS + VENUE_BASES}


def _iso2(field: str, code: str) -> str:
    if code not in _CODES:
        if not _ISO2.match(code):
            raise _Bad(field, f"'{code}' is not an ISO 3166 alpha-2 code")
        _CODES[code] = sys.intern(code)
    return _CODES[code]


_CODES: dict[str, str] = {}


def event_from_record(rec: dict[str, Any]) -> Event:
    """Validate one mapping against the schema; raises `_Bad` naming the field."""
    # Values that repeat across events (documents, dates, places, countries) are interned: a
    # million events then hold one copy of each instead of a million.
    doc = _shared_text(rec, "doc", required=True)  # the REQUIRED fields, in that order
    start = _shared_text(rec, "date_start", required=True)
    _text(rec, "event_type", required=True)
    headline = _text(rec, "headline", required=True)
    end = _shared_text(rec, "date_end") or start
    precision = _choice(rec, "date_precision", DATE_PRECISIONS, None) or _precision_of(start)
    _date("date_start", start, precision)
    _date("date_end", end, _precision_of(end) if len(end) != len(start) else precision)
    if period_bounds(end)[1] < period_bounds(start)[0]:
        raise _Bad("date_end", f"{end} is before date_start {start}")
    lat = _number(rec, "lat", -90, 90)
    lon = _number(rec, "lon", -180, 180)
    if (lat is None) != (lon is None):
        raise _Bad("lon" if lon is None else "lat", "lat and lon must be given together")
    actors = tuple(_iso2("actors", code) for code in _list(rec, "actors"))
    country = _text(rec, "venue_country")
    if country is not None:
        country = _iso2("venue_country", country)
    urls = _list(rec, "source_urls")
    if isinstance(rec.get("source_urls"), str):  # CSV: addresses may hold ';' themselves
        urls = tuple(u.strip() for u in re.split(r";(?=\s*[a-zA-Z][\w+.-]*:)", rec["source_urls"]) if u.strip())
    evidence = rec.get("evidence")
    if evidence in ("", None):
        evidence = None
    else:
        if isinstance(evidence, str):
            evidence = evidence.split(";")
        try:
            a, b = (int(x) for x in evidence)
        except (TypeError, ValueError):
            raise _Bad("evidence", "must be two character offsets [start, end]") from None
        evidence = (a, b)
    confidence = _number(rec, "confidence", 0, 1)
    in_passing = rec.get("in_passing", False)
    if isinstance(in_passing, str):
        in_passing = in_passing.strip().lower() in ("true", "1", "yes")
    why = rec.get("why")
    if isinstance(why, str):
        try:
            why = json.loads(why) if why.strip() else None
        except ValueError:
            raise _Bad("why", "must be a JSON object") from None
    if why is not None and not isinstance(why, dict):
        raise _Bad("why", f"must be an object, got {type(why).__name__}")
    venue = _shared_text(rec, "venue")
    return Event(
        id=_text(rec, "id") or stable_id(doc, start, headline, venue),
        doc=doc,
        date_start=start,
        date_end=end,
        date_precision=precision,
        event_type=_choice(rec, "event_type", EVENT_TYPES, None),
        headline=headline,
        summary=_text(rec, "summary") or "",
        venue=venue,
        venue_id=_shared_text(rec, "venue_id"),
        venue_text=_shared_text(rec, "venue_text"),
        venue_basis=_choice(rec, "venue_basis", VENUE_BASES, "none"),
        venue_country=country,
        lat=lat,
        lon=lon,
        geo_precision=_choice(rec, "geo_precision", GEO_PRECISIONS, None),
        origin=_shared_text(rec, "origin"),
        actors=actors,
        persons=_list(rec, "persons"),
        source_urls=urls,
        evidence=evidence,
        confidence=confidence,
        in_passing=bool(in_passing),
        why=why or None,
    )


def validate(rec: dict[str, Any], *, path: str, line: int | None = None) -> Event:
    """One mapping → an event, or an InputError naming the file, line and field."""
    try:
        return event_from_record(rec)
    except _Bad as bad:
        raise InputError(bad.reason, path=path, line=line, field=bad.field) from None


def validate_records(records: Iterable[tuple[int | None, dict[str, Any]]], path: str,
                     strict: bool = False) -> ReadResult:
    """Turn (line, mapping) pairs into events; duplicate ids with different content are problems."""
    out = ReadResult()
    seen: dict[str, Event] = {}
    for line, rec in records:
        try:
            if not isinstance(rec, dict):
                raise _Bad(None, f"expected an object, got {type(rec).__name__}")
            ev = event_from_record(rec)
            prev = seen.get(ev.id)
            if prev is not None:
                if prev == ev:
                    continue
                raise _Bad("id", f"'{ev.id}' is used twice with different content")
        except _Bad as bad:
            problem = Problem(path, line, bad.field, bad.reason)
            if strict:
                raise InputError(bad.reason, path=path, line=line, field=bad.field) from None
            out.problems.append(problem)
            continue
        seen[ev.id] = ev
        out.events.append(ev)
    return out


# --- readers ---------------------------------------------------------------------------------

def read_text(path: str | Path) -> str:
    """Read a text file as UTF-8 (BOM or not), UTF-16 or Windows-1250, and say so when it is neither."""
    from .read.text import decode  # the document readers' decoding; imported here, when a file is read

    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read the file ({e.strerror})", path=str(p)) from None
    return decode(raw, p)[0]


def _encoding(path: str) -> str:
    """'utf-8-sig' or 'cp1250', decided as read_text decides, reading the file a chunk at a time."""
    try:
        f = open(path, "rb")
    except OSError as e:
        raise InputError(f"cannot read the file ({e.strerror})", path=path) from None
    with f:
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


def json_lines(lines: Iterable[str], path: str) -> Iterator[tuple[int, Any]]:
    """(line number, value) for each non-blank line; a broken line is an InputError naming it."""
    fast = orjson.loads if orjson is not None else json.loads
    for n, line in enumerate(lines, 1):
        if not line or line.isspace():
            continue
        try:
            rec = fast(line)
        except ValueError:
            try:  # the standard parser decides (it takes NaN, orjson does not) and words the error
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"not valid JSON ({e.msg})", path=path, line=n) from None
        yield n, rec


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


def _geojson_records(text: str, path: str) -> Iterator[tuple[int | None, dict[str, Any]]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(f"not valid JSON ({e.msg})", path=path, line=e.lineno) from None
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise InputError("expected a GeoJSON FeatureCollection", path=path)
    for i, feat in enumerate(data.get("features") or [], 1):
        props = dict((feat or {}).get("properties") or {})
        geom = (feat or {}).get("geometry")
        if geom and geom.get("type") == "Point":
            props.setdefault("lon", geom["coordinates"][0])
            props.setdefault("lat", geom["coordinates"][1])
        yield i, props


def read_events(path: str | Path, strict: bool = False) -> ReadResult:
    """Read events from .jsonl/.ndjson, .csv or .geojson; the suffix decides the format.

    JSON lines are streamed, so a million events never sit in memory as one text as well.
    """
    p = str(path)
    suffix = Path(p).suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        with open(p, encoding=_encoding(p), newline=None) as lines:
            result = _without_gc(validate_records, json_lines(lines, p), p, strict=strict)
        if not result.events and not result.problems:
            raise InputError("the file is empty; expected events as JSON lines, CSV or GeoJSON", path=p)
        return result
    text = read_text(path)
    if not text.strip():
        raise InputError("the file is empty; expected events as JSON lines, CSV or GeoJSON", path=p)
    if suffix == ".csv":
        records = _csv_records(text, p)
    elif suffix in (".geojson", ".json"):
        records = _geojson_records(text, p)
    else:
        raise InputError(f"unknown event file type '{suffix}'; use .jsonl, .csv or .geojson", path=p)
    return _without_gc(validate_records, records, p, strict=strict)


def _without_gc(fn, *args, **kwargs):
    """Run `fn` with the cyclic garbage collector paused, then set what it made aside for good.

    Reading builds millions of small containers and no cycles. Left in the collector's view, they
    would be walked again and again, while reading and by every later stage that allocates (a
    third of a 100,000-event build went there). Frozen, they are still freed when unused.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        return fn(*args, **kwargs)
    finally:
        gc.freeze()
        if was:
            gc.enable()


# --- writers ---------------------------------------------------------------------------------

def to_jsonl(events: Iterable[Event]) -> str:
    return "".join(json.dumps(e.to_dict(), ensure_ascii=False, sort_keys=False) + "\n" for e in events)


def to_csv(events: Iterable[Event]) -> str:
    return b"".join(csv_chunks(events)).decode("utf-8")


def to_geojson(events: Iterable[Event], unplaced_reasons: dict[str, str] | None = None) -> str:
    """A FeatureCollection of every event; unplaced ones keep a null geometry and their reason."""
    return b"".join(geojson_chunks(events, unplaced_reasons)).decode("utf-8")


# The chunked writers below give the same bytes as the functions above, a few thousand events at a
# time, so a million events are written without the whole file in memory.
_LIST_AT = tuple(FIELD_NAMES.index(name) for name in LIST_FIELDS)
_EVIDENCE_AT = FIELD_NAMES.index("evidence")
_WHY_AT = FIELD_NAMES.index("why")
_CHUNK = 5000


def csv_chunks(events: Iterable[Event]) -> Iterator[bytes]:
    """events.csv as UTF-8 chunks: lists joined with ';', empty cells for missing values.

    A row with no comma, quote or line break in any cell is just its cells joined by commas, and
    most rows are like that; only the others go through the csv module, which quotes them. Same
    bytes as csv.writer alone, in half the time.
    """
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(FIELD_NAMES)
    commas = len(FIELD_NAMES) - 1
    lines: list[str] = []
    for n, e in enumerate(events, 1):
        row = ["" if v is None else v if v.__class__ is str else str(v) for v in _all_fields(e)]
        for i in _LIST_AT:
            row[i] = ";".join(getattr(e, FIELD_NAMES[i]))
        row[_EVIDENCE_AT] = ";".join(map(str, e.evidence)) if e.evidence else ""
        if e.why:
            row[_WHY_AT] = json.dumps(e.why, ensure_ascii=False, sort_keys=True)
        line = ",".join(row)
        if line.count(",") == commas and '"' not in line and "\n" not in line and "\r" not in line:
            lines.append(line)
        else:
            if lines:
                buf.write("\n".join(lines) + "\n")
                lines.clear()
            w.writerow(row)
        if n % _CHUNK == 0:
            if lines:
                buf.write("\n".join(lines) + "\n")
                lines.clear()
            yield buf.getvalue().encode("utf-8")
            buf.seek(0)
            buf.truncate()
    if lines:
        buf.write("\n".join(lines) + "\n")
    yield buf.getvalue().encode("utf-8")


def _dumps(value: Any) -> bytes:
    if orjson is not None:
        return orjson.dumps(value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def geojson_chunks(events: Iterable[Event], unplaced_reasons: dict[str, str] | None = None) -> Iterator[bytes]:
    """events.geojson as UTF-8 chunks: one compact FeatureCollection."""
    reasons = unplaced_reasons or {}
    yield b'{"type":"FeatureCollection","features":['
    batch: list[bytes] = []
    first = True
    for e in events:
        if orjson is not None:  # the event as it is: orjson writes a dataclass as its fields in order
            props = orjson.dumps(e)
            if e.placed:
                head = b'{"type":"Feature","id":%b,"geometry":{"type":"Point","coordinates":%b},"properties":' % (
                    orjson.dumps(e.id), orjson.dumps((e.lon, e.lat)))
            else:
                head = b'{"type":"Feature","id":%b,"geometry":null,"properties":' % orjson.dumps(e.id)
                props = props[:-1] + b',"unplaced_reason":%b}' % orjson.dumps(reasons.get(e.id, "no venue"))
            batch.append(head + props + b"}")
        else:
            props = e.to_dict()
            geom = None
            if e.placed:
                geom = {"type": "Point", "coordinates": [e.lon, e.lat]}
            else:
                props["unplaced_reason"] = reasons.get(e.id, "no venue")
            batch.append(_dumps({"type": "Feature", "id": e.id, "geometry": geom, "properties": props}))
        if len(batch) == _CHUNK:
            yield (b"" if first else b",") + b",".join(batch)
            first, batch = False, []
    if batch:
        yield (b"" if first else b",") + b",".join(batch)
    yield b"]}\n"
