"""Text → events: bulletins of dated entries and news articles, in Polish and English.

`extract_text` is pure; `extract_file` reads a file as UTF-8 (with or without BOM) or Windows-1250.
Each event carries `evidence` (its [start, end) span in the text given) and a `confidence`.
"""
from __future__ import annotations

from pathlib import Path

from ..events import Event, read_text
from .bulletin import extract_bulletin, is_bulletin
from .news import extract_news

__all__ = ["extract_text", "extract_file"]


def extract_text(text: str, doc: str) -> list[Event]:
    """The events of one document; `doc` is the name they carry (usually the file name)."""
    if text.startswith("\ufeff"):
        text = " " + text[1:]  # keep offsets: the BOM becomes a space
    if "\r" in text:
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    if not text.strip():
        return []
    if is_bulletin(text):
        return extract_bulletin(text, doc)
    return extract_news(text, doc)


def extract_file(path: str | Path) -> list[Event]:
    """The events of one file, named by its file name."""
    p = Path(path)
    return extract_text(read_text(p), p.name)
