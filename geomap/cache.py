"""Extraction results kept by document content, so a rebuild re-reads only what changed.

The key is the document's bytes plus a fingerprint of the extractor and gazetteer sources: changing
either the text or the code that reads it makes a fresh extraction.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from .events import Event, Problem, read_events, to_jsonl


def default_dir() -> Path:
    """$GEOMAP_CACHE_DIR, else the user's cache folder (XDG on Linux)."""
    if os.environ.get("GEOMAP_CACHE_DIR"):
        return Path(os.environ["GEOMAP_CACHE_DIR"])
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "geomap"
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home())) / "geomap" / "cache"
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "geomap"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of everything that decides what extraction returns: its code, the readers that give it
    text, and the place data."""
    h = hashlib.sha256()
    root = files("geomap")
    for sub in ("read", "extract", "geocode", "gazetteer"):
        _hash_tree(h, root / sub, sub)
    _hash_tree(h, root / "events", "events")
    for name in ("names.py", "gazetteer.py", "geo.py", "translit.py", "timeline.py", "jsoncols.py", "data/people.csv",
                 "data/offices.csv", "data/summits.csv", "data/implied_places.csv"):
        h.update(root.joinpath(*name.split("/")).read_bytes())
    return h.hexdigest()[:16]


def _hash_tree(h, folder, name: str) -> None:
    if not folder.is_dir():
        return
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.is_dir() and item.name != "__pycache__":
            _hash_tree(h, item, f"{name}/{item.name}")
        elif item.is_file() and item.name.endswith((".py", ".csv")):
            h.update(f"{name}/{item.name}".encode())
            h.update(item.read_bytes())


class ExtractionCache:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = (folder or default_dir()) / "extract" / code_fingerprint()

    def _path(self, data: bytes, name: str) -> Path:
        key = hashlib.sha256(name.encode() + b"\0" + data).hexdigest()
        return self.folder / f"{key}.jsonl"

    def get(self, data: bytes, name: str) -> tuple[list[Event], list[Problem], list[str], dict[str, str]] | None:
        """The events, skipped entries, warnings and passages (event id → the text of its evidence)
        of an earlier extraction of exactly these bytes."""
        path = self._path(data, name)
        skipped = path.with_suffix(".problems.json")
        if not path.is_file() or not skipped.is_file():
            return None
        result = read_events(path) if path.stat().st_size else None
        if result is not None and result.problems:
            return None
        kept = json.loads(skipped.read_text(encoding="utf-8"))
        problems = [Problem(**p) for p in kept["problems"]]
        return (result.events if result else []), problems, kept["warnings"], kept.get("passages", {})

    def put(self, data: bytes, name: str, events: list[Event], problems: list[Problem],
            warnings: list[str] = (), passages: dict[str, str] | None = None) -> None:
        path = self._path(data, name)
        path.parent.mkdir(parents=True, exist_ok=True)
        kept = {"problems": [{"path": p.path, "line": p.line, "field": p.field, "reason": p.reason} for p in problems],
                "warnings": list(warnings), "passages": dict(passages or {})}
        for target, text in ((path, to_jsonl(events)),
                             (path.with_suffix(".problems.json"), json.dumps(kept, ensure_ascii=False))):
            tmp = target.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, target)
