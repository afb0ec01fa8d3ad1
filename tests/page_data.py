"""The data a built page carries, read back as the page reads it: base64 → deflate → JSON, per part."""
from __future__ import annotations

import base64
import json
import re
import zlib
from pathlib import Path
from typing import Any

_PART = re.compile(r'<script type="application/octet-stream" class="geomap-data" data-part="([^"]+)">([^<]*)</script>')


def read(page: Path) -> dict[str, Any]:
    """The page's meta part, with `events` as the columns of placed events."""
    data: dict[str, Any] = {}
    events: dict[str, Any] = {}
    for name, packed in _PART.findall(page.read_text(encoding="utf-8")):
        value = json.loads(zlib.decompress(base64.b64decode(packed)))
        if name == "meta":
            data.update(value)
        else:
            events[name.removeprefix("events.")] = value
    data["events"] = events
    return data


def review_by_id(data: dict[str, Any]) -> dict[str, Any]:
    """Event id → its review value, for placed and unplaced events alike."""
    cols = data["events"]
    out = dict(zip(cols["id"], cols.get("review", [0] * len(cols["id"]))))
    out.update({row["id"]: row["review"] for row in data["unplaced"]})
    return out


def leaves(value: Any):
    """Every string inside nested dicts and lists (a UI string table), in order."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from leaves(v)
    elif isinstance(value, list):
        for v in value:
            yield from leaves(v)
