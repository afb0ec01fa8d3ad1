"""Shared fixtures: the ../shared folder beside the repo, and Debian's chromium driven by Playwright."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Keep the extraction cache of test builds away from the user's own."""
    os.environ["GEOMAP_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared: test input that lives beside the repo. Missing means the tests cannot run."""
    if not (SHARED / "corpus").is_dir():
        pytest.fail(f"the shared test data is missing: expected {SHARED}/corpus beside the repo")
    return SHARED


@pytest.fixture(scope="session")
def corpus(shared: Path) -> Path:
    return shared / "corpus"


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
    """The default build of the bundled dataset, made once for every test that looks at it."""
    from geomap.build import build

    out = tmp_path_factory.mktemp("bundled")
    report = build(out)
    return out, report
