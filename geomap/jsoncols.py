"""Arrow columns → JSON text, byte for byte as orjson writes the same values.

The exports and the page hold millions of values; encoding them one Python object at a time is
what made a build slow. Here a column is encoded in bulk: text that needs no escape is quoted as
it is, and only the rare value with a quote, backslash or control character goes through orjson.
Floats repeat (a venue's coordinates), so each distinct one is written once by orjson.
"""
from __future__ import annotations

import numpy as np
import orjson
import pyarrow as pa
import pyarrow.compute as pc

NULL = pa.scalar("null")
_ESCAPED = np.zeros(256, dtype=bool)
_ESCAPED[:0x20] = True
_ESCAPED[[0x22, 0x5C]] = True
_PLAIN = bytes(b for b in range(256) if not _ESCAPED[b])


def _arr(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    return values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values


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
    v = _arr(values).cast(pa.string())
    quoted = pc.binary_join_element_wise(pa.scalar('"'), v, pa.scalar('"'), "")
    rows = _needing_escape(v)
    if rows is not None:
        mask = np.zeros(len(v), dtype=bool)
        mask[rows] = True
        fixed = pa.array([orjson.dumps(s).decode() for s in pc.take(v, pa.array(rows)).to_pylist()], pa.string())
        quoted = pc.replace_with_mask(quoted, pa.array(mask), fixed)
    return pc.fill_null(quoted, NULL)


def floats(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    """Each float as orjson writes it; null as null."""
    v = _arr(values)
    uniq = pc.unique(v.drop_null())
    text = pa.array([orjson.dumps(x).decode() for x in uniq.to_pylist()], pa.string())
    return pc.fill_null(pc.take(text, pc.index_in(v, uniq)), NULL)


def ints(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    return pc.fill_null(_arr(values).cast(pa.string()), NULL)


def lists(values: pa.Array | pa.ChunkedArray, encode=strings) -> pa.Array:
    """Each list as a JSON array of its encoded items; null as null."""
    v = _arr(values)
    items = encode(pc.list_flatten(v)) if len(v) else pa.array([], pa.string())
    rebuilt = pa.ListArray.from_arrays(offsets_from_zero(v), items, mask=pc.is_null(v))
    joined = pc.binary_join(rebuilt, ",")
    return pc.fill_null(pc.binary_join_element_wise(pa.scalar("["), joined, pa.scalar("]"), ""), NULL)


def offsets_from_zero(v: pa.ListArray) -> pa.Array:
    """Offsets that start at 0, for a list array that may be a slice."""
    off = v.offsets
    first = off[0].as_py() if len(off) else 0
    return pc.subtract(off, first) if first else off


def joined(v: pa.Array | pa.ChunkedArray, sep: str) -> memoryview:
    """The values of a string array one after another, each followed by `sep`, without a copy."""
    v = pc.binary_join_element_wise(_arr(v), pa.scalar(sep), "")
    offsets = np.frombuffer(v.buffers()[1], np.int32)[v.offset: v.offset + len(v) + 1]
    return memoryview(v.buffers()[2])[offsets[0]: offsets[-1]]


def array_parts(values: pa.Array | pa.ChunkedArray) -> list[bytes | memoryview]:
    """Already encoded values (see above) as the pieces of one JSON array: joined, what
    orjson.dumps(list) gives."""
    if len(values) == 0:
        return [b"[]"]
    return [b"[", joined(values, ",")[:-1], b"]"]


def array(values: pa.Array | pa.ChunkedArray) -> bytes:
    return b"".join(array_parts(values))
