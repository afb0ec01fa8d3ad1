"""A spreadsheet pasted as text: rows of fields split by semicolons or tabs under a header that names
a date column and a text column ('lp;data_od;data_do;kraje;miejsce;opis;link'). Each row is laid
out again as the dated line a bulletin would have written ('3.12 – 5.12 (Pjongjang) – opis'), so the
bulletin reader takes it from there; a row with no date stays out and is reported as such."""
from __future__ import annotations

import csv
import io
import re

_DATE_COLUMN = re.compile(r"(?:data|date|kiedy|when|dzień|day)(?:[ _-]?(?:od|from|start|begin|pocz\w*))?", re.IGNORECASE)
_END_COLUMN = re.compile(r"(?:data|date)[ _-]?(?:do|to|end|koniec|until)|(?:do|to|end|until)", re.IGNORECASE)
_PLACE_COLUMN = re.compile(r"miejsce|place|venue|location|gdzie|where|miasto|city", re.IGNORECASE)
_TEXT_COLUMN = re.compile(r"opis|description|summary|treść|tresc|event|wydarzenie|text|tekst|note|notatka", re.IGNORECASE)
_SOURCE_COLUMN = re.compile(r"link|url|źródło|zrodlo|source", re.IGNORECASE)
_NO_PLACE = re.compile(r"zdalnie|remote|online|tel\.?|telefon\w*|phone|video|wideo|—|-|n/?a", re.IGNORECASE)
MIN_ROWS = 3
_DUPLICATE = re.compile(r"(?:DUPLIKAT|DUPLICATE|duplikat|duplicate|dubel)\b", re.IGNORECASE)


def as_lines(text: str, notes: list[str] | None = None) -> str | None:
    """The text with its table rows laid out as dated lines, or None when it holds no such table.
    Rows with no date, and rows marked as another's duplicate, are left out and told in `notes`."""
    notes = [] if notes is None else notes
    lines = text.splitlines(keepends=True)
    for k, line in enumerate(lines):
        if line.lstrip().startswith("#") or not line.strip():
            continue
        delimiter = ";" if line.count(";") >= 3 else "\t" if line.count("\t") >= 3 else None
        if delimiter is None:
            return None
        header = [h.strip().lower() for h in next(csv.reader([line], delimiter=delimiter))]
        columns = _columns(header)
        if columns is None:
            return None
        rows = list(csv.reader(io.StringIO("".join(lines[k + 1:])), delimiter=delimiter))
        if sum(len(r) >= len(header) - 1 for r in rows) < MIN_ROWS:
            return None
        head = "".join(x.lstrip("#").lstrip() if x.lstrip().startswith("#") else x for x in lines[:k])
        kept = []
        for n, row in enumerate(rows, start=1):
            if not any(f.strip() for f in row):
                continue
            words = row[columns["text"]].strip() if columns["text"] < len(row) else ""
            if _DUPLICATE.match(words):
                notes.append(f"row {n} of the table is marked as a duplicate: left out")
            elif not (row[columns["start"]].strip() if columns["start"] < len(row) else ""):
                notes.append(
                    f"row {n} of the table has no date, so it gives no event: '{' '.join(words.split()[:8])} …'")
            else:
                kept.append(_laid_out(row, columns))
        return head + "\n" + "\n\n".join(kept) + "\n"
    return None


def _columns(header: list[str]) -> dict[str, int] | None:
    def first(rx: re.Pattern, skip: set[int] = frozenset()) -> int | None:
        return next((i for i, h in enumerate(header) if i not in skip and rx.fullmatch(h)), None)
    start = first(_DATE_COLUMN)
    words = first(_TEXT_COLUMN)
    if start is None or words is None:
        return None
    out = {"start": start, "text": words}
    for key, rx in (("end", _END_COLUMN), ("place", _PLACE_COLUMN), ("source", _SOURCE_COLUMN)):
        if (i := first(rx, {start, words})) is not None:
            out[key] = i
    return out


def _laid_out(row: list[str], columns: dict[str, int]) -> str:
    def field(key: str) -> str:
        i = columns.get(key)
        return " ".join(row[i].split()) if i is not None and i < len(row) else ""
    start, end, place, words, source = (field(k) for k in ("start", "end", "place", "text", "source"))
    date = f"{start} – {end}" if end and end != start else start
    where = f" ({place})" if place and not _NO_PLACE.fullmatch(place) else ""
    return f"{date}{where} – {words}" + (f"\nSource: {source}" if source else "")
