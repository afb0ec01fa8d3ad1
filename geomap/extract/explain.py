"""What `geomap extract --explain` prints: how a document was read, and why each event is what it is."""
from __future__ import annotations

from . import Extraction


def explain_document(name: str, result: Extraction) -> str:
    lines = [f"== {name}", result.reading.explain()]
    for e in result.events:
        lines.append(f"- {e.date_start}{'…' + e.date_end if e.date_end != e.date_start else ''} {e.event_type} "
                     f"@ {e.venue or '(no place)'}: {e.headline[:100]}")
    for p in result.problems:
        lines.append(f"! line {p.line}: {p.reason}")
    return "\n".join(lines)
