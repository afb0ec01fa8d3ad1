"""The built page in a real browser: loads offline, draws every placed event, slider, layers, islands."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser


class Page:
    """An opened map page plus what it tried to fetch and what it complained about."""

    def __init__(self, browser, html: Path) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(html.as_uri())
        self.page.wait_for_function("window.geomap !== undefined")

    def js(self, code: str, arg=None):
        """Evaluate in the page. Return only plain data: a Leaflet object (what fire(), openPopup()
        or closePopup() return) is serialised whole, which costs tens of seconds."""
        return self.page.evaluate(code, arg)

    def locator(self, selector: str):
        return self.page.locator(selector)

    def events_on_marks(self) -> int:
        """How many events the drawn marks stand for."""
        return self.js("window.geomap.marks().reduce((s, m) => s + m.own + m.background, 0)")


@pytest.fixture(scope="module")
def opened(browser, bundled_build):
    out, report = bundled_build
    page = Page(browser, out / "index.html")
    yield page, out, report
    page.page.close()


def _events(out: Path) -> list[dict]:
    return [f for f in json.loads((out / "events.geojson").read_text())["features"]]


def test_loads_offline_without_errors(opened):
    page, out, _ = opened
    assert page.errors == []
    leaving = [u for u in page.requests if not u.startswith(("file:", "data:", "about:"))]
    assert leaving == []


def test_every_placed_event_is_on_the_mark_of_its_venue(opened):
    page, out, report = opened
    placed = [f for f in _events(out) if f["geometry"] is not None]
    assert len(placed) == report.placed > 0
    assert page.events_on_marks() == len(placed)
    marks = page.js("window.geomap.marks()")
    venues = {(round(f["properties"]["lat"], 5), round(f["properties"]["lon"], 5)) for f in placed}
    assert len({(round(m["x"], 2), round(m["y"], 2)) for m in marks}) == len(venues) == len(marks)
    assert sorted(page.js("window.geomap.visibleIds()")) == sorted(f["id"] for f in placed)


def _visible_at(page: Page, day: int, window: str) -> list[str]:
    page.js(f"window.geomap.setWindow('{window}')")
    page.js(f"window.geomap.setTime({day})")
    return sorted(page.js("window.geomap.visibleIds()"))


def _expected(out: Path, lo: str, hi: str) -> list[str]:
    return sorted(f["id"] for f in _events(out) if f["geometry"] is not None
                  and f["properties"]["date_start"][: len(hi)] <= hi
                  and f["properties"]["date_end"][: len(lo)] >= lo)


def test_slider_ends_show_what_the_dates_say(opened):
    page, out, _ = opened
    first, last = page.js("window.geomap.range")
    at_start = _visible_at(page, first, "month")
    at_end = _visible_at(page, last, "month")
    start_month = page.js(f"new Date({first} * 864e5).toISOString().slice(0, 7)")
    end_month = page.js(f"new Date({last} * 864e5).toISOString().slice(0, 7)")
    assert at_start == _expected(out, start_month, start_month) and at_start
    assert at_end == _expected(out, end_month, end_month) and at_end
    assert at_start != at_end
    assert page.events_on_marks() == len(at_end)
    page.js("window.geomap.setWindow('all')")


def test_multi_day_event_stays_visible_through_its_span(opened):
    page, out, _ = opened
    multi = [f for f in _events(out) if f["geometry"] and f["properties"]["date_precision"] == "day"
             and f["properties"]["date_start"] != f["properties"]["date_end"]]
    assert multi, "the bundled data has multi-day events"
    ev = multi[0]["properties"]
    start = page.js(f"Date.parse('{ev['date_start']}') / 864e5")
    end = page.js(f"Date.parse('{ev['date_end']}') / 864e5")
    for day in range(int(start), int(end) + 1):
        assert ev["id"] in _visible_at(page, day, "day")
    assert ev["id"] not in _visible_at(page, int(end) + 1, "day")
    page.js("window.geomap.setWindow('all')")


def test_each_type_layer_toggles(opened):
    page, out, _ = opened
    by_type: dict[str, int] = {}
    for f in _events(out):
        if f["geometry"]:
            by_type[f["properties"]["event_type"]] = by_type.get(f["properties"]["event_type"], 0) + 1
    total = page.events_on_marks()
    for kind, count in by_type.items():
        row = page.locator(f".geomap-layers .geomap-type-row[data-type={kind}]")
        assert row.locator(".geomap-layer-count").inner_text() == str(count), "the legend counts the window"
        row.locator("input").click()
        assert page.events_on_marks() == total - count
        assert kind not in {f["properties"]["event_type"] for f in _events(out) if f["id"] in page.js("window.geomap.visibleIds()")}
        row.locator("input").click()
        assert page.events_on_marks() == total
    assert len(by_type) >= 4


def test_islands_are_drawn_with_neutral_labels(opened):
    page, _, _ = opened
    assert sum(a["island"] for a in page.js("window.geomap.areas()")) == 4
    labels = page.locator(".geomap-island-label").all_inner_texts()
    assert len(labels) == 4
    assert any("Kunashir" in t for t in labels) and any("Habomai" in t for t in labels)
    assert page.js("window.geomap.openArea('kunashir')")
    popup = page.locator(".leaflet-popup-content").inner_text()
    assert "Administered by Russia, claimed by Japan" in popup and "1956" in popup
    page.page.keyboard.press("Escape")
    page.js("() => { window.geomap.map.closePopup(); }")


def test_events_sharing_a_venue_are_all_reachable(opened):
    page, out, _ = opened
    by_venue: dict[tuple, list[str]] = {}
    for f in _events(out):
        if f["geometry"]:
            by_venue.setdefault((round(f["properties"]["lat"], 5), round(f["properties"]["lon"], 5)), []).append(f["id"])
    venue, ids = max(by_venue.items(), key=lambda kv: len(kv[1]))
    assert len(ids) > 3
    page.js("id => { window.geomap.markerFor(id).fire('click'); }", ids[0])
    shown = page.js("[...document.querySelectorAll('.leaflet-popup-content .geomap-card')].map(c => c.dataset.eventId)")
    assert sorted(shown) == sorted(ids)
    page.js("() => { window.geomap.map.closePopup(); }")
    assert page.js("id => window.geomap.spreadOut(id)", ids[0])
    dots = page.js("window.geomap.spiderDots()")
    assert sorted(d["id"] for d in dots) == sorted(ids)
    assert len({(round(d["x"]), round(d["y"])) for d in dots}) == len(ids), "spread out, none on another"
    page.js("() => { window.geomap.map.fire('click'); }")
    assert page.js("window.geomap.spiderDots()") == []


def test_popup_shows_sources_as_links(opened):
    page, out, _ = opened
    ev = next(f for f in _events(out) if f["geometry"] and f["properties"]["source_urls"])
    page.js("id => { window.geomap.markerFor(id).fire('click'); }", ev["id"])
    card = page.locator(f".leaflet-popup-content .geomap-card[data-event-id='{ev['id']}']")
    hrefs = card.locator("a").evaluate_all("as => as.map(a => a.href)")
    assert hrefs == ev["properties"]["source_urls"]
    assert ev["properties"]["headline"] in card.inner_text()
    page.js("() => { window.geomap.map.closePopup(); }")


def test_screenshot(opened, tmp_path_factory):
    page, out, _ = opened
    shot = out / "screenshot.png"
    page.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 50_000
