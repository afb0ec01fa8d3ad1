"""Regeneration: cached extraction, corrections that survive it, reports that lose nothing, safe writes."""
from __future__ import annotations

import json
import shutil
from importlib import import_module

import pytest

from geomap.build import build
from geomap.errors import InputError

build_module = import_module("geomap.build")  # `geomap.build` itself is the API's build function


@pytest.fixture()
def docs(corpus, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for p in sorted(corpus.glob("*.txt")):
        shutil.copy(p, folder / p.name)
    return sorted(folder.glob("*.txt"))


def _features(out):
    return {f["id"]: f for f in json.loads((out / "events.geojson").read_text())["features"]}


def test_second_build_reads_documents_from_the_cache(docs, tmp_path):
    first = build(tmp_path / "a", docs=docs, static=False)
    second = build(tmp_path / "b", docs=docs, static=False)
    assert first.from_cache == 0 and second.from_cache == len(docs)
    assert first.extracted == second.extracted > 40
    assert (tmp_path / "a" / "events.geojson").read_bytes() == (tmp_path / "b" / "events.geojson").read_bytes()


def test_unchanged_rebuild_is_skipped_and_a_change_is_not(docs, tmp_path):
    out = tmp_path / "out"
    build(out, docs=docs, static=False)
    assert build(out, docs=docs, static=False).up_to_date
    docs[1].write_text(docs[1].read_text(encoding="utf-8") + "\n", encoding="utf-8")
    again = build(out, docs=docs, static=False)
    assert not again.up_to_date and again.from_cache == len(docs) - 1


def test_overrides_survive_re_extraction(docs, tmp_path):
    out = tmp_path / "out"
    build(out, docs=docs, static=False)
    feats = _features(out)
    target, victim = sorted(feats)[:2]
    overrides = tmp_path / "fix.jsonl"
    overrides.write_text(
        json.dumps({"id": target, "event_type": "other", "venue_id": "kunashir"}) + "\n"
        + json.dumps({"id": victim, "drop": True, "reason": "duplicate"}) + "\n"
        + json.dumps({"id": "no-such-event", "headline": "x"}) + "\n", encoding="utf-8")
    for _ in range(2):  # the second build re-reads the documents from the cache
        report = build(out, docs=docs, overrides=overrides, static=False, force=True)
        feats = _features(out)
        fixed = feats[target]["properties"]
        assert fixed["event_type"] == "other" and fixed["venue"] == "Kunashir"
        assert fixed["geo_precision"] == "island"
        assert victim not in feats
        assert report.dropped == [{"id": victim, "reason": "duplicate"}]
        assert report.unmatched_overrides == ["no-such-event"]


def test_report_accounts_for_every_event(tmp_path):
    out = tmp_path / "out"
    good = {"doc": "d", "event_type": "meeting", "headline": "h", "venue": "Seoul"}
    src = tmp_path / "e.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in [
        {**good, "id": "a", "date_start": "2019-01-02"},
        {**good, "id": "b", "date_start": "2019-02-30"},
        {**good, "id": "c", "date_start": "2019-01-03", "venue": "Atlantis"},
        {**good, "id": "d", "date_start": "2019-01-04", "venue": None},
    ]) + "\n", encoding="utf-8")
    build(out, [src], static=False)
    report = json.loads((out / "report.json").read_text())
    assert report["events"]["placed"] == 1
    assert {u["id"]: u["reason"] for u in report["unplaced"]} == {
        "c": "the place 'Atlantis' is not in the gazetteer",
        "d": "the source names no place for this event"}
    assert [(r["line"], r["field"]) for r in report["rejected"]] == [(2, "date_start")]
    with pytest.raises(InputError, match=r"e\.jsonl:2 field 'date_start'"):
        build(tmp_path / "strict", [src], static=False, strict=True)


def test_failed_build_leaves_previous_output_whole(tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(out, static=False)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def broken(*args, **kwargs):
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(build_module, "render", broken)
    with pytest.raises(RuntimeError):
        build(out, static=False, title="another title")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_curated_events_win_over_extracted_ones_with_the_same_id(docs, tmp_path):
    build(tmp_path / "first", docs=docs, static=False)
    feats = _features(tmp_path / "first")
    eid = sorted(feats)[0]
    curated = {**feats[eid]["properties"], "headline": "Checked by hand", "event_type": "summit"}
    src = tmp_path / "curated.jsonl"
    src.write_text(json.dumps(curated, ensure_ascii=False) + "\n", encoding="utf-8")
    report = build(tmp_path / "second", [src], docs, static=False)
    after = _features(tmp_path / "second")
    assert report.overridden == 1 and len(after) == len(feats)
    assert after[eid]["properties"]["headline"] == "Checked by hand"
    assert after[eid]["properties"]["event_type"] == "summit"
