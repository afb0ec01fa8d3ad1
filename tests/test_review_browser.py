"""The review loop in Debian's chromium, as an analyst drives it: filter the events that need review,
fix a wrong place through the search box, drop an event with a reason, download the corrections,
build again with them, and find both changes in the new page, with the fixed event checked and no
longer in doubt. Also: hostile text in an edit and in a passage stays text, Polish forms find their
places, new events since the last build are one click away, edits survive a reload.

Expected values come from the builds' own report.json and events.geojson, read here in Python.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pytest

from geomap.events import validate
from geomap.review import doubt

pytestmark = pytest.mark.browser

REVIEW = Path(__file__).parent / "fixtures" / "review"
PAYLOAD = '<img src=x onerror="window.__xss=(window.__xss||[]).concat(1)">"}\n{"id": "injected", "drop": true}'
OFFLINE = ("file:", "data:", "blob:", "about:")


class Analyst:
    """A page driven by clicks and keys, counting the clicks, and what it asked the network for."""

    def __init__(self, context, page_path: Path) -> None:
        self.path = page_path
        self.page = context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.clicks = 0
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.open()

    def open(self) -> None:
        self.page.goto(self.path.as_uri())
        self.page.wait_for_function("window.geomap !== undefined")

    def click(self, locator) -> None:
        locator.click()
        self.clicks += 1

    def js(self, code: str, arg=None):
        return self.page.evaluate(code, arg)

    def row(self, headline: str):
        return self.page.locator("#geomap-table-body tr:not(.geomap-review-row)", has_text=headline)

    def review_row(self):
        return self.page.locator("#geomap-table-body tr.geomap-review-row")

    def left_the_page(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(OFFLINE)]


def _report(out: Path) -> dict:
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def _events(out: Path) -> dict:
    feats = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]
    return {f["id"]: validate({**f["properties"], "id": f["id"]}, path="events.geojson") for f in feats}


def _by_headline(events: dict, start: str):
    (e,) = [e for e in events.values() if e.headline.startswith(start)]
    return e


def _build_twice(root: Path) -> tuple[Path, Path]:
    """The title-dated bulletin built first, a week ago; then both bulletins into the same folder."""
    from geomap.build import build
    from geomap.read import documents_in

    docs = root / "docs"
    docs.mkdir()
    shutil.copy(REVIEW / "przeglad_2019_03.txt", docs)
    out = root / "out"
    build(out, docs=documents_in(docs), static=False)
    week_ago = (dt.datetime.now() - dt.timedelta(days=7)).timestamp()
    os.utime(out / "report.json", (week_ago, week_ago))
    shutil.copy(REVIEW / "notatki.txt", docs)
    build(out, docs=documents_in(docs), static=False)
    return docs, out


@pytest.fixture()
def built(tmp_path):
    """Two builds of this test's own, which it may build over."""
    return _build_twice(tmp_path)


@pytest.fixture(scope="module")
def built_once(tmp_path_factory):
    """Two builds that the tests of review_page only read (their edits live in their own browser context)."""
    return _build_twice(tmp_path_factory.mktemp("review"))


