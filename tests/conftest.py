"""Shared fixtures: the ../shared folder beside the repo, and Debian's chromium driven by Playwright.

Tests that read ../shared ask for the `shared`, `corpus`, `devset` or `reference_data` fixture, or
carry the `shared` marker; without ../shared they skip with one reason (see shared_data.py).
"""
from __future__ import annotations

import gc
import os
import shutil
from pathlib import Path

import pytest

import shared_data

REPO = shared_data.REPO
FIXTURES = REPO / "tests" / "fixtures"
PYCACHE = REPO / ".cache" / "pycache"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _keep_bytecode() -> None:
    """Where PYTHONDONTWRITEBYTECODE is set (it is on the project's machine), every xdist worker and
    every Python a test starts would compile geomap and rewrite the test modules afresh, about 5 s
    of CPU each. They keep their bytecode under .cache/pycache instead, out of the source tree.
    Set here, at conftest import, so the workers xdist starts next inherit it."""
    if os.environ.get("PYTHONDONTWRITEBYTECODE") and not os.environ.get("PYTHONPYCACHEPREFIX"):
        del os.environ["PYTHONDONTWRITEBYTECODE"]
        os.environ["PYTHONPYCACHEPREFIX"] = str(PYCACHE)


_keep_bytecode()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Slow and browser tests first: the two xdist workers then start on the long files and end
    together, instead of one of them starting a long file when the other is nearly done."""
    items.sort(key=lambda item: not (item.get_closest_marker("slow") or item.get_closest_marker("browser")))


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("shared"):
        shared_data.path()


@pytest.fixture(autouse=True, scope="session")
def _session_cache(tmp_path_factory):
    """One extraction cache for the session, away from the user's own: each document the tests
    build from is extracted once, not once per test. xdist's workers share it (in the run's own
    temporary folder); the cache writes each entry whole, under a name of its own, then moves it."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        folder = tmp_path_factory.getbasetemp().parent / "session-cache"
        folder.mkdir(exist_ok=True)
    else:
        folder = tmp_path_factory.mktemp("session-cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GEOMAP_CACHE_DIR", str(folder))
        yield


@pytest.fixture(autouse=True, scope="session")
def _imported_before_forks():
    """Every build forks a process for its exports, which imports GDAL's bindings (0.1 s of CPU, in
    a hundred builds), and the print maps' drawer, which imports matplotlib and reads the base map
    (0.5 s, in a dozen). Done once here, in the test process, every fork inherits them."""
    from geomap.exports.worker import _warm as exports_warm
    from geomap.render.print import _warm as drawing_warm

    exports_warm()
    drawing_warm()


@pytest.fixture()
def private_cache(tmp_path_factory, monkeypatch) -> Path:
    """An empty extraction cache of this test's own, for tests that count what came from the cache
    or change what the cache key covers: they must not see what another test extracted."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(folder))
    return folder


@pytest.fixture()
def cli(monkeypatch):
    """The command line in this process, on a wide terminal so no line wraps; the build command
    turns the garbage collector off, which must not outlive the test."""
    from click.testing import CliRunner

    from geomap.cli import main

    monkeypatch.setenv("COLUMNS", "1000")
    was = gc.isenabled()
    yield lambda *args: CliRunner().invoke(main, [str(a) for a in args])
    if was:
        gc.enable()


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared: test input that lives beside the repo (skips without it, fails in CI)."""
    return shared_data.path()


@pytest.fixture(scope="session")
def corpus(shared: Path) -> Path:
    return shared_data.path("corpus")


@pytest.fixture(scope="session")
def devset(shared: Path) -> Path:
    return shared_data.path("devset")


@pytest.fixture(scope="session")
def reference_data(shared: Path) -> Path:
    """Natural Earth extracts made independently of geomap's own geodata."""
    return shared_data.path("data")


@pytest.fixture(scope="session")
def fixture_docs() -> list[Path]:
    """The suite's own documents (Polish and English bulletins and news), each with its gold."""
    return sorted((FIXTURES / "extract").glob("*.txt"))


@pytest.fixture()
def docs(fixture_docs, tmp_path):
    """The suite's documents copied into a folder of this test's own, to build from and change."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for p in fixture_docs:
        shutil.copy(p, folder / p.name)
    return sorted(folder.glob("*.txt"))


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.fail("Debian's chromium is not installed (apt-get install chromium); .ci/run installs it")
    return path


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def bundled_build(tmp_path_factory: pytest.TempPathFactory):
    """The bundled dataset's page and exports, built once for every test that looks at them (the
    print maps are test_static_map's)."""
    from geomap.build import build

    out = tmp_path_factory.mktemp("bundled")
    report = build(out, static=False)
    return out, report
