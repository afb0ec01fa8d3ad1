"""Event columns → placed events, asking the geocoder once per distinct place.

A million events name a few thousand places. Each distinct way of naming one (venue id, words,
name, stated country and precision, the actors) goes through `geocode.locate` once, as a one-event
table, and its answer is joined back to every row that names the place so. The table is not split:
its place columns are filled in, and a mask says which rows have coordinates.
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
    table: pa.Table        # every row, the place columns filled in where the geocoder found one
    placed: pa.Array       # whether each row has coordinates
    reasons: pa.Array      # why a row has none (null where it has)

    @property
    def count(self) -> int:
        return pc.sum(self.placed.cast(pa.int64())).as_py() or 0

    def unplaced(self) -> pa.Table:
        """The rows without a place (few), with the reason as `_reason`."""
        where = pc.indices_nonzero(pc.invert(self.placed))
        return self.table.take(where).append_column("_reason", pc.take(self.reasons, where))

    def placed_rows(self, columns: list[str] | None = None) -> pa.Table:
        t = self.table.select(columns) if columns else self.table
        return t if self.count == self.table.num_rows else t.filter(self.placed)


def place(table: pa.Table, gazetteer: Gazetteer, online: bool = False) -> Placed:
    has = placed_mask(table).combine_chunks() if table.num_rows else pa.array([], pa.bool_())
    if pc.all(has).as_py() is not False:   # every row has coordinates: nothing to look up
        return Placed(table, has, pa.nulls(table.num_rows, pa.string()))
    rows = pc.indices_nonzero(pc.invert(has))
    rest = table.select(list(_KEY) + ["actors"]).take(rows)
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
    values: dict[str, list] = {name: [] for name in _FILLED}
    reason: list[str | None] = []
    for rep in reps:
        hit = found.get(rep.id)
        for name in _FILLED:
            values[name].append(getattr(hit if hit is not None else rep, name))
        reason.append(None if hit is not None else located.unplaced[rep.id].reason)
    at = pc.index_in(keys, distinct)
    mask = pa.array(_scatter_mask(table.num_rows, rows), pa.bool_())
    out = table
    for name in _FILLED:
        i = out.column_names.index(name)
        new = pc.take(pa.array(values[name], out.schema.field(name).type), at)
        out = out.set_column(i, name, pc.replace_with_mask(out.column(name).combine_chunks(), mask, new))
    why_rows = pc.take(pa.array(reason, pa.string()), at)
    reasons = pc.replace_with_mask(pa.nulls(table.num_rows, pa.string()), mask, why_rows)
    return Placed(out, pc.is_null(reasons), reasons)


def _scatter_mask(n: int, rows: pa.Array) -> list[bool]:
    mask = [False] * n
    for i in rows.to_pylist():
        mask[i] = True
    return mask
