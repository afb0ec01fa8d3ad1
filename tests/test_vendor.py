"""scripts/vendor.py's download step: tarballs by registry address, checked against the lock's
sha512, kept in the download cache; and `--check`, which tells the build hook to skip the work.

The registry here is a small HTTP server on 127.0.0.1 that this test starts; nothing leaves the
machine.
"""
from __future__ import annotations

import hashlib
import http.server
import importlib.util
import json
import shutil
import threading
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def vendor():
    spec = importlib.util.spec_from_file_location("geomap_vendor_script", REPO / "scripts" / "vendor.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Registry(http.server.ThreadingHTTPServer):
    """Serves `files` (path → bytes) and counts what was asked for."""

    def __init__(self, files: dict[str, bytes]) -> None:
        self.files, self.asked = files, []
        registry = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
                registry.asked.append(self.path)
                body = registry.files.get(self.path)
                self.send_response(200 if body is not None else 404)
                self.end_headers()
                self.wfile.write(body or b"")

            def log_message(self, *args) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"


@pytest.fixture()
def registry(vendor, monkeypatch, tmp_path):
    server = Registry({})
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    monkeypatch.setattr(vendor, "REGISTRY", server.url)
    monkeypatch.setattr(vendor, "CACHE", tmp_path / "downloads")
    yield server
    server.shutdown()
    server.server_close()
    thread.join(5)


def _package(vendor, name: str, version: str, data: bytes):
    return vendor.Package(name, version, vendor.sri_sha512(data))


def test_integrity_is_npm_s_sha512_form(vendor):
    assert vendor.sri_sha512(b"") == ("sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUd"
                                      "BeoGlODJ6+SfaPg==")


def test_tarball_is_fetched_by_address_checked_and_cached(vendor, registry):
    data = b"a tarball"
    registry.files["/leaflet/-/leaflet-9.9.9.tgz"] = registry.files["/@scope/kit/-/kit-1.0.0.tgz"] = data
    plain, scoped = _package(vendor, "leaflet", "9.9.9", data), _package(vendor, "@scope/kit", "1.0.0", data)
    assert plain.url == f"{registry.url}leaflet/-/leaflet-9.9.9.tgz"
    assert scoped.url == f"{registry.url}@scope/kit/-/kit-1.0.0.tgz"
    for package in (plain, scoped):
        package.fetch()
        assert package.path.read_bytes() == data
    plain.fetch()  # the cached copy has the pinned hash: no second download
    assert registry.asked == ["/leaflet/-/leaflet-9.9.9.tgz", "/@scope/kit/-/kit-1.0.0.tgz"]
    plain.path.write_bytes(b"spoilt on disk")
    plain.fetch()
    assert plain.path.read_bytes() == data and len(registry.asked) == 3


def test_a_tarball_that_does_not_match_the_lock_is_refused(vendor, registry):
    registry.files["/leaflet/-/leaflet-9.9.9.tgz"] = b"someone else's bytes"
    package = _package(vendor, "leaflet", "9.9.9", b"the pinned bytes")
    with pytest.raises(SystemExit, match=r"leaflet@9\.9\.9: integrity mismatch: lock has sha512-.*update vendor\.lock\.json"):
        package.fetch()
    assert not package.path.exists() and not list(vendor.CACHE.glob(".*tmp"))


def test_a_missing_tarball_names_the_address(vendor, registry):
    package = _package(vendor, "leaflet", "0.0.1", b"x")
    with pytest.raises(SystemExit, match=r"cannot download leaflet@0\.0\.1 from http://127\.0\.0\.1:\d+/leaflet/-/"
                                         r"leaflet-0\.0\.1\.tgz \(Not Found\)"):
        package.fetch()


def test_check_follows_the_lock_the_inputs_and_the_files(vendor, monkeypatch, tmp_path):
    if not vendor.current():
        pytest.fail("geomap/_vendor is not current: run `make vendor`")
    out = tmp_path / "_vendor"
    shutil.copytree(vendor.OUT, out)
    monkeypatch.setattr(vendor, "OUT", out)
    assert vendor.current()

    with monkeypatch.context() as m:
        m.setattr(vendor, "inputs_digest", lambda: hashlib.sha256(b"other page code").hexdigest())
        assert not vendor.current(), "a changed script or page code"
    lock = tmp_path / "vendor.lock.json"
    pins = json.loads(vendor.LOCK.read_text(encoding="utf-8"))
    pins["packages"]["leaflet"]["version"] = "1.9.5"
    lock.write_text(json.dumps(pins), encoding="utf-8")
    with monkeypatch.context() as m:
        m.setattr(vendor, "LOCK", lock)
        assert not vendor.current(), "a moved pin"
    assert vendor.current()

    islands = (out / "islands.geojson").read_bytes()
    (out / "islands.geojson").write_text("{}", encoding="utf-8")
    assert not vendor.current(), "a file changed after it was made"
    (out / "islands.geojson").write_bytes(islands)
    for frame in out.glob("page-frame-*.html"):
        frame.unlink()
    assert not vendor.current(), "no page frame for the installed folium"
