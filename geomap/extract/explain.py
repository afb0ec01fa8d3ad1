"""What `geomap extract --explain` prints: how a document was read, and why each event is what it is."""
from __future__ import annotations

from . import Extraction


def explain_document(name: str, result: Extraction) -> str:
    lines = [f"== {name}", result.reading.explain()]
    for e in result.events:
        lines.append(f"- {e.date_start}{'…' + e.date_end if e.date_end != e.date_start else ''} {e.event_type} "
                     f"@ {e.venue or '(no place)'}{' [in passing]' if e.in_passing else ''}: {e.headline[:100]}")
        if e.evidence:
            lines.append(f"    text: characters {e.evidence[0]}–{e.evidence[1]}")
        why = e.why or {}
        if why.get("date"):
            lines.append(f"    date: {why['date']}")
        v = why.get("venue") or {}
        if v:
            words = f"'{v['words']}' " if v.get("words") else ""
            step = f", look-up step {v['step']}" if v.get("step") else ""
            lines.append(f"    venue: {words}({v.get('rule', '')}{step}; {v.get('basis', '')})")
        ty = why.get("type") or {}
        if ty:
            lines.append(f"    type: {ty.get('rule', '')}" + (f", cue '{ty['cue']}'" if ty.get("cue") else ""))
        if e.actors:
            lines.append(f"    actors: {', '.join(e.actors)}; persons: {', '.join(e.persons) or '—'}")
    for p in result.problems:
        lines.append(f"! line {p.line}: {p.reason}")
    return "\n".join(lines)
