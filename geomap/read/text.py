"""Bytes of a text file → text: UTF-8 with or without BOM, UTF-16, or Windows-1250.

Analysts' files come from Word's "save as text" (UTF-16 with a BOM, or Windows-1250 on Polish
Windows), from editors (UTF-8) and from copy and paste; any of them may end lines with CRLF.
"""
from __future__ import annotations

import codecs
import re
from collections import Counter
from pathlib import Path

from ..errors import UnreadableDocument
from .document import Document
from .shape import date_first, is_address, row_line

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig", "UTF-8 with BOM"), (b"\xff\xfe", "utf-16", "UTF-16"),
         (b"\xfe\xff", "utf-16", "UTF-16"))


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when every other byte of the head is zero, as in Latin text."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""",
                      re.IGNORECASE)


def _declared(head: bytes) -> str | None:
    """The encoding a page declares (`<meta charset>`, http-equiv, `<?xml encoding>`), if Python knows it.

    Older Polish sites are ISO-8859-2, where 'ą' is the byte Windows-1250 reads as '±'."""
    m = _CHARSET.search(head)
    if m is None:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


TEXT_FILE = "give a UTF-8, UTF-16 or Windows-1250 text file"


def decode(raw: bytes, path: str | Path | None = None, expected: str = TEXT_FILE) -> tuple[str, str]:
    """The text, with every line ending made '\\n', and the encoding's name for the notes.

    `expected` ends the message for a binary file: what the caller could have read instead."""
    where = None if path is None else str(path)
    for bom, codec, label in _BOMS:
        if raw.startswith(bom):
            try:
                return _lines(raw.decode(codec)), label
            except UnicodeDecodeError as e:
                raise UnreadableDocument(f"starts as {label} but byte {e.start} is not; re-save the file "
                                         "as UTF-8", path=where) from None
    head = raw[:4096]
    if (declared := _declared(head)) is not None:
        try:
            return _lines(raw.decode(declared)), declared
        except UnicodeDecodeError:
            pass
    if (codec := _utf16_without_bom(head)) is not None:
        try:
            return _lines(raw.decode(codec)), "UTF-16"
        except UnicodeDecodeError:
            pass
    if b"\x00" in head:
        raise UnreadableDocument(f"looks like a binary file, not text; {expected}", path=where)
    try:
        return _lines(raw.decode("utf-8")), "UTF-8"
    except UnicodeDecodeError as e:
        try:
            return _lines(raw.decode("cp1250")), "Windows-1250"
        except UnicodeDecodeError:
            line = raw[: e.start].count(b"\n") + 1
            raise UnreadableDocument(f"byte 0x{raw[e.start]:02x} at offset {e.start} is neither UTF-8 nor "
                                     "Windows-1250; re-save the file as UTF-8", path=where, line=line) from None


def _lines(text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_plain(text: str, name: str, path: Path | None, encoding: str | None) -> Document:
    """A text file is already in the shape the extractor reads: kept exactly as written, unless it
    is a table saved as tab-separated text, whose rows are read as the other formats' tables are."""
    lines = text.count("\n") + (0 if text.endswith("\n") or not text else 1)
    how = f"{encoding}, " if encoding else ""
    table = _tab_table(text)
    if table is not None:
        return Document(name=name, path=path, format="text", text=table,
                        notes=(f"text: {how}{lines} lines, a tab-separated table read row by row",))
    return Document(name=name, path=path, format="text", text=text, notes=(f"text: {how}{lines} lines",))


MIN_TAB_ROWS = 3


def _tab_table(text: str) -> str | None:
    """A spreadsheet pasted as text ('03-Jun-2016<TAB>Moscow<TAB>…'): three rows or more with the same
    number of tab-separated cells, two or more. The lines around the table stay as they are."""
    lines = text.split("\n")
    widths = Counter(line.count("\t") + 1 for line in lines if "\t" in line)
    if not widths or (best := widths.most_common(1)[0])[0] < 2 or best[1] < MIN_TAB_ROWS:
        return None
    at = [i for i, line in enumerate(lines) if "\t" in line and line.count("\t") + 1 == best[0]]
    rows = date_first([[cell.strip() for cell in lines[i].split("\t")] for i in at])
    out = list(lines)
    for i, row in zip(at, rows):
        # a cell that is an address is the row's source: on a line of its own after it, as blocks carry theirs
        urls = [cell for cell in row if is_address(cell)]
        out[i] = "\n".join([row_line([cell for cell in row if not is_address(cell)])] + urls)
    # each row a paragraph of its own, as a table's rows are in the other readers
    rows_at = set(at)
    return "\n".join(line + ("\n" if i in rows_at else "") for i, line in enumerate(out))
