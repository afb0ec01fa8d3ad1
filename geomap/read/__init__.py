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
from .document import (FORMATS, MAX_TEXT_CHARS, SUFFIXES, SUPPORTED, Document, DocumentDate,
                       unreadable)
from .sniff import container_format, looks_like_html, text_format
from .text import decode, read_plain

__all__ = ["read_document", "read_text", "documents_in", "Document", "DocumentDate", "UnreadableDocument",
           "FORMATS", "SUFFIXES", "SUPPORTED", "MAX_TEXT_CHARS"]

# A text file is about as many bytes as characters; containers carry pictures and fonts besides their
# text and pages carry scripts, so their files may be larger than the text they give.
_MAX_FILE_BYTES = {"text": MAX_TEXT_CHARS, "markdown": MAX_TEXT_CHARS, "html": 50_000_000,
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
    kind = container_format(head, p) or ("html" if looks_like_html(head.decode("latin-1"))
                                          or SUFFIXES.get(p.suffix.lower()) == "html" else "text")
    _check_size(p, size, kind)
    if kind == "pdf":
        from .pdf import read_pdf

        doc = read_pdf(p)
    elif kind == "docx":
        from .docx import read_docx

        doc = read_docx(p)
    else:
        try:
            raw = p.read_bytes()
        except OSError as e:
            raise UnreadableDocument(f"cannot read the file ({e.strerror})", path=str(p)) from None
        text, encoding = decode(raw, p, expected=SUPPORTED)
        doc = _from_text(text, p.name, p, encoding)
    if len(doc.text) > MAX_TEXT_CHARS:
        raise unreadable(f"gives {len(doc.text):,} characters of text, more than one document "
                         f"({MAX_TEXT_CHARS:,} at most): split it into its bulletins or articles", p)
    return doc


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
