"""geomap against two folium maps, from 1,000 to 1,000,000 events, and on dask to 10,000,000.

For each size it makes a seeded events file (bench/synth.py), then times as separate processes
`geomap build --events FILE --out DIR` (with and without the print maps), the hand-written folium
map (bench/folium_baseline.py) and the fastest folium map we know (bench/folium_fast.py: one
GeoJson per type with a popup, no slider, no exports, nothing escaped): wall seconds for the whole
command, the child's peak memory, the HTML bytes. The pages are then opened in headless Chromium
from a local http server with every other request blocked, and timed until all their points are
drawn; for geomap also the slider: `setWindow('month'); setTime(day)` plus the next frame, averaged
over 20 steps. folium's CDN files are replaced by offline copies made from npm tarballs
(bench/offline_assets.py). At the end it prints issue 13's targets with the measured figures and
ratios, and the load average before and after (the figures are only as quiet as the machine).
geomap's modules are compiled to bytecode first, as installing its wheel does.

    python bench/scale.py 1000 10000 100000      # sizes to run
    python bench/scale.py --smoke                 # 1,000 events, quick; what the test runs
    python bench/scale.py 100000 1000000 --folium-max 100000 --json out.json
    python bench/scale.py --engine dask 10000000  # partitioned Parquet on a 2-worker LocalCluster

Where the limits come from: the page holds every event's text, and the browser must decode and
keep it (a million events make a page of about 150 MB); the exports are one file each, so disk
(about 3 GB per million events across the formats). Past that, `--engine dask` keeps
the page to aggregates and writes the exports as partitioned GeoParquet.

Figures are printed, never asserted: timings depend on the machine.
"""
from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import offline_assets  # noqa: E402
import synth  # noqa: E402

WORK = HERE.parent / ".cache" / "bench-scale"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
STEPS = 20
LOAD_BEFORE = ""

# Runs in the page before its own scripts: every frame, test whether the points are drawn; the time
# is taken in a task after that frame's callbacks (Leaflet paints its canvas in one of them).
PROBE = """
window.__bench = {drawn: null};
(function poll() {
  requestAnimationFrame(function () {
    var done = false;
    try { done = !!(%s); } catch (e) { done = false; }
    if (done) { setTimeout(function () { window.__bench.drawn = performance.now(); }, 0); return; }
    poll();
  });
})();
"""
GEOMAP_DRAWN = "window.geomap && window.geomap.drawnAt !== undefined"
FOLIUM_DRAWN = ("document.getElementsByClassName('leaflet-marker-icon').length >= %d && "
                "document.getElementsByClassName('timecontrol-date').length > 0")
FAST_DRAWN = "document.getElementsByClassName('leaflet-marker-icon').length >= %d"
SLIDER = """async (steps) => {
  const g = window.geomap, lo = g.range[0], hi = g.range[1], times = [];
  for (let k = 0; k < steps; k++) {
    const day = Math.round(lo + (hi - lo) * (k + 0.5) / steps);
    const t0 = performance.now();
    g.setWindow('month'); g.setTime(day);
    await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
    times.push(performance.now() - t0);
  }
  g.setWindow('all');
  return times;
}"""


@dataclass
class Tool:
    build_s: float | None = None
    peak_mb: float | None = None
    full_build_s: float | None = None  # geomap only: the default command, print maps included
    full_peak_mb: float | None = None
    html_bytes: int | None = None
    load_ms: float | None = None
    drawn_ms: float | None = None
    step_ms: float | None = None
    note: str = ""


@dataclass
class Run:
    n: int
    placed: int = 0
    events_bytes: int = 0
    geomap: Tool = field(default_factory=Tool)
    folium: Tool = field(default_factory=Tool)
    fast: Tool = field(default_factory=Tool)   # the fastest folium map (bench/folium_fast.py)


