"""Where recurring multilateral meetings were held: general knowledge for implied venues (GOLD 2.6.2).

A text that says 'na szczycie G20' on 1 December 2018 means Buenos Aires. Summits held online are
left out on purpose: they have no venue. Names are the gazetteer's English names; a host the
gazetteer lacks simply yields no venue.
"""
from __future__ import annotations

import re

# (series, year) → host city. Where a series met twice in a year in different cities, the month
# decides: (series, year, month-from, month-to) rows in _BY_MONTH take precedence.
_BY_YEAR: dict[tuple[str, int], str] = {
    **{("G20", y): c for y, c in {
        2008: "Washington", 2010: "Seoul", 2011: "Cannes", 2012: "Los Cabos", 2013: "Saint Petersburg",
        2014: "Brisbane", 2015: "Antalya", 2016: "Hangzhou", 2017: "Hamburg", 2018: "Buenos Aires",
        2019: "Osaka", 2021: "Rome", 2022: "Bali", 2023: "New Delhi", 2024: "Rio de Janeiro",
        2025: "Johannesburg"}.items()},
    **{("APEC", y): c for y, c in {
        2010: "Yokohama", 2011: "Honolulu", 2012: "Vladivostok", 2013: "Bali", 2014: "Beijing",
        2015: "Manila", 2016: "Lima", 2017: "Da Nang", 2018: "Port Moresby", 2022: "Bangkok",
        2023: "San Francisco", 2024: "Lima", 2025: "Gyeongju"}.items()},
    **{("ASEAN", y): c for y, c in {
        2010: "Hanoi", 2012: "Phnom Penh", 2013: "Bandar Seri Begawan", 2014: "Naypyidaw",
        2015: "Kuala Lumpur", 2016: "Vientiane", 2017: "Manila", 2018: "Singapore", 2019: "Bangkok",
        2022: "Phnom Penh", 2023: "Jakarta", 2024: "Vientiane", 2025: "Kuala Lumpur"}.items()},
    **{("BRICS", y): c for y, c in {
        2009: "Yekaterinburg", 2010: "Brasília", 2011: "Sanya", 2012: "New Delhi", 2013: "Durban",
        2014: "Fortaleza", 2015: "Ufa", 2016: "Goa", 2017: "Xiamen", 2018: "Johannesburg",
        2019: "Brasília", 2023: "Johannesburg", 2024: "Kazan", 2025: "Rio de Janeiro"}.items()},
    **{("SCO", y): c for y, c in {
        2015: "Ufa", 2016: "Tashkent", 2017: "Astana", 2018: "Qingdao", 2019: "Bishkek",
        2022: "Samarkand", 2024: "Astana", 2025: "Tianjin"}.items()},
    **{("G7", y): c for y, c in {
        2016: "Ise", 2017: "Taormina", 2019: "Biarritz", 2023: "Hiroshima", 2025: "Kananaskis"}.items()},
}
_BY_MONTH: dict[tuple[str, int], tuple[tuple[int, int, str], ...]] = {
    ("G20", 2009): ((1, 6, "London"), (7, 12, "Pittsburgh")),
    ("G20", 2010): ((1, 8, "Toronto"), (9, 12, "Seoul")),
    ("ASEAN", 2011): ((1, 8, "Jakarta"), (9, 12, "Bali")),
    ("ASEAN", 2023): ((1, 6, "Labuan Bajo"), (7, 12, "Jakarta")),
}
# Meetings that always sit in one place.
FIXED: tuple[tuple[str, str], ...] = (
    (r"Wschodni\w*\s+Forum\s+(?:Ekonomiczn|Gospodarcz)\w*|Eastern\s+Economic\s+Forum", "Vladivostok"),
    (r"Petersbursk\w*\s+(?:Międzynarodow\w*\s+)?Forum\s+(?:Ekonomiczn|Gospodarcz)\w*|SPIEF|"
     r"St\.?\s*Petersburg\s+International\s+Economic\s+Forum", "Saint Petersburg"),
    (r"Dialog\w*\s+Śródziemnomorsk\w*|Mediterranean\s+Dialogues|MED\s+Dialogues", "Rome"),
    (r"Dialog\w*\s+Shangri-?La|Shangri-?La\s+Dialogue", "Singapore"),
    (r"Monachijsk\w*\s+Konferencj\w*\s+Bezpieczeństwa|Munich\s+Security\s+Conference", "Munich"),
    (r"Raisina\s+Dialogue|Dialog\w*\s+Raisina", "New Delhi"),
)

SERIES = {
    "G20": r"G-?20|Grupy\s+Dwudziestu|Group\s+of\s+Twenty",
    "G7": r"G-?7|Grupy\s+Siedmiu|Group\s+of\s+Seven",
    "APEC": r"APEC|Wspólnoty\s+Gospodarczej\s+Azji\s+i\s+Pacyfiku|Asia-Pacific\s+Economic\s+Cooperation",
    "ASEAN": r"ASEAN|EAS|Szczyt\w*\s+Azji\s+Wschodniej|East\s+Asia\s+Summit|"
             r"Stowarzyszeni\w*\s+Narodów\s+Azji\s+Południowo-Wschodniej|Association\s+of\s+Southeast\s+Asian\s+Nations",
    "BRICS": r"BRICS",
    "SCO": r"SCO|SzOW|Szanghajsk\w*\s+Organizacj\w*\s+Współpracy|Shanghai\s+Cooperation\s+Organi[sz]ation",
}
_SERIES_RX = {k: re.compile(rf"(?<![\w-])(?:{v})(?![\w-])") for k, v in SERIES.items()}


def host(series: str, year: int, month: int | None = None) -> str | None:
    """The host city of a series' summit in a year (and month, where it met twice)."""
    rows = _BY_MONTH.get((series, year))
    if rows and month is not None:
        for lo, hi, city in rows:
            if lo <= month <= hi:
                return city
    return _BY_YEAR.get((series, year))


def series_in(text: str) -> str | None:
    """Which summit series a short phrase names, if any."""
    for k, rx in _SERIES_RX.items():
        if rx.search(text):
            return k
    return None
