"""The whole path: event files and documents → geocoded events → map data → files in one folder.

Outputs are rendered in memory first and then swapped in file by file, so a build that fails leaves
the previous output as it was.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from . import assets, dataset
from .errors import InputError
from .events import Event, Problem, read_events, to_csv, to_geojson
from .gazetteer import Gazetteer, load as load_gazetteer
from .layers import Point, island_features, map_data
from .locate import locate
from .render import html

DEFAULT_TITLE = "Diplomatic activity: Japan, the Koreas, Russia, Ukraine and Belarus"


@dataclass
class BuildReport:
    documents: list[str] = field(default_factory=list)
    event_files: list[str] = field(default_factory=list)
    extracted: int = 0
    curated: int = 0
    overridden: int = 0
    placed: int = 0
    unplaced: list[dict[str, str]] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    outputs: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents, "event_files": self.event_files,
            "events": {"extracted": self.extracted, "curated": self.curated,
                       "overridden": self.overridden, "placed": self.placed,
                       "unplaced": len(self.unplaced), "rejected": len(self.rejected)},
            "unplaced": self.unplaced, "rejected": self.rejected, "outputs": self.outputs,
        }


def gather(event_files: Sequence[str | Path], docs: Sequence[str | Path], strict: bool,
           report: BuildReport) -> list[Event]:
    """Curated events win over extracted ones with the same id; bad rows go to the report."""
    extracted: list[Event] = []
    if docs:
        from .extract import extract_file  # extraction pulls in morphology: only when asked

        for path in docs:
            report.documents.append(str(path))
            extracted.extend(extract_file(path))
    curated: list[Event] = []
    problems: list[Problem] = []
    if event_files:
        for path in event_files:
            report.event_files.append(str(path))
            result = read_events(path, strict=strict)
            curated.extend(result.events)
            problems.extend(result.problems)
    elif not docs:
        report.event_files.append("(bundled dataset)")
        curated = dataset.load_bundled()
    report.rejected = [{"file": p.path, "line": p.line, "field": p.field, "reason": p.reason}
                       for p in problems]
    by_id: dict[str, Event] = {}
    for e in extracted:
        by_id[e.id] = e
    report.extracted = len(extracted)
    report.curated = len(curated)
    for e in curated:
        if e.id in by_id:
            report.overridden += 1
        by_id[e.id] = e
    return list(by_id.values())


def _origin_points(events: Iterable[Event], gaz: Gazetteer) -> dict[str, Point]:
    """Where visitors came from: a country's capital (or its label point), or a gazetteer place."""
    out: dict[str, Point] = {}
    for e in events:
        code = e.origin
        if not code or code in out:
            continue
        place = (gaz.capital(code) or gaz.country(code)) if len(code) == 2 and code.isupper() else None
        if place is None:
            try:
                place = gaz.get(code)
            except Exception:  # an unknown origin draws no arc; the event itself is still placed
                continue
        out[code] = Point(place.id, place.name, place.lat, place.lon, place.kind)
    return out


def _first(names: dict[str, tuple[str, ...]], lang: str) -> str | None:
    vals = names.get(lang) or ()
    return vals[0] if vals else None


def _island_labels(gaz: Gazetteer, ids: Iterable[str]) -> dict[str, dict[str, str]]:
    labels: dict[str, dict[str, str]] = {}
    for pid in ids:
        p = gaz.get(pid)
        names = dict(p.names)
        ja = names.get("ja") or ()
        label = {"en": p.name}
        for lang in ("pl", "ru", "ko"):
            if _first(names, lang):
                label[lang] = _first(names, lang)
        native = [n for n in ja if not n.isascii()]
        latin = [n for n in ja if n.isascii()]
        if native or latin:
            label["ja"] = " ".join(filter(None, [native[0] if native else None,
                                                 f"({latin[0]})" if latin else None]))
        if latin:
            label["ja_latn"] = latin[0]
        labels[pid] = label
    return labels


def build(out_dir: str | Path = "output", event_files: Sequence[str | Path] = (),
          docs: Sequence[str | Path] = (), *, strict: bool = False, online: bool = False,
          title: str = DEFAULT_TITLE) -> BuildReport:
    report = BuildReport()
    events = gather(event_files, docs, strict, report)
    if not events:
        raise InputError("no events to map: every input row was rejected (see the messages above)"
                         if report.rejected else "no events to map")
    gaz = load_gazetteer()
    located = locate(events, gaz, online=online)
    report.placed = len(located.placed)
    report.unplaced = [{"id": e.id, "date": e.date_start, "headline": e.headline, "reason": reason}
                       for e, reason in sorted(located.unplaced.values(), key=lambda p: p[0].id)]
    codes = sorted({c for e in events for c in e.actors})
    countries = {c: p.name for c in codes if (p := gaz.country(c)) is not None}
    polygons = assets.geojson("islands.geojson")
    islands = island_features(polygons, _island_labels(gaz, [f["properties"]["id"] for f in polygons["features"]]))
    data = map_data(located.placed, located.unplaced, title=title, country_names=countries,
                    origin_points=_origin_points(located.placed, gaz), islands=islands,
                    basemap=assets.geojson("countries.geojson"))
    ordered = sorted(located.placed + [e for e, _ in located.unplaced.values()],
                     key=lambda e: (e.date_start, e.id))
    reasons = {i: r for i, (_, r) in located.unplaced.items()}
    files = {
        "index.html": html.render(data, title),
        "events.geojson": to_geojson(ordered, reasons),
        "events.csv": to_csv(ordered),
    }
    report.outputs = {name: len(text.encode("utf-8")) for name, text in sorted(files.items())}
    files["report.json"] = json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
    write_all(Path(out_dir), files)
    return report


def write_all(out_dir: Path, files: dict[str, str]) -> None:
    """Write every file beside its target, then swap each into place."""
    out_dir.mkdir(parents=True, exist_ok=True)
    temps = []
    try:
        for name, text in files.items():
            tmp = out_dir / f".{name}.tmp"
            tmp.write_text(text, encoding="utf-8", newline="\n")
            temps.append((tmp, out_dir / name))
        for tmp, final in temps:
            os.replace(tmp, final)
    finally:
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)
