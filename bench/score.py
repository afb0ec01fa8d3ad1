"""Score an extraction (JSON lines) against a gold file and print P/R/F1, type accuracy, actors overlap.

    python bench/score.py OUT.jsonl /path/to/gold.json [--docs-in-gold] [-v]

Without OUT.jsonl, `--extract DIR` runs the extractor on every document in DIR first (any format
geomap reads), as `geomap extract DIR` would.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geomap.errors import GeomapError
from geomap.score import load_records, score


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("predicted", nargs="?", help="extracted events (.jsonl)")
    ap.add_argument("gold", help="gold events (.json list or .jsonl)")
    ap.add_argument("--extract", metavar="DIR", help="extract the documents in DIR instead of reading PREDICTED")
    ap.add_argument("--docs-in-gold", action="store_true", help="ignore extracted events of docs the gold lacks")
    ap.add_argument("-v", "--verbose", action="store_true", help="list unmatched and mistyped events")
    args = ap.parse_args(argv)
    try:
        gold = load_records(args.gold)
        if args.extract:
            from geomap.extract import extract_file
            from geomap.read import documents_in
            predicted = [e.to_dict() for p in documents_in(Path(args.extract)) for e in extract_file(p)]
        elif args.predicted:
            predicted = load_records(args.predicted)
        else:
            ap.error("give PREDICTED or --extract DIR")
    except GeomapError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    if args.docs_in_gold:
        docs = {g.get("doc") for g in gold}
        predicted = [p for p in predicted if p.get("doc") in docs]
    s = score(predicted, gold)
    print(s.summary())
    if args.verbose:
        for p in s.unmatched_predicted:
            print(f"  extra:   {p.get('doc')} {p.get('date_start')} {p.get('venue')} {p.get('event_type')} | "
                  f"{str(p.get('headline'))[:80]}")
        for g in s.unmatched_gold:
            print(f"  missed:  {g.get('doc')} {g.get('date_start')} {g.get('venue')} {g.get('event_type')} | "
                  f"{str(g.get('headline'))[:80]}")
        for p, g in s.pairs:
            if p.get("event_type") != g.get("event_type"):
                print(f"  type:    {g.get('doc')} {g.get('date_start')} {g.get('venue')}: "
                      f"{p.get('event_type')} ≠ gold {g.get('event_type')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
