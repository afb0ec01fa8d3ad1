"""The page as a reader uses it: one mark per venue at the first view, a shared link that restores
the view, the slider's cumulative mode, histogram, speed and keys, the live line, background
mentions under their own toggle, imported datasets in layer groups of their own, axe-core, and a
Polish page with no English UI text. Expected values come from events.geojson, worked out here."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from page_data import leaves

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[1]
EPOCH = dt.date(1970, 1, 1)
GDELT = REPO / "tests" / "fixtures" / "datasets" / "20250301120000.export.CSV"


def _open(browser, html: Path, fragment: str = ""):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    requests: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(html.as_uri() + fragment)
    page.wait_for_function("window.geomap !== undefined")
    page.errors, page.leaving = errors, requests
    return page


def _placed(out: Path) -> list[dict]:
    feats = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]
    return [f["properties"] for f in feats if f["geometry"] is not None]


def _positions(page) -> set[tuple[float, float]]:
    return {(round(m["x"], 2), round(m["y"], 2)) for m in page.evaluate("window.geomap.marks()")}


@pytest.fixture(scope="module")
def bundled(browser, bundled_build):
    out, _ = bundled_build
    page = _open(browser, out / "index.html")
    yield page, out
    page.close()


@pytest.fixture(scope="module")
def synthetic(browser, tmp_path_factory):
    import synthetic

    from geomap.build import build

    out = tmp_path_factory.mktemp("synthetic")
    build(out, [synthetic.write(out / "events.jsonl", 10_000, seed=5)], static=False)
    page = _open(browser, out / "index.html")
    yield page, out
    page.close()


# --- one mark per venue ---------------------------------------------------------------------------

@pytest.mark.parametrize("which", ["bundled", "synthetic"])
def test_first_view_has_one_mark_per_venue_in_the_window(request, which):
    page, out = request.getfixturevalue(which)
    venues = {(round(e["lat"], 5), round(e["lon"], 5)) for e in _placed(out)}
    assert len(_positions(page)) == len(venues) == len(page.evaluate("window.geomap.marks()"))
    lo, hi = page.evaluate("window.geomap.range")
    page.evaluate(f"window.geomap.setWindow('year'); window.geomap.setTime({hi})")
    shown = set(page.evaluate("window.geomap.visibleIds()"))
    in_year = {(round(e["lat"], 5), round(e["lon"], 5)) for e in _placed(out) if e["id"] in shown}
    assert in_year and len(_positions(page)) == len(in_year)
    page.evaluate("window.geomap.setWindow('all')")


def test_screenshots_at_three_zoom_levels(bundled):
    page, out = bundled
    view = page.evaluate("[window.geomap.map.getCenter().lat, window.geomap.map.getCenter().lng, window.geomap.map.getZoom()]")
    for zoom in (3, 5, 8):
        page.evaluate(f"void window.geomap.map.setView([37.6, 127.0], {zoom}, {{animate: false}})")
        venues_px = page.evaluate("window.geomap.marks()")
        assert all(m["radius"] <= 40 for m in venues_px), "a mark stays at its venue, not fanned out"
        shot = out / f"screenshot-zoom{zoom}.png"
        page.screenshot(path=str(shot))
        assert shot.stat().st_size > 30_000
    page.evaluate(f"void window.geomap.map.setView([{view[0]}, {view[1]}], {view[2]}, {{animate: false}})")


def test_country_level_places_are_hollow(bundled):
    page, out = bundled
    coarse = {(round(e["lat"], 5), round(e["lon"], 5)) for e in _placed(out) if e["geo_precision"] in ("country", "admin1")}
    exact = page.evaluate("window.geomap.app.rows.venues.map(v => [v.lat, v.lon, v.exact])")
    assert coarse, "the bundled data has country-level places"
    assert {(round(a, 5), round(b, 5)) for a, b, sure in exact if not sure} >= coarse


# --- shareable state --------------------------------------------------------------------------------

def test_a_shared_link_restores_the_view(bundled, browser):
    page, out = bundled
    lo, hi = page.evaluate("window.geomap.range")
    page.evaluate(f"window.geomap.setWindow('month'); window.geomap.setTime({hi})")
    page.locator(".geomap-layers .geomap-type-row[data-type=meeting] input").uncheck()
    page.fill("#geomap-filter", "Moscow")
    page.evaluate("void window.geomap.map.setView([43.1, 131.9], 6, {animate: false})")
    page.wait_for_function("location.hash.includes('q=Moscow') && location.hash.includes('v=43.1')")
    link = page.evaluate("location.hash")
    month = (EPOCH + dt.timedelta(days=hi)).strftime("%Y-%m")
    assert f"d={month}" in link and "w=month" in link and "meeting" not in link.split("t=")[1].split("&")[0]
    seen = {"ids": sorted(page.evaluate("window.geomap.visibleIds()")),
            "clock": page.locator(".geomap-clock").inner_text(), "filter": page.input_value("#geomap-filter")}
    again = _open(browser, out / "index.html", link)
    try:
        assert sorted(again.evaluate("window.geomap.visibleIds()")) == seen["ids"]
        assert again.locator(".geomap-clock").inner_text() == seen["clock"]
        assert again.input_value("#geomap-filter") == seen["filter"]
        assert not again.is_checked(".geomap-layers .geomap-type-row[data-type=meeting] input")
        assert again.evaluate("[+window.geomap.map.getCenter().lat.toFixed(1), window.geomap.map.getZoom()]") == [43.1, 6]
    finally:
        again.close()
    page.locator(".geomap-layers .geomap-type-row[data-type=meeting] input").check()
    page.fill("#geomap-filter", "")
    page.evaluate("window.geomap.setWindow('all')")


def test_a_link_to_one_month_of_summits(bundled, browser):
    page, out = bundled
    summits = sorted((e for e in _placed(out) if e["event_type"] in ("summit", "visit")), key=lambda e: e["date_start"])
    month = summits[-1]["date_start"][:7]
    again = _open(browser, out / "index.html", f"#d={month}&w=month&t=summit,visit")
    try:
        first = dt.date(int(month[:4]), int(month[5:]), 1)
        nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        expected = sorted(e["id"] for e in _placed(out) if e["event_type"] in ("summit", "visit")
                          and e["date_start"][:10] < nxt.isoformat() and e["date_end"][:10] >= first.isoformat()[: len(e["date_end"][:10])])
        assert sorted(again.evaluate("window.geomap.visibleIds()")) == expected and expected
    finally:
        again.close()


# --- the slider ---------------------------------------------------------------------------------------

def test_cumulative_mode_shows_everything_up_to_the_date(synthetic):
    page, out = synthetic
    lo, hi = page.evaluate("window.geomap.range")
    day = (lo + hi) // 2
    page.evaluate(f"window.geomap.setWindow('month'); window.geomap.setTime({day})")
    page.check(".geomap-cumulative input")
    d = EPOCH + dt.timedelta(days=day)
    end = dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
    from geomap.events import period_bounds
    expected = sorted(e["id"] for e in _placed(out) if period_bounds(e["date_start"])[0] < end)
    assert sorted(page.evaluate("window.geomap.visibleIds()")) == expected
    assert page.locator(".geomap-clock").inner_text().startswith(f"Up to {d:%B %Y} · {len(expected):,} of")
    page.uncheck(".geomap-cumulative input")
    page.evaluate("window.geomap.setWindow('all')")


def test_histogram_counts_every_event_once(synthetic):
    page, out = synthetic
    page.evaluate("window.geomap.setWindow('month')")
    bins = page.evaluate("window.geomap.app.slider.bins()")
    assert sum(c for _, c in bins) == len(_placed(out))
    from geomap.events import period_bounds

    by_month: dict[str, int] = {}
    for e in _placed(out):
        key = period_bounds(e["date_start"])[0].isoformat()[:7]   # a year-dated event starts in January
        by_month[key] = by_month.get(key, 0) + 1
    busiest = max(by_month.values())
    assert max(c for _, c in bins) == busiest
    page.evaluate("window.geomap.setWindow('all')")


def test_space_plays_speed_cycles_and_the_live_line_speaks(synthetic):
    page, _ = synthetic
    speed = page.locator(".geomap-speed")
    assert [speed.inner_text()] + [speed.click() or speed.inner_text() for _ in range(3)] == ["1×", "2×", "4×", "1×"]
    live = page.locator(".geomap-clock")
    assert live.get_attribute("aria-live") == "polite"
    page.locator(".geomap-slider input[type=range]").focus()
    page.keyboard.press("Home")
    first = live.inner_text()
    page.keyboard.press(" ")
    assert page.locator(".geomap-play").get_attribute("aria-label") == "Pause"
    page.wait_for_function("t => document.querySelector('.geomap-clock').textContent !== t", arg=first, timeout=5000)
    page.keyboard.press(" ")
    assert page.locator(".geomap-play").get_attribute("aria-label") == "Play"
    page.evaluate("window.geomap.setWindow('all')")


def test_legend_counts_follow_the_window(synthetic):
    page, out = synthetic
    lo, hi = page.evaluate("window.geomap.range")
    page.evaluate(f"window.geomap.setWindow('year'); window.geomap.setTime({hi})")
    shown = set(page.evaluate("window.geomap.visibleIds()"))
    counts = {}
    for e in _placed(out):
        if e["id"] in shown:
            counts[e["event_type"]] = counts.get(e["event_type"], 0) + 1
    rows = page.evaluate("""[...document.querySelectorAll('.geomap-layers .geomap-type-row')].map(r =>
        [r.dataset.type, r.querySelector('.geomap-layer-count').textContent])""")
    assert {k: int(v.replace(",", "")) for k, v in rows if v != "0"} == counts
    page.evaluate("window.geomap.setWindow('all')")


# --- background mentions, datasets, keyboard ------------------------------------------------------------

def test_background_mentions_have_their_own_toggle(bundled):
    page, out = bundled
    passing = {e["id"] for e in _placed(out) if e["in_passing"]}
    assert passing
    row = page.locator(".geomap-layers .geomap-passing-row")
    assert row.locator(".geomap-layer-count").inner_text() == str(len(passing))
    row.locator("input").uncheck()
    assert not passing & set(page.evaluate("window.geomap.visibleIds()"))
    row.locator("input").check()
    assert passing <= set(page.evaluate("window.geomap.visibleIds()"))
    title = page.locator(".geomap-title").inner_text()
    assert f"{len(passing)} mentioned in passing" in title


def test_imported_datasets_have_their_own_layer_group(browser, tmp_path_factory):
    from geomap.api import build

    out = tmp_path_factory.mktemp("gdelt")
    build(str(GDELT), out=str(out), static=False, countries="JP,KR,KP,RU,UA,BY")
    page = _open(browser, out / "index.html")
    try:
        group = page.locator(".geomap-layers fieldset[data-group=GDELT]")
        assert group.count() == 1 and group.locator(".geomap-type-row").count() >= 1
        ev = _placed(out)[0]
        page.evaluate("id => window.geomap.openEvent(id)", ev["id"])
        card = page.locator(f".leaflet-popup-content .geomap-card[data-event-id='{ev['id']}']").inner_text()
        assert f"GDELT event {ev['id'].removeprefix('gdelt-')}" in card
        types = page.evaluate("[...document.querySelectorAll('#geomap-table-body tr td:nth-child(2)')].map(td => td.textContent)")
        assert types and all("(GDELT)" in t for t in types)
        page.fill("#geomap-filter", "gdelt")
        assert page.locator("#geomap-table-body tr").count() == len(types)
    finally:
        page.close()


def test_map_is_one_keyboard_region(bundled):
    page, _ = bundled
    assert page.locator(".leaflet-interactive[tabindex]").count() == 0, "marks are not tab stops"
    box = page.locator(".geomap-mapbox .folium-map")
    assert box.get_attribute("role") == "region" and box.get_attribute("aria-describedby") == "geomap-summary"
    assert "The table below the map lists every event" in page.locator("#geomap-summary").inner_text()
    box.focus()
    page.keyboard.press("n")
    said = page.locator("#geomap-map-status").inner_text()
    assert said.startswith("Place 1 of ")
    page.keyboard.press("Enter")
    assert page.locator(".leaflet-popup-content .geomap-card").count() >= 1
    page.evaluate("() => { window.geomap.map.closePopup(); }")


def test_table_sorts_and_links_to_the_map(bundled):
    page, out = bundled
    page.locator(".geomap-table th[data-col=venue] button").click()
    venues = page.evaluate("[...document.querySelectorAll('#geomap-table-body tr td:nth-child(3)')].map(td => td.textContent)")
    assert venues == sorted(venues, key=str.casefold) or venues == sorted(venues)
    assert page.locator(".geomap-table th[data-col=venue]").get_attribute("aria-sort") == "ascending"
    page.locator(".geomap-table th[data-col=date] button").click()
    page.locator("#geomap-table-body .geomap-rowlink").first.click()
    assert page.locator(".leaflet-popup-content .geomap-card").count() >= 1
    page.evaluate("() => { window.geomap.map.closePopup(); }")


# --- accessibility and language -------------------------------------------------------------------------

def _axe(page) -> list[dict]:
    from geomap import assets

    page.add_script_tag(content=assets.text("axe.min.js"))
    # a popup still fading out after the previous test reads as low contrast: let transitions end first
    page.evaluate("() => Promise.all(document.getAnimations().map(a => a.finished.catch(() => null)))")
    result = page.evaluate("""async () => { const r = await axe.run(document);
        return r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length})); }""")
    return [v for v in result if v["impact"] in ("serious", "critical")]


def test_axe_finds_no_serious_violations(bundled):
    page, _ = bundled
    assert _axe(page) == []


@pytest.fixture(scope="module")
def polish(browser, tmp_path_factory):
    from geomap.build import build

    out = tmp_path_factory.mktemp("polish")
    build(out, static=False, lang="pl")
    page = _open(browser, out / "index.html")
    yield page, out
    page.close()


def _english_ui_text() -> set[str]:
    """The fixed words of every English UI string that Polish writes differently."""
    from geomap.render.i18n import strings

    en, pl = strings("en"), strings("pl")

    polish = " ".join(leaves(pl))
    out = set()
    for s in leaves({k: v for k, v in en.items() if k != "print"}):   # the print maps' words are not on the page
        for piece in re.split(r"\{\w+\}", s):
            piece = piece.strip(" ·:()‹›,.")
            if len(piece) >= 4 and re.search(r"[A-Za-z]{3}", piece) and piece not in polish:
                out.add(piece)
    return out


def test_polish_page_shows_no_english_ui_text(polish):
    page, out = polish
    assert page.evaluate("document.documentElement.lang") == "pl"
    page.evaluate("id => window.geomap.openEvent(id)", _placed(out)[0]["id"])
    ui = page.evaluate("""() => {
        const parts = [...document.querySelectorAll('.geomap-layers, .geomap-legend, .geomap-slider, .geomap-title .geomap-muted,'
          + ' .geomap-events h2, .geomap-events thead, .geomap-events caption, .geomap-tools, .geomap-table-pager,'
          + ' .geomap-sources, .geomap-popup-count, .geomap-popup-also, .geomap-card-type, .geomap-status')].map(e => e.textContent);
        document.querySelectorAll('#geomap-table-body td:nth-child(2)').forEach(td => parts.push(td.textContent));
        document.querySelectorAll('[aria-label], :not(a)[title], [placeholder]').forEach(e =>
          ['aria-label', 'title', 'placeholder'].forEach(a => e.getAttribute(a) && parts.push(e.getAttribute(a))));
        return parts.join(' \\n ');
    }""")
    found = sorted(p for p in _english_ui_text() if p in ui)
    assert found == []
    assert re.search(r"(styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień) \d{4}",
                     page.evaluate("window.geomap.setWindow('month'), document.querySelector('.geomap-clock').textContent"))
    page.evaluate("() => { window.geomap.map.closePopup(); window.geomap.setWindow('all'); }")


def test_polish_page_is_accessible_too(polish):
    page, _ = polish
    assert _axe(page) == []


def test_pages_make_no_request(bundled, polish):
    for page, _ in (bundled, polish):
        assert [u for u in page.leaving if not u.startswith(("file:", "data:", "about:", "blob:"))] == []
        assert page.errors == []
