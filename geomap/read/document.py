"""What reading a document gives: its text in the document's shape, and what the container says.

Every reader returns a `Document`. Its `text` looks like the plain-text documents geomap has always
read: one line per line or paragraph, headings on their own lines, blank lines between paragraphs,
source addresses on lines of their own where they stand. The extractor works on `text` alone; the
other fields are what the file states about itself, for the extractor to weigh.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UnreadableDocument

# The formats geomap reads, by the name `Document.format` carries, and the suffixes a folder is
# searched for. Content decides the format of a single file; the suffix is only a hint.
FORMATS = ("text", "markdown", "html", "docx", "pdf")
SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
            ".html": "html", ".htm": "html", ".xhtml": "html", ".docx": "docx", ".pdf": "pdf"}
SUPPORTED = "geomap reads .txt, .md, .html, .docx and .pdf with a text layer"

# The most text one document may give. A monthly bulletin is about 40,000 characters and extraction
# reads ~0.25 MB/s: 8 million is a minute's work, and more is several documents in one file.
MAX_TEXT_CHARS = 8_000_000


@dataclass(frozen=True, slots=True)
class DocumentDate:
    """A date the file states about itself, and where it says so.

    `source` names the field ('article:published_time', 'json-ld datePublished', '<time datetime>',
    'docx created', 'pdf CreationDate'...), `kind` what it means: 'published', 'modified', 'created'
    or 'shown' (a date printed in the article). A page's publication date and a file's creation
    date are different evidence: the extractor weighs them, the reader only reports them.
    """
    date: dt.date
    source: str
    kind: str
    raw: str


@dataclass(frozen=True, slots=True)
class Document:
    name: str                                   # the file name; events carry it as `doc`
    path: Path | None
    format: str                                 # one of FORMATS
    text: str
    title: str | None = None
    url: str | None = None                      # the page's canonical address
    dates: tuple[DocumentDate, ...] = ()
    pages: int | None = None
    notes: tuple[str, ...] = field(default=())  # how it was read, one short line each


def unreadable(reason: str, path: str | Path | None) -> UnreadableDocument:
    """The one error for a document that gives no text, ending with what geomap can read."""
    return UnreadableDocument(f"{reason}; {SUPPORTED}", path=None if path is None else str(path))


_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_PDF_DAY = re.compile(r"^(?:D:)?(\d{4})(\d{2})(\d{2})")


def stated_date(raw: str | dt.date | None, source: str, kind: str) -> DocumentDate | None:
    """A DocumentDate from an ISO 8601 string, a PDF date ('D:20240612…') or a date object.

    The day is the one written, in the writer's own time zone: '2023-07-12T23:30-05:00' is the 12th.
    Anything that is not a real day gives None, so a broken field never becomes a date.
    """
    if raw is None:
        return None
    if isinstance(raw, dt.datetime):
        return DocumentDate(raw.date(), source, kind, raw.isoformat())
    if isinstance(raw, dt.date):
        return DocumentDate(raw, source, kind, raw.isoformat())
    text = str(raw).strip()
    m = _ISO_DAY.match(text) or _PDF_DAY.match(text)
    if m is None:
        return None
    try:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    if not 1900 <= day.year <= 2100:
        return None
    return DocumentDate(day, source, kind, text)
