"""The plain-text shape every reader writes, so the extractor sees one kind of document.

A structured document (HTML, DOCX, Markdown) becomes a list of blocks: a paragraph, a heading, a
list item or a table row, each with the addresses it links to. Blocks are separated by blank lines;
a block's addresses follow it on lines of their own, as source addresses stand in the bulletins.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")

# A table row whose first cell is this short is a label ("14 lutego", "Tokio"): "label: rest".
LABEL_CHARS = 40


@dataclass
class Block:
    text: str                                      # lines joined by "\n"
    urls: list[str] = field(default_factory=list)  # addresses linked from the block

    @property
    def is_address(self) -> bool:
        return bool(self.text) and all(ADDRESS.match(line) for line in self.text.split("\n"))


def count(n: int, word: str, many: str | None = None) -> str:
    """'1 page', '12 pages', '2 addresses': for the notes."""
    return f"{n} {word if n == 1 else many or word + 's'}"


def squeeze(text: str) -> str:
    """Runs of spaces, tabs and no-break spaces → one space, per line; line breaks kept."""
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def is_address(text: str) -> bool:
    return bool(ADDRESS.match(text.strip()))


def join_blocks(blocks: Iterable[Block]) -> str:
    """The text: blocks apart by a blank line, each block's addresses on the lines after it.

    Consecutive blocks of addresses only are one block, as a footnote list of sources is.
    """
    parts: list[str] = []
    previous_was_address = False
    for block in blocks:
        lines = [line for line in block.text.split("\n") if line.strip()]
        shown = set(lines)
        for url in block.urls:
            if url not in shown:
                lines.append(url)
                shown.add(url)
        if not lines:
            continue
        only_addresses = all(ADDRESS.match(line) for line in lines)
        if parts:
            parts.append("\n" if previous_was_address and only_addresses else "\n\n")
        parts.append("\n".join(lines))
        previous_was_address = only_addresses
    return "".join(parts) + "\n" if parts else ""


_MONTH_WORD = (r"(?:sty|lut|mar|kwi|maj|cze|lip|sie|wrz|pa[źz]|lis|gru|jan|feb|apr|may|jun|jul|aug|sep|oct|nov|dec|"
               r"[IVX]{1,4}\b)")
# a cell that is a date: '12.05', '25–27.05', '3 czerwca', 'May 3', '2021-05-12', 'Mon 3'
_DATE_CELL = re.compile(rf"^\s*(?:\d{{4}}-\d\d-\d\d|\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?(?:[./]\d{{1,2}}|\s+{_MONTH_WORD})|"
                        rf"{_MONTH_WORD}\w*\.?\s+\d{{1,2}}|[A-Za-zś]{{2,4}}\.?\s+\d{{1,2}})", re.IGNORECASE)
_DATE_HEAD = re.compile(r"^\s*(?:data|date|dzień|day|when|kiedy|termin)\s*:?\s*$", re.IGNORECASE)
_PLACE_HEAD = re.compile(r"^\s*(?:miejsce|place|location|venue|where|gdzie|city|miasto|lokalizacja)\s*:?\s*$",
                         re.IGNORECASE)


def date_first(rows: list[list[str]]) -> list[list[str]]:
    """A table's rows with its date column first and its place column second, as row_line reads
    them ('Wydarzenie | Data | Miejsce' → 'Data: Miejsce; Wydarzenie'). The date column is the one
    its header names or, without a header, the one most of whose cells are short dates."""
    width = max((len(r) for r in rows), default=0)
    if width < 2:
        return rows
    head = rows[0] if len(rows[0]) == width else []
    body = [r for r in rows[1 if head else 0:] if len(r) == width]

    def dated(col: int) -> int:
        return sum(len(r[col]) <= 30 and bool(_DATE_CELL.match(r[col])) for r in body)
    date_col = next((i for i, c in enumerate(head) if _DATE_HEAD.match(c)), None)
    if date_col is None and body:
        best = max(range(width), key=dated)
        date_col = best if dated(best) >= max(1, 0.6 * len(body)) else None
    place_col = next((i for i, c in enumerate(head) if _PLACE_HEAD.match(c)), None)
    if date_col is None or (date_col == 0 and place_col in (None, 1)):
        return rows
    order = [date_col] + [i for i in (place_col,) if i is not None and i != date_col]
    order += [i for i in range(width) if i not in order]
    return [[r[i] for i in order] if len(r) == width else r for r in rows]


def row_line(cells: list[str]) -> str:
    """A table row as one line. A two-column table of date | text reads as a dated entry:
    '14 lutego: text'. A long first cell is prose, not a label: cells are then joined by '; '."""
    cells = [c for c in (" ".join(c.split()) for c in cells) if c]
    if len(cells) < 2:
        return cells[0] if cells else ""
    head, rest = cells[0], cells[1:]
    if len(head) <= LABEL_CHARS:
        return head + (" " if head.endswith(":") else ": ") + _joined(rest)
    return _joined(cells)


def _joined(cells: list[str]) -> str:
    """Cells one after another: '; ' between them, a space after one that ends its sentence
    ('… o traktacie pokojowym. http://…', not '….; http://…')."""
    out = cells[0]
    for c in cells[1:]:
        out += (" " if out.endswith((".", "!", "?")) else "; ") + c
    return out
