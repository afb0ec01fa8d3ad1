"""Placed events → print-ready maps (PNG at 300 dpi, or SVG) for reports and slides.

A printed map has no popups, so everything a reader needs is on the page: a legend with counts,
every event as its own dot (dots at one venue are fanned out), venue names, visit routes, the
disputed areas with their status, the date range, the sources, and a note listing the events that
fall outside the frame.

What is drawn comes from the layers stage (geomap/layers/), which the page reads too: the venues,
the routes, the disputed areas present and the frame (the venues the map must hold and its centre).
A map is drawn from these aggregates (aggregate.py), in other processes while the build packs the
page, and not at all when the aggregates, title, sources and language are those of the map already
in the output folder. The parts: framing.py (the projection around the layers' frame, base
geodata), placement.py (layout in points), marks.py (the main map), legend.py (title, legend,
notes), inset.py (the Kurils), words.py (the map's own words in the build's language), style.py.

Drawn with matplotlib's object API (no pyplot, so no global backend), fonts that ship with it, and
fixed metadata and SVG hash salt, so the same events give the same bytes.
"""
from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from importlib import metadata
from importlib.resources import files
from pathlib import Path
from typing import Iterable, Iterator, Mapping, NamedTuple, Sequence

import pyarrow as pa

from ... import assets
from ...events import Event
from ...gazetteer import Place
from ...layers.names import country_names
from ..i18n import strings
from .aggregate import _COLUMNS, PERIODS, Aggregate, events_by_period, from_events, from_table, table_by_period

__all__ = ["DISPUTED_LABEL", "FORMATS", "MAP_BOX", "PERIODS", "Drawer", "by_period", "prepare", "render_static",
           "start"]
STATE = ".print-maps.json"   # in the output folder: which aggregates each print map was drawn from
COLUMNS = _COLUMNS   # what the aggregates read
by_period = events_by_period


def __getattr__(name: str):
    """The drawing constants, from style.py: imported on use, since style.py imports matplotlib,
    which the process that only starts the drawing never needs."""
    if name in ("DISPUTED_LABEL", "FORMATS", "MAP_BOX"):
        from . import style

        return getattr(style, name)
    raise AttributeError(name)


class Origin(NamedTuple):
    """Where visitors came from, as the print map needs it (a Place cannot cross processes)."""
    name: str
    lat: float
    lon: float


def render_static(placed: Sequence[Event], *, title: str, origin_points: Mapping[str, Place],
                  sources: Sequence[str], fmt: str, plain: bool = False, transparent: bool = False,
                  lang: str = "en", place_names: Mapping[str, str] | None = None) -> bytes:
    """A print-quality map of the placed events: PNG (300 dpi, 3072 px wide) or SVG.

    plain: no title and no footer; transparent: no background; lang: the language of the map's
    own words ('en', 'pl'); place_names: gazetteer id → the venue's name in that language. Same
    events, title, origins, sources, options and language give the same bytes.
    """
    from .marks import draw

    strings(lang)   # an unknown language fails here, not in the middle of a drawing
    return draw(from_events(placed, place_names, origin_points), title=title, origin_points=_origins(origin_points),
                sources=sources, fmt=fmt, plain=plain, transparent=transparent, lang=lang,
                base_names=country_names(lang))


def _origins(points: Mapping[str, Place]) -> dict[str, Origin]:
    return {code: Origin(p.name, p.lat, p.lon) for code, p in points.items()}


def _draw_all(jobs: list[tuple]) -> list[bytes]:
    """Several maps in one process: matplotlib is imported once, and the jobs that differ only in
    format (a map's PNG and SVG) are laid out once and saved in each (marks.draw_formats)."""
    from .marks import draw_formats

    shared: dict[int, list[int]] = {}   # first job of each map → the jobs that are its formats
    for k, job in enumerate(jobs):
        first = next((f for f in shared if _same_map(jobs[f], job)), k)
        shared.setdefault(first, []).append(k)
    out: list[bytes] = [b""] * len(jobs)
    for first, ks in shared.items():
        agg, title, origins, sources, _, plain, transparent, lang, base_names = jobs[first]
        drawn = draw_formats(agg, title=title, origin_points=origins, sources=sources,
                             formats=[jobs[k][4] for k in ks], plain=plain, transparent=transparent,
                             lang=lang, base_names=base_names)
        for k, data in zip(ks, drawn):
            out[k] = data
    return out


def _same_map(a: tuple, b: tuple) -> bool:
    """Whether two drawing jobs differ in their format at most (field 4)."""
    return a[:4] == b[:4] and a[5:] == b[5:]


def _code_key() -> str:
    """What else decides a map's bytes: this package's code, the layers' code, the disputed areas'
    table and outlines, and matplotlib's version."""
    h = hashlib.sha256(metadata.version("matplotlib").encode())
    for folder in (files(__name__), files("geomap.layers")):
        for item in sorted(folder.iterdir(), key=lambda p: p.name):
            if item.name.endswith(".py"):
                h.update(item.read_bytes())
    h.update(files("geomap").joinpath("data", "disputed.csv").read_bytes())
    h.update(assets.text("disputed.geojson").encode())
    return h.hexdigest()


