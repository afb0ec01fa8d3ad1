"""UI text in each language the page and the print map speak: one JSON table per language.

The page gets the table with its data (render/page/i18n.js picks plural forms with the
language's own rules), all but `print`, the print maps' own words, which the print map and the
build read here. Event text is never translated.
"""
from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from ...errors import InputError

LANGS = ("en", "pl")
DEFAULT = "en"


@cache
def strings(lang: str = DEFAULT) -> dict[str, Any]:
    """The table of `lang`; InputError naming --lang for a language geomap does not speak."""
    if lang not in LANGS:
        raise InputError(f"unknown language '{lang}'; use one of: {', '.join(LANGS)}", field="--lang")
    return json.loads(files("geomap.render.i18n").joinpath(f"{lang}.json").read_text(encoding="utf-8"))


def text(lang: str, key: str, n: int | None = None, **values: Any) -> str:
    """One string, its plural form picked for `n` (the page's rules, for the two languages we have)."""
    s = strings(lang)[key]
    if isinstance(s, dict):
        s = s[plural(lang, 1 if n is None else n)] if plural(lang, 1 if n is None else n) in s else s["other"]
    return s.format(n=n, **values) if (values or n is not None) else s


def plural(lang: str, n: int) -> str:
    """CLDR plural category of a whole number (what Intl.PluralRules answers in the page)."""
    if lang == "pl":
        if n == 1:
            return "one"
        if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
            return "few"
        return "many"
    return "one" if n == 1 else "other"


def month(lang: str, number: int, short: bool = False) -> str:
    """Month `number` (1–12) by name: 'listopad' / 'November', or 'lis' / 'Nov'."""
    return strings(lang)["months_short" if short else "months"][number - 1]


# Whose names Polish writes in its own transliteration or order (people.csv's first spelling):
# Cyrillic-script states, North Korea and Japan. Others keep the standard spelling.
_POLISH_FORM_OF = frozenset({"RU", "UA", "BY", "KP", "JP"})


@cache
def _person_forms(lang: str) -> dict[str, str]:
    import csv

    if lang != "pl":
        return {}
    text = files("geomap").joinpath("data", "people.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {r["name"]: r["spellings"].split("|")[0] for r in rows
            if r["country"] in _POLISH_FORM_OF and r["spellings"]}


def person_name(name: str, lang: str) -> str:
    """A person's name as `lang` writes it: the people table's standard English spelling for
    English, its Polish form for Polish where Polish has one ('Władimir Putin', 'Kim Dzong Un')."""
    return _person_forms(lang).get(name, name)
