"""events.plover.jsonl: our events with PLOVER's field names, so they can be joined with POLECAT's.

One JSON object per line, fields as the PLOVER manual names them (id, date, enddate, actor,
recipient, event, mode, context, event_loc, cite_info, comment); what PLOVER has no field for goes
under `geomap`. The category comes from where the event came from: a POLECAT event keeps its own,
a GDELT event takes its CAMEO code's (geomap/data/cameo_types.csv), an ACLED event its sub-type's
(acled_types.csv), any other its type's
(geomap/data/plover_export.csv). PLOVER has no category for a plain statement (it dropped CAMEO's
01 'make public statement'), so such events have an empty `event` list and say so in `comment`.
Countries are written as PLOVER writes them, in three letters.

The lines are put together from columns (exports.jsonline), a slice of rows at a time: one Python
object per record made and dumped cost seconds per 100,000 events. Only an imported event's record
depends on its `why`, so only those rows are looked at one by one; for the others, what depends on
a value (a date's days, a type's categories, a country's code) is worked out once per distinct value.
"""
from __future__ import annotations

from typing import Any, Callable, Iterator

import numpy as np
import orjson
import pyarrow as pa
import pyarrow.compute as pc

from .. import __version__, crosswalk, jsoncols
from ..events import period_bounds
from ..importers import countries
from .jsonline import Line, masked, needs_escape, text_of
from .rows import Rows

_CHUNK = 65_536   # rows per slice: a slice's text stays far below Arrow's 2 GB per array
_READ = ("id", "doc", "date_start", "date_end", "date_precision", "event_type", "headline", "summary", "venue",
         "venue_id", "venue_text", "venue_country", "lat", "lon", "geo_precision", "origin", "actors", "persons",
         "source_urls", "dataset", "unplaced_reason")
Codes = tuple[list[Any], list[Any], list[Any]]
Sides = tuple[list[Any], list[Any]]
Cols = dict[str, pa.Array]   # a slice of the rows' columns, by name


def plover_bytes(rows: Rows) -> bytes:
    """events.plover.jsonl for export rows, in their order."""
    return b"".join(plover_chunks(rows))


def plover_chunks(rows: Rows) -> Iterator[bytes]:
    """The same a slice of rows at a time, so a million lines never sit in memory as one text."""
    for start in range(0, rows.num_rows, _CHUNK):
        part = {name: _slice(rows.table.column(name), start) for name in _READ}
        chosen = (rows.why_rows >= start) & (rows.why_rows < start + _CHUNK)
        sourced = {int(i) - start: rows.whys[k] for k, i in zip(np.flatnonzero(chosen), rows.why_rows[chosen])}
        yield text_of(_lines(part, rows.placed[start:start + _CHUNK], sourced))


def _slice(column: pa.ChunkedArray, start: int) -> pa.Array:
    return jsoncols.whole(column.slice(start, _CHUNK))


def _lines(c: Cols, placed: np.ndarray, sourced: dict[int, Any]) -> pa.Array:
    """One PLOVER record per row, as JSON text ending in a line break."""
    n = len(c["id"])
    actor, recipient, codes, found = _by_source(c, sourced)
    line = Line(n).text('{"id":').string(c["id"]).text(",").json(_mapped(_dates, c["date_start"], c["date_end"]))
    line.text(',"actor":[').json(actor).text('],"recipient":[').json(recipient).text("],").json(codes)
    line.json(masked(_event_loc(c), placed))
    line.text(',"cite_info":{"url":').string(_first_url(c["source_urls"])).text(',"corpus":').string(c["doc"])
    line.text(f',"coder":{_text("geomap " + __version__)}}},"comment":')
    _comment(line, c, found)
    line.text(',"geomap":{"event_type":').string(c["event_type"])   # the schema requires a type
    for name in ("date_precision", "venue_id"):
        line.member(name, c[name])
    for name in ("persons", "source_urls"):
        line.list_member(name, c[name])
    for name in ("dataset", "summary", "unplaced_reason"):
        line.member(name, c[name])
    return line.text("}}\n").joined()


def _event_loc(c: Cols) -> pa.Array:
    """',"event_loc":{…}' of each row (the caller keeps those of placed rows)."""
    resolution = crosswalk.plover_resolution()
    line = Line(len(c["id"])).text(',"event_loc":{"extracted_place":').string(c["venue_text"])
    line.text(',"resolved_place":').string(c["venue"])
    line.text(',"lat":').json(jsoncols.floats(c["lat"])).text(',"lon":').json(jsoncols.floats(c["lon"]))
    line.text(',"country_code":').json(_mapped(_iso3, c["venue_country"]))
    line.text(',"resolution":').json(_mapped(lambda p: _text(resolution.get(p or "")), c["geo_precision"]))
    return line.text("}").joined()


