"""The suite on a clone without ../shared: every module collects, the tests that need ../shared skip
with the one reason, the others run; with GEOMAP_REQUIRE_SHARED=1 (CI) those tests fail instead.

The first test runs pytest itself in a subprocess pointed at a folder that does not exist.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import shared_data

TESTS = Path(__file__).resolve().parent


def pytest_run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != shared_data.REQUIRE}
    env["GEOMAP_SHARED"] = str(tmp_path / "no-shared-here")
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-rs", "-n", "0", "-p", "no:cacheprovider", "--assert=plain",
                           *args], capture_output=True, text=True, timeout=300, cwd=TESTS.parent, env=env)


@pytest.mark.slow
def test_every_module_collects_and_shared_tests_skip_with_one_reason(tmp_path):
    # -k runs test_dataset.py's tests (some need the corpus, some not) but collects every module:
    # a module that read ../shared at import would stop the whole run.
    run = pytest_run(tmp_path, "-k", "test_dataset", str(TESTS))
    assert run.returncode == 0, run.stdout[-3000:]
    reason = shared_data.REASON.replace(str(shared_data.SHARED), str(tmp_path / "no-shared-here"))
    skips = re.findall(r"^SKIPPED \[\d+\] [^:]+:\d+: (.*)$", run.stdout, re.M)
    assert skips and set(skips) == {reason}
    counts = dict((k, int(n)) for n, k in re.findall(r"(\d+) (passed|skipped|deselected)", run.stdout))
    assert counts["passed"] > 3 and counts["skipped"] > 3 and counts["deselected"] > 500


@pytest.mark.parametrize("require,outcome", [("", pytest.skip.Exception), ("1", pytest.fail.Exception),
                                             ("0", pytest.skip.Exception)])
def test_a_missing_shared_fails_only_where_it_is_required(monkeypatch, tmp_path, require, outcome):
    monkeypatch.setattr(shared_data, "SHARED", tmp_path / "no-shared-here")
    monkeypatch.setenv(shared_data.REQUIRE, require)
    with pytest.raises(outcome, match="needs ../shared"):
        shared_data.path("corpus")


def test_a_shared_folder_without_a_part_names_it(monkeypatch, tmp_path):
    monkeypatch.setattr(shared_data, "SHARED", tmp_path)
    monkeypatch.delenv(shared_data.REQUIRE, raising=False)
    (tmp_path / "corpus").mkdir()
    assert shared_data.path("corpus") == tmp_path / "corpus"
    with pytest.raises(pytest.skip.Exception, match=r"has no data/world\.geojson"):
        shared_data.path("data", "world.geojson")
