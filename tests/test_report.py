"""report.json and the build's options: every event and file accounted for, overrides that fail
with their line, print maps per period.

The inputs are the suite's own documents plus a small curated file and an overrides file, so each
number in the report has a value worked out here independently of the build.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap.build import build
from geomap.errors import InputError
from geomap.extract import extract_file

# The report counts what came from the extraction cache: each test starts from an empty one.
pytestmark = pytest.mark.usefixtures("private_cache")

GOOD = {"doc": "curated.jsonl", "event_type": "meeting", "headline": "Curated by hand"}


def _lines(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture()
def inputs(docs, tmp_path):
    """Documents, a curated file (one replacement, two new events, one bad row) and overrides
    (one correction, one drop, one id that matches nothing), with what the report must say."""
    extracted = [e for p in docs for e in extract_file(p)]
    replaced, corrected, dropped = extracted[0], extracted[1], extracted[2]
    curated = _lines(tmp_path / "curated.jsonl", [
        {**replaced.to_dict(), "headline": "Checked by hand"},
        {**GOOD, "id": "cur-seoul", "date_start": "2019-05-02", "venue": "Seoul"},
        {**GOOD, "id": "cur-atlantis", "date_start": "2019-05-03", "venue": "Atlantis"},
        {**GOOD, "id": "cur-bad", "date_start": "2019-02-30", "venue": "Seoul"},
    ])
    overrides = _lines(tmp_path / "fix.jsonl", [
        {"id": corrected.id, "event_type": "other"},
        {"id": dropped.id, "drop": True, "reason": "same as another entry"},
        {"id": "no-such-event", "headline": "x"},
    ])
    expected = {"documents": [str(p) for p in docs], "event_files": [str(curated)],
                "extracted": len(extracted), "curated": 3, "kept": len(extracted) + 3 - 1 - 1,
                "dropped": [{"id": dropped.id, "reason": "same as another entry"}],
                "rejected": [{"file": str(curated), "line": 4, "field": "date_start"}],
                "corrected": corrected.id}
    return docs, curated, overrides, expected


def _features(out: Path) -> list[dict]:
    return json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]


def test_report_json_accounts_for_every_event_and_file(inputs, tmp_path):
    docs, curated, overrides, want = inputs
    out = tmp_path / "out"
    build(out, [curated], docs, overrides=overrides, static=False)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    feats = _features(out)
    placed = [f for f in feats if f["geometry"] is not None]
    unplaced = [f for f in feats if f["geometry"] is None]

    assert report["documents"] == want["documents"]
    assert report["event_files"] == want["event_files"]
    assert report["events"] == {
        "extracted": want["extracted"], "extracted_from_cache": 0, "curated": want["curated"],
        "curated_replacing_extracted": 1, "corrected_by_overrides": 1, "dropped_by_overrides": 1,
        "placed": len(placed), "unplaced": len(unplaced), "rejected": 1}
    assert len(feats) == want["kept"] and len(placed) > 30 and unplaced
    assert report["unplaced"] == sorted(
        ({"id": f["id"], "date": f["properties"]["date_start"], "headline": f["properties"]["headline"],
          "reason": f["properties"]["unplaced_reason"]} for f in unplaced), key=lambda u: u["id"])
    assert {"id": "cur-atlantis", "date": "2019-05-03", "headline": "Curated by hand",
            "reason": "the place 'Atlantis' is not in the gazetteer"} in report["unplaced"]
    assert report["dropped"] == want["dropped"]
    assert [{k: r[k] for k in ("file", "line", "field")} for r in report["rejected"]] == want["rejected"]
    assert "2019-02-30" in report["rejected"][0]["reason"]
    assert report["unmatched_overrides"] == ["no-such-event"]
    written = {p.name: p.stat().st_size for p in out.iterdir() if p.name != "report.json"}
    assert report["outputs"] == written and set(written) == {"index.html", "events.geojson", "events.csv", "events.gpkg",
                                                             "events.parquet", "events.plover.jsonl", ".events-index.arrow"}
    assert len(report["fingerprint"]) == 64
    fixed = next(f for f in feats if f["id"] == want["corrected"])
    assert fixed["properties"]["event_type"] == "other"

    forced = build(out, [curated], docs, overrides=overrides, static=False, force=True)
    again = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert forced.from_cache == len(docs) and again["events"]["extracted_from_cache"] == len(docs)
    assert {**again, "events": {**again["events"], "extracted_from_cache": 0}} == report


def test_an_up_to_date_build_returns_the_report_it_wrote(inputs, tmp_path):
    docs, curated, overrides, _ = inputs
    out = tmp_path / "out"
    first = build(out, [curated], docs, overrides=overrides, static=False)
    written = (out / "report.json").read_bytes()
    second = build(out, [curated], docs, overrides=overrides, static=False)
    assert second.up_to_date and not first.up_to_date
    assert second.to_dict() == first.to_dict() == json.loads(written)
    assert (out / "report.json").read_bytes() == written


def test_bad_rows_are_reported_or_fail_the_build_when_strict(tmp_path):
    src = _lines(tmp_path / "e.jsonl", [
        {**GOOD, "id": "a", "date_start": "2019-01-02", "venue": "Seoul"},
        {**GOOD, "id": "b", "date_start": "2019-02-30", "venue": "Seoul"},
        {**GOOD, "id": "c", "date_start": "2019-01-03", "venue": "Atlantis"},
        {**GOOD, "id": "d", "date_start": "2019-01-04", "venue": None},
    ])
    out = tmp_path / "out"
    build(out, [src], static=False)
    report = json.loads((out / "report.json").read_text())
    assert report["events"]["placed"] == 1
    assert {u["id"]: u["reason"] for u in report["unplaced"]} == {
        "c": "the place 'Atlantis' is not in the gazetteer",
        "d": "the source names no place for this event"}
    assert [(r["line"], r["field"]) for r in report["rejected"]] == [(2, "date_start")]
    with pytest.raises(InputError, match=r"e\.jsonl:2 field 'date_start'"):
        build(tmp_path / "strict", [src], static=False, strict=True)


def test_command_line_prints_what_the_report_holds(inputs, tmp_path, cli):
    docs, curated, overrides, want = inputs
    run = cli("build", "--events", curated, "--docs", docs[0].parent, "--overrides", overrides,
              "--out", tmp_path / "out", "--no-static")
    assert run.exit_code == 0, run.output
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    n = report["events"]
    assert f"{n['placed'] + n['unplaced']} events: {n['placed']} on the map, {n['unplaced']} without a place" in run.output
    assert f"{want['curated']} curated, {want['extracted']} extracted" in run.output
    assert f"dropped {want['dropped'][0]['id']}: same as another entry" in run.output
    assert "override matches no event: no-such-event" in run.output
    assert f"rejected {curated}:4 date_start" in run.output
    for name in ("index.html", "events.geojson", "events.csv", "report.json"):
        assert f"wrote {tmp_path / 'out' / name}" in run.output


# --- the overrides file ------------------------------------------------------------------------------

@pytest.mark.parametrize("lines,where,words", [
    (['{"id": "x", "headline": "a"}', '{"id": "y", "headline": '], ":2", "not valid JSON"),
    (['{"headline": "no id"}'], ":1", 'needs an "id"'),
    (['["a", "list"]'], ":1", 'needs an "id"'),
    (['{"id": "x", "colour": "red", "size": 3}'], ":1", "unknown field(s) colour, size"),
    (['{"id": "x", "headline": "a"}', "", '{"id": "x", "headline": "b"}'], ":3 field 'id'", "corrected twice"),
], ids=["broken-json", "no-id", "not-an-object", "unknown-field", "twice"])
def test_overrides_file_errors_name_their_line(tmp_path, lines, where, words):
    fix = tmp_path / "fix.jsonl"
    fix.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        build(tmp_path / "out", overrides=fix, static=False)
    assert f"{fix}{where}: " in str(error.value) and words in str(error.value)
    assert not (tmp_path / "out").exists()


def test_an_override_that_breaks_its_event_names_line_and_field(tmp_path):
    src = _lines(tmp_path / "e.jsonl", [{**GOOD, "id": "a", "date_start": "2019-01-02", "venue": "Seoul"},
                                        {**GOOD, "id": "b", "date_start": "2019-01-05", "venue": "Tokyo"}])
    fix = _lines(tmp_path / "fix.jsonl", [{"id": "a", "headline": "fine"},
                                          {"id": "b", "event_type": "party"}])
    with pytest.raises(InputError, match=rf"fix\.jsonl:2 field 'event_type': .*party"):
        build(tmp_path / "out", [src], overrides=fix, static=False)


def test_a_missing_overrides_file_is_one_line_on_the_command_line(tmp_path, cli):
    run = cli("build", "--overrides", tmp_path / "nowhere.jsonl", "--out", tmp_path / "out", "--no-static")
    assert run.exit_code == 1
    assert f"{tmp_path / 'nowhere.jsonl'}: cannot read the file" in run.output
    assert "Traceback" not in run.output


# --- print maps per period ------------------------------------------------------------------------

def test_by_month_draws_one_print_map_per_month_with_events(tmp_path, cli):
    src = _lines(tmp_path / "e.jsonl", [
        {**GOOD, "id": "a", "date_start": "2019-01-30", "date_end": "2019-02-02", "venue": "Seoul"},
        {**GOOD, "id": "b", "date_start": "2019-03-05", "venue": "Tokyo"},
        {**GOOD, "id": "c", "date_start": "2019-04-09", "venue": "Atlantis"},
    ])
    out = tmp_path / "out"
    run = cli("build", "--events", src, "--out", out, "--by", "month")
    assert run.exit_code == 0, run.output
    pngs = sorted(p.name for p in out.glob("map-*.png"))
    assert pngs == ["map-2019-01.png", "map-2019-02.png", "map-2019-03.png"], "unplaced April draws no map"
    for name in pngs + ["map.png"]:
        assert (out / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert set(report["outputs"]) == {"index.html", "events.geojson", "events.csv", "events.gpkg", "events.parquet",
                                      "events.plover.jsonl", ".events-index.arrow", "map.png", "map.svg", *pngs}
    assert cli("build", "--events", src, "--out", out, "--by", "week").exit_code == 2
