"""Print maps in a build: drawn from aggregates in another process, kept when nothing they show changed."""
from __future__ import annotations

import json

import pytest

from geomap.build import build
from geomap.dataset import load_bundled, load_table
from geomap.events import to_jsonl
from geomap.render import print as print_maps
from geomap.render.print.aggregate import from_events, from_table

pytestmark = pytest.mark.slow


def test_aggregates_of_columns_equal_those_of_objects():
    assert from_table(load_table()) == from_events(load_bundled())


def _refuse(jobs):
    raise RuntimeError(f"asked to draw {len(jobs)} map(s)")


def _no_drawing(monkeypatch):
    """Drawing now fails the build (the drawing process is forked from this one, patch and all)."""
    monkeypatch.setattr(print_maps, "_draw_all", _refuse)


def test_unchanged_print_maps_are_kept_and_changed_ones_drawn(tmp_path, monkeypatch):
    # The bundled events of their last two years: two year maps besides the main ones, enough to see
    # one kept and one redrawn, at half the drawing of every year.
    years = sorted({e.date_start[:4] for e in load_bundled() if e.placed})[-2:]
    events = [e for e in load_bundled() if e.date_start[:4] in years]
    src = tmp_path / "e.jsonl"
    src.write_text(to_jsonl(events), encoding="utf-8")
    out = tmp_path / "out"
    build(out, [src], by="year")
    before = {p.name: p.read_bytes() for p in out.glob("map*")}
    assert {"map.png", "map.svg"} <= set(before) and len(before) > 3
    state = json.loads((out / print_maps.STATE).read_text())
    assert set(state) == set(before)

    _no_drawing(monkeypatch)
    build(out, [src], by="year", force=True)   # same events: no map is drawn, every map is kept
    assert {p.name: p.read_bytes() for p in out.glob("map*")} == before

    # A headline is not on a print map; a new visit in one year is, on that year's map and the main one.
    changed = [e.with_(headline="Another headline") if i == 0 else e for i, e in enumerate(events)]
    src.write_text(to_jsonl(changed), encoding="utf-8")
    build(out, [src], by="year", force=True)
    later = max((e for e in events if e.placed), key=lambda e: (e.date_start, e.id))
    moved = [e.with_(id="new-visit", event_type="visit", date_start=later.date_start, date_end=later.date_end,
                     date_precision=later.date_precision) if e.id == later.id else e for e in events]
    src.write_text(to_jsonl(moved + [later]), encoding="utf-8")
    with pytest.raises(RuntimeError, match=r"asked to draw"):
        build(out, [src], by="year", force=True)
    monkeypatch.undo()
    build(out, [src], by="year", force=True)
    after = {p.name: p.read_bytes() for p in out.glob("map*")}
    year = later.date_start[:4]
    assert [n for n in sorted(after) if after[n] != before.get(n)] == sorted(["map.png", "map.svg",
                                                                             f"map-{year}.png"])


@pytest.fixture(scope="module")
def english_then_polish(tmp_path_factory):
    """The bundled data built in English, then in Polish into the same folder; the print maps'
    state of each build."""
    out = tmp_path_factory.mktemp("pl")
    build(out)
    english = json.loads((out / print_maps.STATE).read_text())
    build(out, lang="pl")
    return out, english, json.loads((out / print_maps.STATE).read_text())


def _svg_texts(out) -> list[str]:
    import xml.etree.ElementTree as ET

    return ["".join(t.itertext()) for t in ET.parse(out / "map.svg").getroot().iter("{http://www.w3.org/2000/svg}text")]


def test_polish_build_redraws_the_print_maps_in_polish(english_then_polish):
    """The language is part of what a print map is drawn from: an English map is not kept for Polish."""
    out, english, polish = english_then_polish
    assert set(polish) == set(english) and all(polish[n] != english[n] for n in english)
    texts = _svg_texts(out)
    assert "Wydarzenia według rodzaju" in texts and "Events by type" not in texts


def test_polish_build_names_places_in_polish_on_the_print_map_as_on_the_page(english_then_polish):
    import re

    from page_data import read as read_page

    out, _, _ = english_then_polish
    texts = _svg_texts(out)
    labels = {re.sub(r" \([^()]*\)$", "", t) for t in texts}
    assert {"Tokio", "Moskwa", "Kijów", "Pjongjang", "Seul", "Władywostok"} <= labels
    assert not {"Tokyo", "Moscow", "Kyiv", "Pyongyang", "Vladivostok"} & labels
    page = {v["name"] for v in read_page(out / "index.html")["venues"]}
    assert labels & page >= {"Tokio", "Moskwa", "Kijów"}
    note = next(t for t in texts if t.startswith("Poza obszarem mapy"))
    assert "Buenos" in note   # the outside note names them in Polish too ("Nowy Jork" on its next line)
    assert any("Nowy\u00a0Jork" in t for t in texts)
    assert "CHINY" in texts and "CHINA" not in texts   # the base map's faint country names too
