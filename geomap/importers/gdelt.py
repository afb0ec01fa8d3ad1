"""GDELT 2.0 event exports: tab-separated, 61 columns, no header (a header row is allowed), often zipped.

Columns and codes follow the GDELT Event Codebook V2.0: SQLDATE is YYYYMMDD; actors carry CAMEO
country codes (three letters); the action's place has a FIPS 10-4 country code and a Geo_Type
(1 country, 2 US state, 3 US city, 4 world city, 5 world state) that becomes our geo_precision. The
event type comes from the CAMEO EventCode (geomap/data/cameo_types.csv): 042 'make a visit' and
043 'host a visit' are visits, whose visitors (Actor1 for 042, Actor2 for 043) are the origin.
"""
from __future__ import annotations

import csv
from typing import Any, Iterable, Iterator

from .. import crosswalk
from ..errors import InputError
from . import countries
from .base import Importer, RowError, coordinate

COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{part}" for n in (1, 2) for part in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{part}" for who in ("Actor1", "Actor2", "Action") for part in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
AT = {name: i for i, name in enumerate(COLUMNS)}
_A1, _A2 = AT["Actor1CountryCode"], AT["Actor2CountryCode"]
# Names other tools give some columns in their header rows (BigQuery's 'Day', lower case, ...).
ALIASES = {"day": "sqldate"}
# GDELT 1.0 daily files (57 or 58 columns) lack ActionGeo_ADM2Code and its siblings.
V1_WIDTHS = (57, 58)


def _is_header(cells: list[str]) -> bool:
    return any(c.strip().casefold() == "globaleventid" for c in cells)


