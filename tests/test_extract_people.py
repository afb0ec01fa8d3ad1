"""Widely known office-holders named bare still tell the event's states and kind."""
from __future__ import annotations

import pytest

from geomap.extract import extract_text
from geomap.extract.mentions.persons import known_people

BULLETIN = """MONTHLY REVIEW, DECEMBER 2018

1 December: Putin and Abe met on the sidelines of the G20 summit. They confirmed the plan to speed up talks.

5 December: Lavrov received the foreign minister of North Korea in Moscow.

9 December: Łukaszenka i Zełenski rozmawiali w Mińsku o handlu.
"""


@pytest.fixture(scope="module")
def events():
    return {e.date_start: e for e in extract_text(BULLETIN, "december.txt")}


@pytest.mark.parametrize("day,kind,venue,actors", [
    ("2018-12-01", "summit", "buenos-aires", {"RU", "JP"}),
    ("2018-12-05", "meeting", "moscow", {"RU", "KP"}),
    ("2018-12-09", "summit", "minsk", {"BY", "UA"}),
])
def test_bare_names(events, day, kind, venue, actors):
    e = events[day]
    assert (e.event_type, e.venue_id, set(e.actors)) == (kind, venue, actors)


def test_known_people_table_is_sound():
    people = known_people()
    assert all(all(len(w) <= 5 for w in k.split()) and k == k.lower() for k in people)
    assert all(len(p.country) == 2 and p.country.isupper() for p in people.values())


@pytest.mark.parametrize("sentence, person", [
    # Japanese names in the family-first order, even where GeoNames has a town called so
    ("Ambassador Kurai Takashi opened an exhibition of prints.", "Kurai Takashi"),
    ("State Minister Yamada Kenji spoke for three minutes.", "Yamada Kenji"),
    # a title's own words are not a name: regions, policy areas
    ("The envoy to the Far East Yuri Trutnev greeted the guests.", "Yuri Trutnev"),
    ("The Deputy Prime Minister for European Integration Olha Stefanishyna met the donors.", "Olha Stefanishyna"),
])
def test_names_after_titles(sentence, person):
    from geomap.extract.mentions.persons import find_persons
    assert find_persons(sentence, 0, len(sentence)) == [person]
