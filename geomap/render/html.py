"""Map data → one self-contained HTML page: the folium frame (render/frame.py) with the data packed in.

The data goes in as compressed parts (see _packed_scripts), so 100,000 events make a page of about
15 MB. The frame depends only on geomap's code and the versions of folium and branca, so it is
rendered once and kept in the user's cache folder: importing folium (and numpy and pandas with it)
costs half a second, more than building the page of 10,000 events.
"""
from __future__ import annotations

import base64
import hashlib
import os
import zlib
from concurrent.futures import ThreadPoolExecutor
from html import escape
from importlib import metadata
from importlib.resources import files
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

import orjson

from .. import assets
from ..jsoncols import Column

LANG_SLOT = "\ue000geomap-lang\ue000"
TITLE_SLOT = "\ue000geomap-title\ue000"
DATA_SLOT = "\ue000geomap-data\ue000"


def pack_outlines(collection: Mapping[str, Any] | None) -> list[Any] | None:
    """Polygon outlines as delta-encoded integers (1/1000 degree): half the size, once compressed.

    Each feature becomes a list of polygons, each polygon a list of rings, each ring a flat list
    x0, y0, dx1, dy1, ... ; the page rebuilds GeoJSON from it. Properties are dropped: the base
    map only draws shapes.
    """
    if collection is None:
        return None
    out = []
    for feat in collection["features"]:
        geom = feat.get("geometry")
        if not geom or geom["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        packed = []
        for poly in polys:
            rings = []
            for ring in poly:
                flat, px, py = [], 0, 0
                for x, y, *_ in ring:
                    ix, iy = round(x * 1000), round(y * 1000)
                    flat += (ix - px, iy - py)
                    px, py = ix, iy
                rings.append(flat)
            packed.append(rings)
        out.append(packed)
    return out


def _parts(data: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """The page data in separately decoded parts: the small things, then one part per event column.

    Parts keep every decoded string under the browser's limit on string length, which one JSON text
    of a million events would pass.
    """
    meta = {k: v for k, v in data.items() if k not in ("events", "basemap")}
    meta["basemap"] = pack_outlines(data.get("basemap"))
    yield "meta", meta
    for name, column in data["events"].items():
        yield f"events.{name}", column


# Bytes of JSON from which a part is compressed at the faster level. Measured on 100,000 synthetic
# events: level 1 instead of 6 for the parts of 1 MB or more (ids, dates, headlines, persons,
# actors) spares a third of a second of compression for a page 5 % larger.
_LONG = 1_000_000


def _json_parts(value: Any) -> tuple[bool, Iterable[bytes | memoryview]]:
    """Whether the part's JSON is long (_LONG bytes or more), and its text in pieces: an event
    column is written a slice of rows at a time (jsoncols.Column)."""
    if isinstance(value, Column):
        return value.at_least(_LONG), value.pieces()
    text = orjson.dumps(value)
    return len(text) >= _LONG, [text]


def _pack(value: Any) -> bytes:
    """JSON → deflate (zlib format, what DecompressionStream('deflate') reads) → base64.

    Large parts get a faster compression level: at a million events level 6 would cost most of
    the build for a file a quarter smaller. The pieces are fed to one compressor, which gives the
    bytes compressing their concatenation would.
    """
    long, pieces = _json_parts(value)
    z = zlib.compressobj(1 if long else 6)
    packed = [z.compress(p) for p in pieces]
    packed.append(z.flush())
    return base64.b64encode(b"".join(packed))


def _script(name: str, packed: bytes) -> bytes:
    """One part as a <script> element; base64 has no '<', so no text can end it early."""
    return (b'<script type="application/octet-stream" class="geomap-data" data-part="%b">%b</script>\n'
            % (name.encode("ascii"), packed))


def _packed_scripts(data: Mapping[str, Any]) -> Iterator[bytes]:
    """Start packing every part now, on two threads; the iterator hands the scripts out in order.

    zlib lets go of the GIL while it compresses, so the caller can do other work (the build writes
    the GeoJSON and CSV exports) while the parts are packed.
    """
    pool = ThreadPoolExecutor(max_workers=2)
    parts = list(_parts(data))
    # The largest parts first, so the two threads finish together; the page keeps the order above.
    first = ("events.summary", "meta", "events.sources", "events.headline")
    futures = {name: pool.submit(_pack, value) for name, value in
               sorted(parts, key=lambda p: first.index(p[0]) if p[0] in first else len(first))}
    jobs = [(name, futures[name]) for name, _ in parts]
    pool.shutdown(wait=False)

    def scripts() -> Iterator[bytes]:
        for name, job in jobs:
            yield _script(name, job.result())

    return scripts()


def _frame_key() -> str:
    """Everything the frame is made from: our page code, the vendored Leaflet, folium and branca."""
    h = hashlib.sha256()
    render = files("geomap.render")
    for name in ("frame.py", "script.py", "map.css"):
        h.update(render.joinpath(name).read_bytes())
    from .script import sources

    for name, code in sources():
        h.update(name.encode() + b"\0" + code)
    for name in ("leaflet.js", "leaflet.css"):
        h.update(assets.text(name).encode("utf-8"))
    for dist in ("folium", "branca", "jinja2"):
        try:
            h.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            h.update(dist.encode())
    return h.hexdigest()[:20]


def frame(cache_dir: Path | None = None) -> str:
    """The page frame, from the cache when geomap's page code and folium are unchanged."""
    from ..cache import default_dir

    name = f"page-frame-{_frame_key()}.html"
    path = (cache_dir or default_dir()) / name
    for known in (files("geomap") / "_vendor" / name, path):  # baked by `make vendor`, or cached
        try:
            return known.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            pass
    from .frame import render_frame  # folium, branca and jinja2 only on a cache miss

    page = render_frame()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(page, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:  # a read-only cache folder only costs time
        pass
    return page


def bake_frame(folder: Path) -> Path:
    """Write the frame for the installed folium into `folder` (geomap/_vendor at install time),
    so that even a first build never imports folium."""
    from .frame import render_frame

    path = folder / f"page-frame-{_frame_key()}.html"
    path.write_text(render_frame(), encoding="utf-8")
    return path


def render(data: Mapping[str, Any], title: str, cache_dir: Path | None = None) -> str:
    """The whole page as a string; deterministic for the same data."""
    return b"".join(render_chunks(data, title, cache_dir)).decode("utf-8")


def render_chunks(data: Mapping[str, Any], title: str, cache_dir: Path | None = None) -> Iterator[bytes]:
    """The same page as UTF-8 chunks. The data starts packing on the call, in the background;
    taking the chunks waits for it. A build writes its other files in between."""
    page = frame(cache_dir)
    start, rest = page.split(LANG_SLOT, 1)
    head, rest = rest.split(TITLE_SLOT, 1)
    middle, tail = rest.split(DATA_SLOT, 1)
    scripts = _packed_scripts(data)
    lang = escape(str(data.get("lang") or "en"))

    def chunks() -> Iterator[bytes]:
        yield (start + lang + head + escape(title) + middle).encode("utf-8")
        yield from scripts
        yield tail.encode("utf-8")

    return chunks()
