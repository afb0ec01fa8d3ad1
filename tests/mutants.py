"""Hand-made mutants of geomap's core, each with the tests that must catch it.

    .venv/bin/python tests/mutants.py            # every mutant (about ten minutes)
    .venv/bin/python tests/mutants.py pager      # those whose name contains 'pager'

Each mutant changes one line of the product (a report field emptied, --force ignored, a page
control broken...), runs its tests with -x and puts the file back, and the line says whether the
tests caught it. Every mutant here was caught when the suite was written; a MISSED line means a
test lost its teeth. Not collected by pytest (no test_ prefix).
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
BUILD, OVERRIDES, CACHE = "geomap/build.py", "geomap/overrides.py", "geomap/cache.py"
LOCATE, COLUMNS, PRINT = "geomap/geocode/locate.py", "geomap/events/columns.py", "geomap/render/print/__init__.py"
SLIDER, TABLE = "geomap/render/page/slider.js", "geomap/render/page/table.js"
WINDOW = "geomap/render/page/timewindow.js"
CORE = ["tests/test_report.py", "tests/test_regenerate.py"]
DOUBT, CHANGES = "geomap/review/doubt.py", "geomap/review/changes.py"
FIXES, REVIEW = "geomap/render/page/corrections.js", "geomap/render/page/review.js"
REVIEW_PY, REVIEW_UI = ["tests/test_review.py"], ["tests/test_review_browser.py"]
UI = ["tests/test_map_controls_browser.py", "tests/test_map_browser.py"]
# (name, file, line as it is, line mutated, tests that must fail)
MUTANTS = [
 ("force ignored", BUILD, "if not force and (previous := _previous(out, fp)) is not None:", "if (previous := _previous(out, fp)) is not None:", CORE),
 ("report documents", BUILD, '"documents": self.documents,', '"documents": [],', CORE),
 ("report outputs", BUILD, '"outputs": self.outputs,', '"outputs": {},', CORE),
 ("report dropped", BUILD, '"unplaced": self.unplaced, "dropped": self.dropped,', '"unplaced": self.unplaced, "dropped": [],', CORE),
 ("report unmatched", BUILD, '"unmatched_overrides": self.unmatched_overrides,', '"unmatched_overrides": [],', CORE),
 ("count extracted", BUILD, '{"extracted": self.extracted,', '{"extracted": 0,', CORE),
 ("count from cache", BUILD, '"extracted_from_cache": self.from_cache,', '"extracted_from_cache": 0,', CORE),
 ("count curated", BUILD, '"curated": self.curated,', '"curated": 0,', CORE),
 ("count replacing", BUILD, '"curated_replacing_extracted": self.overridden,', '"curated_replacing_extracted": 0,', CORE),
 ("count corrected", BUILD, '"corrected_by_overrides": self.corrected,', '"corrected_by_overrides": 0,', CORE),
 ("count dropped", BUILD, '"dropped_by_overrides": len(self.dropped),', '"dropped_by_overrides": 0,', CORE),
 ("count placed", BUILD, '"placed": self.placed,', '"placed": 0,', CORE),
 ("count rejected", BUILD, '"rejected": len(self.rejected)},', '"rejected": 0},', CORE),
 ("from_dict unmatched", BUILD, 'rejected=d["rejected"], unmatched_overrides=d["unmatched_overrides"],', 'rejected=d["rejected"], unmatched_overrides=[],', CORE),
 ("from_dict corrected", BUILD, 'corrected=n["corrected_by_overrides"],', 'corrected=0,', CORE),
 ("options not in fingerprint", BUILD, '    h.update(json.dumps(options, sort_keys=True, default=str).encode())\n', '', CORE),
 ("previous ignores sizes", BUILD, 'if any(not (out_dir / name).is_file() or (out_dir / name).stat().st_size != size', 'if any(not (out_dir / name).is_file()', CORE),
 ("curated do not win", COLUMNS, 'return table.take(pc.take(spans.column("i_max"), order))', 'return table.take(pc.take(spans.column("i_min"), order))', CORE),
 ("from_cache not counted", BUILD, "                report.from_cache += 1\n", "", CORE),
 ("--by ignored", PRINT, "    if by:\n        groups.update", "    if False:\n        groups.update", CORE),
 ("strict skipped entries", BUILD, "                if strict:\n                    raise InputError(p.reason, path=str(path), line=p.line)\n", "", ["tests/test_hardening.py"]),
 ("overrides unknown ok", OVERRIDES, "        if unknown:\n            raise InputError(f\"unknown field(s) {', '.join(sorted(unknown))}\", path=p, line=n)", "        if False:\n            raise InputError(f\"unknown field(s) {', '.join(sorted(unknown))}\", path=p, line=n)", CORE),
 ("overrides twice ok", OVERRIDES, '        if rec["id"] in out:\n', '        if False:\n', CORE),
 ("overrides keep coords", OVERRIDES, "        if \"venue_id\" in changes and not ({\"lat\", \"lon\"} & changes.keys()):", "        if False:", CORE),
 ("overrides unmatched empty", OVERRIDES, "    result.unmatched = sorted(set(overrides) - seen)", "    result.unmatched = []", CORE),
 ("overrides need no id", OVERRIDES, 'if not isinstance(rec, dict) or not isinstance(rec.get("id"), str):', 'if not isinstance(rec, dict):', CORE),
 ("cache ignores people", CACHE, '"jsoncols.py", "data/people.csv",', '"jsoncols.py",', CORE),
 ("cache ignores extract code", CACHE, 'for sub in ("read", "extract", "geocode", "gazetteer"):', 'for sub in ("read", "geocode", "gazetteer"):', CORE),
 ("cache key ignores name", CACHE, 'key = hashlib.sha256(name.encode() + b"\\0" + data).hexdigest()', 'key = hashlib.sha256(data).hexdigest()', CORE),
 ("cache drops problems", CACHE, '        problems = [Problem(**p) for p in kept["problems"]]', "        problems = []", CORE + ["tests/test_hardening.py"]),
 ("locate keeps unknown venue silently", LOCATE, "            out.unplaced[e.id] = Unplaced(e, f\"the place '{phrase}' is not in the gazetteer\")\n            continue", "            continue", CORE),
 ("slider keeps all", SLIDER, '    if (state.window === "all") state.window = "month";\n', "", UI),
 ("window select no refresh", SLIDER, 'if (state.window === "all") state.cumulative = false;\n      app.main.refresh();', 'if (state.window === "all") state.cumulative = false;', UI),
 ("play no restart", SLIDER, "    if (time.next(state.t) > range[1]) state.t = range[0];\n", "", UI),
 ("pause keeps running", SLIDER, "    clearInterval(timer); timer = null;\n    playBtn", "    timer = null;\n    playBtn", UI),
 ("clock day label", WINDOW, 'state.window === "month" ? i18n.month(step[0])', 'state.window === "month" ? i18n.day(step[0])', UI),
 ("clock counts all", SLIDER, 't("window_line", { label, n: shown, total })', 't("window_line", { label, n: total, total })', UI),
 ("filter case", TABLE, "words = search.value.trim().toLowerCase();", "words = search.value.trim();", UI),
 ("only-view ignored", TABLE, '["window", (k) => !only.checked || (k < n && inView[k] === 1)],', '["window", (k) => true],', UI),
 ("only-view keeps unplaced", TABLE, "(k < n && inView[k] === 1)", "(k >= n || inView[k] === 1)", UI),
 ("pager skips", TABLE, "page = Math.min(pages - 1, page + 1); render();", "page = Math.min(pages - 1, page + 2); render();", UI),
 ("pager page size", TABLE, "matches.slice(page * PAGE, page * PAGE + PAGE)", "matches.slice(page * PAGE, page * PAGE + PAGE - 1)", UI),
 ("review checked keeps doubt", DOUBT, '    if why.get("checked"):\n        return ()\n', "", REVIEW_PY),
 ("review confidence threshold", DOUBT, "LOW_CONFIDENCE = 0.7", "LOW_CONFIDENCE = 0.6", REVIEW_PY),
 ("review comparison not kept", CHANGES, "        return before_changes", "        return None", REVIEW_PY),
 ("review checked not applied", OVERRIDES, '            trace["checked"] = True\n', "", REVIEW_PY),
 ("review download loses the build's lines", FIXES, "      if (!p) { out.push(b); return; }", "      if (!p) return;", REVIEW_UI),
 ("review applied stay pending", FIXES, "&& !inBuild(r)) {", ") {", REVIEW_UI),
 ("review queue shows all", REVIEW, "    review: doubtful,", "    review: () => true,", REVIEW_UI),
 ("review passage as markup", REVIEW, "if (at < text.length) q.appendChild(document.createTextNode(text.slice(at)));",
  'if (at < text.length) q.insertAdjacentHTML("beforeend", text.slice(at));', REVIEW_UI),
 ("review rows skip explained", "geomap/review/page.py", 'cond = [pc.is_valid(table.column("why")), ', "cond = [", REVIEW_PY),
 ("changes miss the changed", CHANGES, 'pc.not_equal(both.column("fp"), both.column("fp_before"))', 'pc.equal(both.column("fp"), both.column("fp_before"))', REVIEW_PY),
 ("--countries ignored on own files", "geomap/importers/__init__.py", "    if wanted is not None and table.num_rows:", "    if False:", ["tests/test_import_formats.py"]),
 ("hidden types stay in table", TABLE, '["layers", (k) => app.filters.shownRow(', '["layers", (k) => true || app.filters.shownRow(', UI + ["tests/test_map_venues_browser.py"]),
]


def main(only: list[str]) -> int:
    missed = 0
    for name, path, old, new, tests in MUTANTS:
        if only and not any(o in name for o in only):
            continue
        target = ROOT / path
        source = target.read_text(encoding="utf-8")
        if source.count(old) != 1:
            print(f"stale   {name}: the line to mutate occurs {source.count(old)} times in {path}", flush=True)
            missed += 1
            continue
        target.write_text(source.replace(old, new), encoding="utf-8")
        start = time.time()
        try:
            run = subprocess.run([PY, "-m", "pytest", "-x", "-q", "-n", "0", "-p", "no:cacheprovider", *tests],
                                 cwd=ROOT, capture_output=True, text=True, timeout=900)
        finally:
            target.write_text(source, encoding="utf-8")
        first = next((line for line in run.stdout.splitlines() if line.startswith(("FAILED", "ERROR"))), "")
        missed += run.returncode == 0
        print(f"{'caught' if run.returncode else 'MISSED'}  {name:36s} {time.time() - start:5.1f}s {first[:100]}",
              flush=True)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
