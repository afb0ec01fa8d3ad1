"""The geomap page alone in headless Chromium: first full draw and slider step, N times each.

bench/scale.py times whole builds against folium; this times only what the page code decides, so
a change to geomap/render/page/*.js can be judged in a minute. For each size it builds the page
once (`geomap build --events FILE --out DIR --no-static`, seeded events from bench/synth.py), then
opens it `--repeat` times, each in a fresh browser context, with bench/scale.py's probe: the first
full draw (ms from navigation until `window.geomap.drawnAt` is set and a frame has passed) and the
mean of its 20 slider steps (`setWindow('month'); setTime(day)` and the next frame). It prints
every run and the median of each.

    python bench/page_bench.py 10000 100000            # the sizes of issues 13 and 15
    python bench/page_bench.py 100000 --repeat 5 --profile prof   # also a CPU profile per size
    python bench/page_bench.py 10000 100000 --baseline .cache/bench-before   # old pages, alternately

`--baseline DIR` opens the pages of an earlier run (DIR/geomap-N/index.html, e.g. a copy of the
working folder made before a change) in turn with the new ones, so both meet the same load on a
shared machine; medians are printed for each.

`--profile DIR` records, in one more run, a V8 CPU profile of the first load and one of the slider
steps (Chrome DevTools can open the .cpuprofile files) and prints the functions with the most self
time. Re-bake the page frame after editing the page code (`python scripts/vendor.py`), or the
build uses the old one.

Figures are printed, never asserted; the machine's load average is printed beside them.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import scale  # noqa: E402  (the probe, the slider script, the browser and server helpers)

WORK = HERE.parent / ".cache" / "bench-page"


def build(n: int, seed: int, timeout: float) -> Path:
    """The page for `n` events, built afresh so it carries the page code as it is now."""
    events = scale.events_file(n, seed)
    out = WORK / f"geomap-{n}"
    shutil.rmtree(out, ignore_errors=True)
    wall, _, code = scale.timed([*scale.geomap_command(), "build", "--events", str(events), "--out", str(out),
                                 "--no-static"], WORK / f"geomap-{n}.log", timeout, scale.geomap_env())
    if code != 0:
        raise SystemExit(f"build of {n} events failed (exit {code}), see {WORK / f'geomap-{n}.log'}")
    print(f"{n:,} events: built in {wall:.1f} s, {(out / 'index.html').stat().st_size / 1e6:.1f} MB",
          file=sys.stderr, flush=True)
    return out


def measure(browser, url: str, origin: str, timeout_s: float) -> tuple[float, float]:
    """(first full draw ms, mean slider step ms) of one opening of the page."""
    page, _, drawn, _ = scale.open_page(browser, url, origin, scale.GEOMAP_DRAWN, timeout_s)
    try:
        steps = page.evaluate(scale.SLIDER, scale.STEPS)
    finally:
        page.context.close()
    return drawn, sum(steps) / len(steps)


def top_functions(profile: dict, count: int = 15) -> list[tuple[float, str]]:
    """The functions with the most self time in a V8 CPU profile: (ms, 'name file:line')."""
    nodes = {node["id"]: node for node in profile["nodes"]}
    self_us: Counter = Counter()
    deltas = profile.get("timeDeltas", [])
    for sample, delta in zip(profile.get("samples", []), deltas[1:] + [0]):
        frame = nodes[sample]["callFrame"]
        where = frame["url"].rsplit("/", 1)[-1] or "(native)"
        self_us[f"{frame['functionName'] or '(anonymous)'} {where}:{frame['lineNumber'] + 1}"] += delta
    return [(us / 1000, name) for name, us in self_us.most_common(count)]


def profile(browser, url: str, out: Path, n: int, timeout_s: float) -> None:
    """CPU profiles of the first load and of the slider steps, written to `out` and summarised."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Profiler.enable")
    cdp.send("Profiler.setSamplingInterval", {"interval": 200})
    page.add_init_script(scale.PROBE % scale.GEOMAP_DRAWN)
    out.mkdir(parents=True, exist_ok=True)
    try:
        for name, action in (("load", lambda: (page.goto(url, wait_until="load", timeout=timeout_s * 1000),
                                               page.wait_for_function("window.__bench.drawn !== null",
                                                                      timeout=timeout_s * 1000, polling=100))),
                             ("slider", lambda: page.evaluate(scale.SLIDER, scale.STEPS))):
            cdp.send("Profiler.start")
            action()
            result = cdp.send("Profiler.stop")["profile"]
            path = out / f"page-{n}-{name}.cpuprofile"
            path.write_text(json.dumps(result))
            print(f"{n:,} events, {name}: {path}")
            for ms, fn in top_functions(result):
                print(f"  {ms:8.1f} ms  {fn}")
    finally:
        context.close()


def main(argv: list[str] | None = None) -> int:
    global WORK
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sizes", nargs="*", type=int, help="numbers of events (default: 10000 100000)")
    ap.add_argument("--repeat", type=int, default=3, help="openings of each page (default 3); medians are printed")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=600, help="seconds for one build or one page")
    ap.add_argument("--work", type=Path, default=WORK, help="working folder (default .cache/bench-page)")
    ap.add_argument("--no-build", action="store_true", help="open the pages built last time")
    ap.add_argument("--profile", type=Path, metavar="DIR", help="also write CPU profiles here and summarise them")
    ap.add_argument("--baseline", type=Path, metavar="DIR",
                    help="also open DIR/geomap-N/index.html, alternately with the new page (an earlier run's pages)")
    args = ap.parse_args(argv)
    WORK = scale.WORK = args.work
    WORK.mkdir(parents=True, exist_ok=True)
    sizes = args.sizes or [10_000, 100_000]
    load_before = " ".join(f"{x:.2f}" for x in os.getloadavg())
    if not args.no_build:
        scale.warm_up(args.timeout)
    if not args.no_build:
        for n in sizes:
            build(n, args.seed, args.timeout)

    from playwright.sync_api import sync_playwright

    pages = {"page": WORK}
    if args.baseline:
        pages = {"baseline": args.baseline.resolve(), "page": WORK}
    results: dict[tuple[str, int], list[tuple[float, float]]] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=scale.CHROMIUM, args=scale.CHROMIUM_ARGS)
        servers = {who: scale.serve(root) for who, root in pages.items()}
        try:
            for n in sizes:
                for k in range(args.repeat):
                    for who, (_, origin) in servers.items():   # in turn, so both meet the same load
                        drawn, step = measure(browser, f"{origin}geomap-{n}/index.html", origin, args.timeout)
                        results.setdefault((who, n), []).append((drawn, step))
                        print(f"{n:>9,}  {who:<8}  run {k + 1}: first full draw {drawn:7.0f} ms   "
                              f"slider step {step:6.1f} ms", flush=True)
                if args.profile:
                    origin = servers["page"][1]
                    profile(browser, f"{origin}geomap-{n}/index.html", args.profile, n, args.timeout)
        finally:
            browser.close()
            for server, _ in servers.values():
                server.shutdown()
    load_after = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"geomap page, seed {args.seed}, {os.cpu_count()} CPUs, medians of {args.repeat}; "
          f"load average before {load_before}, after {load_after}")
    print(f"{'events':>9}  {'page':<8}  {'first full draw (ms)':>21}  {'slider step (ms)':>17}")
    for (who, n), runs in results.items():
        print(f"{n:>9,}  {who:<8}  {statistics.median(r[0] for r in runs):>21.0f}  "
              f"{statistics.median(r[1] for r in runs):>17.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
