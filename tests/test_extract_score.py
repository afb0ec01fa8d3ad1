"""Extraction scored against hand-made gold: the shared corpus and our own fixtures in both languages."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap.extract import extract_file
from geomap.score import load_records, score

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "extract"
FIXTURE_DOCS = sorted(FIXTURES.glob("*.txt"))


def _extract(paths) -> list[dict]:
    return [e.to_dict() for p in paths for e in extract_file(p)]


def test_corpus_meets_targets(corpus: Path):
    gold = load_records(corpus / "gold.json")
    s = score(_extract(sorted(corpus.glob("*.txt"))), gold)
    assert s.f1 >= 0.95, s.summary()
    assert s.type_accuracy >= 0.9, s.summary()


@pytest.mark.parametrize("doc", FIXTURE_DOCS, ids=lambda p: p.name)
def test_fixture_meets_targets(doc: Path):
    gold = load_records(doc.with_suffix(".gold.json"))
    s = score(_extract([doc]), gold)
    assert s.f1 >= 0.95, s.summary() + f"\nmissed {s.unmatched_gold}\nextra {s.unmatched_predicted}"
    assert s.type_accuracy >= 0.9, s.summary()


def test_fixtures_cover_both_languages_and_formats():
    names = {p.name for p in FIXTURE_DOCS}
    assert any(n.startswith("en_bulletin") for n in names) and any(n.startswith("pl_bulletin") for n in names)
    assert any(n.startswith("en_news") for n in names) and any(n.startswith("pl_news") for n in names)
    for p in FIXTURE_DOCS:
        assert p.with_suffix(".gold.json").is_file(), f"{p.name} has no gold file"


def test_bulletin_entries_carry_their_source_addresses(corpus: Path):
    """GOLD 2.8: every entry of the corpus bulletin gets exactly the addresses the gold lists."""
    doc = corpus / "000_b95ef6c076320980.txt"
    gold = [g for g in load_records(corpus / "gold.json") if g["doc"] == doc.name]
    s = score(_extract([doc]), gold)
    wrong = [(g["entry_date_text"], p["source_urls"]) for p, g in s.pairs if p["source_urls"] != g["source_urls"]]
    assert not wrong
    assert sum(len(g["source_urls"]) for g in gold) == 40


@pytest.mark.parametrize("doc", [p for p in FIXTURE_DOCS if "bulletin" in p.name], ids=lambda p: p.name)
def test_fixture_addresses_follow_entries(doc: Path):
    """Blocks with more addresses than entries are split by slug, date and country hints."""
    gold = load_records(doc.with_suffix(".gold.json"))
    s = score(_extract([doc]), gold)
    wrong = [(g["entry_date_text"], p["source_urls"], g["source_urls"]) for p, g in s.pairs
             if p["source_urls"] != g["source_urls"]]
    assert not wrong


def test_score_counts_matches_one_to_one():
    g = {"doc": "d", "date_start": "2020-01-01", "event_type": "visit", "lat": 50.0, "lon": 30.0, "actors": ["UA"]}
    near = dict(g, lat=50.2, lon=30.1, event_type="meeting")       # ~23 km away: same venue
    far = dict(g, lat=51.0, lon=30.0)                               # ~111 km: another venue
    s = score([near, dict(near)], [g])
    assert (s.matched, s.predicted, s.gold) == (1, 2, 1)
    assert s.precision == 0.5 and s.recall == 1.0 and s.type_accuracy == 0.0
    assert score([far], [g]).matched == 0
    nulls = dict(g, lat=None, lon=None)
    assert score([nulls], [nulls]).matched == 1
    assert score([nulls], [g]).matched == 0


def test_score_matches_a_month_only_date_to_any_day_of_it():
    g = {"doc": "d", "date_start": "2015-05", "event_type": "other", "lat": None, "lon": None}
    assert score([dict(g, date_start="2015-05-19")], [g]).matched == 1
    assert score([dict(g, date_start="2015-06-01")], [g]).matched == 0
    assert score([dict(g, date_start="2015-05-19")], [dict(g, date_start="2015-05-20")]).matched == 0


def test_bench_score_prints_figures(corpus: Path, tmp_path: Path, capsys):
    import importlib.util
    spec = importlib.util.spec_from_file_location("bench_score", Path(__file__).resolve().parents[1] / "bench" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = tmp_path / "out.jsonl"
    out.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in _extract(sorted(corpus.glob("*.txt")))),
                   encoding="utf-8")
    assert mod.main([str(out), str(corpus / "gold.json")]) == 0
    printed = capsys.readouterr().out
    assert "F1 1.000" in printed or "F1 0.9" in printed
    assert "type accuracy" in printed and "Jaccard" in printed


def test_the_open_set_of_unusual_layouts_keeps_its_score():
    """tests/open2: layouts chosen to differ from every other set (tables of contacts, a forwarded
    mail, a press review by edition day, notes dated at their end). The floor sits under the figure
    the set was brought to (F1 0.84, type 0.71 at stop 31), so a change that loses a layout shows here."""
    folder = Path(__file__).resolve().parent / "open2"
    gold = load_records(folder / "gold.json")
    s = score(_extract(sorted((folder / "docs").iterdir())), gold)
    assert s.f1 >= 0.80, s.summary()
    assert s.type_accuracy >= 0.63, s.summary()


def test_the_second_open_set_of_new_layouts_keeps_its_score():
    """tests/open3: an ISO-dated contact log, a calendar by weekday abbreviations, an HTML table whose
    date is its second column, an e-mail digest with RFC dates, a DOCX closing on bold dates, a PDF by
    country pairs, Markdown notes by day. First run F1 0.885 / type 0.830; brought to 0.969 / 0.863 at
    stop 32. The floor sits under that, so a change that loses a layout shows here."""
    folder = Path(__file__).resolve().parent / "open3"
    gold = load_records(folder / "gold.json")
    s = score(_extract(sorted((folder / "docs").iterdir())), gold)
    assert s.f1 >= 0.93, s.summary()
    assert s.type_accuracy >= 0.80, s.summary()


def test_the_third_open_set_of_new_layouts_keeps_its_score():
    """tests/open4: a chronicle whose days are ordinal words, HTML article cards with <time>, a
    Markdown table repeated by fuller paragraphs, wire items closing on their datelines, a DOCX memo
    of weekday bullets under week headings, a PDF newsletter grouped by type. First run F1 0.832 /
    type 0.833; brought to 0.945 / 0.863 at stop 32. The floor sits under that."""
    folder = Path(__file__).resolve().parent / "open4"
    gold = load_records(folder / "gold.json")
    s = score(_extract(sorted((folder / "docs").iterdir())), gold)
    assert s.f1 >= 0.89, s.summary()
    assert s.type_accuracy >= 0.80, s.summary()


def test_the_fourth_open_set_of_new_layouts_keeps_its_score():
    """tests/open5: a note in numbered paragraphs dated by days of this month ('§ 3. Dn. 13 bm.'),
    meeting minutes of 'Ad 1)' items counting days from the meeting, a radio-monitoring log by hour,
    a feed export whose records count from their Posted line, HTML cards with a date-and-place line,
    weekly Markdown tables with footnotes. First run F1 0.736 / type 0.682; brought to 0.857 / 0.737
    at stop 33 and to 0.904 / 0.750 at stop 34. The floor sits under that."""
    folder = Path(__file__).resolve().parent / "open5"
    gold = load_records(folder / "gold.json")
    s = score(_extract(sorted((folder / "docs").iterdir())), gold)
    assert s.f1 >= 0.87, s.summary()
    assert s.type_accuracy >= 0.71, s.summary()


def test_the_fifth_open_set_of_new_layouts_keeps_its_score():
    """tests/open6: a PDF with date stamps in a margin column and ditto marks, a situation report of
    numbered items dated day/month, nested HTML lists by country pair with days counted from the item
    above, a Markdown digest whose bullets close on bold ISO dates, a mail thread of quoted messages,
    a podcast transcript with spoken dates. First run F1 0.677 / type 0.754; brought to 0.852 / 0.750
    at stop 34. The floor sits under that."""
    folder = Path(__file__).resolve().parent / "open6"
    gold = load_records(folder / "gold.json")
    s = score(_extract(sorted((folder / "docs").iterdir())), gold)
    assert s.f1 >= 0.82, s.summary()
    assert s.type_accuracy >= 0.70, s.summary()


def test_the_nineteenth_sealed_set_opened_keeps_its_score():
    """tests/sealed19, scored blind at F1 0.632 / type 0.781, then opened: a letter dated by bare
    ordinals of its month, a press review whose entries carry the day their report came out, a
    newsletter whose items close on their outlet's day, a kalendarium of dash points under Roman-month
    days, a chronicle with a 'Nazajutrz' paragraph, a timeline whose legs name ordinal days. Brought
    to 0.992 / 0.883 at stop 34; the floor sits under that."""
    folder = Path(__file__).resolve().parent / "sealed19"
    gold = load_records(folder / "gold.json")
    s = score(_extract(sorted((folder / "docs").iterdir())), gold)
    assert s.f1 >= 0.95, s.summary()
    assert s.type_accuracy >= 0.84, s.summary()


def test_the_twentieth_sealed_set_opened_keeps_its_score():
    """tests/sealed20, scored blind at F1 0.619 / type 0.771, then opened: a ruled office table of
    numbered rows with the parties' codes, a briefing of numbered items closing on their dates with a
    correction section, a register page, a digest dated inside its bullets, a review of titled items
    counting 'w ubiegły wtorek' from its issue day, a log whose title lines end on their dates.
    Brought to 0.960 / 0.843 at stop 35; the floor sits under that."""
    folder = Path(__file__).resolve().parent / "sealed20"
    gold = load_records(folder / "gold.json")
    s = score(_extract(sorted((folder / "docs").iterdir())), gold)
    assert s.f1 >= 0.93, s.summary()
    assert s.type_accuracy >= 0.80, s.summary()


def test_the_sixth_open_set_of_new_layouts_keeps_its_score():
    """tests/open7: a file of press releases, a wall-calendar grid, a chat export, an e-mail newsletter,
    an analyst's working notes with checkboxes and arrows, a spreadsheet pasted as text. First run F1
    0.333 / type 0.686; brought to 0.570 / 0.738 at stop 35. The floor sits under that."""
    folder = Path(__file__).resolve().parent / "open7"
    gold = load_records(folder / "gold.json")
    s = score(_extract(sorted((folder / "docs").iterdir())), gold)
    assert s.f1 >= 0.49, s.summary()
    assert s.type_accuracy >= 0.66, s.summary()
