"""The review loop, Python side: which events are in doubt and why, the passage each was read from
with its words marked, what changed since the last build, and corrections that mark events checked.

Runs on two short bulletins written for it (tests/fixtures/review/README.md says what each holds).
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

import page_data
from geomap.build import build
from geomap.errors import InputError
from geomap.events import Event, validate
from geomap.extract import extract_document, extract_file
from geomap.review import changes, doubt
from geomap.review.passage import LONGEST, passage

REVIEW = Path(__file__).parent / "fixtures" / "review"
DOCS = Path(__file__).parent / "fixtures" / "docs"


@pytest.fixture(scope="module")
def extracted() -> list[Event]:
    return [e for p in sorted(REVIEW.glob("*.txt")) for e in extract_file(p)]


def _one(events: list[Event], start: str) -> Event:
    (e,) = [e for e in events if e.headline.startswith(start)]
    return e


# --- doubt -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("headline, kinds", [
    ("Minister spraw zagranicznych Japonii", []),
    ("W Tokio odbyło się forum", []),
    ("Delegacja z Białorusi", ["venue"]),                      # placed at a whole country
    ("Ambasador Ukrainy został przyjęty", ["venue"]),           # place implied by the host
    ("Kwestia połowów krabów", ["confidence", "type"]),         # no words say what it was
    ("Uczestnicy wspominali", ["confidence", "passing"]),
    ("Wiceminister spraw zagranicznych Rosji", ["doc_date"]),   # notatki.txt: dated by an address only
    ("W Mińsku podpisano", ["doc_date"]),
])
def test_each_event_is_doubted_for_what_is_weak_in_it(extracted, headline, kinds):
    assert [d.kind for d in doubt.doubts(_one(extracted, headline))] == kinds


def test_doubts_say_what_is_weak(extracted):
    said = {d.reason: dict(d.args) for e in extracted for d in doubt.doubts(e)}
    assert said["venue_country"] == {"place": "Japan"}
    assert said["venue_implied"]["words"] in _one(extracted, "Ambasador Ukrainy").headline
    assert said["doc_date"] == {"doc": "notatki.txt", "date": "2019-03"}
    assert said["confidence"]["value"].startswith("0.6") and said["type_none"] == {} and said["passing"] == {}


def test_a_close_vote_of_cue_words_is_a_weak_type_and_a_clear_one_is_not():
    base = dict(id="x", doc="d.txt", date_start="2019-03-01", date_end="2019-03-01", date_precision="day",
                event_type="meeting", headline="h", venue_basis="explicit", in_passing=False)
    cue = {"type": {"rule": "strongest cue words", "cue": "rozmawiał"}}
    clear, close = Event(**base, confidence=0.86, why=cue), Event(**base, confidence=0.74, why=cue)
    implied_clear = Event(**{**base, "venue_basis": "implied"}, confidence=0.73, why=cue)
    assert [d.kind for d in doubt.doubts(clear)] == []
    assert [d.kind for d in doubt.doubts(implied_clear)] == ["venue"]   # the venue's share is not the type's
    assert [d.kind for d in doubt.doubts(close)] == ["type"]


def test_checked_events_and_corrected_fields_are_no_longer_in_doubt(extracted):
    japan = _one(extracted, "Delegacja z Białorusi")
    hanoi = _one(extracted, "Uczestnicy wspominali")
    assert doubt.doubts(japan.with_(why={**japan.why, "checked": True})) == ()
    moved = japan.with_(why={**japan.why, "corrected": ["venue_id"]})
    assert doubt.doubts(moved) == ()
    retyped = hanoi.with_(why={**hanoi.why, "corrected": ["event_type"]})
    assert [d.kind for d in doubt.doubts(retyped)] == ["passing"]


def test_counts_add_up(extracted):
    n = doubt.count(extracted)
    assert n["needs_review"] == sum(bool(doubt.doubts(e)) for e in extracted) == 6
    assert n["reasons"] == {"confidence": 2, "venue": 2, "doc_date": 2, "type": 1, "passing": 1}


# --- the document's date on its events -----------------------------------------------------------------

def test_the_table_path_gives_the_objects_fingerprints_and_counts(extracted):
    """The build works on columns: its fingerprints and doubt counts must be those of the objects,
    and the few rows it turns back into objects must be every row with something to say."""
    from geomap.events import columns
    from geomap.review import page

    # An explained event whose other fields say nothing (a checked one) counts too.
    extracted = [*extracted, extracted[0].with_(id="checked-one", why={"checked": True}, confidence=None,
                                                in_passing=False, geo_precision="city", venue_basis="explicit")]
    table = columns.from_events(extracted)
    assert changes.index_table(table).equals(changes.index(extracted))
    said = page.rows_to_review(table, None)
    assert 0 < len(said) <= len(extracted)
    assert doubt.count(said) == doubt.count(extracted) and doubt.count(said)["checked"] >= 1
    assert page.per_event(said, {}, None) == page.per_event(extracted, {}, None)


def test_each_article_of_a_news_file_gives_its_events_its_own_date():
    events = extract_file(DOCS / "wiadomosci_2019_2025.txt")
    dates = [e.why["doc_date"]["date"] for e in events]
    assert len(set(dates)) == 3
    for e in events:
        if not e.in_passing:
            assert e.date_start[:4] == e.why["doc_date"]["date"][:4]


def test_a_given_date_is_sure():
    text = (REVIEW / "notatki.txt").read_text(encoding="utf-8")
    weak = extract_document(text, "notatki.txt").events
    given = extract_document(text, "notatki.txt", date="2019-03").events
    assert {e.why["doc_date"]["sureness"] for e in weak} == {"weak"}
    assert {e.why["doc_date"]["sureness"] for e in given} == {"given"}
    assert not any(d.kind == "doc_date" for e in given for d in doubt.doubts(e))


# --- passages ----------------------------------------------------------------------------------------

def test_the_passage_marks_the_words_behind_date_venue_and_type(extracted):
    text = (REVIEW / "przeglad_2019_03.txt").read_text(encoding="utf-8")
    kyiv = _one(extracted, "Minister spraw zagranicznych Japonii")
    p = passage(text[kyiv.evidence[0]:kyiv.evidence[1]], kyiv)
    assert kyiv.headline in p.text
    assert {k: p.text[a:b] for a, b, k in p.marks} == {"date": "4 marca", "venue": "w Kijowie", "type": "wizytę"}


def test_a_long_passage_is_cut_around_its_marks():
    words = "słowo " * 400
    e = Event(id="x", doc="d", date_start="2019-03-04", date_end="2019-03-04", date_precision="day",
              event_type="visit", headline="h", evidence=(0, 1),
              why={"date": "entry date line '4 marca'", "venue": {"words": "w Kijowie"}})
    p = passage(words + "4 marca minister był w\n Kijowie. " + words, e)
    assert len(p.text) <= LONGEST + 4 and p.text.startswith("… ") and p.text.endswith(" …")
    assert sorted(p.text[a:b] for a, b, _ in p.marks) == ["4 marca", "w Kijowie"]


# --- builds: report, page data, changes, checked corrections ----------------------------------------------

@pytest.fixture()
def docs(tmp_path) -> list[Path]:
    folder = tmp_path / "docs"
    folder.mkdir()
    for p in REVIEW.glob("*.txt"):
        shutil.copy(p, folder / p.name)
    return sorted(folder.glob("*.txt"))


def _report(out: Path) -> dict:
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def _events(out: Path) -> dict[str, Event]:
    feats = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]
    return {f["id"]: validate({**f["properties"], "id": f["id"]}, path="events.geojson") for f in feats}


def test_report_and_page_carry_the_doubts(docs, tmp_path):
    out = tmp_path / "out"
    build(out, docs=docs, static=False)
    events = _events(out)
    report = _report(out)
    assert report["review"] == doubt.count(events.values())
    review = page_data.review_by_id(page_data.read(out / "index.html"))
    assert set(review) == set(events)
    for eid, e in events.items():
        found = doubt.doubts(e)
        value = review[eid] or {}
        assert value.get("doubts", []) == [d.to_json() for d in found]
        if found:
            assert value["score"] >= len(found)
        assert value["passage"][0]  # every extracted event shows its passage


def test_passages_come_back_from_the_extraction_cache(docs, tmp_path):
    first = build(tmp_path / "a", docs=docs, static=False, cache_dir=tmp_path / "cache")
    second = build(tmp_path / "b", docs=docs, static=False, cache_dir=tmp_path / "cache")
    assert first.from_cache == 0 and second.from_cache == len(docs)
    a = page_data.review_by_id(page_data.read(tmp_path / "a" / "index.html"))
    b = page_data.review_by_id(page_data.read(tmp_path / "b" / "index.html"))
    assert a == b and all(v["passage"][0] for v in a.values())


def _built_on(out: Path, day: str) -> None:
    """Date the report of the build in `out` as written on `day`."""
    import datetime as dt
    t = dt.datetime.fromisoformat(day + "T12:00:00").timestamp()
    os.utime(out / "report.json", (t, t))


def test_what_changed_since_the_last_build(docs, tmp_path):
    out = tmp_path / "out"
    notes, review = docs
    assert notes.name == "notatki.txt"
    build(out, docs=[review], static=False)
    assert _report(out)["changes"] is None                  # nothing to compare the first build with
    before = _events(out)
    _built_on(out, "2024-12-03")

    japan = _one(list(before.values()), "Delegacja z Białorusi")
    hanoi = _one(list(before.values()), "Uczestnicy wspominali")
    fix = tmp_path / "fix.jsonl"
    fix.write_text(json.dumps({"id": japan.id, "venue_id": "tokyo", "checked": True}) + "\n"
                   + json.dumps({"id": hanoi.id, "drop": True, "reason": "recalled, not new"}) + "\n",
                   encoding="utf-8")
    build(out, docs=docs, overrides=fix, static=False)
    after = _events(out)
    got = _report(out)["changes"]
    assert got == {"since": "2024-12-03", "new": sorted(set(after) - set(before)), "changed": [japan.id],
                   "removed": [hanoi.id]}
    assert {after[i].doc for i in got["new"]} == {"notatki.txt"}
    data = page_data.read(out / "index.html")
    assert data["review"]["changes"] == {"since": "2024-12-03", "new": 2, "changed": 1, "removed": 1}
    review = page_data.review_by_id(data)
    assert {i for i, v in review.items() if v and v.get("change") == 1} == set(got["new"])
    assert review[japan.id]["change"] == 2

    page = (out / "index.html").read_bytes()
    _built_on(out, "2025-01-10")
    build(out, docs=docs, overrides=fix, static=False, force=True)   # nothing changed: the comparison stands
    assert _report(out)["changes"] == got and (out / "index.html").read_bytes() == page


def test_a_checked_correction_leaves_no_doubt_and_is_counted(docs, tmp_path):
    out = tmp_path / "out"
    build(out, docs=docs, static=False)
    japan = _one(list(_events(out).values()), "Delegacja z Białorusi")
    fix = tmp_path / "fix.jsonl"
    lines = [{"id": japan.id, "venue_id": "tokyo", "checked": True}, {"doc": "notatki.txt", "date": "2019-03"}]
    fix.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    report = build(out, docs=docs, overrides=fix, static=False)
    fixed = _events(out)[japan.id]
    assert fixed.venue == "Tokyo" and fixed.why["checked"] is True and fixed.why["corrected"] == ["venue_id"]
    assert doubt.doubts(fixed) == ()
    assert report.review["checked"] == 1 and report.review["reasons"]["doc_date"] == 0
    assert report.review["needs_review"] == 6 - 3   # the Japan visit and both events of notatki.txt
    review = page_data.review_by_id(page_data.read(out / "index.html"))
    assert review[japan.id]["checked"] == 1 and "doubts" not in review[japan.id]
    assert page_data.read(out / "index.html")["review"]["overrides"] == lines


@pytest.mark.parametrize("line, words", [
    ({"id": "x", "checked": "yes"}, "field 'checked': must be true or false"),
    ({"id": "x", "checked": True, "colour": "red"}, "unknown field(s) colour"),
])
def test_a_bad_checked_line_names_its_line(tmp_path, line, words):
    fix = tmp_path / "fix.jsonl"
    fix.write_text(json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        build(tmp_path / "out", overrides=fix, static=False)
    assert f"{fix}:1" in str(error.value) and words in str(error.value)


def test_the_terminal_says_what_needs_review_and_what_changed(docs, tmp_path, cli):
    out = tmp_path / "out"
    assert cli("build", "--docs", docs[1], "--out", out, "--no-static").exit_code == 0
    _built_on(out, "2024-12-03")
    run = cli("build", "--docs", docs[0].parent, "--out", out, "--no-static")
    assert run.exit_code == 0, run.output
    r = _report(out)["review"]
    assert (f"{r['needs_review']} events need review (2 low confidence, 2 implied or country-level venue, "
            "2 weak document date, 1 type from a weak cue, 1 mentioned in passing)") in run.output
    assert "since the build of 2024-12-03: 2 new, 0 changed, 0 removed" in run.output


def test_the_index_fingerprint_follows_what_a_reader_sees(extracted):
    e = extracted[0]
    assert changes.fingerprint(e) == changes.fingerprint(e.with_(why={"date": "another explanation"}))
    assert changes.fingerprint(e) != changes.fingerprint(e.with_(venue="Elsewhere"))
