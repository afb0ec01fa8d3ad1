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

    def event_paths(self) -> int:
        return self.page.locator("path.geomap-event").count()


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


def test_every_placed_event_is_a_point(opened):
    page, out, report = opened
    placed = [f for f in _events(out) if f["geometry"] is not None]
    assert len(placed) == report.placed > 0
    assert page.event_paths() == len(placed)
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
    assert page.event_paths() == len(at_end)
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
    names = {t["key"]: t["label"] for t in
             page.js("window.geomap.types")}
    total = page.event_paths()
    for kind, count in by_type.items():
        box = page.locator(".leaflet-control-layers-overlays label").filter(
            has_text=f"{names[kind]} ({count})").locator("input")
        assert page.locator(f"path.geomap-type-{kind}").count() == count
        box.click()
        assert page.locator(f"path.geomap-type-{kind}").count() == 0
        assert page.event_paths() == total - count
        box.click()
        assert page.event_paths() == total
    assert len(by_type) >= 4


def test_islands_are_drawn_with_neutral_labels(opened):
    page, _, _ = opened
    assert page.locator("path.geomap-island").count() == 4
    labels = page.locator(".geomap-island-label").all_inner_texts()
    assert len(labels) == 4
    assert any("Kunashir" in t for t in labels) and any("Habomai" in t for t in labels)
    page.locator("path.geomap-island").first.click(force=True)
    popup = page.locator(".leaflet-popup-content").inner_text()
    assert "Administered by Russia, claimed by Japan" in popup and "1956" in popup
    page.page.keyboard.press("Escape")
    page.js("() => { window.geomap.map.closePopup(); }")


def test_events_sharing_a_venue_are_all_reachable(opened):
    page, out, _ = opened
    by_venue: dict[str, list[str]] = {}
    for f in _events(out):
        if f["geometry"]:
            by_venue.setdefault(f["properties"]["venue_id"], []).append(f["id"])
    venue, ids = max(by_venue.items(), key=lambda kv: len(kv[1]))
    assert len(ids) > 3
    boxes = set()
    for eid in ids:
        box = page.js("""id => { const m = window.geomap.markerFor(id); const p = window.geomap.map
            .latLngToContainerPoint(m.getLatLng()); return [Math.round(p.x), Math.round(p.y)]; }""", eid)
        boxes.add(tuple(box))
    assert len(boxes) == len(ids), "markers at one venue are fanned out, none on top of another"
    page.js("id => { window.geomap.markerFor(id).fire('click'); }", ids[0])
    shown = page.js("[...document.querySelectorAll('.leaflet-popup-content .geomap-card')].map(c => c.dataset.eventId)")
    assert sorted(shown) == sorted(ids)
    page.js("() => { window.geomap.map.closePopup(); }")


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
