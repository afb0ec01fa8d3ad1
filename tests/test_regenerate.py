"""Regeneration: cached extraction, corrections that survive it, safe writes, and when to rebuild.

Runs on the suite's own documents (tests/fixtures/extract). Each test has its own extraction cache
(conftest.py's private_cache), so none depends on what another one extracted before it.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from importlib import import_module
from pathlib import Path

import pytest

import geomap
from geomap import cache as cache_module
from geomap.build import build

PACKAGE = Path(geomap.__file__).resolve().parent
# Imported by extraction, yet unable to change what it returns: the version string and the
# exception classes. Every other module and data file extraction reads must be in the cache key.
NOT_IN_CACHE_KEY = {"__init__.py", "errors.py"}

pytestmark = pytest.mark.usefixtures("private_cache")

build_module = import_module("geomap.build")  # `geomap.build` itself is the API's build function


def _features(out):
    return {f["id"]: f for f in json.loads((out / "events.geojson").read_text())["features"]}


def test_second_build_reads_documents_from_the_cache(docs, tmp_path):
    first = build(tmp_path / "a", docs=docs, static=False)
    second = build(tmp_path / "b", docs=docs, static=False)
    assert first.from_cache == 0 and second.from_cache == len(docs)
    assert first.extracted == second.extracted > 30
    assert (tmp_path / "a" / "events.geojson").read_bytes() == (tmp_path / "b" / "events.geojson").read_bytes()


def test_unchanged_rebuild_is_skipped_and_a_change_is_not(docs, tmp_path):
    out = tmp_path / "out"
    build(out, docs=docs, static=False)
    assert build(out, docs=docs, static=False).up_to_date
    docs[1].write_text(docs[1].read_text(encoding="utf-8") + "\n", encoding="utf-8")
    again = build(out, docs=docs, static=False)
    assert not again.up_to_date and again.from_cache == len(docs) - 1
    assert not build(out, docs=docs, static=False, title="Another title").up_to_date


@pytest.mark.parametrize("damage", ["delete", "truncate"])
def test_a_damaged_output_is_rebuilt(tmp_path, damage):
    out = tmp_path / "out"
    build(out, static=False)
    csv = out / "events.csv"
    good = csv.read_bytes()
    if damage == "delete":
        csv.unlink()
    else:
        csv.write_bytes(good[: len(good) // 2])
    assert not build(out, static=False).up_to_date
    assert csv.read_bytes() == good


def test_a_renamed_copy_of_a_document_keeps_its_own_name(docs, tmp_path):
    first = build(tmp_path / "a", docs=docs[:1], static=False)
    twin = docs[0].with_name("renamed.txt")
    shutil.copy(docs[0], twin)
    again = build(tmp_path / "b", docs=[twin], static=False)
    assert again.extracted == first.extracted > 0
    assert {f["properties"]["doc"] for f in _features(tmp_path / "b").values()} == {"renamed.txt"}


def _spoil(page: Path) -> bytes:
    """Overwrite a built file with bytes of the same size, which the up-to-date check cannot see."""
    good = page.read_bytes()
    page.write_bytes(b"x" * len(good))
    return good


def test_force_rebuilds_what_is_up_to_date(tmp_path):
    out = tmp_path / "out"
    first = build(out, static=False)
    good = _spoil(out / "index.html")
    assert build(out, static=False).up_to_date
    assert (out / "index.html").read_bytes() != good
    forced = build(out, static=False, force=True)
    assert not forced.up_to_date
    assert (out / "index.html").read_bytes() == good
    assert forced.to_dict() == first.to_dict()


def test_force_on_the_command_line(tmp_path, cli):
    out = tmp_path / "out"
    first = cli("build", "--out", out, "--no-static")
    assert first.exit_code == 0, first.output
    good = _spoil(out / "index.html")
    assert "is up to date" in cli("build", "--out", out, "--no-static").output
    forced = cli("build", "--out", out, "--no-static", "--force")
    assert forced.exit_code == 0 and "is up to date" not in forced.output and "on the map" in forced.output
    assert (out / "index.html").read_bytes() == good


# --- what invalidates cached extraction and finished builds -----------------------------------------

@pytest.fixture()
def package_copy(tmp_path, monkeypatch) -> Path:
    """A copy of geomap's sources that the cache key and build fingerprint read instead of the real
    ones, so a test can change the 'installed code' without touching it."""
    copy = tmp_path / "pkg" / "geomap"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "_vendor"))
    monkeypatch.setattr(cache_module, "files", lambda package: copy)
    monkeypatch.setattr(build_module, "files", lambda package: copy)
    cache_module.code_fingerprint.cache_clear()
    yield copy
    cache_module.code_fingerprint.cache_clear()


def _touch(path: Path) -> None:
    path.write_bytes(path.read_bytes() + b"\n")


def _key() -> str:
    cache_module.code_fingerprint.cache_clear()
    return cache_module.code_fingerprint()


def extraction_sources() -> list[str]:
    """Package files (relative paths) that extracting a document reads: the modules it imports and
    the data files it opens, seen by an audit hook in a fresh interpreter."""
    script = (
        "import json, os, sys\n"
        "seen = set()\n"
        "sys.addaudithook(lambda e, a: e == 'open' and a and isinstance(a[0], (str, os.PathLike))"
        " and seen.add(os.path.realpath(os.fspath(a[0]))))\n"
        "from geomap.extract import extract_file\n"
        "extract_file(sys.argv[1])\n"
        "seen.update(os.path.realpath(m.__file__) for n, m in list(sys.modules.items())\n"
        "            if n.startswith('geomap') and getattr(m, '__file__', None))\n"
        "print(json.dumps(sorted(seen)))\n")
    doc = Path(__file__).parent / "fixtures" / "extract" / "pl_bulletin_2019_03.txt"
    run = subprocess.run([sys.executable, "-c", script, str(doc)], capture_output=True, text=True, check=True)
    roots = {str(PACKAGE): "", os.path.realpath(PACKAGE / "gazetteer"): "gazetteer/"}
    found = set()
    for name in json.loads(run.stdout):
        for root, prefix in roots.items():
            if name.startswith(root + os.sep) and "__pycache__" not in name:
                found.add(prefix + Path(name).relative_to(root).as_posix())
    return sorted(found)


def test_cache_key_covers_everything_extraction_reads(package_copy):
    sources = extraction_sources()
    assert {"data/people.csv", "gazetteer/places.csv", "extract/mentions/persons.py", "events/schema.py"} <= set(sources)
    stale = []
    before = _key()
    for name in sources:
        if name in NOT_IN_CACHE_KEY:
            continue
        path = package_copy / name
        original = path.read_bytes()
        _touch(path)
        if _key() == before:
            stale.append(name)
        path.write_bytes(original)   # so `before` stays the key of every other file as it is
    assert stale == [], "extraction reads these but a change to them keeps the cached results"


def test_cache_key_ignores_what_extraction_does_not_read(package_copy):
    before = _key()
    for name in ("render/page/slider.js", "render/print/marks.py", "data/events.jsonl", "layers/page.py"):
        _touch(package_copy / name)
    assert _key() == before


def test_changed_people_table_re_extracts_every_document(docs, tmp_path, package_copy):
    build(tmp_path / "a", docs=docs, static=False)
    assert build(tmp_path / "b", docs=docs, static=False).from_cache == len(docs)
    with (package_copy / "data" / "people.csv").open("a", encoding="utf-8") as f:
        f.write("kowal,Jan Kowalski,PL,false\n")
    cache_module.code_fingerprint.cache_clear()  # a new process would compute the key afresh
    again = build(tmp_path / "c", docs=docs, static=False)
    assert again.from_cache == 0 and again.extracted > 30


def test_changed_code_rebuilds_an_unchanged_input(tmp_path, package_copy):
    out = tmp_path / "out"
    build(out, static=False)
    assert build(out, static=False).up_to_date
    _touch(package_copy / "render" / "page" / "slider.js")
    assert not build(out, static=False).up_to_date


# --- corrections and safe writes ---------------------------------------------------------------------

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
    for cached in (0, len(docs)):  # extracted afresh, then read back from the cache
        report = build(out, docs=docs, overrides=overrides, static=False, force=True,
                       cache_dir=tmp_path / "cache")
        assert report.from_cache == cached
        feats = _features(out)
        fixed = feats[target]["properties"]
        assert fixed["event_type"] == "other" and fixed["venue"] == "Kunashir"
        assert fixed["geo_precision"] == "island"
        assert victim not in feats
        assert report.dropped == [{"id": victim, "reason": "duplicate"}]
        assert report.unmatched_overrides == ["no-such-event"]


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
