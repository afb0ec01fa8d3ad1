"""Documents in any format geomap reads → a `Document` whose text has the shape of a plain-text one.

    >>> doc = read_document("bulletin.pdf")
    >>> doc.format, doc.pages, doc.notes[0]
    ('pdf', 12, 'pdf: 12 pages, text layer; 24 running header, footer and page-number lines removed')

The file's content decides how it is read (`%PDF`, a zip holding `word/document.xml`, a page that
opens with `<!DOCTYPE html>`), its suffix only where the content leaves a choice (`.md`). Anything
that gives no text raises `UnreadableDocument` (an `InputError`) naming the file and what geomap
reads. Readers of containers import their library only when a file needs it.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import UnreadableDocument
from .document import FORMATS, SUFFIXES, SUPPORTED, Document, DocumentDate
from .sniff import container_format, text_format
from .text import decode, read_plain

__all__ = ["read_document", "read_text", "documents_in", "Document", "DocumentDate", "UnreadableDocument",
           "FORMATS", "SUFFIXES", "SUPPORTED", "MAX_TEXT_BYTES"]

# A monthly bulletin is about 40 KB of text and extraction reads ~0.25 MB/s: 8 MB is a minute's work.
# Containers carry pictures and fonts besides their text, so their files may be larger; the text
# they give is held to the same measure (pdf.MAX_TEXT_CHARS).
MAX_TEXT_BYTES = 8_000_000
_MAX_FILE_BYTES = {"text": MAX_TEXT_BYTES, "markdown": MAX_TEXT_BYTES, "html": 50_000_000,
                   "docx": 200_000_000, "pdf": 200_000_000}


def read_document(path: str | Path) -> Document:
    """The document at `path`, in whichever supported format its content is."""
    p = Path(path)
    try:
        size = p.stat().st_size
        with p.open("rb") as f:
            head = f.read(8192)
    except IsADirectoryError:
        raise UnreadableDocument("is a folder; give the documents in it, or the folder to "
                                 "`geomap build --docs`", path=str(p)) from None
    except OSError as e:
        raise UnreadableDocument(f"cannot read the file ({e.strerror})", path=str(p)) from None
    kind = container_format(head, p) or "text"
    _check_size(p, size, kind)
    if kind == "pdf":
        from .pdf import read_pdf

        return read_pdf(p)
    if kind == "docx":
        from .docx import read_docx

        return read_docx(p)
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise UnreadableDocument(f"cannot read the file ({e.strerror})", path=str(p)) from None
    text, encoding = decode(raw, p, expected=SUPPORTED)
    return _from_text(text, p.name, p, encoding)


def read_text(text: str, name: str = "text.txt") -> Document:
    """A document already in memory (pasted, or a test's): HTML when it is a page, Markdown when
    `name` ends in .md, plain text otherwise."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return _from_text(text.replace("\r\n", "\n").replace("\r", "\n"), name, None, None)


def _from_text(text: str, name: str, path: Path | None, encoding: str | None) -> Document:
    kind = text_format(text, Path(name).suffix)
    if kind == "html":
        from .html import read_html

        return read_html(text, name, path)
    if kind == "markdown":
        from .markdown import read_markdown

        return read_markdown(text, name, path)
    return read_plain(text, name, path, encoding)


def _check_size(path: Path, size: int, kind: str) -> None:
    limit = _MAX_FILE_BYTES[kind]
    if size > limit:
        raise UnreadableDocument(
            f"{size / 1e6:.1f} MB is more than one document ({limit / 1e6:.0f} MB at most for "
            f"{'a ' + kind.upper() if kind in ('pdf', 'docx') else 'text'}; a monthly bulletin is about "
            "40 KB): split it into its bulletins or articles", path=str(path))


def documents_in(folder: str | Path) -> list[Path]:
    """The documents of a folder that geomap reads, by suffix, in name order; office lock files
    ('~$report.docx') and hidden files are left out."""
    return sorted(p for p in Path(folder).iterdir()
                  if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith(("~$", ".")))
