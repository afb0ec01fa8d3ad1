"""geomap.geocode.locate: events leave placed, or Unplaced with a reason that is true."""
from __future__ import annotations

from types import MappingProxyType

from geomap.events import Event
from geomap.gazetteer import Gazetteer, Name, Place, load
from geomap.geocode import Unplaced, locate, origin_points
from geomap.geocode.locate import NO_PLACE

G = load()


def event(eid: str, **kw) -> Event:
    return Event(id=eid, doc="d.txt", date_start="2024-05-01", date_end="2024-05-01",
                 date_precision="day", event_type="meeting", headline="h", **kw)


def test_every_event_is_placed_or_unplaced_with_a_true_reason():
    events = [event("a", venue_text="w Czelabińsku"), event("b"),
              event("c", venue_text="w Xyzowie"), event("d", venue_id="no-such-place"),
              event("e", venue_id="tokyo"), event("f", venue_text="w Nagoi", venue_country="UA")]
    out = locate(events, G)
    assert [e.id for e in out.placed] == ["a", "e"]
    assert out.placed[0].venue == "Chelyabinsk" and out.placed[0].venue_country == "RU"
    assert all(isinstance(u, Unplaced) for u in out.unplaced.values())
    reasons = {i: u.reason for i, u in out.unplaced.items()}
    assert reasons["b"] == NO_PLACE
    assert "'w Xyzowie'" in reasons["c"] and reasons["c"] != NO_PLACE
    assert "'no-such-place'" in reasons["d"]
    assert "Nagoya" in reasons["f"] and "UA" in reasons["f"]  # never placed in the wrong country
    assert out.unplaced["b"].event.id == "b"


def test_locate_uses_the_gazetteer_it_is_given():
    atlantis = Place("atlantis", "Atlantis", "city", "GR", 36.4, 25.4, None, None,
                     MappingProxyType({"en": ("Atlantis",), "pl": ("Zyrkonia",)}))
    mine = Gazetteer([atlantis], [Name("atlantis", "en", "Atlantis", "name", ""),
                                  Name("atlantis", "pl", "Zyrkonia", "name", "")], {})
    events = [event("a", venue_text="w Zyrkonii"), event("b", venue_id="atlantis")]
    assert [e.venue_id for e in locate(events, mine).placed] == ["atlantis", "atlantis"]
    assert len(locate(events, G).unplaced) == 2


def test_origins_are_capitals_or_gazetteer_places():
    visits = [event("a", origin="JP"), event("b", origin="vladivostok"), event("c", origin="zz-none")]
    points = origin_points(visits, G)
    assert points["JP"].id == "tokyo" and points["vladivostok"].kind == "city"
    assert "zz-none" not in points


def test_a_place_list_id_places_the_event():
    """A venue chosen from the place list ('geonames-<id>', as extraction or a page correction
    writes it) is placed without looking its name up again."""
    from geomap.events import Event
    from geomap.gazetteer import load
    from geomap.geocode import locate
    e = Event(id="x", doc="d", date_start="2020-01", date_end="2020-01", date_precision="month",
              event_type="visit", headline="h", venue_id="geonames-479561")
    placed = locate([e], load()).placed
    assert [(p.venue, p.venue_country, round(p.lat)) for p in placed] == [("Ufa", "RU", 55)]
    gone = locate([e.with_(venue_id="geonames-999999999")], load())
    assert "geonames-999999999" in gone.unplaced["x"].reason