def _words_key(lang: str) -> str:
    """The words a map in `lang` is drawn with: its i18n table, so a reworded string redraws it."""
    return hashlib.sha256(json.dumps(strings(lang), sort_keys=True).encode()).hexdigest()


def _context():
    # Forked, not spawned: a spawned child would import the caller's main module again.
    return multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")


def _warm() -> None:
    """Import matplotlib and read the base map in the drawing process, while the build reads."""
    from . import marks
    from .framing import _islands, _world

    _world(), _islands()
    del marks


class Drawer:
    """A process that will draw the print maps, started before the events are read: it imports
    matplotlib and reads the base map while the build reads its input, and, forked before the
    events exist, it shares none of their memory."""

    def __init__(self) -> None:
        self.pool = ProcessPoolExecutor(max_workers=1, mp_context=_context())
        self.ready = self.pool.submit(_warm)

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)


def prepare(previous: Path | None) -> Drawer | None:
    """A drawer for this build, unless the output folder has print maps that may be kept as they
    are (then drawing is left until it is known to be needed)."""
    if previous is not None and (previous / STATE).exists():
        return None
    return Drawer()


class Prints:
    """The print maps of one build: kept ones as bytes, the others as drawings under way."""

    def __init__(self, jobs: dict[str, tuple], digests: dict[str, str], kept: dict[str, bytes],
                 drawer: Drawer | None = None) -> None:
        self.digests = digests
        self._kept = kept
        self._futures: dict[str, tuple[Future, int]] = {}
        # Drawing is Python and matplotlib: another process draws while this one packs the page,
        # the main map's PNG and SVG in one; the maps per period, if any, in a second.
        main = [n for n in jobs if n in ("map.png", "map.svg")]
        rest = [n for n in jobs if n not in main]
        tasks = [t for t in (main, rest) if t]
        pools = []
        if tasks and drawer is not None:
            pools.append(drawer.pool)
        while len(pools) < min(len(tasks), 2):
            pools.append(ProcessPoolExecutor(max_workers=1, mp_context=_context()))
        for pool, names in zip(pools, tasks):
            future = pool.submit(_draw_all, [jobs[n] for n in names])
            self._futures.update({n: (future, k) for k, n in enumerate(names)})
        for pool in pools:
            pool.shutdown(wait=False)
        if drawer is not None and not tasks:
            drawer.close()

    def files(self) -> dict[str, Iterable[bytes] | bytes]:
        out: dict[str, Iterable[bytes] | bytes] = dict(self._kept)
        for name, (future, k) in self._futures.items():
            out[name] = _waiting(future, k)
        return dict(sorted(out.items(), key=lambda kv: _rank(kv[0])))

    def record(self, folder: Path) -> None:
        """Say in the output folder which aggregates each map there was drawn from."""
        tmp = folder / f".{STATE}.tmp"
        tmp.write_text(json.dumps(self.digests, sort_keys=True, indent=1) + "\n", encoding="utf-8")
        os.replace(tmp, folder / STATE)


def _rank(name: str) -> tuple[int, str]:
    return (0 if name in ("map.png", "map.svg") else 1, name)


def _waiting(future: Future, k: int) -> Iterator[bytes]:
    yield future.result()[k]


def start(placed: pa.Table, *, title: str, origin_points: Mapping[str, Place], sources: Sequence[str],
          by: str | None, previous: Path | None, drawer: Drawer | None = None, plain: bool = False,
          transparent: bool = False, lang: str = "en", place_names: Mapping[str, str] | None = None) -> Prints:
    """Start drawing map.png, map.svg and, with `by`, one PNG per period, their own words and
    venue names (place_names: gazetteer id → name) in `lang`; keep the maps in `previous` whose
    inputs are unchanged."""
    origins = _origins(origin_points)
    groups = {"": placed}
    if by:
        groups.update(table_by_period(placed, by))
    code, words, bases = _code_key(), _words_key(lang), country_names(lang)
    jobs, digests, kept = {}, {}, {}
    state = _state(previous)
    for period, table in groups.items():
        agg = from_table(table, place_names, origins)
        name_title = f"{title}, {period}" if period else title
        used = {r.origin: origins[r.origin] for r in agg.routes}
        for fmt in (("png", "svg") if not period else ("png",)):
            name = f"map.{fmt}" if not period else f"map-{period}.{fmt}"
            key = hashlib.sha256(json.dumps([code, agg.digest(), name_title, sorted(used.items()), list(sources),
                                             fmt, plain, transparent, lang, words, sorted(bases.items())]
                                            ).encode()).hexdigest()
            digests[name] = key
            old = _unchanged(previous, name, key, state)
            if old is not None:
                kept[name] = old
            else:
                jobs[name] = (agg, name_title, used, list(sources), fmt, plain, transparent, lang, bases)
    return Prints(jobs, digests, kept, drawer)


def _state(folder: Path | None) -> dict[str, str]:
    if folder is None:
        return {}
    try:
        return json.loads((folder / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _unchanged(folder: Path | None, name: str, key: str, state: dict[str, str]) -> bytes | None:
    if folder is None or state.get(name) != key:
        return None
    try:
        return (folder / name).read_bytes()
    except OSError:
        return None