class Gdelt(Importer):
    name = "gdelt"
    label = "GDELT"

    @classmethod
    def sniff(cls, head: str) -> bool:
        first = next((line for line in head.splitlines() if line.strip()), "")
        cells = first.split("\t")
        return len(cells) in (len(COLUMNS), *V1_WIDTHS) or (len(cells) > 1 and _is_header(cells))

    def rows(self, lines: Iterable[str]) -> Iterator[tuple[int, Any]]:
        width = len(COLUMNS)
        order: list[int] | None = None  # header position → canonical position, when the header reorders
        reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        first = True
        for cells in reader:
            if not cells or (len(cells) == 1 and not cells[0].strip()):
                continue
            if reader.line_num == 1 and _is_header(cells):
                order = self._order(cells)
                width = len(order)
                if order == list(range(len(COLUMNS))):
                    order = None
                continue
            if first and order is None and len(cells) in V1_WIDTHS:
                raise InputError(f"rows of {len(cells)} columns are GDELT 1.0 events; geomap reads GDELT 2.0 "
                                 f"event exports ({len(COLUMNS)} columns)", path=str(self.path), line=reader.line_num)
            first = False
            if len(cells) != width:
                hint = " (a GDELT 1.0 row: use the GDELT 2.0 export files)" if len(cells) in V1_WIDTHS else ""
                yield reader.line_num, RowError(None, f"has {len(cells)} columns; a GDELT 2.0 event row has "
                                                      f"{width}{hint}")
                continue
            if order is not None:
                canon = [""] * len(COLUMNS)
                for src, dst in enumerate(order):
                    if dst >= 0:
                        canon[dst] = cells[src]
                cells = canon
            yield reader.line_num, cells

    def _order(self, header: list[str]) -> list[int]:
        canon = {c.casefold(): i for i, c in enumerate(COLUMNS)}
        order = []
        for name in header:
            key = name.strip().casefold()
            key = ALIASES.get(key, key)
            order.append(canon.get(key, -1))
        missing = [c for i, c in enumerate(COLUMNS) if i not in order]
        if missing:
            raise InputError(f"the header lacks the GDELT 2.0 column(s) {', '.join(missing[:8])}"
                             f"{' …' if len(missing) > 8 else ''}", path=str(self.path), line=1)
        return order

    def actors(self, cells: list[str]) -> tuple[str, ...]:
        """Run on every row of a day (some 100,000), so it only looks two codes up."""
        iso3 = countries.iso3_table()
        one, two = iso3.get(cells[_A1]), iso3.get(cells[_A2])
        return (one, two) if one and two and one != two else (one,) if one else (two,) if two else ()

    def record(self, cells: list[str], actors: tuple[str, ...]) -> dict[str, Any]:
        get = lambda name: cells[AT[name]].strip()  # noqa: E731 - a short local reader
        source_id = get("GLOBALEVENTID")
        if not source_id:
            raise RowError("GLOBALEVENTID", "is empty; every GDELT event has an id")
        day = get("SQLDATE")
        if len(day) != 8 or not day.isdigit():
            raise RowError("SQLDATE", f"'{day}' is not a date; GDELT writes YYYYMMDD")
        code = get("EventCode")
        kind = crosswalk.cameo(code) if code.isdigit() else None
        if kind is None:
            raise RowError("EventCode", f"'{code}' is not a CAMEO event code (two to four digits, 01…20)")
        one, two = get("Actor1Name").title(), get("Actor2Name").title()
        origin = None
        if kind.event_type == "visit":
            iso3 = countries.iso3_table()
            visitor = _A1 if code.startswith("042") else _A2 if code.startswith("043") else None
            origin = iso3.get(cells[visitor]) if visitor is not None else None
        rec: dict[str, Any] = {
            "id": self.event_id(source_id),
            "doc": self.doc,
            "date_start": f"{day[:4]}-{day[4:6]}-{day[6:]}",
            "date_precision": "day",
            "event_type": kind.event_type,
            "headline": f"{kind.name}: {one or 'unnamed actor'}" + (f" → {two}" if two else ""),
            "summary": self._summary(cells, code, kind.name),
            "actors": list(actors),
            "origin": origin,
            "why": self.why(source_id, EventCode=code, EventRootCode=get("EventRootCode"),
                            QuadClass=get("QuadClass"), GoldsteinScale=get("GoldsteinScale"),
                            Actor1Code=get("Actor1Code"), Actor2Code=get("Actor2Code"),
                            Actor1CountryCode=get("Actor1CountryCode"), Actor2CountryCode=get("Actor2CountryCode"),
                            ActionGeo_Type=get("ActionGeo_Type"), ActionGeo_FeatureID=get("ActionGeo_FeatureID"),
                            DATEADDED=get("DATEADDED")),
        }
        url = get("SOURCEURL")
        rec["source_urls"] = [url] if url.startswith(("http://", "https://")) else []
        if url and not rec["source_urls"]:
            rec["summary"] += f" Source: {url}."
        rec.update(self._place(cells))
        return rec

    @staticmethod
    def _summary(cells: list[str], code: str, name: str) -> str:
        articles = cells[AT["NumArticles"]].strip()
        text = f"GDELT event, CAMEO {code} ({name})"
        if articles:
            text += f", in {articles} article{'s' if articles != '1' else ''}"
        return text + "."

    @staticmethod
    def _place(cells: list[str]) -> dict[str, Any]:
        """The action's place: where GDELT says the event happened, with its precision."""
        get = lambda name: cells[AT[name]].strip()  # noqa: E731
        geo_type = get("ActionGeo_Type")
        if geo_type in ("", "0"):
            return {"venue_basis": "none"}
        precision = crosswalk.geo_precision("GDELT", geo_type)
        if precision is None:
            raise RowError("ActionGeo_Type", f"'{geo_type}' is not a GDELT geo type (1–5)")
        lat = coordinate(get("ActionGeo_Lat"), "ActionGeo_Lat", 90)
        lon = coordinate(get("ActionGeo_Long"), "ActionGeo_Long", 180)
        if (lat is None) != (lon is None):
            raise RowError("ActionGeo_Long" if lon is None else "ActionGeo_Lat",
                           "latitude and longitude must be given together")
        name = get("ActionGeo_FullName") or None
        fips = get("ActionGeo_CountryCode")
        return {"venue": name, "venue_text": name, "venue_basis": "explicit" if name or lat is not None else "none",
                "venue_country": countries.from_fips(fips) if fips else None,
                "lat": lat, "lon": lon, "geo_precision": precision}

