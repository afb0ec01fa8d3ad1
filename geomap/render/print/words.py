"""The print map's fixed words in the build's language: the `print` part of the i18n tables, the
event type names and the short month names the page uses too. Event text (venues, documents,
titles) is drawn as it is written."""
from __future__ import annotations

from typing import Any, Sequence

from ..i18n import plural, strings


def _table(lang: str) -> dict[str, Any]:
    return strings(lang)["print"]


def word(lang: str, key: str, **values: Any) -> str:
    """One string of the print table, its {fields} filled in."""
    s = _table(lang)[key]
    return s.format(**values) if values else s


def count(lang: str, key: str, n: int) -> str:
    """A string with a number, in the plural form the language wants for it ('5 wydarzeń')."""
    forms = _table(lang)[key]
    return forms.get(plural(lang, n), forms["other"]).format(n=n)


def number(lang: str, n: int) -> str:
    """A whole number with the language's thousands separator: '12,345', '12 345'."""
    return f"{n:,}".replace(",", _table(lang)["thousands"])


def type_label(lang: str, key: str) -> str:
    """The legend name of an event type: 'Visits', 'Wizyty'."""
    return strings(lang)["types"][key]["label"]


def months(lang: str) -> Sequence[str]:
    """Short month names, January first: 'Jan' / 'sty'."""
    return strings(lang)["months_short"]


def disputed(lang: str) -> str:
    """The islands' status as the legend states it: the page's status line, lower-cased after
    the lead-in ('Disputed: administered by Russia, claimed by Japan')."""
    status = strings(lang)["island_status"]
    return word(lang, "disputed", status=status[:1].lower() + status[1:])


def island_name(lang: str, island_id: str) -> str:
    """Both sides' name of an island (one when they agree): the page's label of it too."""
    from ...layers.areas import island_label

    return island_label(island_id, lang)