def _comment(line: Line, c: Cols, found: pa.Array) -> None:
    """The headline, and for an event without a PLOVER category the reason why."""
    headline = c["headline"]
    untyped = pc.binary_join_element_wise(" (geomap type '", c["event_type"], "': no PLOVER category)", "")
    if needs_escape(headline) or needs_escape(untyped) or headline.null_count:
        line.string(pc.if_else(found, headline, pc.binary_join_element_wise(headline, untyped, "")))
    else:
        line.text('"').json(headline).json(masked(untyped, pc.invert(found).to_numpy(zero_copy_only=False))).text('"')


def _dates(start: str, end: str) -> str:
    """'"date":…' and, for more than a day, ',"enddate":…': a month-precision event spans the month."""
    first, last = period_bounds(start)[0], period_bounds(end)[1]
    text = f'"date":"{first.isoformat()}"'
    return text if last == first else f'{text},"enddate":"{last.isoformat()}"'


def _first_url(urls: pa.Array) -> pa.Array:
    """Each row's first source URL, null when it has none."""
    offsets = jsoncols.offsets_from_zero(urls).to_numpy()
    at = pa.array(offsets[:-1].astype(np.int64), mask=np.diff(offsets) == 0)
    return pc.take(pc.list_flatten(urls), at)


def _mapped(encode: Callable[..., str], *columns: pa.Array) -> pa.Array:
    """encode(*values) of each row, worked out once per distinct combination of the columns' values
    (null included)."""
    key: np.ndarray | None = None
    for column in columns:
        codes = pc.dictionary_encode(column, null_encoding="encode")
        indices = codes.indices.to_numpy(zero_copy_only=False).astype(np.int64)
        key = indices if key is None else _dense(key * len(codes.dictionary) + indices)
    assert key is not None
    some = np.zeros(int(key.max()) + 1 if len(key) else 0, dtype=np.int64)
    some[key] = np.arange(len(key))   # a row of each combination
    values = [pc.take(column, pa.array(some)).to_pylist() for column in columns]
    return pc.take(pa.array([encode(*v) for v in zip(*values)], pa.string()), pa.array(key))


def _dense(key: np.ndarray) -> np.ndarray:
    """Keys renumbered 0, 1, 2… in order of appearance."""
    return pc.dictionary_encode(pa.array(key)).indices.to_numpy(zero_copy_only=False).astype(np.int64)


def _text(value: Any) -> str:
    return orjson.dumps(value).decode()


# --- categories and sides ------------------------------------------------------------------------

def _by_source(c: Cols, sourced: dict[int, Any]) -> tuple[pa.Array, pa.Array, pa.Array, pa.Array]:
    """(actor, recipient, categories, whether there is a category) of each row: as its dataset
    had them where it says, by its type and geomap's rule otherwise. actor and recipient are the
    insides of JSON arrays, categories the '"event":…,"mode":…,"context":…' members."""
    actor, recipient = _own_sides(c)
    kinds = c["event_type"]
    codes = _mapped(lambda kind: _codes_text(_own_codes(kind)), kinds)
    typed = [k for k in pc.unique(kinds).drop_null().to_pylist() if _own_codes(k)[0]]
    found = pc.fill_null(pc.is_in(kinds, pa.array(typed, pa.string())), False)
    sides, cats = _sourced(sourced)
    actor = _replaced(actor, sides, lambda s: _text(s[0])[1:-1])
    recipient = _replaced(recipient, sides, lambda s: _text(s[1])[1:-1])
    codes = _replaced(codes, cats, _codes_text)
    return actor, recipient, codes, _replaced(found, cats, lambda cat: bool(cat[0]), pa.bool_())


def _own_codes(kind: str | None) -> Codes:
    code = crosswalk.plover_export()[kind]
    return _listed(code.event, code.mode, code.context)


def _codes_text(codes: Codes) -> str:
    event, mode, context = codes
    return _text({"event": event, "mode": mode, "context": context})[1:-1]


