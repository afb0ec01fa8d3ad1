"""Extraction speed: seconds per document and throughput, after start-up.

    python bench/extract_bench.py [DOCS...] [--repeat N]

Default documents: ../shared/corpus/*.txt and tests/fixtures/extract/*.txt. Start-up (imports,
gazetteer, morphology) is timed separately; each document is then extracted N times and the
best run counts, so the figures describe the extractor rather than the machine's other load.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("docs", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    docs = args.docs or sorted((REPO.parent / "shared" / "corpus").glob("*.txt")) + \
        sorted((REPO / "tests" / "fixtures" / "extract").glob("*.txt"))
    if not docs:
        print("no documents to time", file=sys.stderr)
        return 1

    t0 = time.perf_counter()
    from geomap.events import read_text
    from geomap.extract import extract_text
    texts = [(p.name, read_text(p)) for p in docs]
    extract_text(texts[0][1], texts[0][0])          # loads gazetteer, lemma index, morfeusz
    startup = time.perf_counter() - t0
    print(f"start-up (imports, gazetteer, morphology, first document): {startup:.2f} s")

    total_bytes, total_time = 0, 0.0
    print(f"{'document':<34} {'KB':>6} {'events':>6} {'s/doc':>8} {'MB/s':>7}")
    for name, text in texts:
        size = len(text.encode("utf-8"))
        best = float("inf")
        for i in range(args.repeat):
            t = time.perf_counter()
            events = extract_text(text + " " * i, name)   # a new string each run: nothing memoised by text
            best = min(best, time.perf_counter() - t)
        total_bytes += size
        total_time += best
        print(f"{name:<34} {size / 1024:6.1f} {len(events):6d} {best:8.3f} {size / best / 1e6:7.3f}")
    print(f"all {len(texts)} documents: {total_time:.3f} s, {total_bytes / total_time / 1e6:.3f} MB/s, "
          f"{total_time / len(texts):.3f} s per document")
    return 0


if __name__ == "__main__":
    sys.exit(main())
