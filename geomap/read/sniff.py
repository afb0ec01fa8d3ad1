"""Which reader a file needs, decided by its content; the suffix only breaks ties.

A saved news page called `.txt` is HTML; a `.pdf` that is really a Word file is refused by name.
"""
from __future__ import annotations

import re
from pathlib import Path

from .document import SUFFIXES, unreadable

# Signatures of files people mistake for documents, and what to tell them.
_REFUSED = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "is an old Word .doc or a password-protected Office file; "
                                          "save it as .docx without a password, or as PDF"),
    (b"{\\rtf", "is an RTF file; save it as .docx or PDF"),
    (b"\x89PNG", "is an image, not a document (a scan needs OCR first)"),
    (b"\xff\xd8\xff", "is an image, not a document (a scan needs OCR first)"),
    (b"GIF8", "is an image, not a document"),
    (b"II*\x00", "is a TIFF image, not a document (a scan needs OCR first)"),
    (b"MM\x00*", "is a TIFF image, not a document (a scan needs OCR first)"),
    (b"%!PS", "is PostScript; convert it to PDF"),
    (b"\x1f\x8b", "is a gzip archive; unpack it first"),
    (b"7z\xbc\xaf", "is a 7-Zip archive; unpack it first"),
    (b"Rar!", "is a RAR archive; unpack it first"),
)

_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>/]",
    re.IGNORECASE | re.DOTALL)


def container_format(head: bytes, path: Path) -> str | None:
    """'pdf' or 'docx' for those containers, None for text; refuses other binary formats."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_format(path)
    for signature, reason in _REFUSED:
        if head.startswith(signature):
            raise unreadable(reason, path)
    return None


def _zip_format(path: Path) -> str:
    import zipfile  # only for zip files: `geomap build` of an events file never needs it

    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise unreadable("is a broken or truncated zip file (a damaged .docx?)", path) from None
    if "word/document.xml" in names:
        return "docx"
    if "content.xml" in names:
        raise unreadable("is an OpenDocument file; save it as .docx or PDF", path)
    if any(n.startswith(("xl/", "ppt/")) for n in names):
        raise unreadable("is a spreadsheet or a presentation, not a document", path)
    raise unreadable("is a zip archive, not a document; unpack it first", path)


def looks_like_html(text: str) -> bool:
    """A page saved from a browser, whatever its name: it opens with a doctype or <html>."""
    return bool(_HTML_START.match(text[:4096]))


def text_format(text: str, suffix: str) -> str:
    """'html', 'markdown' or 'text' for decoded text: the content first, then the suffix."""
    if looks_like_html(text):
        return "html"
    by_suffix = SUFFIXES.get(suffix.lower())
    return by_suffix if by_suffix in ("html", "markdown") else "text"