def timed(cmd: list[str], log: Path, timeout: float, env: dict[str, str] | None = None) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MB and exit code of one child process (its own rusage)."""
    with log.open("wb") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env)
        deadline = t0 + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.005)
        wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, proc.returncode


def geomap_env() -> dict[str, str]:
    """geomap's cache (the folium page frame) in the working folder, not the user's."""
    return {**os.environ, "GEOMAP_CACHE_DIR": str(WORK / "geomap-cache")}


def geomap_command() -> list[str]:
    script = Path(sys.executable).with_name("geomap")
    return [str(script)] if script.exists() else [sys.executable, "-m", "geomap"]


def events_file(n: int, seed: int) -> Path:
    path = WORK / f"events-{n}-s{seed}.jsonl"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        synth.write(tmp, n, seed)
        tmp.replace(path)
    return path


def compile_package() -> None:
    """Compile geomap's modules to bytecode, as installing a wheel does: an editable checkout run
    with PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module it imports on every build
    (about 0.1 s of the build's own process)."""
    import compileall

    import geomap

    compileall.compile_dir(str(Path(geomap.__file__).parent), quiet=1)


def warm_up(timeout: float) -> None:
    """One small build first, so every measured build finds the page frame in geomap's cache
    (a cold cache adds the import of folium, about half a second, once)."""
    small = WORK / "events-warmup.jsonl"
    if not small.exists():
        synth.write(small, 20, seed=99)
    timed([*geomap_command(), "build", "--events", str(small), "--out", str(WORK / "geomap-warmup"),
           "--no-static", "--force"], WORK / "geomap-warmup.log", timeout, geomap_env())


def build_geomap(events: Path, run: Run, timeout: float, with_print_maps: bool) -> Path:
    """`geomap build --no-static` (the interactive map and exports, what folium makes) and, when
    asked, the default command, which also draws map.png and map.svg."""
    out = WORK / f"geomap-{run.n}"
    g = run.geomap
    if with_print_maps:
        full = WORK / f"geomap-{run.n}-full"
        shutil.rmtree(full, ignore_errors=True)
        wall, peak, code = timed([*geomap_command(), "build", "--events", str(events), "--out", str(full)],
                                 WORK / f"geomap-{run.n}-full.log", timeout, geomap_env())
        if code == 0:
            g.full_build_s, g.full_peak_mb = wall, peak
        else:
            g.note = f"default build failed (exit {code}), see {WORK / f'geomap-{run.n}-full.log'}"
        shutil.rmtree(full, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    wall, peak, code = timed([*geomap_command(), "build", "--events", str(events), "--out", str(out),
                              "--no-static"], WORK / f"geomap-{run.n}.log", timeout, geomap_env())
    g.build_s, g.peak_mb = wall, peak
    if code != 0:
        g.note = f"build failed (exit {code}), see {WORK / f'geomap-{run.n}.log'}"
        return out
    g.html_bytes = (out / "index.html").stat().st_size
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    run.placed = report["events"]["placed"]
    return out


def build_folium(events: Path, run: Run, timeout: float, assets: Path | None, fast: bool = False) -> Path | None:
    name = "folium-fast" if fast else "folium"
    out = WORK / f"{name}-{run.n}"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    page = out / "index.html"
    script = "folium_fast.py" if fast else "folium_baseline.py"
    wall, peak, code = timed([sys.executable, str(HERE / script), str(events), str(page)],
                             WORK / f"{name}-{run.n}.log", timeout)
    f = run.fast if fast else run.folium
    f.build_s, f.peak_mb = wall, peak
    if code != 0:
        f.note = "build timed out" if wall >= timeout else f"build failed (exit {code})"
        return out
    f.html_bytes = page.stat().st_size
    if assets is None:
        f.note = "no offline copies of folium's CDN files: run bench/offline_assets.py (uses npm)"
        return None
    # Not timed: what a user would have to do by hand to make the page work offline.
    html = page.read_text(encoding="utf-8")
    page.write_text(offline_assets.localize(html, "assets/"), encoding="utf-8")
    (out / "assets").symlink_to(assets)
    return out


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def serve(root: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def open_page(browser, url: str, origin: str, drawn: str, timeout_s: float):
    """Open `url` in a fresh context; returns (page, load ms, drawn ms, blocked requests)."""
    blocked: list[str] = []
    context = browser.new_context(viewport={"width": 1400, "height": 900})

    def gate(route):
        u = route.request.url
        if u.startswith((origin, "data:", "blob:")):
            route.continue_()
        else:
            blocked.append(u)
            route.abort()

    context.route("**/*", gate)
    page = context.new_page()
    page.add_init_script(PROBE % drawn)
    page.goto(url, wait_until="load", timeout=timeout_s * 1000)
    page.wait_for_function("window.__bench.drawn !== null", timeout=timeout_s * 1000, polling=100)
    load = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
    return page, load, page.evaluate("window.__bench.drawn"), blocked


def measure_browser(browser, origin: str, run: Run, geomap_dir: Path | None, folium_dir: Path | None,
                    timeout_s: float, fast_dir: Path | None = None) -> None:
    if geomap_dir is not None and run.geomap.html_bytes:
        g = run.geomap
        try:
            page, g.load_ms, g.drawn_ms, _ = open_page(browser, f"{origin}{geomap_dir.name}/index.html",
                                                       origin, GEOMAP_DRAWN, timeout_s)
            steps = page.evaluate(SLIDER, STEPS)
            g.step_ms = sum(steps) / len(steps)
            page.context.close()
        except Exception as e:  # a page that never draws is a result, not a crash of the benchmark
            g.note = f"browser: {type(e).__name__}: {str(e).splitlines()[0][:120]}"
    for folder, f, drawn in ((folium_dir, run.folium, FOLIUM_DRAWN), (fast_dir, run.fast, FAST_DRAWN)):
        if folder is None or not f.html_bytes:
            continue
        try:
            page, f.load_ms, f.drawn_ms, _ = open_page(browser, f"{origin}{folder.name}/index.html",
                                                       origin, drawn % run.placed, timeout_s)
            page.context.close()
        except Exception as e:
            f.note = f"browser: {type(e).__name__}: {str(e).splitlines()[0][:120]}"


ROWS = [("build (s)", "build_s", "{:.2f}"), ("peak memory (MB)", "peak_mb", "{:.0f}"),
        ("build + print maps (s)", "full_build_s", "{:.2f}"), ("  its peak memory (MB)", "full_peak_mb", "{:.0f}"),
        ("HTML (MB)", "html_bytes", "{:.2f}"), ("load event (ms)", "load_ms", "{:.0f}"),
        ("first full draw (ms)", "drawn_ms", "{:.0f}"), ("slider step (ms)", "step_ms", "{:.1f}")]


def _cell(value, fmt: str, key: str) -> str:
    if value is None:
        return "—"
    return fmt.format(value / 1e6 if key == "html_bytes" else value)


def table(runs: list[Run]) -> str:
    lines = [f"{'events':>9}  {'metric':<22}{'geomap':>10}{'folium':>10}{'fastest':>10}"
             f"{'folium/geomap':>15}{'geomap/fastest':>16}"]
    for run in runs:
        for label, key, fmt in ROWS:
            g, f, q = getattr(run.geomap, key), getattr(run.folium, key), getattr(run.fast, key)
            if key.startswith("full_"):  # folium draws no print map
                f, q = getattr(run.folium, key[len("full_"):]), getattr(run.fast, key[len("full_"):])
            ratio = f"{f / g:.1f}×" if g and f else "—"
            versus = f"{g / q:.2f}" if g and q else "—"
            lines.append(f"{run.n:>9,}  {label:<22}{_cell(g, fmt, key):>10}{_cell(f, fmt, key):>10}"
                         f"{_cell(q, fmt, key):>10}{ratio:>15}{versus:>16}")
        for who in ("geomap", "folium", "fast"):
            note = getattr(run, who).note
            if note:
                lines.append(f"{'':>9}  note: {who}: {note}")
    return "\n".join(lines)


# Issue 13: (events, whole build s, whole build / fastest folium, peak MB, first draw ms, slider step ms)
TARGETS = {100_000: (2.5, 0.5, None, 1700.0, 52.0), 1_000_000: (15.0, None, 1500.0, None, None)}


def targets(runs: list[Run]) -> str:
    """Issue 13's targets beside the figures measured in this run ('whole build' is the default
    command: page, exports and print maps)."""
    lines = ["targets (issue 13; whole build = geomap build with print maps):"]
    for run in runs:
        goal = TARGETS.get(run.n)
        if goal is None:
            continue
        most_s, most_ratio, most_mb, most_draw, most_step = goal
        g, q = run.geomap, run.fast
        checks = [("whole build", g.full_build_s, most_s, "{:.2f} s", "{:.1f} s")]
        if most_ratio is not None:
            ratio = g.full_build_s / q.build_s if g.full_build_s and q.build_s else None
            checks.append((f"vs fastest folium ({_cell(q.build_s, '{:.2f}', 'build_s')} s)", ratio, most_ratio,
                           "{:.2f}", "{:.1f}"))
        if most_mb is not None:
            checks.append(("peak memory", g.full_peak_mb, most_mb, "{:.0f} MB", "{:.0f} MB"))
        if most_draw is not None:
            checks.append(("first draw", g.drawn_ms, most_draw, "{:.0f} ms", "{:.0f} ms"))
        if most_step is not None:
            checks.append(("slider step", g.step_ms, most_step, "{:.1f} ms", "{:.0f} ms"))
        for label, value, most, shown, bound in checks:
            verdict = "not measured" if value is None else ("met" if value <= most else "NOT met")
            figure = "—" if value is None else shown.format(value)
            lines.append(f"{run.n:>9,}  {label:<36}{figure:>10}  ≤ {bound.format(most):<8} {verdict}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    global WORK
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sizes", nargs="*", type=int, help="numbers of events (default: 1000 10000 100000)")
    ap.add_argument("--smoke", action="store_true", help="1,000 events only, as the test runs it")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--folium-max", type=int, default=100_000,
                    help="skip the folium map above this many events (default 100000)")
    ap.add_argument("--no-browser", action="store_true", help="builds only")
    ap.add_argument("--fastest-only", action="store_true",
                    help="time only the fastest folium map (the targets' yardstick), not the hand-written one")
    ap.add_argument("--print-maps-max", type=int, default=100_000,
                    help="also time the default build (with map.png/svg) up to this many events")
    ap.add_argument("--no-fetch", action="store_true",
                    help="never run npm: measure folium in the browser only if its offline copies exist")
    ap.add_argument("--timeout", type=float, default=600, help="seconds for one build or one page")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--work", type=Path, default=WORK, help="working folder (default .cache/bench-scale)")
    ap.add_argument("--engine", choices=["memory", "dask"], default="memory",
                    help="dask: time `geomap build --engine dask` on partitioned Parquet (default 10,000,000 events)")
    args = ap.parse_args(argv)
    global LOAD_BEFORE
    LOAD_BEFORE = " ".join(f"{x:.2f}" for x in os.getloadavg())
    WORK = args.work
    if args.engine == "dask":
        import dask_scale

        return dask_scale.main(args.sizes or [10_000_000], WORK, args.seed, args.timeout, args.json)
    WORK.mkdir(parents=True, exist_ok=True)
    sizes = [1000] if args.smoke else (args.sizes or [1000, 10_000, 100_000])
    runs = []
    assets = offline_assets.cached() if args.no_fetch else offline_assets.ensure()
    compile_package()
    warm_up(args.timeout)
    browser = pw = server = None
    if not args.no_browser:
        from playwright.sync_api import sync_playwright

        pw = sync_playwright().start()
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        server, origin = serve(WORK)
    try:
        for n in sizes:
            run = Run(n)
            events = events_file(n, args.seed)
            run.events_bytes = events.stat().st_size
            print(f"{n:,} events: {events} ({run.events_bytes / 1e6:.1f} MB)", file=sys.stderr, flush=True)
            gdir = build_geomap(events, run, args.timeout, n <= args.print_maps_max)
            fdir = qdir = None
            if n <= args.folium_max:
                if args.fastest_only:
                    run.folium.note = "not run (--fastest-only)"
                else:
                    fdir = build_folium(events, run, args.timeout, assets)
                qdir = build_folium(events, run, args.timeout, assets, fast=True)
            else:
                run.folium.note = run.fast.note = f"skipped above --folium-max {args.folium_max:,} events"
            if browser is not None:
                measure_browser(browser, origin, run, gdir, fdir, args.timeout, qdir)
            runs.append(run)
            print(table([run]), file=sys.stderr, flush=True)
    finally:
        if browser is not None:
            browser.close()
            pw.stop()
            server.shutdown()
    print(f"geomap build --no-static (and, for 'print maps', the default build) vs hand-written folium "
          f"(Marker+Popup per event, FeatureGroup per type, LayerControl, TimestampedGeoJson) and the fastest "
          f"folium map (one GeoJson per type with a popup); seed {args.seed}; {os.cpu_count()} CPUs; "
          f"load average before: {LOAD_BEFORE}, after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(table(runs))
    if any(r.n in TARGETS for r in runs):
        print(targets(runs))
    if args.json:
        args.json.write_text(json.dumps({"seed": args.seed, "runs": [asdict(r) for r in runs]}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
