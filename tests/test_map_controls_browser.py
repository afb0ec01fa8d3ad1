"""The page's own controls, driven as a reader drives them: the date slider by keyboard, the
time-window select, the play button, the clock label, and the event table's filter box, pages and
"only events in the map's time window" box.

Expected values come from events.geojson, worked out here in Python.
"""
from __future__ import annotations

import calendar
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from geomap.events import period_bounds

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[1]
N = 250  # more than one table page (100 rows), few enough for one circle per event
EPOCH = dt.date(1970, 1, 1)
WAIT = 5_000  # ms: the page answers at once; this is only a ceiling


@pytest.fixture(scope="module")
def page(browser, tmp_path_factory):
    sys.path.insert(0, str(REPO / "bench"))
    import synth  # the benchmark's seeded generator: realistic venues, dates and types

    from geomap.build import build

    out = tmp_path_factory.mktemp("controls")
    src = synth.write(out / "events.jsonl", N, seed=11)
    with src.open("a", encoding="utf-8") as f:  # and a few events without a place, for the table
        for k in range(3):
            f.write(json.dumps({"id": f"nowhere-{k}", "doc": "d", "date_start": f"2016-0{k + 1}-10",
                                "event_type": "meeting", "headline": f"Talks somewhere {k}"}) + "\n")
    build(out, [src], static=False)
    p = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    p.on("pageerror", lambda e: errors.append(str(e)))
    p.goto((out / "index.html").as_uri())
    p.wait_for_function("window.geomap !== undefined")
    yield p, out
    assert errors == []
    p.close()


@pytest.fixture()
def fresh(page):
    """The page as a reader finds it: all dates, empty filter, every row, no popup."""
    p, out = page
    yield p, out
    p.evaluate("() => { window.geomap.setWindow('all'); window.geomap.map.closePopup(); }")
    p.fill("#geomap-filter", "")
    if p.is_checked("#geomap-only-view"):
        p.uncheck("#geomap-only-view")


def _features(out: Path) -> list[dict]:
    return json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]


def _placed(out: Path) -> list[dict]:
    return [f["properties"] for f in _features(out) if f["geometry"] is not None]


def _day(number: int) -> dt.date:
    return EPOCH + dt.timedelta(days=number)


def _in_window(out: Path, day: int, window: str) -> list[str]:
    d = _day(day)
    first, last = {"day": (d, d),
                   "month": (d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1])),
                   "year": (dt.date(d.year, 1, 1), dt.date(d.year, 12, 31))}[window]
    return sorted(e["id"] for e in _placed(out)
                  if period_bounds(e["date_start"])[0] <= last and period_bounds(e["date_end"])[1] >= first)


def _state(p) -> dict:
    """What the reader sees of the time controls, and the ids the map shows."""
    return p.evaluate("""() => ({
        value: +document.querySelector('.geomap-slider input[type=range]').value,
        window: document.querySelector('.geomap-slider select').value,
        clock: document.querySelector('.geomap-clock').textContent,
        play: document.querySelector('.geomap-play').textContent,
        ids: window.geomap.visibleIds().sort()})""")


def _clock(label: str, shown: int) -> str:
    return f"{label} · {shown} of {N} events shown"


# --- time controls ---------------------------------------------------------------------------------

