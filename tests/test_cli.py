"""The command line as a user runs it: a real process, real files, and no network at all.

One build runs as a real process with the network cut; the error lines are checked in this
process (the `cli` fixture), which reads the same arguments and prints the same lines."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest


def geomap(*args: str, offline: bool = False, **kw) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "geomap", *args]
    if offline:
        if shutil.which("unshare") is None:
            pytest.fail("unshare (util-linux) is needed to cut the network")
        cmd = ["unshare", "-n", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300, **kw)


def test_build_works_with_the_network_cut_and_gives_the_bytes_of_another_process(tmp_path, bundled_build):
    probe = subprocess.run(["unshare", "-n", sys.executable, "-c",
                            "import socket; socket.create_connection(('127.0.0.1', 9), 1)"],
                           capture_output=True, text=True)
    assert probe.returncode != 0, "inside unshare -n even loopback is down"
    # The print maps are drawn offline too, by the installed wheel in test_packaging.py.
    run = geomap("build", "--out", str(tmp_path), "--no-static", offline=True)
    assert run.returncode == 0, run.stderr
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["events"]["placed"] + report["events"]["unplaced"] == 49
    assert "on the map" in run.stdout
    # Two builds in two processes (each with its own hash seed) write the same bytes; the print
    # maps' bytes are compared in test_static_map.py.
    other, _ = bundled_build
    for name in ("index.html", "events.geojson", "events.csv", "report.json"):
        assert (tmp_path / name).stat().st_size > 0
        assert (tmp_path / name).read_bytes() == (other / name).read_bytes(), name


def test_bad_input_is_one_line_without_traceback(tmp_path, cli):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc": "d", "date_start": "2018-11-31", "event_type": "visit", "headline": "x"}\n')
    run = cli("build", "--events", bad, "--strict", "--out", tmp_path / "o")
    assert run.exit_code == 1 and isinstance(run.exception, SystemExit), "an error, not a crash"
    assert run.stderr.count("\n") == 1 and f"{bad}:1 field 'date_start'" in run.stderr
    assert not (tmp_path / "o" / "index.html").exists()


@pytest.mark.parametrize("args,words", [
    (["--scheduler", "tcp://127.0.0.1:1"], "--scheduler is for --engine dask"),
    (["--engine", "dask", "--events", "{tmp}/feeds/*.parquet"], "no file matches this pattern"),
    (["--engine", "dask"], "--engine dask needs --events"),
])
def test_engine_flags_say_what_is_wrong_in_one_line(tmp_path, cli, args, words):
    run = cli("build", "--out", tmp_path / "o", *[a.format(tmp=tmp_path) for a in args])
    assert run.exit_code == 1 and isinstance(run.exception, SystemExit), "an error, not a crash"
    assert words in run.stderr and run.stderr.count("\n") == 1
