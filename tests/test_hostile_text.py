"""Event text comes from the web: a map built from hostile text must never run any of it."""
from __future__ import annotations

import json
from xml.etree import ElementTree

import pytest

from geomap.build import build

pytestmark = pytest.mark.browser

PAYLOADS = [
    '<img src=x onerror="window.__xss=(window.__xss||[]).concat(1)">',
    '</script><script>window.__xss=(window.__xss||[]).concat(2)</script>',
    '`+(window.__xss=(window.__xss||[]).concat(3))+`${window.__xss=(window.__xss||[]).concat(4)}',
    '"><svg onload="window.__xss=(window.__xss||[]).concat(5)">',
    "'-alert(1)-'\u2028\u2029</style><b>bold</b>{{7*7}}",
]
BAD_URLS = ["javascript:window.__xss=(window.__xss||[]).concat(6)",
            "data:text/html,<script>window.__xss=7</script>", "vbscript:msgbox(1)"]


def _events() -> list[dict]:
    out = []
    for i, p in enumerate(PAYLOADS):
        out.append({
            "id": f"x{i}{p[:12]}", "doc": f"doc{p}", "date_start": f"2019-0{i + 1}-0{i + 1}",
            "event_type": ["visit", "summit", "meeting", "statement", "other"][i],
            "headline": f"headline {p}", "summary": f"summary {p}", "venue": f"venue {p}",
            "venue_text": p, "venue_basis": "explicit", "lat": 35.68 + i * 0.01, "lon": 139.69,
            "geo_precision": "city", "venue_country": "JP", "actors": ["JP", "RU"],
            "persons": [p, f"person {p}"], "origin": "RU" if i == 0 else None,
            "source_urls": BAD_URLS + [f"https://example.org/{p}"],
        })
    out.append({"id": "unplaced", "doc": PAYLOADS[0], "date_start": "2019-06", "event_type": "meeting",
                "headline": PAYLOADS[1], "summary": PAYLOADS[3], "actors": ["KP"], "source_urls": BAD_URLS})
    return out


BY_ID = {e["id"]: e for e in _events()}
# What the open popup shows for one event, read as text, and which elements its card is made of.
CARD = """id => {
  const card = [...document.querySelectorAll('.leaflet-popup-content .geomap-card')].find(c => c.dataset.eventId === id);
  const tips = document.querySelectorAll('.leaflet-tooltip');
  return card && {headline: card.querySelector('h3').textContent, summary: card.querySelector('p').textContent,
                  tooltip: tips.length ? tips[tips.length - 1].textContent : '',
                  tags: [...card.querySelectorAll('*')].map(n => n.tagName.toLowerCase())};
}"""
CARD_TAGS = {"div", "span", "h3", "p", "a", "details", "summary"}   # details: the review section's evidence


@pytest.fixture(scope="module")
def hostile_page(browser, tmp_path_factory):
    out = tmp_path_factory.mktemp("hostile")
    src = out / "hostile.jsonl"
    src.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in _events()), encoding="utf-8")
    report = build(out, [src], title=PAYLOADS[0] + PAYLOADS[1], strict=True)
    assert report.placed == len(PAYLOADS) and len(report.unplaced) == 1
    svg = ElementTree.parse(out / "map.svg").getroot()  # the print map takes the title as text too
    assert not [n for n in svg.iter() if n.tag.rsplit("}", 1)[-1] in ("script", "foreignObject")]
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto((out / "index.html").as_uri())
    page.wait_for_function("window.geomap !== undefined")
    yield page, dialogs
    page.close()


def test_nothing_runs_anywhere(hostile_page):
    page, dialogs = hostile_page
    assert page.evaluate("window.__xss") is None
    ids = page.evaluate("window.geomap.visibleIds()")
    assert len(ids) == len(PAYLOADS)
    for eid in ids:
        page.evaluate("id => { const m = window.geomap.markerFor(id); m.openTooltip(); m.fire('click'); }", eid)
        shown = page.evaluate(CARD, eid)
        assert shown is not None, f"the popup of {eid!r} has no card for it"
        event = BY_ID[eid]
        assert (shown["headline"], shown["summary"]) == (event["headline"], event["summary"])
        assert (event.get("venue") or event.get("venue_text") or "") in shown["tooltip"]
        assert set(shown["tags"]) <= CARD_TAGS, "text became markup"
    first, last = page.evaluate("window.geomap.range")
    for window in ("day", "month", "year", "all"):
        for day in range(first, last + 1, 7):
            page.evaluate(f"window.geomap.setWindow('{window}'); window.geomap.setTime({day})")
    page.fill("#geomap-filter", PAYLOADS[0])
    page.evaluate("window.geomap.openArea('kunashir')")
    assert page.evaluate("window.__xss") is None
    assert dialogs == []


def test_text_is_shown_as_text(hostile_page):
    page, _ = hostile_page
    page.evaluate("window.geomap.setWindow('all')")
    page.fill("#geomap-filter", "")
    table = page.locator("#geomap-table-body").inner_text()
    for p in PAYLOADS[:2]:
        assert f"headline {p}" in table
    assert page.locator("#geomap-table-body img, #geomap-table-body svg, #geomap-table-body script").count() == 0
    assert PAYLOADS[0] + PAYLOADS[1] in page.locator(".geomap-title h1").inner_text()


def test_only_http_addresses_become_links(hostile_page):
    page, _ = hostile_page
    hrefs = page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))")
    assert hrefs, "the https sources are links"
    assert all(h.startswith(("https://", "http://")) for h in hrefs if not h.startswith("#"))
    shown = page.locator(".geomap-badurl").all_inner_texts()
    assert any(t.startswith("javascript:") for t in shown)
