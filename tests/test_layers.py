"""The layers stage: the venues, routes, disputed areas and frame that the page and the print map
both draw, computed once by the same functions."""
from __future__ import annotations

import pytest
from page_data import read as read_page

from geomap.build import build
from geomap.dataset import load_table
from geomap.events import Event, to_jsonl
from geomap.events.columns import from_events
from geomap.layers import frame_of, present, routes_of, venues_of
from geomap.render.print.aggregate import from_table
from geomap.render.print.framing import _frame, _venues
from geomap.render.print.style import ASPECT


def _event(i: int, lat: float, lon: float, *, venue: str, venue_id: str | None = None, kind: str = "meeting",
           day: str = "2019-03-01", origin: str | None = None, passing: bool = False,
           precision: str = "city") -> Event:
    return Event(id=f"e{i:03d}", doc="d.txt", date_start=day, date_end=day, date_precision="day",
                 event_type=kind, headline=f"event {i}", venue=venue, venue_id=venue_id, lat=lat, lon=lon,
                 geo_precision=precision, origin=origin, in_passing=passing, actors=("JP",))


def _first_views(agg, page: dict) -> tuple[set, set]:
    """The venues (lat, lon) inside the page's first view and inside the print map's frame."""
    s, w, n, e = page["frame"]
    in_page = {(v["lat"], v["lon"]) for v in page["venues"] if s <= v["lat"] <= n and w <= v["lon"] <= e}
    drawn = _venues(agg)
    frame = _frame(drawn, ASPECT, agg.frame.centre)
    return in_page, {(v.lat, v.lon) for v in drawn if frame.contains(v.x, v.y)}


def test_page_and_print_map_read_one_frame_on_the_bundled_data(bundled_build):
    out, _ = bundled_build
    page = read_page(out / "index.html")
    agg = from_table(load_table())
    assert page["frame"] == list(agg.frame.bounds) == list(frame_of(agg.venues).bounds)
    assert [(v["lat"], v["lon"], v["name"]) for v in page["venues"]] == [(v.lat, v.lon, v.name) for v in agg.venues]
    in_page, in_print = _first_views(agg, page)
    core = {(agg.venues[i].lat, agg.venues[i].lon) for i in agg.frame.core}
    assert in_page == in_print == core
    left_out = {v.name for v in agg.venues if (v.lat, v.lon) not in core}
    assert left_out == {"New York", "Buenos Aires"}   # one event each, far beyond a gap


def test_a_far_summit_is_left_out_of_both_first_views(tmp_path):
    events = ([_event(i, 37.5665, 126.978, venue="Seoul") for i in range(6)]
              + [_event(10 + i, 35.6762, 139.6503, venue="Tokyo", kind="visit", origin="KR") for i in range(5)]
              + [_event(20, 40.7128, -74.006, venue="New York", kind="summit")])
    src = tmp_path / "e.jsonl"
    src.write_text(to_jsonl(events), encoding="utf-8")
    build(tmp_path / "out", [src], static=False)
    page = read_page(tmp_path / "out" / "index.html")
    agg = from_table(from_events(events), origins=["KR"])
    in_page, in_print = _first_views(agg, page)
    assert in_page == in_print == {(37.5665, 126.978), (35.6762, 139.6503)}
    assert [(r.origin, r.venue, r.n) for r in agg.routes] == [("KR", "35.6762,139.6503", 5)]


def test_a_frame_across_the_antimeridian_stays_narrow():
    events = ([_event(i, 64.7337, 177.5089, venue="Anadyr") for i in range(3)]
              + [_event(5 + i, 64.5011, -165.4064, venue="Nome") for i in range(2)]
              + [_event(9, 64.4235, -173.2258, venue="Provideniya")])
    _, venues = venues_of(from_events(events))
    frame = frame_of(venues)
    s, w, n, e = frame.bounds
    lon0 = frame.centre[1]
    assert 64 < frame.centre[0] < 66 and (lon0 > 177 or lon0 < -165)
    assert e - w == pytest.approx(360 - 177.5089 - 165.4064)   # across 180°, not the whole world
    assert w <= lon0 <= e and {round(w % 360, 4), round(e % 360, 4)} == {177.5089, round(-165.4064 % 360, 4)}
    assert frame.core == (0, 1, 2)


def test_a_venue_is_a_position_named_by_its_first_event_in_the_maps_language():
    events = [_event(1, 55.7558, 37.6173, venue="Kremlin", day="2019-05-02", kind="summit"),
              _event(2, 55.7558, 37.6173, venue="Moscow", venue_id="moscow", day="2019-05-01", kind="visit",
                     origin="JP"),
              _event(3, 55.755801, 37.617299, venue="Moskwa", day="2019-05-03", passing=True),
              _event(4, 44.9572, 34.1108, venue="Crimea", venue_id="crimea", precision="admin1", day="2019-06-01")]
    number, venues = venues_of(from_events(events), {"moscow": "Moskwa"})
    assert len(venues) == 2 and number.to_pylist() == [0, 0, 0, 1]
    moscow, crimea = venues
    assert (moscow.name, moscow.n, moscow.exact) == ("Moskwa", 3, True)
    assert moscow.types == (("visit", 1), ("summit", 1), ("meeting", 1))
    assert (moscow.passing, moscow.visits) == ((("meeting", 1),), (("JP", 1),))
    assert (crimea.area, crimea.de_facto, crimea.de_jure, crimea.exact) == ("crimea", "RU", "UA", False)
    assert present(venues) == ("crimea",)
    assert routes_of(venues, ["JP"])[0].venue == moscow.key
    assert routes_of(venues, []) == ()


@pytest.mark.parametrize("lang, names", [("en", {"Tokyo", "Moscow", "Kyiv"}), ("pl", {"Tokio", "Moskwa", "Kijów"})])
def test_the_page_names_venues_in_the_builds_language(tmp_path, lang, names):
    """(test_print_maps.py checks the Polish print map's labels against the same names.)"""
    out = tmp_path / lang
    build(out, lang=lang, static=False)
    page = {v["name"] for v in read_page(out / "index.html")["venues"]}
    assert names <= page
