"""The build's quicker paths against the plain ones they replace: the same bytes, the same events.

Each path here exists only to save time (a why read as a column that must stay null, a map laid
out once for two formats, the exports written by another process); none may change an output.
"""
from __future__ import annotations

import json

import pytest

from geomap.events import csv_chunks, geojson_chunks, read, validate_records
from geomap.exports import files_from_table
from geomap.exports.worker import ExportWorker
from geomap.render.print import _draw_all
from geomap.render.print.aggregate import from_events
from geomap.render.print.marks import draw
from geomap.review import changes


def _lines(whys: list) -> str:
    base = {"doc": "d.txt", "date_start": "2019-02-03", "event_type": "meeting", "headline": "A meeting"}
    return "".join(json.dumps({**base, "id": f"e{k}", "why": w}) + "\n" for k, w in enumerate(whys))


@pytest.mark.parametrize("why", [{"date": "from the header"}, {}, "not an object", [1]])
@pytest.mark.parametrize("at", [0, 7, 39])
def test_a_why_anywhere_in_a_large_file_is_read_as_the_record_rules_read_it(tmp_path, monkeypatch, why, at):
    """Arrow first reads `why` as a column that must stay null; a why in any block, even the
    last, sends the file back to the full reading, and the events and problems are those of the
    record rules."""
    monkeypatch.setattr(read, "_BLOCK", 512)   # several blocks of a few lines each
    whys = [None] * 40
    whys[at] = why
    path = tmp_path / "events.jsonl"
    path.write_text(_lines(whys), encoding="utf-8")
    got = read.read_events(path)
    with path.open(encoding="utf-8") as lines:
        want = validate_records(read.json_lines(lines, str(path)), str(path))
    assert got.events == want.events
    assert [(p.line, p.field, p.reason) for p in got.problems] == [(p.line, p.field, p.reason) for p in want.problems]


def test_a_file_whose_whys_are_all_null_is_read_in_one_pass(tmp_path, monkeypatch):
    path = tmp_path / "events.jsonl"
    path.write_text(_lines([None] * 30), encoding="utf-8")
    calls = []
    real = read._jsonl_columns
    monkeypatch.setattr(read, "_jsonl_columns", lambda *a: calls.append(a[1].why) or real(*a))
    events = read.read_events(path).events
    assert len(events) == 30 and all(e.why is None for e in events)
    assert calls == [False]


@pytest.fixture(scope="module")
def bundled():
    from geomap import dataset
    from geomap.events import columns
    from geomap.gazetteer import load
    from geomap.placing import place

    located = place(dataset.load_table(), load())
    return located, columns.to_events(located.table)


def test_a_map_laid_out_once_is_saved_as_each_format_draws_it_alone(bundled):
    _, events = bundled
    placed = [e for e in events if e.placed]
    agg = from_events(placed)
    for transparent in (False, True):
        job = (agg, "Events", {}, ["a.txt"])
        rest = (False, transparent, "en", {})
        both = _draw_all([(*job, "png", *rest), (*job, "svg", *rest)])
        alone = [draw(agg, title="Events", origin_points={}, sources=["a.txt"], fmt=fmt, transparent=transparent)
                 for fmt in ("png", "svg")]
        assert both == alone


def test_the_exports_from_the_worker_process_are_the_ones_written_here(bundled, tmp_path):
    """The worker gets the events through an Arrow IPC file and writes every export and the index
    for the next build; each file is byte for byte what this process writes, and its folder is
    gone once the worker is closed."""
    located, _ = bundled
    here = {"events.geojson": geojson_chunks(located.table, located.reasons), "events.csv": csv_chunks(located.table),
            **files_from_table(located.table, located.reasons),
            changes.INDEX: [changes.index_bytes(changes.index_table(located.table))]}
    worker = ExportWorker()
    try:
        made = worker.start(located.table, located.reasons, tmp_path, index=True)
        assert sorted(made) == sorted(here)
        for name, written in made.items():
            size = written.write_to(tmp_path / name)
            data = (tmp_path / name).read_bytes()
            assert data == b"".join(here[name]) and size == len(data), name
    finally:
        worker.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(here)


def test_pie_slices_in_bulk_are_the_arcs_matplotlib_draws():
    """_slices does Path.arc's arithmetic for many slices at once: every vertex must be the one
    Path.arc gives, bit for bit, for pies of one to eight types and for whole circles."""
    import numpy as np
    from matplotlib.path import Path

    from geomap.render.print.marks import _slices

    rng = np.random.default_rng(7)
    starts, ends = [90.0 - 360.0], [90.0]   # a venue of one type: the whole circle
    for _ in range(400):
        shares = rng.random(rng.integers(1, 9))
        start = 90.0
        for share in shares / shares.sum():
            starts.append(start - 360.0 * share)
            ends.append(start)
            start -= 360.0 * share
    centres, radii = rng.random((len(starts), 2)) * 100, rng.random(len(starts)) * 5
    got = _slices(centres, radii, np.array(starts), np.array(ends))
    for k, (t1, t2) in enumerate(zip(starts, ends)):
        whole = abs((t2 - t1) - 360) <= 1e-12
        arc = Path.arc(0, 360) if whole else Path.arc(t1, t2)
        want = np.concatenate([arc.vertices, [(0, 0), (0, 0)]]) * radii[k] + centres[k]
        path = got[k].get_path()
        assert np.array_equal(path.vertices, want), k
        assert list(path.codes) == [*arc.codes, Path.MOVETO if whole else Path.LINETO, Path.CLOSEPOLY]
