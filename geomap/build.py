"""The whole path: event files and documents → geocoded events → map data → files in one folder.

A build whose inputs, options and code are unchanged since the last one stops after hashing them.
Outputs are rendered in memory first and then swapped in file by file, so a build that fails leaves
the previous output as it was.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from . import __version__
from .errors import InputError, UnreadableDocument
from .events import Event, Problem, validate_records

REPORT = "report.json"


@dataclass
class BuildReport:
    documents: list[str] = field(default_factory=list)
    event_files: list[str] = field(default_factory=list)
    extracted: int = 0
    from_cache: int = 0
    curated: int = 0
    overridden: int = 0
    corrected: int = 0
    placed: int = 0
    unplaced: list[dict[str, str]] = field(default_factory=list)
    dropped: list[dict[str, str]] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    unmatched_overrides: list[str] = field(default_factory=list)
    warnings: list[dict[str, str]] = field(default_factory=list)   # weak document dates, empty documents
    unread: list[dict[str, str]] = field(default_factory=list)
    outputs: dict[str, int] = field(default_factory=dict)
    review: dict[str, Any] = field(default_factory=dict)        # what needs review (review/doubt.py)
    changes: dict[str, Any] | None = None                       # since the last build (review/changes.py)
    index: dict[str, str] = field(default_factory=dict)         # event id → fingerprint, for the next build
    fingerprint: str = ""
    up_to_date: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "geomap": __version__,
            "fingerprint": self.fingerprint,
            "documents": self.documents, "event_files": self.event_files,
            "events": {"extracted": self.extracted, "extracted_from_cache": self.from_cache,
                       "curated": self.curated, "curated_replacing_extracted": self.overridden,
                       "corrected_by_overrides": self.corrected, "dropped_by_overrides": len(self.dropped),
                       "placed": self.placed, "unplaced": len(self.unplaced),
                       "rejected": len(self.rejected)},
            "unplaced": self.unplaced, "dropped": self.dropped, "rejected": self.rejected,
            "unmatched_overrides": self.unmatched_overrides, "unread": self.unread,
            "warnings": self.warnings, "outputs": self.outputs,
            "review": self.review, "changes": self.changes, "index": self.index,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "BuildReport":
        n = d["events"]
        return cls(documents=d["documents"], event_files=d["event_files"], extracted=n["extracted"],
                   from_cache=n["extracted_from_cache"], curated=n["curated"],
                   overridden=n["curated_replacing_extracted"], corrected=n["corrected_by_overrides"],
                   placed=n["placed"], unplaced=d["unplaced"], dropped=d["dropped"],
                   rejected=d["rejected"], unmatched_overrides=d["unmatched_overrides"], unread=d.get("unread", []),
                   warnings=d.get("warnings", []), outputs=d["outputs"], fingerprint=d["fingerprint"],
                   review=d.get("review", {}), changes=d.get("changes"), index=d.get("index", {}))


# --- fingerprint: is the last build still right? --------------------------------------------------

def _code_hash() -> str:
    h = hashlib.sha256(__version__.encode())
    root = files("geomap")

    def walk(folder) -> None:
        for item in sorted(folder.iterdir(), key=lambda p: p.name):
            if item.is_dir() and item.name not in ("__pycache__",):
                walk(item)
            elif item.name.endswith((".py", ".js", ".css", ".csv", ".jsonl", ".json", ".geojson")):
                h.update(item.name.encode())
                h.update(item.read_bytes())

    walk(root)
    return h.hexdigest()


def fingerprint(inputs: Sequence[Path], options: dict[str, Any]) -> str:
    """Hash of the code, every input file's bytes and the options that shape the output."""
    h = hashlib.sha256(_code_hash().encode())
    h.update(json.dumps(options, sort_keys=True, default=str).encode())
    for p in inputs:
        h.update(str(p).encode() + b"\0")
        try:
            h.update(p.read_bytes())
        except OSError as e:
            raise InputError(f"cannot read the file ({e.strerror})", path=str(p)) from None
    return h.hexdigest()


