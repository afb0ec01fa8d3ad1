"""bench/scale.py in its smoke mode: it runs end to end and prints the table it promises.

Only the shape is checked, never a timing: timings belong to the machine, not to the code.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[1]
METRICS = ["build (s)", "peak memory (MB)", "build + print maps (s)", "its peak memory (MB)", "HTML (MB)",
           "load event (ms)", "first full draw (ms)", "slider step (ms)"]
CELL = r"(?:\d+(?:\.\d+)?|—)"


@pytest.fixture(scope="module")
def smoke(tmp_path_factory):
    work = tmp_path_factory.mktemp("scale")
    out = work / "figures.json"
    # --no-fetch: tests never reach a registry; folium's page is opened only if its offline copies
    # were made before (bench/offline_assets.py), and its build is timed either way.
    run = subprocess.run([sys.executable, str(REPO / "bench" / "scale.py"), "--smoke", "--no-fetch",
                          "--work", str(work), "--json", str(out)],
                         capture_output=True, text=True, timeout=300, cwd=REPO)
    assert run.returncode == 0, run.stderr[-3000:]
    return run.stdout, json.loads(out.read_text()), work


def test_prints_one_row_per_metric_for_both_tools(smoke):
    stdout, _, _ = smoke
    lines = stdout.splitlines()
    assert "hand-written folium" in lines[0]
    assert re.match(r"\s*events\s+metric\s+geomap\s+folium\s+fastest\s+folium/geomap\s+geomap/fastest$",
                    lines[1])
    rows = [ln for ln in lines[2:] if not ln.strip().startswith("note:")]
    assert [re.split(r"\s{2,}", ln.strip())[1] for ln in rows] == METRICS
    for ln in rows:
        assert re.match(rf"\s*1,000\s+.+?\s+{CELL}\s+{CELL}\s+{CELL}\s+(?:\d+\.\d×|—)\s+(?:\d+\.\d\d|—)$", ln), ln


def test_both_tools_were_built_and_geomap_was_drawn(smoke):
    _, figures, work = smoke
    (run,) = figures["runs"]
    assert run["n"] == 1000 and 990 <= run["placed"] <= 1000
    g, f, q = run["geomap"], run["folium"], run["fast"]
    for tool in (g, f, q):
        assert tool["build_s"] > 0 and tool["peak_mb"] > 0 and tool["html_bytes"] > 0
    assert g["full_build_s"] > 0
    assert g["drawn_ms"] > 0 and g["load_ms"] > 0 and g["step_ms"] > 0
    assert g["note"] == ""
    assert (work / "geomap-1000" / "index.html").stat().st_size == g["html_bytes"]
    assert (work / "folium-1000" / "index.html").exists()
    assert (work / "folium-fast-1000" / "index.html").exists()


def test_events_file_follows_the_schema(smoke):
    from geomap.events import EVENT_TYPES, read_events

    _, _, work = smoke
    result = read_events(work / "events-1000-s1.jsonl", strict=True)
    events = result.events
    assert len(events) == 1000 and not result.problems
    assert {e.event_type for e in events} == set(EVENT_TYPES)
    placed = [e for e in events if e.placed]
    east = sum(1 for e in placed if e.lon > 60)
    assert abs(east - len(placed) / 2) <= 2
    assert len({e.venue for e in placed}) < len(placed) / 3, "many events share a venue"
    assert all(1 <= len(e.source_urls) <= 3 and 100 <= len(e.summary) <= 300 for e in events)
    assert all(e.origin for e in events if e.event_type == "visit")
    assert min(e.date_start for e in events) >= "2015" and max(e.date_end for e in events) <= "2025-12-31"
