"""The build's shortcuts against the plain way they stand for: the same answer, on any input.

Each shortcut reads less than the plain way (Arrow's buffers instead of text, counts instead of a
pattern, ranks instead of date strings); these tests hold each to the plain way's answer.
"""
from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.compute as pc
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.build import in_date_order
from geomap.events import read
from geomap.events.checks import _edged
from geomap.jsoncols import Column

# Python's whitespace at the ends of text, ASCII and not, beside letters of one to four bytes.
letters = st.sampled_from(["a", "Z", " ", "\t", "\n", "\x1c", "\x85", "\xa0", "\u1680", "\u2003", "\u2028",
                           "\u202f", "\u3000", "\u200b", "ń", "Ж", "語", "😀"])
texts = st.lists(st.one_of(st.none(), st.text(letters, max_size=5)), max_size=40)


@settings(max_examples=200, deadline=None)
@given(texts, st.integers(0, 5))
def test_text_edges_are_what_str_strip_removes(values, cut):
    """_edged reads first and last bytes; it must say what str.strip() would change, for any
    characters at the ends, for slices of an array and for null."""
    array = pa.array(values, pa.string()).slice(min(cut, len(values)))
    want = [v is not None and v != v.strip() for v in array.to_pylist()]
    assert _edged(array).to_pylist() == want
    assert _edged(pa.chunked_array([array], pa.string())).to_pylist() == want


def _lines(whys):
    base = {"doc": "d.txt", "date_start": "2019-02-03", "event_type": "meeting", "headline": "A meeting"}
    return "".join(json.dumps({**base, "id": f"e{k}", "why": w}) + "\n" for k, w in enumerate(whys))


def test_a_why_across_a_block_boundary_is_found(tmp_path, monkeypatch):
    """The file is looked at in blocks; a why whose words fall on both sides of a block's end is
    still found, wherever the boundary falls, and the events keep it."""
    path = tmp_path / "events.jsonl"
    path.write_text(_lines([None] * 5 + [{"date": "from the header"}] + [None] * 5), encoding="utf-8")
    assert [e.why for e in read.read_events(path).events if e.why] == [{"date": "from the header"}]
    for block in range(3, 200, 7):
        monkeypatch.setattr(read, "_BLOCK", block)
        assert read._scan(str(path)).why, block
    path.write_text(_lines([None] * 11), encoding="utf-8")
    assert not read._scan(str(path)).why


@given(st.lists(st.sampled_from(['null', '{"a": 1}', '{}', '"x"', '[1]']), min_size=1, max_size=6),
       st.sampled_from([": ", ":"]))
def test_counting_whys_agrees_with_the_pattern(values, colon):
    lines = "".join('{"id": "x", "why"%s%s, "summary": "say \\"why\\": 1"}\n' % (colon, v) for v in values)
    data = lines.encode()
    assert read._has_why(data) == (read._WHY.search(data) is not None)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["2019", "2019-01", "2019-01-05", "2018-12-31", "2020-02-29"]),
                          st.text("abc0", min_size=1, max_size=4)), max_size=60, unique_by=lambda r: r[1]),
       st.integers(0, 60))
def test_date_order_is_the_sort_by_start_date_and_id(rows, split):
    table = pa.table({"date_start": [d for d, _ in rows], "id": [i for _, i in rows],
                      "n": list(range(len(rows)))}, schema=pa.schema([("date_start", pa.string()), ("id", pa.string()),
                                                                        ("n", pa.int64())]))
    if 0 < split < len(rows):   # a table of two blocks, as one joined from two files
        table = pa.concat_tables([table.slice(0, split), table.slice(split)])
    want = table.take(pc.sort_indices(table, [("date_start", "ascending"), ("id", "ascending")]))
    holder = [table]
    got = in_date_order(holder)
    assert holder == [] and got.equals(want)
    again = [got]
    assert in_date_order(again) is got   # in order already: the same table, not a copy


@given(st.lists(st.one_of(st.none(), st.text(max_size=8)), max_size=30), st.integers(0, 400))
def test_a_long_page_part_is_told_without_writing_it(values, limit):
    column = Column(pa.array(values, pa.string()), "strings")
    assert column.at_least(limit) == (column.size() >= limit)
    assert column.size(escapes=False) <= column.size()
