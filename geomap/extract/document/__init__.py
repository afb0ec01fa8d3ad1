"""Stage 1 of extraction, text → document: running text with offsets, sections, bulletin entries or
news articles, their source addresses, and the date the document was written (with its evidence)."""
from __future__ import annotations

from dataclasses import dataclass, field

from .dating import DocumentDate


@dataclass(frozen=True)
class Part:
    """One dated unit of a document: a whole bulletin, or one article of a news file."""
    label: str
    line: int
    date: DocumentDate


@dataclass
class Reading:
    """How a document was read: what `geomap extract --explain` prints and the report keeps."""
    kind: str = "empty"                       # bulletin | news | empty
    sections: list[str] = field(default_factory=list)
    analysis: list[str] = field(default_factory=list)   # sections whose entries give no events
    date_lines: int = 0
    entries: int = 0
    skipped: int = 0                          # entries inside analysis sections
    parts: list[Part] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)      # from the file reader
    guesses: list[str] = field(default_factory=list)    # readings chosen by fit, not by the writer's word

    def summary(self) -> str:
        """What was found, for a document that gave no event."""
        if self.kind == "empty":
            return "the document holds no text"
        bits = [f"read as {self.kind}"]
        if self.kind == "bulletin":
            bits.append(f"{self.entries} dated entries")
            if self.skipped:
                bits.append(f"{self.skipped} more in analysis sections")
        else:
            bits.append(f"{len(self.parts)} article(s)")
        bits.append(f"{len(self.sections)} section heading(s)")
        undated = [p.label for p in self.parts if p.date.anchor is None]
        if undated:
            bits.append(f"no date for: {', '.join(undated)}")
        return ", ".join(bits)

    def explain(self) -> str:
        lines = [f"kind: {self.kind}; " + self.summary()]
        lines += [f"reader: {n}" for n in self.notes]
        if self.sections:
            lines.append("sections: " + "; ".join(
                f"{s}{' (analysis: no events)' if s in self.analysis else ''}" for s in self.sections))
        for p in self.parts:
            lines.append(f"{p.label} (line {p.line}): " + p.date.explain().replace("\n", "\n  "))
        return "\n".join(lines)
