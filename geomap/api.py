"""geomap from Python: events as GeoDataFrames, in and out of every step.

    import geomap
    events = geomap.read_events("acled_2024.csv", countries="JP,KR,KP,RU,UA,BY")
    report = geomap.build(events, out="output/acled")    # the same files as `geomap build`
    geomap.interactive_map(events)                       # a folium.Map, shown inline in Jupyter

The command line is a thin layer over these functions. Errors are GeomapError (geomap/errors.py),
each naming the file, line and field at fault.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence, Union

from .errors import InputError

if TYPE_CHECKING:
    import folium
    import geopandas
    import pandas

    from .build import BuildReport
    from .events import Event
    from .gazetteer import Place

PathLike = Union[str, Path]
Events = Union["pandas.DataFrame", "geopandas.GeoDataFrame", PathLike, Sequence[PathLike], Sequence["Event"]]

__all__ = ["read_events", "extract", "geocode", "build", "interactive_map"]


def read_events(path: PathLike, *, format: str = "auto", countries: Iterable[str] | str | None = None,
                strict: bool = False) -> "geopandas.GeoDataFrame":
    """The events of one file as a GeoDataFrame (EPSG:4326), one row per event, schema fields as columns.

    The file may be geomap's own (.jsonl, .csv, .geojson) or an ACLED CSV, a GDELT 2.0 export
    (zipped or not) or POLECAT/PLOVER JSON lines; the content tells which, or `format` says.
    `countries` (ISO2 codes, or 'JP,KR') keeps the events one of whose actors is among them.
    Rows that could not become events are listed in `.attrs["rejected"]` (file, line, field,
    reason), and `.attrs["outside"]` counts the rows `countries` left out; `strict` fails on the
    first bad row instead.

    >>> events = read_events("tests/fixtures/datasets/polecat_sample.jsonl", countries="JP,KR,KP,RU,UA,BY")
    >>> len(events), events.attrs["outside"], len(events.attrs["rejected"])
    (7, 1, 4)
    >>> events.loc[0, ["id", "event_type", "venue", "dataset"]].tolist()
    ['polecat-20240601-0001-fixture_CONSULT', 'visit', 'Kyiv', 'POLECAT']
    """
    from . import importers
    from .exports import to_frame

    got = importers.read(path, format=format, strict=strict, countries=importers.parse_countries(countries))
    frame = to_frame(got.events)
    frame.attrs["rejected"] = [_problem(p) for p in got.problems]
    frame.attrs["outside"] = got.outside
    return frame


def extract(paths: PathLike | Sequence[PathLike], *, date: str | None = None, strict: bool = False,
            online: bool = False) -> "geopandas.GeoDataFrame":
    """Events extracted from bulletins and articles (.txt, .md, .html, .docx, .pdf; a folder means
    the documents in it), geocoded offline (`online=True` lets Nominatim answer what the gazetteer
    cannot), as a GeoDataFrame; an event without a place keeps a null geometry and its
    `unplaced_reason`. Documents that cannot be read are listed in `.attrs["unread"]`.

    >>> events = extract("tests/fixtures/extract/en_news_2023_09.txt")
    >>> "Vostochny Cosmodrome" in set(events["venue"]), events.crs.to_string()
    (True, 'EPSG:4326')
    """
    from .errors import UnreadableDocument
    from .exports import to_frame
    from .extract import extract as extract_document
    from .read import documents_in, read_document

    found: list[Path] = []
    for p in [paths] if isinstance(paths, (str, Path)) else paths:
        p = Path(p)
        if p.is_dir():
            found.extend(documents_in(p))
        elif not p.exists():
            raise InputError("no such file", path=str(p))
        else:
            found.append(p)
    events: list[Event] = []
    unread: list[dict[str, str]] = []
    for p in found:
        try:
            result = extract_document(read_document(p), date=date)
        except UnreadableDocument as e:
            if strict:
                raise
            unread.append({"file": str(p), "reason": e.reason})
            continue
        if strict and result.problems:
            first = result.problems[0]
            raise InputError(first.reason, path=str(p), line=first.line, field=first.field)
        events.extend(result.events)
    placed, reasons = _locate(events, online)
    frame = to_frame(placed, reasons)
    frame.attrs["unread"] = unread
    return frame


def geocode(phrase: str, countries: Iterable[str] = (), *, online: bool = False) -> "Place | None":
    """Where a place phrase points, as written, in Polish or English ("we Władywostoku", "Sendai"),
    or None. `countries` (ISO2) decide names that several places share.

    >>> place = geocode("we Władywostoku")
    >>> place.name, place.country, place.kind
    ('Vladivostok', 'RU', 'city')
    >>> geocode("Atlantyda") is None
    True
    """
    from .geocode.resolve import resolve_typed

    return resolve_typed(phrase, tuple(c.upper() for c in countries), online=online).place


def build(events: Events | None = None, out: PathLike = "output", *, docs: Sequence[PathLike] = (),
          format: str = "auto", countries: Iterable[str] | str | None = None, **options: Any) -> "BuildReport":
    """Build the map page, print maps and exports into `out`, as `geomap build` does.

    `events` is a GeoDataFrame or DataFrame with the schema's columns (what read_events and extract
    return; a geometry fills lat/lon), a path or a list of paths to event files (any format
    read_events reads), or None for the bundled dataset (or only `docs`). Other options are those
    of geomap.build.build: overrides, strict, online, title, static, by, force, date, cache_dir.

    >>> report = build("tests/fixtures/datasets/20250301120000.export.CSV", out=str(tmp / "gdelt"),
    ...                static=False, countries="JP,KR,KP,RU,UA,BY")
    >>> report.placed, len(report.unplaced), len(report.rejected)
    (8, 1, 4)
    >>> sorted(p.name for p in (tmp / "gdelt").iterdir() if p.name.startswith("events."))
    ['events.csv', 'events.geojson', 'events.gpkg', 'events.parquet', 'events.plover.jsonl']
    """
    from . import importers
    from .build import build as run_build

    wanted = importers.parse_countries(countries)
    if events is None:
        return run_build(out, (), docs, fmt=format, countries=wanted, **options)
    if isinstance(events, (str, Path)):
        return run_build(out, [events], docs, fmt=format, countries=wanted, **options)
    if _is_frame(events):
        with tempfile.TemporaryDirectory(prefix="geomap-") as tmp:
            path = Path(tmp) / "events.jsonl"
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records(events)),
                            encoding="utf-8")
            return run_build(out, [path], docs, fmt="geomap", countries=wanted, **options)
    items = list(events)
    if items and not isinstance(items[0], (str, Path)):
        from .events import to_jsonl

        with tempfile.TemporaryDirectory(prefix="geomap-") as tmp:
            path = Path(tmp) / "events.jsonl"
            path.write_text(to_jsonl(items), encoding="utf-8")
            return run_build(out, [path], docs, fmt="geomap", countries=wanted, **options)
    return run_build(out, items, docs, fmt=format, countries=wanted, **options)


def interactive_map(events: Events, *, title: str | None = None, online: bool = False) -> "folium.Map":
    """A folium.Map of the events (shown inline in Jupyter; `.save("map.html")` writes it): one layer
    per event type, each imported dataset in layers of its own, centroid places drawn hollow.
    Events without coordinates are geocoded first (offline unless `online`).

    >>> m = interactive_map(read_events("tests/fixtures/datasets/20250301120000.export.CSV"))
    >>> type(m).__name__, "GDELT: Visits (3)" in m.get_root().render()
    ('Map', True)
    """
    from .notebook import event_map

    placed, _ = _locate(_events_of(events), online)
    return event_map(placed, title)


# --- helpers ------------------------------------------------------------------------------------

def _problem(p: Any) -> dict[str, Any]:
    return {"file": p.path, "line": p.line, "field": p.field, "reason": p.reason}


def _is_frame(value: Any) -> bool:
    # A DataFrame means pandas is imported; a path or a list does not need it (importing pandas
    # costs the command line half a second, which the build hides behind its hashing).
    pandas = sys.modules.get("pandas")
    return pandas is not None and isinstance(value, pandas.DataFrame)


def _records(frame: "pandas.DataFrame") -> Iterable[dict[str, Any]]:
    """DataFrame rows as mappings of the schema: missing values None, arrays lists, a point
    geometry (in any CRS) as lat/lon when those are missing."""
    import geopandas
    import numpy as np
    import pandas

    geo = None
    active = getattr(frame, "_geometry_column_name", None)
    if isinstance(frame, geopandas.GeoDataFrame) and active in frame.columns:
        geo = frame[active]
        if geo.crs is not None and not geo.crs.equals("EPSG:4326"):
            geo = geo.to_crs("EPSG:4326")
    names = [c for c in frame.columns if geo is None or c != geo.name]
    for i, row in enumerate(frame[names].itertuples(index=False, name=None)):
        rec: dict[str, Any] = {}
        for name, value in zip(names, row, strict=True):
            if isinstance(value, np.ndarray):
                value = value.tolist()
            elif isinstance(value, np.generic):
                value = value.item()
            elif not isinstance(value, (list, tuple, dict)) and pandas.isna(value):
                value = None
            rec[str(name)] = value
        if geo is not None and rec.get("lat") is None and rec.get("lon") is None:
            point = geo.iloc[i]
            if point is not None and not point.is_empty and point.geom_type == "Point":
                rec["lat"], rec["lon"] = point.y, point.x
        yield rec


def _events_of(data: Events) -> list["Event"]:
    """Any events argument → validated events; a bad row raises, naming it."""
    from . import importers
    from .events import Event, validate_records

    if isinstance(data, (str, Path)):
        return importers.read(data).events
    if _is_frame(data):
        return validate_records(enumerate(_records(data), 1), "(DataFrame)", strict=True).events
    items = list(data)
    if items and isinstance(items[0], Event):
        return items
    return [e for p in items for e in importers.read(p).events]


def _locate(events: list["Event"], online: bool) -> tuple[list["Event"], dict[str, str]]:
    """Events with coordinates where the gazetteer knows their place, in date order, and the
    reasons of those still without."""
    from .gazetteer import load
    from .geocode.locate import locate

    located = locate(events, load(), online=online)
    unplaced = [u.event for u in located.unplaced.values()]
    ordered = sorted(located.placed + unplaced, key=lambda e: (e.date_start, e.id))
    return ordered, {i: u.reason for i, u in located.unplaced.items()}
