"""The mapping tables between the field's codebooks (CAMEO, PLOVER, ACLED) and geomap's schema.

The tables are the CSV files in geomap/data (documented in docs/crosswalk.md); this module only
loads them. Importers read them one way (a CAMEO code → our event type), the PLOVER export the
other (our event type → a PLOVER category), so both directions are written down in one place.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib.resources import files



def _rows(name: str) -> list[dict[str, str]]:
    text = (files("geomap") / "data" / name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@dataclass(frozen=True)
class Cameo:
    """One CAMEO code (a root, a base code or a leaf) and what it becomes here and in PLOVER."""
    code: str
    name: str
    event_type: str
    plover_event: str
    plover_mode: str


@cache
def cameo_table() -> dict[str, Cameo]:
    return {r["code"]: Cameo(r["code"], r["cameo_name"], r["event_type"], r["plover_event"], r["plover_mode"])
            for r in _rows("cameo_types.csv")}


def cameo(code: str) -> Cameo | None:
    """The most specific row for a CAMEO event code: '0421' falls back to '042', then to '04'."""
    table = cameo_table()
    for n in range(len(code), 1, -1):
        hit = table.get(code[:n])
        if hit is not None:
            return hit
    return None


@cache
def plover_types() -> dict[tuple[str, str], str]:
    """(PLOVER category, mode or '') → our event type."""
    return {(r["plover_event"], r["plover_mode"]): r["event_type"] for r in _rows("plover_types.csv")}


def plover_type(category: str, modes: tuple[str, ...], contexts: tuple[str, ...]) -> str | None:
    """Our event type for a PLOVER category with its modes and contexts; None for an unknown category.

    A mode decides when the table names it (CONSULT + visit is a visit); a category that would be
    'other' in a military context is 'military' (cooperating militarily, military aid, armed assault).
    """
    table = plover_types()
    category = category.strip().upper()
    for mode in modes:
        hit = table.get((category, mode.strip().lower()))
        if hit is not None:
            return hit
    hit = table.get((category, ""))
    if hit == "other" and "military" in (c.strip().lower() for c in contexts):
        return "military"
    return hit


@dataclass(frozen=True)
class AcledCode:
    """An ACLED event type and sub-type, and what they become here and in PLOVER."""
    event_type: str
    plover_event: str
    plover_mode: str


@cache
def _acled() -> tuple[dict[tuple[str, str], AcledCode], dict[str, AcledCode]]:
    pairs: dict[tuple[str, str], AcledCode] = {}
    siblings: dict[str, set[AcledCode]] = {}
    for r in _rows("acled_types.csv"):
        code = AcledCode(r["event_type"], r["plover_event"], r["plover_mode"])
        pairs[(r["acled_event_type"].casefold(), r["sub_event_type"].casefold())] = code
        siblings.setdefault(r["acled_event_type"].casefold(), set()).add(code)
    return pairs, {k: v.pop() if len(v) == 1 else AcledCode("other", "", "") for k, v in siblings.items()}


def acled(event_type: str, sub_event_type: str) -> AcledCode | None:
    """The row for an ACLED event type and sub-type; None for an unknown event type.

    Case does not matter: ACLED has written 'Strategic developments' and 'Strategic Developments'.
    A sub-type missing from the table (a new one, or a spelling such as 'protestors') takes what
    all its siblings share, else 'other' with no PLOVER category.
    """
    pairs, by_type = _acled()
    kind = event_type.strip().casefold()
    return pairs.get((kind, sub_event_type.strip().casefold())) or by_type.get(kind)


@cache
def geo_precisions() -> dict[tuple[str, str], str]:
    """(dataset, its precision code) → our geo_precision."""
    return {(r["dataset"], r["code"]): r["geo_precision"] for r in _rows("geo_precision.csv")}


def geo_precision(dataset: str, code: str) -> str | None:
    return geo_precisions().get((dataset, code.strip()))


@dataclass(frozen=True)
class PloverCode:
    event: str
    mode: str
    context: str


@cache
def plover_export() -> dict[str, PloverCode]:
    """Our event type → the PLOVER category, mode and context our events are written with."""
    return {r["event_type"]: PloverCode(r["plover_event"], r["plover_mode"], r["plover_context"])
            for r in _rows("plover_export.csv")}


@cache
def plover_resolution() -> dict[str, int]:
    """Our geo_precision → PLOVER's location resolution (5 sub-city … 1 country)."""
    return {r["geo_precision"]: int(r["resolution"]) for r in _rows("plover_resolution.csv")}