def _last_build(out_dir: Path) -> tuple[dict[str, str], Any, dt.date] | None:
    """The event index and comparison of the build last written to `out_dir`, and the day it was
    written (its report's modification time: no build writes the clock into its files)."""
    from .review.changes import Changes

    path = out_dir / REPORT
    try:
        d = json.loads(path.read_text(encoding="utf-8"))
        index, changes = d["index"], Changes.from_dict(d.get("changes"))
        if not isinstance(index, dict):
            return None
        return index, changes, dt.date.fromtimestamp(path.stat().st_mtime)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _previous(out_dir: Path, fp: str) -> BuildReport | None:
    try:
        d = json.loads((out_dir / REPORT).read_text(encoding="utf-8"))
        if d.get("fingerprint") != fp:
            return None
        if any(not (out_dir / name).is_file() or (out_dir / name).stat().st_size != size
               for name, size in d["outputs"].items()):
            return None
        report = BuildReport.from_dict(d)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    report.up_to_date = True
    return report


# --- gathering events -------------------------------------------------------------------------------

def gather(event_files: Sequence[Path], docs: Sequence[Path], strict: bool, report: BuildReport,
           cache_dir: Path | None, progress: Callable[[Iterable[Path], str], Iterable[Path]],
           dates: Mapping[str, str] | None = None, date: str | None = None, fmt: str = "auto",
           countries: frozenset[str] | None = None, passages: dict[str, str] | None = None) -> list[Event]:
    """Curated events win over extracted ones with the same id; bad rows go to the report.

    date: the date of every document (--date); dates: per document name (the overrides file).
    fmt, countries: the event files' format (--format) and the actors' countries to keep (--countries).
    passages: filled with event id → the text of its evidence, for the page."""
    extracted: list[Event] = []
    problems: list[Problem] = []
    if docs:
        from .cache import ExtractionCache
        from .extract import extract
        from .read import read_document
        from .review.passage import span_text

        cache = ExtractionCache(cache_dir)
        for path in progress(docs, "extracting"):
            data = path.read_bytes()
            given = (dates or {}).get(path.name, date)
            key = path.name if given is None else f"{path.name}\0date={given}"
            cached = cache.get(data, key)
            if cached is None:
                try:
                    doc = read_document(path)
                except UnreadableDocument as e:
                    if strict:
                        raise
                    report.unread.append({"file": str(path), "reason": e.reason})
                    continue
                result = extract(doc, date=given)
                # Through the schema's validation, as the cache will read it back: same events either way.
                hit = validate_records(((None, e.to_dict()) for e in result.events), str(path), strict=True).events
                skipped = result.problems
                warnings = result.warnings
                texts = {e.id: t for e in hit if (t := span_text(doc.text, e))}
                cache.put(data, key, hit, skipped, warnings, texts)
            else:
                hit, skipped, warnings, texts = cached
                report.from_cache += 1
            if passages is not None:
                passages.update(texts)
            report.documents.append(str(path))
            report.warnings.extend({"file": str(path), "warning": w} for w in warnings)
            for p in skipped:
                if strict:
                    raise InputError(p.reason, path=str(path), line=p.line)
                problems.append(Problem(str(path), p.line, p.field, p.reason))
            extracted.extend(hit)
    curated: list[Event] = []
    if event_files:
        from . import importers

        for path in event_files:
            report.event_files.append(str(path))
            result = importers.read(path, format=fmt, strict=strict, countries=countries)
            curated.extend(result.events)
            problems.extend(result.problems)
            if result.outside:
                report.warnings.append({"file": str(path), "warning": f"{result.outside:,} of {result.rows:,} rows "
                                        f"left out: no actor in --countries {','.join(sorted(countries or ()))}"})
            if result.repeated:
                report.warnings.append({"file": str(path), "warning": f"{result.repeated:,} rows repeat an "
                                        "event of the same file word for word and were read once"})
    elif not docs:
        from . import dataset

        report.event_files.append("(bundled dataset)")
        curated = dataset.load_bundled()
    report.rejected = [{"file": p.path, "line": p.line, "field": p.field, "reason": p.reason}
                       for p in problems]
    by_id: dict[str, Event] = {e.id: e for e in extracted}
    report.extracted = len(extracted)
    report.curated = len(curated)
    for e in curated:
        if e.id in by_id:
            report.overridden += 1
        by_id[e.id] = e
    return list(by_id.values())


def _plain(items: Iterable[Path], _: str) -> Iterable[Path]:
    return items


# --- the build ----------------------------------------------------------------------------------------