def test_slider_moves_the_window_by_keyboard(fresh):
    p, out = fresh
    lo, hi = p.evaluate("window.geomap.range")
    slider = p.locator(".geomap-slider input[type=range]")
    assert _state(p)["clock"] == _clock("All dates", len(_placed(out)))
    slider.focus()
    first = _day(lo)
    following = (dt.date(first.year + first.month // 12, first.month % 12 + 1, 1) - EPOCH).days
    for key, day in (("Home", lo), ("ArrowRight", following), ("ArrowLeft", (first.replace(day=1) - EPOCH).days),
                     ("End", hi)):
        p.keyboard.press(key)
        state = _state(p)
        assert state["value"] == day and state["window"] == "month", "moving the slider steps by months"
        expected = _in_window(out, day, "month")
        assert state["ids"] == expected
        assert state["clock"] == _clock(_day(day).strftime("%B %Y"), len(expected))
    assert _in_window(out, lo, "month") != _in_window(out, hi, "month")


@pytest.mark.parametrize("window", ["day", "year", "month", "all"])
def test_window_select_sets_what_is_shown(fresh, window):
    p, out = fresh
    lo, hi = p.evaluate("window.geomap.range")
    busy = Counter(period_bounds(e["date_start"])[0] for e in _placed(out)).most_common(1)[0][0]
    day = (busy - EPOCH).days  # a day on which something happens
    p.locator(".geomap-slider input[type=range]").fill(str(day))
    p.select_option(".geomap-slider select", window)
    state = _state(p)
    expected = sorted(e["id"] for e in _placed(out)) if window == "all" else _in_window(out, day, window)
    label = {"day": f"{_day(day).day} {_day(day):%B %Y}", "month": _day(day).strftime("%B %Y"),
             "year": str(_day(day).year), "all": "All dates"}[window]
    assert expected and state["ids"] == expected
    assert state["clock"] == _clock(label, len(expected))
    assert lo <= state["value"] == day <= hi


def test_play_steps_month_by_month_and_pauses(fresh):
    p, out = fresh
    lo, _ = p.evaluate("window.geomap.range")
    p.locator(".geomap-slider input[type=range]").fill(str(p.evaluate("window.geomap.range[1]")))
    p.select_option(".geomap-slider select", "all")
    play = p.locator(".geomap-play")
    play.click()
    state = _state(p)
    assert state["play"] == "❚❚" and state["window"] == "month", "play starts on months"
    assert state["value"] == lo, "play from the end starts again at the first day"
    assert state["ids"] == _in_window(out, lo, "month")
    first = _day(lo)
    following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    p.wait_for_function("label => document.querySelector('.geomap-clock').textContent.startsWith(label)",
                        arg=following.strftime("%B %Y"), timeout=WAIT)
    assert _state(p)["ids"] == _in_window(out, (following - EPOCH).days, "month")
    play.click()
    paused = _state(p)
    assert paused["play"] == "▶"
    p.wait_for_timeout(1_300)  # longer than one step of the player
    assert _state(p) == paused


# --- the event table -------------------------------------------------------------------------------

def _rows(p) -> list[tuple[str, str]]:
    """(venue cell, headline cell) of the rows on the table's current page."""
    return [tuple(r) for r in p.evaluate("""() => [...document.querySelectorAll('#geomap-table-body tr')]
        .map(tr => [tr.cells[2].textContent, tr.cells[3].textContent])""")]


def _every_row(p) -> list[tuple[str, str]]:
    """The rows of every page, turning them with the Later button."""
    rows = _rows(p)
    while p.locator(".geomap-table-pager span").count() and _pager_numbers(p)[1] < _pager_numbers(p)[2]:
        p.locator(".geomap-table-pager button", has_text="Later").click()
        rows += _rows(p)
    return rows


def _pager_numbers(p) -> tuple[int, int, int]:
    text = p.locator(".geomap-table-pager span").inner_text()  # "Rows 101–200 of 253"
    span, total = text.removeprefix("Rows ").split(" of ")
    first, last = span.split("–")
    return int(first.replace(",", "")), int(last.replace(",", "")), int(total.replace(",", ""))


def _wait_for_total(p, total: int) -> None:
    """Until the pager counts `total` rows, or fail after Playwright's timeout."""
    p.wait_for_function("""(n) => {
        const s = document.querySelector('.geomap-table-pager span');
        return s && +s.textContent.split(' of ')[1].replace(/,/g, '') === n; }""", arg=total)


def _expected_rows(out: Path, keep=lambda props: True) -> Counter:
    rows = Counter()
    for f in _features(out):
        props = f["properties"]
        if not keep(props):
            continue
        venue = props["venue"] if f["geometry"] else f"not on the map: {props['unplaced_reason']}"
        rows[(venue, props["headline"])] += 1
    return rows


def test_table_pages_through_every_event(fresh):
    p, out = fresh
    assert len(_rows(p)) == 100 and _pager_numbers(p) == (1, 100, N + 3)
    later = p.locator(".geomap-table-pager button", has_text="Later")
    seen = _rows(p)
    for first, last in ((101, 200), (201, N + 3)):
        later.click()
        assert _pager_numbers(p) == (first, last, N + 3)
        seen += _rows(p)
    assert Counter(seen) == _expected_rows(out)
    p.locator(".geomap-table-pager button", has_text="Earlier").click()
    assert _pager_numbers(p)[:2] == (101, 200)


def test_filter_shows_the_rows_that_match(fresh):
    p, out = fresh
    venue = Counter(e["venue"] for e in _placed(out)).most_common(1)[0][0]
    p.fill("#geomap-filter", venue.upper())
    wanted = _expected_rows(out, lambda e: venue.lower() in " ".join(
        [e["venue"] or "", e["headline"], *e["persons"], *e["source_urls"]]).lower())
    assert wanted and sum(wanted.values()) < 100
    assert Counter(_rows(p)) == wanted
    assert p.locator(".geomap-table-pager button").count() == 0, "one page needs no pager"
    p.fill("#geomap-filter", "no event says this")
    assert _rows(p) == []
    p.fill("#geomap-filter", "not on the map")
    assert Counter(_rows(p)) == _expected_rows(out, lambda e: e["venue"] is None)


def test_only_in_view_keeps_the_rows_of_the_time_window(fresh):
    p, out = fresh
    p.locator(".geomap-slider input[type=range]").fill(str(p.evaluate("window.geomap.range[1]")))
    p.select_option(".geomap-slider select", "year")
    visible = set(_state(p)["ids"])
    p.check("#geomap-only-view")
    assert Counter(_rows(p)) == _expected_rows(out, lambda e: e["id"] in visible)
    p.select_option(".geomap-slider select", "month")
    visible = set(_state(p)["ids"])
    assert Counter(_rows(p)) == _expected_rows(out, lambda e: e["id"] in visible)
    p.uncheck("#geomap-only-view")
    assert _pager_numbers(p)[2] == N + 3


def test_a_hidden_type_leaves_the_table(fresh):
    p, out = fresh
    box = p.locator(".geomap-layers .geomap-type-row[data-type=meeting] input")
    expected = _expected_rows(out, lambda e: e["event_type"] != "meeting")
    box.uncheck()
    try:
        _wait_for_total(p, sum(expected.values()))   # the table redraws on the next frame, not at once
        assert Counter(_every_row(p)) == expected
        assert "meeting" not in {e["event_type"] for e in _placed(out) if e["id"] in _state(p)["ids"]}
    finally:
        box.check()
    _wait_for_total(p, N + 3)
