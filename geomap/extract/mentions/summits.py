"""Where recurring multilateral meetings were held, for implied venues (GOLD 2.6.2).

A text that says 'na szczycie G20' on 1 December 2018 means Buenos Aires. The facts live in
geomap/data/summits.csv (one row per meeting, with its source); institutions and fora that always
sit in one city are in geomap/data/implied_places.csv. A host the gazetteer lacks yields no venue.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib.resources import files


def _rows(name: str) -> list[dict[str, str]]:
    text = files("geomap").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


@lru_cache(maxsize=1)
def _hosts() -> dict[tuple[str, int], list[tuple[int, int, str]]]:
    out: dict[tuple[str, int], list[tuple[int, int, str]]] = {}
    for r in _rows("summits.csv"):
        lo = int(r["month_from"]) if r["month_from"] else 1
        hi = int(r["month_to"]) if r["month_to"] else 12
        out.setdefault((r["series"], int(r["year"])), []).append((lo, hi, r["city"]))
    return out


@lru_cache(maxsize=1)
def fixed_places() -> tuple[tuple[str, re.Pattern, str], ...]:
    """(rule, pattern, city) for institutions and fora that always meet in one city."""
    return tuple((r["rule"], re.compile(r["pattern"]), r["place"]) for r in _rows("implied_places.csv"))


def host(series: str, year: int, month: int | None = None) -> str | None:
    """The host city of a series' summit in a year (and month, where it met twice)."""
    rows = _hosts().get((series, year))
    if not rows:
        return None
    if month is not None:
        for lo, hi, city in rows:
            if lo <= month <= hi:
                return city
    return rows[0][2] if len(rows) == 1 else None


# the ASEAN Regional Forum written out, in English and in Polish word orders
ARF_NAMES = r"ASEAN\s+Regional\s+Forum|Regionaln\w+\s+Forum\w*\s+ASEAN|Forum\w*\s+Regionaln\w+\s+ASEAN"
SERIES = {
    "G20": r"G-?20|Grupy\s+Dwudziestu|Group\s+of\s+(?:Twenty|20)",
    "G7": r"G-?7|Grupy\s+Siedmiu|Group\s+of\s+(?:Seven|7)",
    "G8": r"G-?8|Grupy\s+Ośmiu|Group\s+of\s+(?:Eight|8)",
    "APEC": r"APEC|Wspólnoty\s+Gospodarczej\s+Azji\s+i\s+Pacyfiku|Asia-Pacific\s+Economic\s+Cooperation",
    "ASEAN": r"ASEAN|EAS|Szczyt\w*\s+Azji\s+Wschodniej|East\s+Asia\s+Summit|"
             r"Stowarzyszeni\w*\s+Narodów\s+Azji\s+Południowo-Wschodniej|Association\s+of\s+Southeast\s+Asian\s+Nations",
    # the ASEAN Regional Forum and the foreign ministers' meeting held with it, each July, not always in the
    # city of that year's summit
    "ARF": r"ARF|" + ARF_NAMES,
    "BRICS": r"BRICS",
    "SCO": r"SCO|SzOW|Szanghajsk\w*\s+Organizacj\w*\s+Współpracy|Shanghai\s+Cooperation\s+Organi[sz]ation",
    "NATO": r"NATO|Sojusz\w*\s+Północnoatlantyck\w*|North\s+Atlantic\s+(?:Alliance|Treaty\s+Organi[sz]ation)",
    # the series' name holds its own 'Summit': 'the Nuclear Security Summit', 'szczyt Bezpieczeństwa Jądrowego'
    "NSS": r"Nuclear\s+Security(?:\s+Summit)?|Bezpieczeństwa\s+Jądrowego|Bezpieczeństwa\s+Nuklearnego",
}
SERIES_ALT = "|".join(f"(?:{v})" for v in SERIES.values())   # any series, for patterns that name one
_SERIES_RX = {k: re.compile(rf"(?<![\w-])(?:{v})(?![\w-])") for k, v in SERIES.items()}


def series_in(text: str) -> str | None:
    """Which summit series a short phrase names, if any."""
    for k, rx in _SERIES_RX.items():
        if rx.search(text):
            return k
    return None
