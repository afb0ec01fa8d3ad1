"""JSON lines put together from Arrow columns, the text of all rows written in one pass at the end.

A line is a list of pieces: constant text and columns of JSON text, joined row by row once
(pc.binary_join_element_wise). Joining is what costs, per piece and per byte, so a value that needs
no escape (no quote, backslash or control character: nearly all text) goes in as it is, its quotes
being part of the constants around it; only a column holding such a character is written by
geomap.jsoncols, as orjson would. The join skips nulls: a member a row lacks is null in each of
its pieces, so the row's line leaves it out.
"""
from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .. import jsoncols

_ESCAPED = bytes([*range(0x20), 0x22, 0x5C])
_PLAIN = bytes(b for b in range(256) if b not in _ESCAPED)


def needs_escape(values: pa.Array) -> bool:
    """Whether any value holds a quote, a backslash or a control character."""
    if len(values) == 0 or values.buffers()[2] is None:
        return False
    offsets = np.frombuffer(values.buffers()[1], np.int32)[values.offset: values.offset + len(values) + 1]
    raw = memoryview(values.buffers()[2])[offsets[0]: offsets[-1]].tobytes()
    return bool(raw.translate(None, _PLAIN))   # bytes.translate: the fastest scan there is for this


def masked(values: pa.Array, keep: np.ndarray) -> pa.Array:
    """`values` where `keep`, null elsewhere: the same text buffers under a new validity bitmap (the
    rows kept must have a value)."""
    bits = np.zeros(values.offset + len(values), dtype=bool)
    bits[values.offset:] = keep
    validity = pa.array(bits, pa.bool_()).buffers()[1]
    return pa.Array.from_buffers(values.type, len(values), [validity, *values.buffers()[1:]],
                                 null_count=int(len(keep) - np.count_nonzero(keep)), offset=values.offset)


def repeated(text: str, n: int) -> pa.Array:
    """`text` n times, as a string array made from its buffers."""
    raw = text.encode("utf-8")
    offsets = np.arange(0, len(raw) * (n + 1), len(raw), dtype=np.int32)
    return pa.Array.from_buffers(pa.string(), n, [None, pa.py_buffer(offsets), pa.py_buffer(raw * n)])


def has_text(values: pa.Array) -> np.ndarray:
    """Not null and not ""."""
    return pc.fill_null(pc.greater(pc.binary_length(values), 0), False).to_numpy(zero_copy_only=False)


def text_of(lines: pa.Array) -> memoryview:
    """The lines one after another: the array's text buffer as it is."""
    offsets = np.frombuffer(lines.buffers()[1], np.int32)[lines.offset: lines.offset + len(lines) + 1]
    return memoryview(lines.buffers()[2])[offsets[0]: offsets[-1]]


class Line:
    """The pieces of n JSON lines (or of a part of them), added in order."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.pieces: list[pa.Array | str] = []

    def text(self, constant: str) -> "Line":
        if self.pieces and isinstance(self.pieces[-1], str):
            self.pieces[-1] += constant
        else:
            self.pieces.append(constant)
        return self

    def json(self, values: pa.Array) -> "Line":
        """A column of JSON text (null: the piece is left out of that row)."""
        self.pieces.append(values)
        return self

    def string(self, values: pa.Array) -> "Line":
        """Each value as a JSON string; null as null."""
        if needs_escape(values):
            return self.json(jsoncols.strings(values))
        if values.null_count == 0:
            return self.text('"').json(values).text('"')
        valid = pc.is_valid(values)
        return self.json(pc.if_else(valid, '"', "null")).json(values).json(
            masked(repeated('"', self.n), valid.to_numpy(zero_copy_only=False)))

    def member(self, key: str, values: pa.Array, has: np.ndarray | None = None) -> "Line":
        """',"key":"value"' in the rows that have a value (`has`: not null and not "")."""
        has = has_text(values) if has is None else has
        if needs_escape(values):
            return self.json_member(key, jsoncols.strings(values), has)
        return self._optional(f',"{key}":"', values, '"', has)

    def json_member(self, key: str, values: pa.Array, has: np.ndarray) -> "Line":
        """',"key":value' in the rows `has` says, for a column of JSON text."""
        return self._optional(f',"{key}":', values, "", has)

    def list_member(self, key: str, values: pa.Array) -> "Line":
        """',"key":["a","b"]' in the rows whose list is not empty."""
        has = pc.fill_null(pc.greater(pc.list_value_length(values), 0), False).to_numpy(zero_copy_only=False)
        if needs_escape(pc.list_flatten(values)):
            return self.json_member(key, jsoncols.lists(values), has)
        return self._optional(f',"{key}":["', pc.binary_join(values, '","'), '"]', has)

    def _optional(self, before: str, values: pa.Array, after: str, has: np.ndarray) -> "Line":
        """before + value + after in the rows `has` says. A member every row has is text and a
        column like any other; one that few rows have is made for those rows only and is one
        piece; otherwise each of the three pieces is null where the row lacks the member."""
        count = int(np.count_nonzero(has))
        if count == 0:
            return self
        if count == self.n:
            return self.text(before).json(values).text(after)
        if count * 8 < self.n:
            rows = pa.array(np.flatnonzero(has))
            few = pc.binary_join_element_wise(before, pc.take(values, rows), after, "")
            return self.json(pc.replace_with_mask(pa.nulls(self.n, pa.string()), pa.array(has), few))
        self.json(masked(repeated(before, self.n), has)).json(masked(values, has))
        return self.json(masked(repeated(after, self.n), has)) if after else self

    def joined(self) -> pa.Array:
        """The lines, each piece's text one after another, skipping nulls."""
        return pc.binary_join_element_wise(*self.pieces, "", null_handling="skip")
