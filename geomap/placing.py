"""Event columns → placed and unplaced columns, asking the geocoder once per distinct place.

A million events name a few thousand places. Each distinct way of naming one (venue id, words,
name, stated country and precision, the actors) goes through `geocode.locate` once, as a one-event
table, and its answer is joined back to every row that names the place so.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from .events import Event
from .events.columns import placed_mask
from .gazetteer import Gazetteer
from .geocode import locate

_KEY = ("venue_id", "venue_text", "venue", "venue_country", "geo_precision")
_FILLED = ("venue", "venue_id", "lat", "lon", "geo_precision", "venue_country")


@dataclass
class Placed:
    placed: pa.Table        # rows with coordinates
    unplaced: pa.Table      # rows without, in input order
    reasons: pa.Array       # why, one per unplaced row


def place(table: pa.Table, gazetteer: Gazetteer, online: bool = False) -> Placed:
    has = placed_mask(table)
    if pc.all(has).as_py() is not False:   # every row has coordinates: nothing to take apart
        return Placed(table, table.slice(0, 0), pa.array([], pa.string()))
    ready = table.filter(has)
    rest = table.filter(pc.invert(has))
    if rest.num_rows == 0:
        return Placed(ready, rest, pa.array([], pa.string()))
    actors = pc.binary_join(rest.column("actors"), ";")
    parts = [pc.fill_null(rest.column(c), "\x00") for c in _KEY] + [actors]
    keys = pc.binary_join_element_wise(*parts, "\x1f").combine_chunks()
    distinct = pc.unique(keys)
    reps = []
    for k in distinct.to_pylist():
        venue_id, venue_text, venue, country, precision, acts = (None if v == "\x00" else v for v in k.split("\x1f"))
        reps.append(Event(id=str(len(reps)), doc="", date_start="2000", date_end="2000", date_precision="year",
                          event_type="other", headline="", venue=venue, venue_id=venue_id, venue_text=venue_text,
                          venue_country=country, geo_precision=precision,
                          actors=tuple(acts.split(";")) if acts else ()))
    located = locate(reps, gazetteer, online=online)
    found = {e.id: e for e in located.placed}
    values = {name: [] for name in _FILLED}
    reason: list[str | None] = []
    for rep in reps:
        hit = found.get(rep.id)
        for name in _FILLED:
            values[name].append(getattr(hit if hit is not None else rep, name))
        reason.append(None if hit is not None else located.unplaced[rep.id].reason)
    at = pc.index_in(keys, distinct)
    now = rest
    for name in _FILLED:
        i = now.column_names.index(name)
        now = now.set_column(i, name, pc.take(pa.array(values[name], now.schema.field(name).type), at))
    why = pc.take(pa.array(reason, pa.string()), at)
    ok = pc.is_null(why)
    return Placed(pa.concat_tables([ready, now.filter(ok)]), now.filter(pc.invert(ok)), why.filter(pc.invert(ok)))
