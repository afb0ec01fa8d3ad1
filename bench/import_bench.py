"""Prints how long a day of GDELT takes to import, cut to a region, export and build.

    .venv/bin/python bench/import_bench.py [ROWS]     (default 100,000, about a day of GDELT 2.0)

The rows are the fixture's valid rows (tests/fixtures/datasets) with new ids and actors drawn
from forty countries, six of them the region's, so about one row in four has a regional actor.
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from geomap import exports, importers  # noqa: E402
from geomap.build import build  # noqa: E402
from geomap.importers.gdelt import AT, COLUMNS  # noqa: E402

FIXTURE = REPO / "tests" / "fixtures" / "datasets" / "20250301120000.export.CSV"
REGION = ("JPN", "KOR", "PRK", "RUS", "UKR", "BLR")
OTHERS = ("USA", "CHN", "GBR", "FRA", "DEU", "IND", "ISR", "IRN", "TUR", "BRA", "CAN", "AUS", "ITA", "ESP",
          "POL", "NGA", "ZAF", "EGY", "SAU", "PAK", "MEX", "ARG", "IDN", "PHL", "VNM", "THA", "KEN", "ETH",
          "SYR", "IRQ", "AFG", "GRC", "NLD", "SWE")


def day(rows: int, path: Path) -> None:
    rnd = random.Random(12)
    templates = [line.split("\t") for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    templates = [t for t in templates if len(t) == len(COLUMNS) and t[AT["EventCode"]] != "999"
                 and len(t[AT["SQLDATE"]]) == 8 and t[AT["ActionGeo_Lat"]] != "95.2"]
    pool = REGION + OTHERS
    with path.open("w", encoding="utf-8") as f:
        for i in range(rows):
            cells = list(rnd.choice(templates))
            cells[AT["GLOBALEVENTID"]] = str(1_300_000_000 + i)
            cells[AT["Actor1CountryCode"]] = rnd.choice(pool)
            cells[AT["Actor2CountryCode"]] = rnd.choice(pool)
            f.write("\t".join(cells) + "\n")


def timed(label: str, fn):
    start = time.perf_counter()
    result = fn()
    print(f"{label:<52} {time.perf_counter() - start:7.2f} s")
    return result


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        tsv = Path(tmp) / "20250301000000.export.CSV"
        day(rows, tsv)
        zipped = Path(tmp) / "20250301000000.export.CSV.zip"
        with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as z:
            z.write(tsv, tsv.name)
        print(f"{rows:,} rows, {tsv.stat().st_size / 1e6:.1f} MB ({zipped.stat().st_size / 1e6:.1f} MB zipped)")
        every = timed("import, every row", lambda: importers.read(tsv))
        region = timed("import, --countries JP,KR,KP,RU,UA,BY", lambda: importers.read(
            tsv, countries={"JP", "KR", "KP", "RU", "UA", "BY"}))
        timed("import zipped, --countries", lambda: importers.read(
            zipped, countries={"JP", "KR", "KP", "RU", "UA", "BY"}))
        print(f"  kept {len(region.events):,} of {region.rows:,} rows ({region.outside:,} left out, "
              f"{len(region.problems)} rejected); every row: {len(every.events):,} events")
        files = timed(f"exports of {len(region.events):,} events (gpkg, parquet, plover)",
                      lambda: exports.files(region.events))
        for name, data in files.items():
            print(f"  {name:<22} {len(data) / 1e6:7.2f} MB")
        timed("geomap build --countries ... --no-static", lambda: build(
            Path(tmp) / "out", [zipped], static=False, countries={"JP", "KR", "KP", "RU", "UA", "BY"}))


if __name__ == "__main__":
    main()
