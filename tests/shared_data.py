"""Where the test input beside the repository lives (../shared), and what a test does without it.

A clone on its own has no ../shared: tests that read the corpus, the devset or the reference
geodata skip, all with the one reason below, and the rest of the suite runs on tests/fixtures.
CI has ../shared and sets GEOMAP_REQUIRE_SHARED=1 (.ci/run), so there a missing folder fails the
tests that need it instead of letting them skip. GEOMAP_SHARED points the suite at another folder.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import NoReturn

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GEOMAP_SHARED") or REPO.parent / "shared")
REQUIRE = "GEOMAP_REQUIRE_SHARED"
REASON = f"needs ../shared (corpus, devset, reference data) beside the repository, not found at {SHARED}"


def required() -> bool:
    """True where a missing ../shared is a failure (CI), not a reason to skip."""
    return os.environ.get(REQUIRE, "") not in ("", "0")


def missing(reason: str = REASON) -> NoReturn:
    if required():
        pytest.fail(f"{reason} ({REQUIRE} is set)", pytrace=False)
    pytest.skip(reason)


def path(*parts: str) -> Path:
    """SHARED/parts, after checking it is there; skips (or fails under CI) when it is not."""
    if not SHARED.is_dir():
        missing()
    target = SHARED.joinpath(*parts)
    if not target.exists():
        missing(f"../shared at {SHARED} has no {'/'.join(parts)}")
    return target
