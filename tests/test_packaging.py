"""geomap as a user installs it: `python -m build` makes an sdist and a wheel that both hold the
vendored assets, and the wheel, installed into a fresh venv, builds a map with the network cut.

Nothing is fetched. The build hook finds geomap/_vendor current (`make vendor` made it), so it
downloads nothing; the wheel is installed with --no-index --no-deps; the fresh venv borrows this
venv's dependencies (folium, shapely...) through a .pth file, the one thing not from the wheel.
Every step runs under `unshare -n`, so a hidden download would fail the test instead of passing.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
VENDOR = REPO / "geomap" / "_vendor"
SOURCES = ("pyproject.toml", "README.md", "MANIFEST.in", "build_hooks.py", "scripts", "geomap", "gazetteer")


def offline(*cmd: str | Path, **kw) -> subprocess.CompletedProcess:
    if shutil.which("unshare") is None:
        pytest.fail("unshare (util-linux) is needed to cut the network")
    return subprocess.run(["unshare", "-n", *map(str, cmd)], capture_output=True, text=True, timeout=300, **kw)


def checkout(target: Path, with_assets: bool = True) -> Path:
    """The files a clone has (plus geomap/_vendor when asked), without caches and build debris."""
    skip = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc", *(() if with_assets else ("_vendor",)))
    target.mkdir(parents=True)
    for name in SOURCES:
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, target / name, symlinks=True, ignore=skip)
        else:
            shutil.copy2(src, target / name)
    return target


@pytest.fixture(scope="module")
def dists(tmp_path_factory) -> dict[str, Path]:
    check = subprocess.run([sys.executable, str(REPO / "scripts" / "vendor.py"), "--check"])
    if check.returncode != 0:
        pytest.fail("geomap/_vendor is not current for the lock and the page code: run `make vendor`")
    work = tmp_path_factory.mktemp("dist")
    src = checkout(work / "src")
    run = offline(sys.executable, "-m", "build", "--no-isolation", "--outdir", work / "dist", src)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-3000:]
    (sdist,), (wheel,) = sorted((work / "dist").glob("*.tar.gz")), sorted((work / "dist").glob("*.whl"))
    return {"sdist": sdist, "wheel": wheel}


def _vendored() -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in VENDOR.iterdir() if p.is_file() and not p.name.startswith(".")}


def test_sdist_and_wheel_hold_the_assets(dists):
    want = _vendored()
    manifest = json.loads(want["manifest.json"])
    assert set(manifest["files"]) | {"manifest.json"} < set(want)
    assert any(name.startswith("page-frame-") for name in want), "the baked page frame"
    with zipfile.ZipFile(dists["wheel"]) as wheel:
        names = set(wheel.namelist())
        assert {n: wheel.read(f"geomap/_vendor/{n}") for n in want} == want
    assert {"geomap/gazetteer/places.csv", "geomap/gazetteer/names.csv", "geomap/data/events.jsonl",
            "geomap/data/people.csv", "geomap/render/page/main.js"} <= names
    assert not [n for n in names if n.startswith(("scripts/", "tests/", "build_hooks"))]
    with tarfile.open(dists["sdist"]) as sdist:
        root = sdist.getnames()[0].split("/")[0]
        got = {n: sdist.extractfile(f"{root}/geomap/_vendor/{n}").read() for n in want}
        names = set(sdist.getnames())
    assert got == want
    assert {f"{root}/{n}" for n in ("build_hooks.py", "scripts/vendor.py", "scripts/vendor.lock.json",
                                    "geomap/gazetteer/places.csv")} <= names


def test_wheel_in_a_fresh_venv_builds_a_map_offline(dists, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          capture_output=True, text=True, check=True).stdout.strip()
    Path(site, "geomap_test_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    install = offline(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
                      dists["wheel"])
    assert install.returncode == 0, install.stderr
    where = subprocess.run([python, "-c", "import geomap; print(geomap.__file__)"], capture_output=True,
                           text=True, cwd=tmp_path, check=True).stdout
    assert where.startswith(site), "geomap comes from the wheel, not the checkout"

    out, cache = tmp_path / "out", tmp_path / "cache"
    env = {**os.environ, "GEOMAP_CACHE_DIR": str(cache)}
    run = offline(venv / "bin" / "geomap", "build", "--out", out, cwd=tmp_path, env=env)
    assert run.returncode == 0, run.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["events"]["placed"] > 40
    assert set(report["outputs"]) == {"index.html", "events.geojson", "events.csv", "events.gpkg", "events.parquet",
                                      "events.plover.jsonl", ".events-index.arrow", "map.png", "map.svg"}
    assert all((out / name).stat().st_size == size for name, size in report["outputs"].items())
    assert "Leaflet" in (out / "index.html").read_text(encoding="utf-8")
    assert not list(cache.glob("**/page-frame-*")), "the page frame baked into the wheel was used"


def test_a_build_without_assets_stops_when_it_cannot_fetch_them(tmp_path):
    src = checkout(tmp_path / "src", with_assets=False)
    env = {**os.environ, "GEOMAP_VENDOR_CACHE": str(tmp_path / "empty")}
    run = offline(sys.executable, "-m", "build", "--no-isolation", "--wheel", "--outdir", tmp_path / "dist", src,
                  env=env)
    assert run.returncode != 0
    assert re.search(r"cannot download [\w.-]+@[\d.]+ from https://registry\.npmjs\.org/", run.stdout + run.stderr)
    assert not list(tmp_path.glob("dist/*.whl"))
