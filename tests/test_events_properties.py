"""Property tests of the event readers: any valid event survives every format; garbage never crashes."""
from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomap.errors import InputError
from geomap.events import EVENT_TYPES, Event, read_events, to_csv, to_geojson, to_jsonl

text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40).map(str.strip).filter(bool)
codes = st.sampled_from(["JP", "KR", "KP", "RU", "UA", "BY", "US", "CN"])
urls = st.builds(lambda host, path: f"https://{host}.org/{path}", st.from_regex(r"[a-z]{1,10}", fullmatch=True),
                 st.text("abc;=&?/%-_", max_size=20))


@st.composite
def events(draw) -> Event:
    start = draw(st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)))
    precision = draw(st.sampled_from(["day", "month"]))
    end = start + dt.timedelta(days=draw(st.integers(0, 40)))
    fmt = (lambda d: d.isoformat()) if precision == "day" else (lambda d: d.isoformat()[:7])
    placed = draw(st.booleans())
    return Event(
        id=draw(st.from_regex(r"[a-z0-9-]{1,20}", fullmatch=True)), doc=draw(text),
        date_start=fmt(start), date_end=fmt(end), date_precision=precision,
        event_type=draw(st.sampled_from(EVENT_TYPES)), headline=draw(text),
        summary=draw(st.one_of(st.just(""), text)),
        venue=draw(text) if placed else None,
        lat=draw(st.floats(-90, 90, allow_nan=False)) if placed else None,
        lon=draw(st.floats(-180, 180, allow_nan=False)) if placed else None,
        venue_basis=draw(st.sampled_from(["explicit", "implied"])) if placed else "none",
        actors=tuple(draw(st.lists(codes, max_size=3))),
        persons=tuple(draw(st.lists(text.filter(lambda s: ";" not in s), max_size=3))),
        source_urls=tuple(draw(st.lists(urls, max_size=3))),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(events(), min_size=1, max_size=5, unique_by=lambda e: e.id))
def test_every_format_round_trips(evs):
    with tempfile.TemporaryDirectory() as tmp:
        for name, writer in (("e.jsonl", to_jsonl), ("e.csv", to_csv), ("e.geojson", to_geojson)):
            path = Path(tmp) / name
            path.write_text(writer(evs), encoding="utf-8")
            back = read_events(path, strict=True)
            assert back.events == evs, name


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400), st.sampled_from([".jsonl", ".csv", ".geojson"]))
def test_garbage_is_an_input_error_or_a_problem_list(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"x{suffix}"
        path.write_bytes(data)
        try:
            result = read_events(path)
        except InputError as e:
            assert str(path) in str(e)
        else:
            assert all(p.path == str(path) for p in result.problems)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(["doc", "date_start", "date_end", "event_type", "headline", "lat",
                                        "lon", "actors", "evidence", "confidence", "date_precision"]),
                       st.one_of(st.none(), st.integers(), st.floats(), st.text(max_size=12),
                                 st.lists(st.text(max_size=5), max_size=3))))
def test_any_record_is_accepted_or_named(record):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.jsonl"
        path.write_text(json.dumps(record) + "\n", encoding="utf-8")
        result = read_events(path)
        assert len(result.events) + len(result.problems) == 1
        for p in result.problems:
            assert p.line == 1 and p.reason
