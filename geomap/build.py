"""The whole path: event files and documents → geocoded events → map data → files in one folder.

A build whose inputs, options and code are unchanged since the last one stops after hashing them.
Outputs are rendered in memory first and then swapped in file by file, so a build that fails leaves
the previous output as it was.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import json
import os
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from . import __version__
from .errors import InputError, UnreadableDocument
from .events import Event, Problem, read_table, validate_records
from .events import columns

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
    totals: dict[str, int] | None = None   # on dask: how many rows the shortened lists stand for
    review: dict[str, Any] = field(default_factory=dict)        # what needs review (review/doubt.py)
    changes: dict[str, Any] | None = None                       # since the last build (review/changes.py)
    fingerprint: str = ""
    up_to_date: bool = False

    def to_dict(self) -> dict[str, Any]:
        out = self._fields()
        if self.totals is not None:   # the lists name the first rows only; these are the counts
            out["events"].update(self.totals)
        return out

    def _fields(self) -> dict[str, Any]:
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
            "review": self.review, "changes": self.changes,
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
                   review=d.get("review", {}), changes=d.get("changes"))


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
            with p.open("rb") as f:   # a block at a time: an input may be larger than memory allows twice
                while block := f.read(1 << 22):
                    h.update(block)
        except OSError as e:
            raise InputError(f"cannot read the file ({e.strerror})", path=str(p)) from None
    return h.hexdigest()


def _last_build(out_dir: Path) -> tuple[Any, Any, dt.date] | None:
    """The event index and comparison of the build last written to `out_dir`, and the day it was
    written (its report's modification time: no build writes the clock into its files)."""
    from .review.changes import INDEX, Changes, read_index

    path = out_dir / REPORT
    index = read_index(out_dir / INDEX)
    if index is None:
        return None
    try:
        d = json.loads(path.read_text(encoding="utf-8"))
        return index, Changes.from_dict(d.get("changes")), dt.date.fromtimestamp(path.stat().st_mtime)
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
           countries: frozenset[str] | None = None, passages: dict[str, str] | None = None) -> pa.Table:
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
                    result = extract(doc := read_document(path), date=given)
                except UnreadableDocument as e:
                    if strict:
                        raise
                    report.unread.append({"file": str(path), "reason": e.reason})
                    continue
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
    tables = [columns.from_events(extracted)]
    curated = 0
    if event_files:
        from . import importers

        for path in event_files:
            report.event_files.append(str(path))
            result = importers.read_table(path, format=fmt, strict=strict, countries=countries)
            tables.append(result.table)
            curated += result.table.num_rows
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
        bundled = dataset.load_table()
        tables.append(bundled)
        curated = bundled.num_rows
    report.rejected = [{"file": p.path, "line": p.line, "field": p.field, "reason": p.reason}
                       for p in problems]
    report.extracted = len(extracted)
    report.curated = curated
    merged = columns.latest_by_id(columns.concat(tables))
    # A curated row replaces what came before it under its id; the others add an id.
    report.overridden = report.curated - (merged.num_rows - len({e.id for e in extracted}))
    return merged


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
          progress: Callable[[Iterable[Path], str], Iterable[Path]] = _plain,
          engine: str = "memory", scheduler: str | None = None) -> BuildReport:
    """date: 'YYYY-MM' for every document whose own date is in doubt; an overrides file may set it
    for one document ({"doc": ..., "date": ...}). fmt: the event files' format, 'auto' to tell it from
    their content; countries: ISO2 codes, to keep only the events of event files one of whose actors is one.
    lang: the language of the page's and print maps' text ('en', 'pl'; event text stays as it is);
    plain: print maps without title and footer; transparent: print maps without a background.

    engine: "memory" (this process; every output) or "dask" (event_files are patterns of partitioned
    Parquet or CSV files; the page, GeoParquet exports under events/ and the report; `scheduler`
    is the address of a running dask cluster, else one is started on this machine)."""
    from .render.i18n import strings

    strings(lang)  # an unknown language stops the build before any work
    if title is None:
        title = strings(lang)["default_title"]
    if engine == "dask":
        return _build_dask(Path(out_dir), [str(p) for p in event_files], title=title, online=online,
                           strict=strict, scheduler=scheduler, lang=lang)
    if engine != "memory":
        raise InputError(f"unknown engine '{engine}'; use memory or dask", field="--engine")
    out = Path(out_dir)
    event_paths = [Path(p) for p in event_files]
    doc_paths = [Path(p) for p in docs]
    extra = [Path(overrides)] if overrides else []
    options = {"title": title, "strict": strict, "online": online, "static": static, "by": by,
               "docs": [str(p) for p in doc_paths], "events": [str(p) for p in event_paths],
               "overrides": str(overrides) if overrides else None, "date": date}
    wanted = frozenset(countries) if countries else None
    options.update(format=fmt, countries=sorted(wanted or ()), lang=lang, plain=plain, transparent=transparent)
    importing = _import_pandas_beside(event_paths)
    fp = fingerprint(event_paths + doc_paths + extra, options)
    if importing is not None:
        importing.join()
    if not force and (previous := _previous(out, fp)) is not None:
        return previous

    report = BuildReport(fingerprint=fp)
    # Processes forked now, before the events exist: one draws the print maps, one writes the
    # exports (exports/worker.py); they load their libraries while this one reads.
    from .exports.worker import ExportWorker

    drawer = None
    if static:
        from .render import print as print_maps

        drawer = print_maps.prepare(out)
    export_worker = ExportWorker()
    try:
        return _build(out, event_paths, doc_paths, report, overrides=overrides, strict=strict, online=online,
                      title=title, static=static, by=by, cache_dir=cache_dir, date=date, progress=progress,
                      drawer=drawer, fmt=fmt, countries=wanted, lang=lang, plain=plain, transparent=transparent,
                      export_worker=export_worker)
    except BaseException:
        if drawer is not None:
            drawer.close()
        raise
    finally:
        export_worker.close()