def build(out_dir: str | Path = "output", event_files: Sequence[str | Path] = (),
          docs: Sequence[str | Path] = (), *, overrides: str | Path | None = None,
          strict: bool = False, online: bool = False, title: str | None = None,
          static: bool = True, by: str | None = None, cache_dir: str | Path | None = None,
          force: bool = False, date: str | None = None, fmt: str = "auto",
          countries: Iterable[str] | None = None, lang: str = "en", plain: bool = False,
          transparent: bool = False,
          progress: Callable[[Iterable[Path], str], Iterable[Path]] = _plain) -> BuildReport:
    """date: 'YYYY-MM' for every document whose own date is in doubt; an overrides file may set it
    for one document ({"doc": ..., "date": ...}). fmt: the event files' format, 'auto' to tell it from
    their content; countries: ISO2 codes, to keep only the events of event files one of whose actors is one.
    lang: the language of the page's and print maps' text ('en', 'pl'; event text stays as it is);
    plain: print maps without title and footer; transparent: print maps without a background."""
    from .render.i18n import strings

    strings(lang)  # an unknown language stops the build before any work
    if title is None:
        title = strings(lang)["default_title"]
    out = Path(out_dir)
    event_paths = [Path(p) for p in event_files]
    doc_paths = [Path(p) for p in docs]
    extra = [Path(overrides)] if overrides else []
    options = {"title": title, "strict": strict, "online": online, "static": static, "by": by,
               "docs": [str(p) for p in doc_paths], "events": [str(p) for p in event_paths],
               "overrides": str(overrides) if overrides else None, "date": date}
    wanted = frozenset(countries) if countries else None
    options.update(format=fmt, countries=sorted(wanted or ()), lang=lang, plain=plain, transparent=transparent)
    fp = fingerprint(event_paths + doc_paths + extra, options)
    if not force and (previous := _previous(out, fp)) is not None:
        return previous

    report = BuildReport(fingerprint=fp)
    doc_dates = {}
    if overrides:
        from .overrides import document_dates
        doc_dates = document_dates(overrides)
    if date is not None:
        from .extract.document.dating import given_date
        try:
            given_date(date)
        except ValueError as e:
            raise InputError(str(e), field="--date") from None
    passages: dict[str, str] = {}
    events = gather(event_paths, doc_paths, strict, report, Path(cache_dir) if cache_dir else None, progress,
                    dates=doc_dates, date=date, fmt=fmt, countries=wanted, passages=passages)
    corrections: list[dict[str, Any]] = []
    if overrides:
        from .overrides import apply, read_overrides, records

        applied = apply(events, read_overrides(overrides), str(overrides))
        events = applied.events
        report.corrected, report.dropped = applied.changed, applied.dropped
        report.unmatched_overrides = applied.unmatched
        corrections = records(overrides)
    if not events:
        why = "every input row was rejected (see the report)" if report.rejected else ""
        if report.unread:
            first = report.unread[0]
            why = f"{len(report.unread)} document(s) could not be read ({first['file']}: {first['reason']})"
        raise InputError(f"no events to map: {why}" if why else "no events to map")
    files_out = render(events, report, title=title, online=online, static=static, by=by, lang=lang,
                       plain=plain, transparent=transparent, passages=passages, corrections=corrections,
                       last=_last_build(out))

    def describe(sizes: dict[str, int]) -> dict[str, bytes]:
        report.outputs = dict(sorted(sizes.items()))
        return {REPORT: (json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n").encode()}

    write_all(out, files_out, describe)
    return report


def render(events: list[Event], report: BuildReport, *, title: str, online: bool, static: bool,
           by: str | None, lang: str = "en", plain: bool = False, transparent: bool = False,
           passages: Mapping[str, str] | None = None, corrections: list[dict[str, Any]] | None = None,
           last: tuple[dict[str, str], Any, dt.date] | None = None) -> dict[str, bytes | Iterable[bytes]]:
    """Placed and unplaced events → every output file, in memory or as a stream of chunks.

    passages: event id → its evidence text; corrections: the overrides file's lines, for the page;
    last: the previous build's index, comparison and day, to say what changed."""
    from . import assets, exports
    from .events import csv_chunks, geojson_chunks
    from .gazetteer import load as load_gazetteer
    from .layers import island_features, map_data
    from .geocode.locate import locate, origin_points
    from .render import html
    from .review import changes as review_changes, doubt, page as review_page

    gaz = load_gazetteer()
    located = locate(events, gaz, online=online)
    report.placed = len(located.placed)
    report.unplaced = [{"id": e.id, "date": e.date_start, "headline": e.headline, "reason": reason}
                       for e, reason in sorted(located.unplaced.values(), key=lambda p: p[0].id)]
    codes = sorted({c for e in events for c in e.actors})
    countries = {c: _local_name(p, lang) for c in codes if (p := gaz.country(c)) is not None}
    place_names = {} if lang == "en" else {
        i: _local_name(p, lang) for i in sorted({e.venue_id for e in located.placed if e.venue_id}
                                                | {e.origin for e in located.placed if e.origin})
        if (p := _place(gaz, i)) is not None}
    origins = origin_points(located.placed, gaz)
    polygons = assets.geojson("islands.geojson")
    islands = island_features(polygons, gaz)
    located_all = located.placed + [e for e, _ in located.unplaced.values()]
    report.review = doubt.count(located_all)
    report.index = review_changes.index(located_all)
    before, before_changes, built_on = last or (None, None, None)
    changes = review_changes.compare(report.index, before, before_changes, built_on)
    report.changes = changes.to_dict() if changes else None
    data = map_data(located.placed, located.unplaced, title=title, country_names=countries,
                    origin_points=origins, islands=islands, basemap=assets.geojson("countries.geojson"),
                    lang=lang, place_names=place_names,
                    review=review_page.per_event(located_all, passages or {}, changes))
    data["review"] = review_page.meta(gaz, located.placed, report.review, changes, corrections or [])
    page = html.render_chunks(data, title)  # packs the data on other threads while the rest is made
    ordered = sorted(located_all, key=lambda e: (e.date_start, e.id))
    reasons = {i: r for i, (_, r) in located.unplaced.items()}
    out = {
        "events.geojson": geojson_chunks(ordered, reasons),
        "events.csv": csv_chunks(ordered),
        "index.html": page,
        **exports.files(ordered, reasons),  # events.gpkg, events.parquet, events.plover.jsonl
    }
    if static:
        from .render.static import by_period, render_static

        sources = sorted({e.doc for e in events})
        for fmt in ("png", "svg"):
            out[f"map.{fmt}"] = render_static(located.placed, title=title, origin_points=origins,
                                              sources=sources, fmt=fmt, plain=plain, transparent=transparent)
        if by:
            for period, group in by_period(located.placed, by).items():
                out[f"map-{period}.png"] = render_static(group, title=f"{title}, {period}",
                                                         origin_points=origins, sources=sources, fmt="png",
                                                         plain=plain, transparent=transparent)
    return out


def _place(gaz: Any, place_id: str) -> Any:
    """A gazetteer place by id, or a country by ISO2 code (an origin may be either)."""
    from .errors import GazetteerError

    if len(place_id) == 2 and place_id.isupper():
        return gaz.country(place_id)
    try:
        return gaz.get(place_id)
    except (KeyError, GazetteerError):
        return None


def _local_name(place: Any, lang: str) -> str:
    """A place's name in `lang` from the gazetteer (its first name there), else its English name."""
    return (place.names.get(lang) or (place.name,))[0]


def write_all(out_dir: Path, outputs: Mapping[str, bytes | Iterable[bytes]],
              then: Callable[[dict[str, int]], Mapping[str, bytes]] | None = None) -> None:
    """Write every file beside its target, then swap each into place.

    An output may be a stream of chunks, so a million events' GeoJSON never sits in memory whole;
    `then` gets the byte size of each output and returns the files that describe them (the report).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    temps = []

    def stage(name: str, data: bytes | Iterable[bytes]) -> int:
        tmp = out_dir / f".{name}.tmp"
        temps.append((tmp, out_dir / name))
        with tmp.open("wb") as f:
            if isinstance(data, bytes):
                return f.write(data)
            return sum(f.write(chunk) for chunk in data)

    try:
        sizes = {name: stage(name, data) for name, data in outputs.items()}
        for name, data in (then(sizes) if then else {}).items():
            stage(name, data)
        for tmp, final in temps:
            os.replace(tmp, final)
    finally:
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)
