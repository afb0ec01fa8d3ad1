"""Regeneration timings: 50 bulletins built once, then one more added, then nothing changed.

    python bench/rebuild.py [--bulletins 50] [--no-static]

The bulletins are made at run time from the corpus bulletin in ../shared (never stored here): copy k
has its months moved k months on, so every copy is a different document with different dates.
Each build is the real command (`python -m geomap build`), start-up included.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO.parent / "shared" / "corpus" / "000_b95ef6c076320980.txt"
MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
          "września", "października", "listopada", "grudnia"]


def shifted(text: str, k: int) -> str:
    """The bulletin with every month name moved k months on (October, November, December)."""
    out = text
    marks = {}
    for i, name in enumerate(MONTHS):
        mark = f"\x00{i}\x00"
        marks[mark] = MONTHS[(i + k) % 12]
        out = out.replace(name, mark)
    for mark, name in marks.items():
        out = out.replace(mark, name)
    return out


def run(args: list[str], env: dict[str, str]) -> float:
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "geomap", "build", *args], capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - t
    if proc.returncode != 0:
        sys.exit(f"build failed:\n{proc.stderr}")
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bulletins", type=int, default=50)
    ap.add_argument("--no-static", action="store_true", help="skip map.png/map.svg in every build")
    a = ap.parse_args()
    text = SOURCE.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        docs, out = Path(tmp) / "docs", Path(tmp) / "out"
        docs.mkdir()
        env = {**os.environ, "GEOMAP_CACHE_DIR": str(Path(tmp) / "cache")}
        for k in range(a.bulletins):
            (docs / f"bulletin_{k:03d}.txt").write_text(shifted(text, k), encoding="utf-8")
        extra = ["--no-static"] if a.no_static else []
        base = ["--docs", str(docs), "--out", str(out), *extra]
        cold = run(base, env)
        same = run(base, env)
        (docs / f"bulletin_{a.bulletins:03d}.txt").write_text(shifted(text, a.bulletins), encoding="utf-8")
        added = run(base, env)
        html = (out / "index.html").read_bytes()
        forced = run([*base, "--force"], env)
        identical = (out / "index.html").read_bytes() == html
    static = "without" if a.no_static else "with"
    print(f"{a.bulletins} bulletins, builds {static} map.png/map.svg (seconds, start-up included):")
    print(f"  first build (nothing cached)           {cold:6.2f}")
    print(f"  rebuild, nothing changed               {same:6.2f}   target <= 1 s")
    print(f"  rebuild after adding bulletin {a.bulletins + 1:<3d}      {added:6.2f}   target <= 3 s")
    print(f"  forced rebuild of the same input       {forced:6.2f}   index.html identical: {identical}")


if __name__ == "__main__":
    main()
