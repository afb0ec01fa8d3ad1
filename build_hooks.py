"""setuptools hooks that put the vendored assets (geomap/_vendor/) into every wheel and sdist.

Both run scripts/vendor.py, the one entry point that downloads the pinned npm tarballs (checked
against the sha512 in scripts/vendor.lock.json) and derives what every page inlines, whatever else
it comes to make. They skip it when `vendor.py --check` finds geomap/_vendor current, as after
`make vendor` or in an unpacked sdist, so such builds need no network. An editable install
(`make install`) takes its assets from `make vendor` instead.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent
VENDOR = ROOT / "scripts" / "vendor.py"


def vendor() -> None:
    """Make geomap/_vendor current, or stop the build with vendor.py's own one-line reason."""
    if subprocess.run([sys.executable, str(VENDOR), "--check"], cwd=ROOT).returncode == 0:
        return
    if subprocess.run([sys.executable, str(VENDOR)], cwd=ROOT).returncode != 0:
        raise SystemExit("geomap: scripts/vendor.py failed (see above); the package would lack its assets")


class BuildPy(build_py):
    def run(self) -> None:
        if not self.editable_mode:
            vendor()
        super().run()


class Sdist(sdist):
    def run(self) -> None:
        vendor()
        super().run()