def _import_pandas_beside(inputs: Sequence[Path]) -> threading.Thread | None:
    """Import pandas on a thread while the inputs are hashed, when they are large enough (8 MB) for
    the hashing to hide it. pyarrow imports pandas, if installed, the first time it makes an array
    (about 0.4 s), and the hashing lets go of Python's lock; imported before the build forks its
    helpers (exports.worker), it is imported once for all of them."""
    try:
        size = sum(p.stat().st_size for p in inputs)
    except OSError:
        return None
    if size < 1 << 23:
        return None
    thread = threading.Thread(target=_import_quietly, args=("pandas",), name="geomap-import")
    thread.start()
    return thread


def _import_quietly(name: str) -> None:
    try:
        importlib.import_module(name)
    except ImportError:   # not installed: pyarrow then does without it
        pass


def _build(out: Path, event_paths: list[Path], doc_paths: list[Path], report: BuildReport, *,
           overrides: str | Path | None, strict: bool, online: bool, title: str, static: bool, by: str | None,
           cache_dir: str | Path | None, date: str | None,
           progress: Callable[[Iterable[Path], str], Iterable[Path]], drawer: Any, fmt: str,
           countries: frozenset[str] | None, lang: str, plain: bool, transparent: bool,
           export_worker: Any = None) -> BuildReport:
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
                    dates=doc_dates, date=date, fmt=fmt, countries=countries, passages=passages)
    corrections: list[dict[str, Any]] = []
    if overrides:
        from .overrides import records

        events = _apply_overrides(events, overrides, report)
        corrections = records(overrides)
    if not events.num_rows:
        why = "every input row was rejected (see the report)" if report.rejected else ""
        if report.unread:
            first = report.unread[0]
            why = f"{len(report.unread)} document(s) could not be read ({first['file']}: {first['reason']})"
        raise InputError(f"no events to map: {why}" if why else "no events to map")
    prints: list = []
    holder = [events]
    del events   # in_date_order lets the unordered table go
    files_out = render(in_date_order(holder), report, title=title, online=online, static=static, by=by, previous=out,
                       prints=prints, drawer=drawer, lang=lang, plain=plain, transparent=transparent,
                       passages=passages, corrections=corrections, last=_last_build(out),
                       export_worker=export_worker)

    def describe(sizes: dict[str, int]) -> dict[str, bytes]:
        report.outputs = dict(sorted(sizes.items()))
        return {REPORT: (json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n").encode()}

    from .render.print import STATE
    (out / STATE).unlink(missing_ok=True)   # until the new maps are in place
    write_all(out, files_out, describe)
    for p in prints:
        p.record(out)
    return report


def in_date_order(holder: list[pa.Table]) -> pa.Table:
    """The events in `holder` (which is emptied) by start date and id, the order every output lists
    them in: sorted once here, the page's columns, the exports and the print maps need no ordered
    copy of their own. The table is reordered a column at a time, each old column let go as its
    new one is made, so it is never held twice."""
    table = holder.pop()
    n = table.num_rows
    if n < 2:
        return table
    # By id, then a stable sort by the rank of the start date: the same order as sorting by
    # (date_start, id), without comparing the date strings of every pair of rows.
    by_id = pc.sort_indices(table.column("id")).to_numpy()
    dates = pc.dictionary_encode(columns.whole(table.column("date_start")))
    rank = pc.rank(dates.dictionary, sort_keys="ascending", tiebreaker="dense")
    rows = pc.take(rank, dates.indices).to_numpy(zero_copy_only=False)
    order = by_id[np.argsort(rows[by_id], kind="stable")]
    del by_id, dates, rank, rows
    if np.array_equal(order, np.arange(n)):
        return table
    take = pa.array(order)
    for i, name in enumerate(table.column_names):
        table = table.set_column(i, name, table.column(i).take(take))
    columns.give_back()
    return table


def _apply_overrides(events: pa.Table, path: str | Path, report: BuildReport) -> pa.Table:
    """Hand corrections touch a few rows: only those become objects for the overrides' rules."""
    from .overrides import apply, read_overrides

    fixes = read_overrides(path)
    hit = pc.is_in(events.column("id"), pa.array(sorted(fixes), pa.string()))
    where = pc.indices_nonzero(pc.fill_null(hit, False))
    applied = apply(columns.to_events(events.take(where)), fixes, str(path))
    report.corrected, report.dropped = applied.changed, applied.dropped
    report.unmatched_overrides = applied.unmatched
    if not len(where):
        return events
    # Corrected rows keep their place; dropped ones go.
    kept = {e.id: e for e in applied.events}
    rows = pc.indices_nonzero(pc.invert(pc.fill_null(hit, False)))
    fixed_ids = [i for i in events.column("id").take(where).to_pylist() if i in kept]
    fixed_rows = [w for w, i in zip(where.to_pylist(), events.column("id").take(where).to_pylist()) if i in kept]
    order = pc.sort_indices(pa.concat_arrays([rows.cast(pa.int64()), pa.array(fixed_rows, pa.int64())]))
    table = pa.concat_tables([events.take(rows), columns.from_events([kept[i] for i in fixed_ids])])
    return table.take(order)


def render(events: pa.Table, report: BuildReport, *, title: str, online: bool, static: bool,
           by: str | None, previous: Path | None = None, prints: list | None = None, drawer: Any = None,
           lang: str = "en", plain: bool = False, transparent: bool = False,
           passages: Mapping[str, str] | None = None, corrections: list[dict[str, Any]] | None = None,
           last: tuple[Any, Any, dt.date] | None = None, export_worker: Any = None
           ) -> dict[str, bytes | Iterable[bytes]]:
    """Placed and unplaced events, in the order every output lists them (in_date_order) → every
    output file, in memory or as a stream of chunks.

    The print maps are drawn in another process from their aggregates while this one packs the
    page and writes the exports; `previous` is the output folder, whose print maps are kept when
    their aggregates have not changed. `prints` receives the print maps' record for that folder.
    passages: event id → its evidence text; corrections: the overrides file's lines, for the page;
    last: the previous build's index, comparison and day, to say what changed; export_worker: the
    process that writes the exports into `previous` (exports.worker), else this one does.
    """
    from . import assets, exports
    from .events import csv_chunks, geojson_chunks
    from .gazetteer import load as load_gazetteer
    from .geocode import origin_points
    from .layers import island_features, map_data
    from .placing import place
    from .render import html
    from .review import changes as review_changes, doubt, page as review_page

    gaz = load_gazetteer()
    located = place(events, gaz, online=online)
    table = located.table
    before, before_changes, built_on = last or (None, None, None)
    made: Mapping[str, Any] | None = None
    if export_worker is not None and previous is not None:
        # events.geojson, .csv, .gpkg, .parquet, .plover.jsonl (and without a previous build the
        # index for the next), written by the other process from now on, while this one goes on
        made = export_worker.start(table, located.reasons, previous, index=before is None)
    report.placed = located.count
    late = located.unplaced()
    by_id = late.take(pc.sort_indices(late, [("id", "ascending")]))
    report.unplaced = [{"id": r["id"], "date": r["date_start"], "headline": r["headline"], "reason": r["_reason"]}
                       for r in by_id.select(["id", "date_start", "headline", "_reason"]).to_pylist()]
    codes = pc.unique(pc.list_flatten(table.column("actors"))).to_pylist()
    countries = {c: _local_name(p, lang) for c in sorted(codes) if (p := gaz.country(c)) is not None}
    placed_places = located.placed_rows(["venue_id", "origin"])
    place_names = {} if lang == "en" else {
        i: _local_name(p, lang)
        for i in sorted(set(pc.unique(placed_places.column("venue_id")).drop_null().to_pylist())
                        | set(pc.unique(placed_places.column("origin")).drop_null().to_pylist()))
        if (p := _place(gaz, i)) is not None}
    origins = origin_points(_origin_events(located.placed_rows(["origin"])), gaz)
    polygons = assets.geojson("islands.geojson")
    basemap = assets.geojson("countries.geojson")   # read before the print maps fork: they share it
    islands = island_features(polygons, gaz)

    # Without a previous build there is nothing to compare with: the index is then made by the
    # export worker (or when it is written), beside the page's packing, instead of before it.
    index = review_changes.index_table(table) if before is not None else None
    changes = review_changes.compare(index, before, before_changes, built_on) if index is not None else None
    report.changes = changes.to_dict() if changes else None
    # Only events with something to say become objects for the review's rules: most of a large
    # events file has no explanation, no confidence and an exact venue.
    said = review_page.rows_to_review(table, changes)
    report.review = doubt.count(said)
    review = review_page.per_event(said, passages or {}, changes)

    maps = None
    if static:
        from .render import print as print_maps

        sources = sorted(pc.unique(table.column("doc")).to_pylist())
        maps = print_maps.start(located.placed_rows(print_maps.COLUMNS), title=title, origin_points=origins,
                                sources=sources, by=by, previous=previous, drawer=drawer, plain=plain,
                                transparent=transparent, lang=lang, place_names=place_names)
        if prints is not None:
            prints.append(maps)
        columns.give_back()
    data = map_data(table, located.placed, late, title=title, country_names=countries,
                    origin_points=origins, islands=islands, basemap=basemap, lang=lang,
                    place_names=place_names, review=review)
    data["review"] = review_page.meta(gaz, review_page.placed_venues(table, located.placed), report.review,
                                      changes, corrections or [])
    columns.give_back()
    page = html.render_chunks(data, title)  # packs the data on other threads while the rest is made
    if made is None:
        made = {"events.geojson": geojson_chunks(table, located.reasons), "events.csv": csv_chunks(table),
                **exports.files_from_table(table, located.reasons)}  # events.gpkg, .parquet, .plover.jsonl
    # The page first: its parts are written as they are packed, instead of waiting in memory.
    out: dict[str, Any] = {
        "index.html": page,
        **{name: made[name] for name in ("events.geojson", "events.csv")},
        review_changes.INDEX: made.get(review_changes.INDEX) or _index_file(table, index),
        **{name: made[name] for name in ("events.gpkg", "events.parquet", "events.plover.jsonl")},
    }
    if maps is not None:
        out.update(maps.files())
    return out


def _index_file(table: pa.Table, index: pa.Table | None) -> Iterator[bytes]:
    """.events-index.arrow, its index made on the writer's turn when render had no need of it."""
    from .review import changes

    yield changes.index_bytes(index if index is not None else changes.index_table(table))


def _build_dask(out: Path, patterns: list[str], *, title: str, online: bool, strict: bool,
                scheduler: str | None, lang: str = "en") -> BuildReport:
    """The build on dask (engines/dask.py): the page from aggregates, GeoParquet exports, the report."""
    from . import assets
    from .engines.dask import build_dask, page_rows
    from .gazetteer import load as load_gazetteer
    from .geocode import origin_points
    from .layers import island_features, map_data
    from .render import html

    if not patterns:
        raise InputError("--engine dask needs --events with the partitioned files (a pattern such as "
                         "'feeds/*.parquet')")
    report = BuildReport(event_files=patterns)
    merged = build_dask(patterns, out, scheduler=scheduler, online=online, strict=strict)
    gaz = load_gazetteer()
    rows = page_rows(merged)
    late = merged["unplaced"]
    reasons = late.column("_reason").combine_chunks()
    report.curated = merged["placed_n"] + merged["unplaced_n"]
    report.placed = merged["placed_n"]
    report.unplaced = [{"id": r["id"], "date": r["date_start"], "headline": r["headline"], "reason": why}
                       for r, why in zip(late.select(["id", "date_start", "headline"]).to_pylist(),
                                         reasons.to_pylist())]
    del reasons
    report.rejected = [{"file": p.path, "line": p.line, "field": p.field, "reason": p.reason}
                       for p in merged["problems"]]
    report.totals = {"unplaced": merged["unplaced_n"], "rejected": merged["problems_n"]}
    codes = pc.unique(pc.list_flatten(rows.column("actors"))).to_pylist()
    countries = {c: p.name for c in sorted(codes) if (p := gaz.country(c)) is not None}
    origins = origin_points(_origin_events(rows), gaz)
    data = map_data(rows, pa.array([True] * rows.num_rows, pa.bool_()), late, title=title,
                    country_names=countries, origin_points=origins,
                    islands=island_features(assets.geojson("islands.geojson"), gaz),
                    basemap=assets.geojson("countries.geojson"), lang=lang)

    def describe(sizes: dict[str, int]) -> dict[str, bytes]:
        report.outputs = dict(sorted(sizes.items()))
        return {REPORT: (json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n").encode()}

    write_all(out, {"index.html": html.render_chunks(data, title)}, describe)
    return report


def _origin_events(placed: pa.Table) -> list[Event]:
    """One stand-in event per distinct origin: all origin_points reads of an event is its origin."""
    values = pc.unique(placed.column("origin")).drop_null().to_pylist()
    return [Event(id="", doc="", date_start="2000", date_end="2000", date_precision="year",
                  event_type="visit", headline="", origin=o) for o in values]


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

    An output may be a stream of chunks, so a million events' GeoJSON never sits in memory whole,
    or a file another process is writing (exports.worker.Written);
    `then` gets the byte size of each output and returns the files that describe them (the report).
    Two outputs are written at a time: making their chunks is mostly Arrow's work, which runs
    beside Python's.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    temps = []

    def stage(tmp: Path, data: bytes | Iterable[bytes]) -> int:
        if hasattr(data, "write_to"):   # made by another process (exports.worker.Written)
            return data.write_to(tmp)
        with tmp.open("wb") as f:
            if isinstance(data, bytes):
                return f.write(data)
            return sum(f.write(chunk) for chunk in data)

    def path(name: str) -> Path:
        tmp = out_dir / f".{name}.tmp"
        temps.append((tmp, out_dir / name))
        return tmp

    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            jobs = {name: pool.submit(stage, path(name), data) for name, data in outputs.items()}
            sizes = {name: job.result() for name, job in jobs.items()}
        for name, data in (then(sizes) if then else {}).items():
            stage(path(name), data)
        for tmp, final in temps:
            os.replace(tmp, final)
    finally:
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)