def _own_sides(c: Cols) -> tuple[pa.Array, pa.Array]:
    """(actor, recipient) by geomap's rule: in a visit by one of its actors (`origin`) the visitor
    acts and the hosts receive; in any other event every country is an actor (PLOVER's rule when
    the direction is unclear)."""
    actors = c["actors"]
    n = len(actors)
    offsets = jsoncols.offsets_from_zero(actors).to_numpy()
    parent = np.repeat(np.arange(n), np.diff(offsets))
    items = pc.list_flatten(actors)
    origin = c["origin"]
    is_origin = pc.fill_null(pc.equal(items, pc.take(origin, pa.array(parent))), False).to_numpy(zero_copy_only=False)
    visit = pc.fill_null(pc.equal(c["event_type"], "visit"), False).to_numpy(zero_copy_only=False)
    visitor = np.zeros(n, dtype=bool)
    visitor[parent[is_origin & visit[parent]]] = True
    codes = _mapped(_entity, items)
    actor = pc.if_else(pa.array(visitor), _mapped(_entity, origin), _joined(codes, parent, ~visitor[parent], n))
    return actor, _joined(codes, parent, visitor[parent] & ~is_origin, n)


def _iso3(code: str | None) -> str:
    return _text(countries.to_iso3(code) if code else None)


def _entity(code: str | None) -> str:
    return _text({"code": countries.to_iso3(code) or code}) if code else "null"


def _joined(items: pa.Array, parent: np.ndarray, keep: np.ndarray, n: int) -> pa.Array:
    """Per row, the item texts kept joined with ',' (`parent`: each item's row)."""
    counts = np.bincount(parent[keep], minlength=n)
    offsets = pa.array(np.concatenate([[0], np.cumsum(counts)]).astype(np.int32))
    return pc.binary_join(pa.ListArray.from_arrays(offsets, items.filter(pa.array(keep))), ",")


def _sourced(sourced: dict[int, Any]) -> tuple[dict[int, Sides], dict[int, Codes]]:
    """The sides and categories the sources of imported rows give, by row."""
    sides: dict[int, Sides] = {}
    cats: dict[int, Codes] = {}
    for row, why in sourced.items():
        if not isinstance(why, dict):
            continue
        dataset = why.get("dataset")
        if (s := _source_sides(why, dataset)) is not None:
            sides[row] = s
        if (cat := _source_codes(why, dataset)) is not None:
            cats[row] = cat
    return sides, cats


def _replaced(values: pa.Array, got: dict[int, Any], encode: Callable[[Any], Any],
              kind: pa.DataType = pa.string()) -> pa.Array:
    """`values` with encode(got[row]) at the rows in `got`."""
    if not got:
        return values
    rows = sorted(got)
    mask = np.zeros(len(values), dtype=bool)
    mask[rows] = True
    return pc.replace_with_mask(values, pa.array(mask), pa.array([encode(got[r]) for r in rows], kind))


def _source_codes(why: dict[str, Any], dataset: Any) -> Codes | None:
    """(event categories, modes, contexts) as an imported event's dataset gives them; None: by type."""
    if dataset == "POLECAT":
        return list(why.get("event") or []), list(why.get("mode") or []), list(why.get("context") or [])
    if dataset == "GDELT" and (cameo := crosswalk.cameo(str(why.get("EventCode", "")))) is not None:
        return _listed(cameo.plover_event, cameo.plover_mode, "")
    if dataset == "ACLED" and (acled := crosswalk.acled(str(why.get("event_type", "")),
                                                        str(why.get("sub_event_type", "")))) is not None:
        return _listed(acled.plover_event, acled.plover_mode, "")
    return None


def _listed(*values: str) -> Codes:
    """('CONSULT', 'visit', '') → (['CONSULT'], ['visit'], []): PLOVER's fields are lists."""
    event, mode, context = ([v] if v else [] for v in values)
    return event, mode, context


def _source_sides(why: dict[str, Any], dataset: Any) -> Sides | None:
    """(actor, recipient) as an imported event's source had them; None: by geomap's rule."""
    if dataset == "POLECAT" and ("actor" in why or "recipient" in why):
        return [{"code": c} for c in why.get("actor", [])], [{"code": c} for c in why.get("recipient", [])]
    if dataset == "GDELT":  # CAMEO: Actor1 acts on Actor2; in 043 'host a visit' Actor2 is the visitor
        one, two = why.get("Actor1CountryCode"), why.get("Actor2CountryCode")
        if str(why.get("EventCode", "")).startswith("043"):
            one, two = two, one
        return [{"code": c} for c in (one,) if c], [{"code": c} for c in (two,) if c]
    return None
