"""Arrow columns → JSON text, byte for byte as orjson writes the same values.

The exports and the page hold millions of values; encoding them one Python object at a time is
what made a build slow. Here a column is encoded in bulk: text that needs no escape is quoted as
it is, and only the rare value with a quote, backslash or control character goes through orjson.
Floats repeat (a venue's coordinates), so each distinct one is written once by orjson.
"""
from __future__ import annotations

from typing import Iterator

import numpy as np
import orjson
import pyarrow as pa
import pyarrow.compute as pc

NULL = "null"   # JSON's null, as fill_null takes it (a str, so importing this module makes no Arrow value)
_ESCAPED = np.zeros(256, dtype=bool)
_ESCAPED[:0x20] = True
_ESCAPED[[0x22, 0x5C]] = True
_PLAIN = bytes(b for b in range(256) if not _ESCAPED[b])


def whole(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    """A column as one array; a column of one block is that block (combine_chunks would copy it)."""
    if isinstance(values, pa.ChunkedArray):
        return values.chunk(0) if values.num_chunks == 1 else values.combine_chunks()
    return values


def _needing_escape(v: pa.StringArray) -> np.ndarray | None:
    """Row numbers of the values holding a quote, a backslash or a control character (None: none)."""
    if len(v) == 0 or v.buffers()[2] is None:
        return None
    offsets = np.frombuffer(v.buffers()[1], np.int32)[v.offset: v.offset + len(v) + 1]
    raw = memoryview(v.buffers()[2])[offsets[0]: offsets[-1]].tobytes()
    if not raw.translate(None, _PLAIN):   # bytes.translate: the fastest scan there is for this
        return None
    hits = np.flatnonzero(_ESCAPED[np.frombuffer(raw, np.uint8)])
    return np.unique(np.searchsorted(offsets, hits + offsets[0], side="right") - 1)


def strings(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    """Each value as a JSON string literal; null as null."""
    v = whole(values).cast(pa.string())
    quoted = pc.binary_join_element_wise(pa.scalar('"'), v, pa.scalar('"'), "")
    rows = _needing_escape(v)
    if rows is not None:
        mask = np.zeros(len(v), dtype=bool)
        mask[rows] = True
        fixed = pa.array([orjson.dumps(s).decode() for s in pc.take(v, pa.array(rows)).to_pylist()], pa.string())
        quoted = pc.replace_with_mask(quoted, pa.array(mask), fixed)
    return pc.fill_null(quoted, NULL)


def plain_strings(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    """Each value as a JSON string literal, for values known to need no escape (codes, dates)."""
    v = whole(values).cast(pa.string())
    return pc.fill_null(pc.binary_join_element_wise(pa.scalar('"'), v, pa.scalar('"'), ""), NULL)


def floats(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    """Each float as orjson writes it; null as null."""
    v = whole(values)
    uniq = pc.unique(v.drop_null())
    text = pa.array([orjson.dumps(x).decode() for x in uniq.to_pylist()], pa.string())
    return pc.fill_null(pc.take(text, pc.index_in(v, uniq)), NULL)


def ints(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    return pc.fill_null(whole(values).cast(pa.string()), NULL)


def lists(values: pa.Array | pa.ChunkedArray, encode=strings) -> pa.Array:
    """Each list as a JSON array of its encoded items; null as null."""
    v = whole(values)
    items = encode(pc.list_flatten(v)) if len(v) else pa.array([], pa.string())
    rebuilt = pa.ListArray.from_arrays(offsets_from_zero(v), items, mask=pc.is_null(v))
    joined = pc.binary_join(rebuilt, ",")
    return pc.fill_null(pc.binary_join_element_wise(pa.scalar("["), joined, pa.scalar("]"), ""), NULL)


def offsets_from_zero(v: pa.ListArray) -> pa.Array:
    """Offsets that start at 0, for a list array that may be a slice."""
    off = v.offsets
    first = off[0].as_py() if len(off) else 0
    return pc.subtract(off, first) if first or off.offset else off   # a fresh array: not a slice


def joined(v: pa.Array | pa.ChunkedArray, sep: str) -> memoryview:
    """The values of a string array one after another, each followed by `sep`, without a copy."""
    v = pc.binary_join_element_wise(whole(v), pa.scalar(sep), "")
    offsets = np.frombuffer(v.buffers()[1], np.int32)[v.offset: v.offset + len(v) + 1]
    return memoryview(v.buffers()[2])[offsets[0]: offsets[-1]]


# --- sizes: how long the JSON of each value is, without writing it --------------------------------

def _escape_extra(v: pa.StringArray, rows: np.ndarray | None) -> np.ndarray:
    """What escaping adds to each value (zero for the many that need none)."""
    extra = np.zeros(len(v), dtype=np.int64)
    if rows is not None:
        for i, s in zip(rows, pc.take(v, pa.array(rows)).to_pylist()):
            extra[i] = len(orjson.dumps(s)) - len(s.encode("utf-8")) - 2
    return extra


def string_sizes(values: pa.Array | pa.ChunkedArray, escapes: bool = True) -> np.ndarray:
    """Bytes of each value as a JSON string literal (4 for null); without `escapes`, not counting
    what escaping adds (a lower bound, found without reading the text)."""
    v = whole(values).cast(pa.string())
    sizes = pc.fill_null(pc.add(pc.binary_length(v), 2), 4).to_numpy(zero_copy_only=False).astype(np.int64)
    return sizes + _escape_extra(v, _needing_escape(v)) if escapes else sizes


def int_sizes(values: pa.Array | pa.ChunkedArray, escapes: bool = True) -> np.ndarray:
    return pc.fill_null(pc.binary_length(whole(values).cast(pa.string())), 4).to_numpy(
        zero_copy_only=False).astype(np.int64)


def list_sizes(values: pa.Array | pa.ChunkedArray, escapes: bool = True) -> np.ndarray:
    """Bytes of each list of strings as a JSON array (4 for null); `escapes` as for string_sizes."""
    v = whole(values)
    off = offsets_from_zero(v).to_numpy().astype(np.int64)
    items = string_sizes(pc.list_flatten(v), escapes) if len(v) else np.zeros(0, np.int64)
    total = np.concatenate([[0], np.cumsum(items)])
    count = off[1:] - off[:-1]
    sizes = total[off[1:]] - total[off[:-1]] + 2 + np.maximum(count - 1, 0)
    nulls = pc.is_null(v).to_numpy(zero_copy_only=False)
    return np.where(nulls, 4, sizes)


class Column:
    """A column of the page: values, the rows to write in order (None: all, as they are), and how
    each value is written. It is written a slice of rows at a time, so a million summaries never
    sit in memory as one JSON text, and its length is known before it is written."""

    KINDS = {"strings": (strings, string_sizes), "ints": (ints, int_sizes), "lists": (lists, list_sizes)}

    def __init__(self, values: pa.Array | pa.ChunkedArray, kind: str, order: pa.Array | None = None) -> None:
        self.values, self.kind, self.order = values, kind, order

    def __len__(self) -> int:
        return len(self.values) if self.order is None else len(self.order)

    def size(self, escapes: bool = True) -> int:
        """Bytes of the JSON array; without `escapes`, a lower bound that needs no look at the text."""
        n = len(self)
        if n == 0:
            return 2
        per_row = self.KINDS[self.kind][1](self.values, escapes)
        if self.order is not None:
            per_row = per_row[self.order.to_numpy(zero_copy_only=False)]
        return int(per_row.sum()) + n - 1 + 2

    def at_least(self, limit: int) -> bool:
        """Whether the JSON array has `limit` bytes or more: the lower bound settles it for a long
        column, so its text is read once, when it is written."""
        return self.size(escapes=False) >= limit or self.size() >= limit

    def pieces(self, rows: int = 16384) -> Iterator[bytes | memoryview]:
        """The JSON array in pieces."""
        n = len(self)
        if n == 0:
            yield b"[]"
            return
        encode = self.KINDS[self.kind][0]
        yield b"["
        for start in range(0, n, rows):
            if self.order is None:
                part = whole(self.values).slice(start, rows)
            else:
                part = pc.take(self.values, self.order.slice(start, rows))
            text = joined(encode(part), ",")
            yield text if start + rows < n else text[:-1]
            del text, part
        yield b"]"
