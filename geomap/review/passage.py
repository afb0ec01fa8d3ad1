"""The passage an event was read from, with the words that gave its date, venue and type marked.

Extraction keeps each event's `evidence`, the [start, end) span of its passage in the document's
text, and in `why` the words each decision rests on. The page shows the passage with those words
highlighted, so an analyst sees at once what the extractor saw. Pure: text and event in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..events import Event

LONGEST = 1200          # characters of passage a page carries per event
_QUOTED = re.compile(r"'([^']+)'")


@dataclass(frozen=True)
class Passage:
    """The passage with its white space made single, and the marked words: [start, end) in `text`
    and what they gave ('date', 'venue' or 'type')."""
    text: str
    marks: tuple[tuple[int, int, str], ...] = ()

    def to_json(self) -> list[Any]:
        return [self.text, [list(m) for m in self.marks]]


def span_text(text: str, e: Event) -> str | None:
    """The event's passage as it stands in the document text it was extracted from."""
    if not e.evidence:
        return None
    a, b = e.evidence
    return text[max(0, a):max(0, b)] or None


def words(e: Event) -> list[tuple[str, str]]:
    """(kind, words) the extractor says it read each decision from, in `why`."""
    why = e.why or {}
    out = []
    for piece in _QUOTED.findall(str(why.get("date") or "")):
        out += [("date", w) for w in piece.split(" … ")]
    venue = (why.get("venue") or {}).get("words")
    if venue:
        out.append(("venue", str(venue)))
    cue = (why.get("type") or {}).get("cue")
    if cue:
        out.append(("type", str(cue)))
    return out


def passage(raw: str, e: Event) -> Passage:
    """The passage `raw` of event `e`, cut to LONGEST characters around what it marks."""
    text = " ".join(raw.split())
    marks: list[tuple[int, int, str]] = []
    for kind, w in words(e):
        tokens = w.split()
        if not tokens:
            continue
        pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, tokens)) + r"(?!\w)", re.IGNORECASE)
        for m in pattern.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b, _ in marks):
                marks.append((m.start(), m.end(), kind))
                break
    marks.sort()
    if len(text) > LONGEST:
        start = max(0, min((a for a, _, _ in marks), default=0) - LONGEST // 4)
        start = min(start, len(text) - LONGEST)
        head = "… " if start else ""
        tail = " …" if start + LONGEST < len(text) else ""
        text = head + text[start:start + LONGEST] + tail
        shift = start - len(head)
        marks = [(a - shift, b - shift, k) for a, b, k in marks if a >= start and b <= start + LONGEST]
    return Passage(text, tuple(marks))
