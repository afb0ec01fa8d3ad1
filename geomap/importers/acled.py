"""ACLED CSV exports: one row per event, columns named as in the ACLED codebook.

Read here: event_id_cnty (the source id), event_date, time_precision (1 the day; 2 the week: we keep
the seven days around the date; 3 the month), event_type and sub_event_type (→ our types,
geomap/data/acled_types.csv), actor1/assoc_actor_1/actor2/assoc_actor_2 (ACLED writes the country
into the name: 'Military Forces of Russia (2000-)', 'Protesters (South Korea)'), iso, country,
location, latitude, longitude, geo_precision (1 a town, 2 near a town or part of a region, 3 a larger
region), notes, source. ACLED gives no source address; its sources are named in the summary.
"""
from __future__ import annotations

import csv
import datetime as dt
from typing import Any, Iterable, Iterator

from .. import crosswalk
from ..errors import InputError
from . import countries
from .base import Importer, RowError, coordinate

REQUIRED = ("event_id_cnty", "event_date", "event_type")
ACTOR_COLUMNS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")
DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%m-%Y", "%d/%m/%Y", "%d-%B-%Y")


class Acled(Importer):
    name = "acled"
    label = "ACLED"

    @classmethod
    def sniff(cls, head: str) -> bool:
        first = next((line for line in head.splitlines() if line.strip()), "")
        names = {c.strip().strip('"').casefold() for c in first.split(",")}
        return {"event_id_cnty", "event_date"} <= names

    def rows(self, lines: Iterable[str]) -> Iterator[tuple[int, Any]]:
        reader = csv.reader(lines)
        header: list[str] | None = None
        for cells in reader:
            if header is None:
                header = [c.strip().casefold() for c in cells]
                missing = [c for c in REQUIRED if c not in header]
                if missing:
                    raise InputError(f"the header lacks the ACLED column(s) {', '.join(missing)}",
                                     path=str(self.path), line=reader.line_num)
                continue
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(header):
                yield reader.line_num, RowError(None, f"has {len(cells)} cells; the header names {len(header)}")
                continue
            yield reader.line_num, dict(zip(header, cells, strict=True))

    def actors(self, row: dict[str, str]) -> tuple[str, ...]:
        found = [code for col in ACTOR_COLUMNS for code in countries.named_in(row.get(col, ""))]
        if not found:  # no country in any actor's name: the event's own country stands for them
            found = [c for c in (self._country(row),) if c]
        return tuple(dict.fromkeys(found))

    def record(self, row: dict[str, str], actors: tuple[str, ...]) -> dict[str, Any]:
        get = lambda name: (row.get(name) or "").strip()  # noqa: E731
        source_id = get("event_id_cnty")
        if not source_id:
            raise RowError("event_id_cnty", "is empty; every ACLED event has an id")
        start, end, precision = self._dates(get("event_date"), get("time_precision"))
        kind, sub = get("event_type"), get("sub_event_type")
        code = crosswalk.acled(kind, sub)
        if code is None:
            raise RowError("event_type", f"'{kind}' is not an ACLED event type")
        one, two = get("actor1"), get("actor2")
        headline = f"{sub or kind}: {one or 'unnamed actor'}" + (f" and {two}" if two else "")
        summary = get("notes")
        if get("source"):
            summary = f"{summary} (ACLED sources: {get('source')})".strip()
        rec: dict[str, Any] = {
            "id": self.event_id(source_id), "doc": self.doc,
            "date_start": start, "date_end": end, "date_precision": precision,
            "event_type": code.event_type, "headline": headline, "summary": summary,
            "actors": list(actors),
            "why": self.why(source_id, event_type=kind, sub_event_type=sub, time_precision=get("time_precision"),
                            geo_precision=get("geo_precision"), source=get("source"),
                            fatalities=get("fatalities"), interaction=get("interaction")),
        }
        rec.update(self._place(row))
        return rec

    @staticmethod
    def _country(row: dict[str, str]) -> str | None:
        iso = (row.get("iso") or "").strip()
        return (countries.from_numeric(iso) if iso else None) or countries.from_name(row.get("country") or "")

    @staticmethod
    def _dates(text: str, time_precision: str) -> tuple[str, str, str]:
        day = None
        for fmt in DATE_FORMATS:
            try:
                day = dt.datetime.strptime(text, fmt).date()
                break
            except ValueError:
                continue
        if day is None:
            raise RowError("event_date", f"'{text}' is not a date ACLED writes (YYYY-MM-DD or '24 February 2022')")
        if time_precision in ("", "1"):
            return day.isoformat(), day.isoformat(), "day"
        if time_precision == "2":
            week = dt.timedelta(days=3)
            return (day - week).isoformat(), (day + week).isoformat(), "day"
        if time_precision == "3":
            return day.isoformat()[:7], day.isoformat()[:7], "month"
        raise RowError("time_precision", f"'{time_precision}' is not 1, 2 or 3")

    def _place(self, row: dict[str, str]) -> dict[str, Any]:
        get = lambda name: (row.get(name) or "").strip()  # noqa: E731
        lat, lon = get("latitude"), get("longitude")
        code = get("geo_precision")
        precision = crosswalk.geo_precision("ACLED", code) if code else None
        if code and precision is None:
            raise RowError("geo_precision", f"'{code}' is not 1, 2 or 3")
        lat, lon = coordinate(lat, "latitude", 90), coordinate(lon, "longitude", 180)
        if (lat is None) != (lon is None):
            raise RowError("longitude" if lon is None else "latitude", "latitude and longitude must be given together")
        location = get("location") or None
        return {"venue": location, "venue_text": location, "venue_basis": "explicit" if location else "none",
                "venue_country": self._country(row), "lat": lat, "lon": lon,
                "geo_precision": precision}
