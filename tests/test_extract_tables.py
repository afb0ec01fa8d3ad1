"""Every row of the small fact tables extraction reads: people, office terms, summit hosts, seats."""
from __future__ import annotations

import csv
import re
from importlib.resources import files

import pytest

from geomap.extract.document.dating import OFFICE_TITLES, offices
from geomap.extract.mentions.institutions import known_place
from geomap.extract.mentions.persons import known_people, name_pattern
from geomap.extract.mentions.summits import SERIES, fixed_places


def rows(name: str) -> list[dict[str, str]]:
    text = files("geomap").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


YM = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])$")


@pytest.mark.parametrize("row", rows("offices.csv"), ids=lambda r: f"{r['name']}-{r['office']}-{r['start']}")
def test_office_terms(row):
    assert row["office"] in OFFICE_TITLES
    assert re.fullmatch(r"[A-Z]{2}", row["country"])
    assert YM.match(row["start"]) and (row["end"] == "" or YM.match(row["end"]))
    assert row["end"] == "" or row["start"] < row["end"]
    assert row["source"].startswith("https://")
    assert name_pattern(row["name"]) is not None, "every office-holder needs a row in people.csv"


def test_terms_of_one_office_do_not_overlap():
    by_office: dict[tuple[str, str], list] = {}
    for o in offices():
        by_office.setdefault((o.country, o.office), []).append(o)
    for terms in by_office.values():
        terms.sort(key=lambda o: o.start)
        for a, b in zip(terms, terms[1:]):
            assert a.end <= b.start, (a, b)


@pytest.mark.parametrize("row", rows("people.csv"), ids=lambda r: r["name"])
def test_people(row):
    assert re.fullmatch(r"[A-Z]{2}", row["country"])
    for key in row["keys"].split("|"):
        assert key == key.lower() and all(1 <= len(w) <= 5 for w in key.split()), key
        assert re.search(name_pattern(row["name"]), " ".join(w.capitalize() for w in key.split()) + "a"), key


def test_people_keys_are_unique():
    seen: dict[str, str] = {}
    for r in rows("people.csv"):
        for key in r["keys"].split("|"):
            assert key not in seen or seen[key] == r["name"], key
            seen[key] = r["name"]
    assert len(known_people()) == len(seen)


@pytest.mark.parametrize("row", rows("summits.csv"), ids=lambda r: f"{r['series']}-{r['year']}-{r['month_from']}")
def test_summit_hosts(row):
    assert row["series"] in SERIES
    assert 2000 <= int(row["year"]) <= 2030
    place = known_place(row["city"])
    assert place is not None, f"{row['city']} is not a place the geocoder knows"
    # the geocoder's answer lies in the host country: a namesake elsewhere would put the summit there
    assert place.country == row["country"], f"{row['city']} resolves to {place.name}, {place.country}"
    assert row["source"].startswith("https://")


@pytest.mark.parametrize("rule, pattern, city", fixed_places(), ids=lambda x: getattr(x, "pattern", str(x))[:30])
def test_fixed_places(rule, pattern, city):
    assert rule in ("seat", "united-nations", "geneva-body", "vienna-body", "fixed-forum")
    assert known_place(city) is not None, f"{city} is not a place the geocoder knows"
    assert not pattern.search("Minister spotkał się z ambasadorem w Tokio.")