@pytest.fixture()
def context(browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    yield ctx
    ctx.close()


def _table_headlines(a: Analyst) -> list[str]:
    return a.js("""() => [...document.querySelectorAll('#geomap-table-body tr:not(.geomap-review-row)')]
                   .map(tr => (tr.children[3].querySelector('.geomap-rowlink') || tr.children[3].firstChild).textContent)""")


def test_the_whole_loop(built, context, cli, tmp_path):
    docs, out = built
    events = _events(out)
    a = Analyst(context, out / "index.html")

    # The queue: the events in doubt, most doubtful first.
    doubted = {i: doubt.doubts(e) for i, e in events.items() if doubt.doubts(e)}
    queue_label = f"Needs review ({len(doubted)})"
    a.click(a.page.get_by_role("button", name=queue_label))
    shown = _table_headlines(a)
    assert len(shown) == len(doubted) == 6
    first = max(doubted, key=lambda i: (doubt.score(doubted[i], events[i].confidence)))
    assert shown[0] == events[first].headline

    # Fix a wrong place: the Belarusian delegation's visit was placed at Japan as a whole.
    japan = _by_headline(events, "Delegacja z Białorusi")
    assert japan.venue == "Japan"
    a.clicks = 0
    a.click(a.row(japan.headline).locator(".geomap-review-toggle"))
    a.page.keyboard.type("Tokio")                       # the place box has the focus
    a.click(a.review_row().get_by_role("button", name="Tokyo (Tokio) · city, JP"))
    fix_clicks = a.clicks
    assert fix_clicks == 2 and a.js("() => window.geomap.app.review.mode()") == "review"
    assert a.page.locator("#geomap-corrections summary").text_content() == "Corrections (1)"

    # Drop an event mentioned in passing, with a reason that tries to be markup and a second line.
    hanoi = _by_headline(events, "Uczestnicy wspominali")
    a.click(a.row(hanoi.headline).locator(".geomap-review-toggle"))
    a.review_row().locator(".geomap-fix-reason").fill(PAYLOAD)
    reason = a.review_row().locator(".geomap-fix-reason").input_value()   # one line, as an input keeps it
    assert reason.startswith("<img src=x") and '"}' in reason and '{"id": "injected"' in reason
    a.click(a.review_row().get_by_role("button", name="Drop the event"))
    assert a.page.locator("#geomap-corrections summary").text_content() == "Corrections (2)"
    a.click(a.page.locator("#geomap-corrections summary"))
    listed = a.page.locator(".geomap-correction", has_text="Uczestnicy").text_content()
    assert reason in listed
    assert a.js("() => document.querySelectorAll('.geomap-corrections img, img[src=x]').length") == 0
    assert a.js("() => window.__xss") is None

    # Download them: exactly the lines `geomap build --overrides` reads.
    with a.page.expect_download() as download:
        a.click(a.page.locator("#geomap-download"))
    fixes = tmp_path / "overrides.jsonl"
    download.value.save_as(fixes)
    assert download.value.suggested_filename == "overrides.jsonl"
    lines = [json.loads(x) for x in fixes.read_text(encoding="utf-8").splitlines()]
    assert lines == [{"id": japan.id, "venue_id": "tokyo", "checked": True},
                     {"id": hanoi.id, "drop": True, "reason": reason}]

    # Build again with them, into the same folder.
    run = cli("build", "--docs", docs, "--overrides", fixes, "--out", out, "--no-static")
    assert run.exit_code == 0, run.output
    after = _events(out)
    assert after[japan.id].venue == "Tokyo" and hanoi.id not in after
    report = _report(out)
    assert report["dropped"] == [{"id": hanoi.id, "reason": reason}] and "injected" not in after
    assert report["changes"]["changed"] == [japan.id] and report["changes"]["removed"] == [hanoi.id]

    # The new page: both changes, the fixed event checked and no longer in doubt.
    a.open()
    rows = a.js("""() => { const r = window.geomap.app.rows;
                   return r.E.id.map((id, i) => [id, r.venues[r.E.venue[i]].name]); }""")
    assert dict(rows)[japan.id] == "Tokyo"
    assert hanoi.id not in dict(rows) and hanoi.id not in a.js("() => window.geomap.app.data.unplaced.map(u => u.id)")
    assert a.js("id => window.geomap.app.review.doubtful(window.geomap.app.rows.E.id.indexOf(id))", japan.id) is False
    a.page.fill("#geomap-filter", "Delegacja z Białorusi")
    fixed = a.row(japan.headline)
    assert fixed.locator(".geomap-tag-checked").count() == 1 and fixed.locator(".geomap-review-doubt").count() == 0
    assert fixed.locator(".geomap-tag-changed").count() == 1
    a.js("id => window.geomap.openEvent(id)", japan.id)
    card = a.page.locator(f'.leaflet-popup-content .geomap-card[data-event-id="{japan.id}"]')
    assert card.locator(".geomap-tag-checked").count() == 1 and card.locator(".geomap-doubts").count() == 0
    a.page.fill("#geomap-filter", "")
    assert a.page.get_by_role("button", name=f"Needs review ({len(doubted) - 2})").count() == 1

    # Nothing is lost: the corrections the build applied left the list, and the next download
    # starts from the file the page was built with.
    assert a.page.locator("#geomap-corrections summary").text_content() == "Corrections (0)"
    with a.page.expect_download() as again:
        a.page.locator("#geomap-download").click()
    assert Path(again.value.path()).read_text(encoding="utf-8") == fixes.read_text(encoding="utf-8")

    assert a.errors == [] and a.left_the_page() == []
    assert a.js("() => window.__xss") is None


def test_hostile_text_in_a_passage_and_in_every_field_stays_text(tmp_path, context, cli):
    docs = tmp_path / "docs"
    docs.mkdir()
    text = (REVIEW / "przeglad_2019_03.txt").read_text(encoding="utf-8").replace(
        "o pomocy gospodarczej.", "o pomocy gospodarczej " + PAYLOAD.split("\n")[0] + ".")
    (docs / "przeglad_2019_03.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert cli("build", "--docs", docs, "--out", out, "--no-static").exit_code == 0
    a = Analyst(context, out / "index.html")
    kyiv = _by_headline(_events(out), "Minister spraw zagranicznych Japonii")
    a.click(a.row("Minister spraw zagranicznych Japonii").locator(".geomap-review-toggle"))
    passage = a.review_row().locator(".geomap-passage")
    assert PAYLOAD.split("\n")[0] in passage.text_content()
    assert [m.text_content() for m in passage.locator("mark").all()] == ["4 marca", "wizytę", "w Kijowie"]
    row = a.review_row()
    row.locator(".geomap-fix-venue").fill(PAYLOAD)
    assert row.locator(".geomap-fix-place").count() == 0
    row.locator(".geomap-fix-from").fill(PAYLOAD)
    row.get_by_role("button", name="Set dates").click()
    assert "YYYY-MM-DD" in row.locator(".geomap-fix-status").text_content()
    row.locator(".geomap-fix-reason").fill(PAYLOAD)
    reason = row.locator(".geomap-fix-reason").input_value()
    row.get_by_role("button", name="Drop the event").click()
    saved = a.js("() => window.geomap.app.corrections.text()")
    assert [json.loads(x) for x in saved.splitlines()] == [{"id": kyiv.id, "drop": True, "reason": reason}]
    assert a.js("() => document.querySelectorAll('img[src=x], svg[onload]').length") == 0
    assert a.js("() => window.__xss") is None and a.errors == [] and a.left_the_page() == []


@pytest.fixture()
def review_page(built_once, context):
    docs, out = built_once
    a = Analyst(context, out / "index.html")
    yield a, out
    assert a.errors == [] and a.left_the_page() == []


@pytest.fixture(scope="module")
def search_page(built_once, browser):
    """One page for the place searches: a search changes nothing, so they need not each load one."""
    _, out = built_once
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    a = Analyst(ctx, out / "index.html")
    yield a
    assert a.errors == [] and a.left_the_page() == []
    ctx.close()


@pytest.mark.parametrize("query, place", [
    ("Tokio", "tokyo"), ("w Władywostoku", "vladivostok"), ("Kijowie", "kyiv"), ("w Moskwie", "moscow"),
    ("Pjongjang", "pyongyang"), ("Seul", "seoul"), ("kunaszyrze", "kunashir"), ("Zytomierz", "zhytomyr"),
])
def test_polish_forms_find_their_places(search_page, query, place):
    a = search_page
    assert a.js("q => window.geomap.app.corrections.search(q, 3).map(p => p.id)", query)[0] == place


def test_new_since_the_last_build_is_one_click_away(review_page):
    a, out = review_page
    new = _report(out)["changes"]["new"]
    assert len(new) == 2
    label = a.page.locator(".geomap-review-mode[data-mode=new]").text_content()
    assert label.startswith("New since ") and label.endswith("(2)")
    a.click(a.page.locator(".geomap-review-mode[data-mode=new]"))
    assert sorted(a.js("() => window.geomap.visibleIds()")) == sorted(new)
    events = _events(out)
    assert sorted(_table_headlines(a)) == sorted(events[i].headline for i in new)
    assert {m["name"] for m in a.js("() => window.geomap.marks()") if "new" in m["signs"]} == {"Seoul", "Minsk"}
    legend = a.page.locator(".geomap-legend").text_content()
    assert "new or changed since" in legend and "need review" in legend
    a.click(a.page.locator(".geomap-review-mode[data-mode=all]"))
    assert len(a.js("() => window.geomap.visibleIds()")) == sum(e.placed for e in events.values())


def test_edits_survive_a_reload_and_undo_removes_them(review_page):
    a, out = review_page
    seoul = _by_headline(_events(out), "Wiceminister spraw zagranicznych Rosji")
    a.click(a.row(seoul.headline).locator(".geomap-review-toggle"))
    row = a.review_row()
    row.locator(".geomap-fix-from").fill("2019-03-07")
    row.get_by_role("button", name="Set dates").click()
    row.locator(".geomap-fix-type").select_option("visit")
    row.locator(".geomap-fix-docdate").fill("2019-04")
    row.get_by_role("button", name="Set the document's date").click()
    want = [{"id": seoul.id, "date_start": "2019-03-07", "date_end": "2019-03-07", "date_precision": "day",
             "checked": True, "event_type": "visit"}, {"doc": "notatki.txt", "date": "2019-04"}]
    assert [json.loads(x) for x in a.js("() => window.geomap.app.corrections.text()").splitlines()] == want
    a.open()
    assert [json.loads(x) for x in a.js("() => window.geomap.app.corrections.text()").splitlines()] == want
    a.click(a.page.locator("#geomap-corrections summary"))
    for _ in want:
        a.page.locator(".geomap-correction").first.get_by_role("button", name="Undo").click()
    assert a.js("() => window.geomap.app.corrections.text()") == ""
    a.open()
    assert a.page.locator("#geomap-corrections summary").text_content() == "Corrections (0)"


def test_the_review_loop_speaks_polish(tmp_path, context, cli):
    out = tmp_path / "out"
    assert cli("build", "--docs", REVIEW, "--out", out, "--no-static", "--lang", "pl").exit_code == 0
    a = Analyst(context, out / "index.html")
    n = _report(out)["review"]["needs_review"]
    a.click(a.page.get_by_role("button", name=f"Do sprawdzenia ({n})"))
    japan = _by_headline(_events(out), "Delegacja z Białorusi")
    a.click(a.row(japan.headline).locator(".geomap-review-toggle"))
    assert a.review_row().locator(".geomap-doubt").text_content() == "Miejsce to cały kraj (Japan)"
    a.page.keyboard.type("Władywostoku")
    a.page.keyboard.press("Enter")
    assert a.page.locator("#geomap-corrections summary").text_content() == "Poprawki (1)"
    assert json.loads(a.js("() => window.geomap.app.corrections.text()")) == {
        "id": japan.id, "venue_id": "vladivostok", "checked": True}
    assert a.errors == [] and a.left_the_page() == []


def test_the_review_controls_are_accessible(review_page):
    a, out = review_page
    from geomap import assets

    a.click(a.page.locator(".geomap-review-mode[data-mode=review]"))
    a.click(a.page.locator(".geomap-review-toggle").first)
    a.page.keyboard.type("Seul")
    a.click(a.page.locator("#geomap-corrections summary"))
    a.js("id => window.geomap.openEvent(id)", next(iter(_events(out))))
    a.page.locator(".leaflet-popup-content .geomap-review-correct summary").first.click()
    a.page.add_script_tag(content=assets.text("axe.min.js"))
    found = a.js("""async () => (await axe.run(document)).violations
        .filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id)""")
    assert found == []
