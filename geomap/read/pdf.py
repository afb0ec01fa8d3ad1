"""PDF → text from its text layer, page by page, with the lines the page has.

pypdf, not pdfminer.six: on a generated 1,000-page bulletin pypdf read 8.5 s and pdfminer.six 115 s,
and pypdf installs in 4 MB against pdfminer.six's 10 MB. Both need `cryptography` (16 MB) for AES,
the encryption of official PDFs locked against editing, so it is installed with pypdf. pypdf reports
each piece of text with its place on the page; that is all this module needs to

- keep lines as the page has them (hyphenation is left alone: the extractor knows which hyphens
  belong to the word; the wide spaces of justified lines become one),
- put a blank line where the gap between two lines is wider than a line (a new paragraph),
- drop running headers, footers and page numbers: lines in the top or bottom three of a page whose
  text, digits aside, stands there on three neighbouring pages or more (both pages of two), and lines
  there that are only a page number ('7', '- 7 -', 'Strona 7 z 12'). A running header of a one-page
  PDF cannot be told from a heading by repetition; it stays,
- rejoin a long address that the page width broke over two lines.

Footnote blocks of addresses stay where the page has them, at its foot: the extractor pairs them with
the entries of that page.

Memory: pages are read one at a time; what stays is the text read so far (as lines with their place)
and pypdf's cache of the file's objects, so memory grows with the file's text, not its pictures.
Reading the 1,000-page PDF of tests/test_read_pdf.py (2.9 MB, 3 million characters) raises the peak
resident memory by 55 MB and takes about 4 s on this project's 2-core machine, quiet; `python -m
geomap.read.pdf FILE` prints both figures. The test holds the memory under 150 MB.
"""
from __future__ import annotations

import logging
import math
import re
import struct
import zlib
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from .document import MAX_TEXT_CHARS, Document, DocumentDate, stated_date, unreadable
from .shape import ADDRESS, count

# A gap between lines wider than this many font sizes starts a new paragraph. Single-spaced text
# sits 1.1-1.45 sizes apart; paragraph spacing adds at least half a line.
PARAGRAPH_GAP = 1.6
BAND = 3        # lines at the top and at the bottom of a page that may be running heads

_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"^(?:(?:page|strona|str\.?|s\.)\s*)?[-–—(\[]?\s*#\s*[-–—)\]]?"
                          r"(?:\s*(?:/|z|of|из)\s*#)?$")
# The rest of an address broken by the page width: one token of URL characters that carries a mark
# no word has (%&=/?_#) or ends like a page name.
_ADDRESS_TAIL = re.compile(r"^[\w%&=/?#.~:+;,@!$'()*-]+$")
_ADDRESS_MARK = re.compile(r"[%&=/?_#]|\.(?:html?|php|aspx?|jsp|pdf)$", re.IGNORECASE)


@dataclass(slots=True)
class _Line:
    text: str
    y: float | None      # baseline height on the page (PDF units, up is larger); None if unknown
    size: float          # font size as drawn


@lru_cache(maxsize=1)
def _broken() -> tuple[type[BaseException], ...]:
    """What pypdf and the codecs under it raise on damaged files: all mean 'a broken PDF'."""
    from pypdf.errors import PyPdfError

    return (PyPdfError, ValueError, KeyError, TypeError, IndexError, AttributeError, OSError,
            zlib.error, struct.error, RecursionError, UnicodeError, OverflowError)


@contextmanager
def _pypdf_warnings() -> Iterator[list[str]]:
    """pypdf logs what it repairs; collect it for the notes instead of printing to the terminal."""
    log = logging.getLogger("pypdf")
    seen: list[str] = []

    class _Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record.getMessage())

    handler, propagate = _Keep(logging.WARNING), log.propagate
    log.addHandler(handler)
    log.propagate = False
    try:
        yield seen
    finally:
        log.removeHandler(handler)
        log.propagate = propagate


def _page_lines(page) -> list[_Line]:
    """The page's lines in pypdf's reading order, each with the height of its first text."""
    lines: list[_Line] = []
    parts: list[str] = []
    y: float | None = None
    size = 0.0

    def flush() -> None:
        nonlocal parts, y, size
        lines.append(_Line("".join(parts).rstrip(), y, size))
        parts, y, size = [], None, 0.0

    def visit(text: str, cm, tm, font, font_size) -> None:
        nonlocal y, size
        for i, piece in enumerate(text.split("\n")):
            if i:
                flush()
            if piece.strip() and y is None and tm is not None and cm is not None:
                y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
                scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
                size = float(font_size or 0) * (scale or 1.0)
            parts.append(piece)

    page.extract_text(visitor_text=visit)
    flush()
    return [line for line in lines if line.text.strip()]


def _key(text: str) -> str:
    return " ".join(_DIGITS.sub("#", text.lower()).split())


def _bands(lines: list[_Line]) -> tuple[set[int], set[int]]:
    """Ids of the lines in the page's top band and in its bottom band."""
    placed = sorted((ln for ln in lines if ln.y is not None), key=lambda ln: -ln.y)
    return {id(ln) for ln in placed[:BAND]}, {id(ln) for ln in placed[-BAND:]}


def _running(pages: list[list[_Line]]) -> set[tuple[str, str]]:
    """(band, text with digits masked) of running heads, footers and page numbers.

    A running line stands in the same band, top or bottom, on neighbouring pages, three of them at
    least (both pages of a two-page document). Neighbouring, because a heading that recurs in each
    issue of a compilation may open a page now and then, but not page after page."""
    where: dict[tuple[str, str], set[int]] = defaultdict(set)
    for number, lines in enumerate(pages):
        top, bottom = _bands(lines)
        for ln in lines:
            if id(ln) in top or id(ln) in bottom:
                where["top" if id(ln) in top else "bottom", _key(ln.text)].add(number)
    need = min(3, len(pages))
    out = set()
    for key, numbers in where.items():
        beside = sum(1 for n in numbers if n - 1 in numbers or n + 1 in numbers)
        if (len(pages) > 1 and beside >= need) or _PAGE_NUMBER.match(key[1]):
            out.add(key)
    return out


def _add_page(out: list[str], lines: list[_Line], running: set[tuple[str, str]]) -> tuple[int, int]:
    """Append the page's kept lines to `out`, with a blank line at each paragraph gap; return how
    many running lines were dropped and how many broken addresses rejoined (across pages too)."""
    top, bottom = _bands(lines)
    dropped = rejoined = 0
    previous: _Line | None = None
    for line in lines:
        band = "top" if id(line) in top else "bottom" if id(line) in bottom else None
        if band and (band, _key(line.text)) in running:
            dropped += 1
            continue
        text = " ".join(line.text.split())       # justified lines come with widened spaces
        if out and _continues_address(out[-1], text):
            out[-1] += text
            rejoined += 1
            previous = line
            continue
        if previous is not None and out and _gap(previous, line) \
                and not (ADDRESS.match(out[-1]) and ADDRESS.match(text)):
            out.append("")
        out.append(text)
        previous = line
    return dropped, rejoined


def _continues_address(before: str, text: str) -> bool:
    """`text` is the rest of the address on the line before: one token of URL characters, after a
    long address that ends where no address ends (a hyphen, '=', '&'...) or that carries a mark no
    word has itself."""
    return (len(before) >= 40 and bool(ADDRESS.match(before)) and " " not in text
            and not ADDRESS.match(text) and bool(_ADDRESS_TAIL.match(text))
            and (before[-1] in "-=&?%/_#~+" or bool(_ADDRESS_MARK.search(text))))


def _gap(above: _Line, below: _Line) -> bool:
    if above.y is None or below.y is None:
        return False
    size = max(above.size, below.size)
    return size > 0 and above.y - below.y > PARAGRAPH_GAP * size


def _has_images(page) -> bool:
    try:
        return bool(page.images)
    except _broken():
        return False


def _metadata(reader) -> tuple[str | None, tuple[DocumentDate, ...]]:
    try:
        info = reader.metadata or {}
        title = str(info.get("/Title") or "").strip() or None
        raw = [(info.get("/CreationDate"), "pdf CreationDate", "created"),
               (info.get("/ModDate"), "pdf ModDate", "modified")]
    except _broken():
        return None, ()
    if title and title.lower().startswith("microsoft word - "):
        title = title[len("microsoft word - "):] or None
    dates = tuple(d for d in (stated_date(str(v) if v is not None else None, s, k) for v, s, k in raw) if d)
    return title, dates


def read_pdf(path: Path) -> Document:
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError

    broken = _broken()
    notes: list[str] = []
    with _pypdf_warnings() as repairs:
        try:
            reader = PdfReader(path)
            if reader.is_encrypted:
                try:
                    opened = reader.decrypt("")
                except DependencyError:
                    raise unreadable("is encrypted with AES and the 'cryptography' package is missing "
                                     "(pip install cryptography)", path) from None
                if opened == PasswordType.NOT_DECRYPTED:
                    raise unreadable("is protected by a password; save a copy without the password", path)
                notes.append("pdf: encrypted without an open password (read as is)")
            page_count = len(reader.pages)
        except broken as e:
            raise unreadable(f"is a broken or truncated PDF ({_why(e)})", path) from None
        if page_count == 0:
            raise unreadable("is a PDF with no pages", path)
        pages: list[list[_Line]] = []
        no_text: list[int] = []
        chars = 0
        for number in range(page_count):
            try:
                page = reader.pages[number]
                lines = _page_lines(page)
            except broken as e:
                if number == 0 and not pages:
                    raise unreadable(f"is a broken or truncated PDF ({_why(e)})", path) from None
                notes.append(f"pdf: page {number + 1} could not be read ({_why(e)}); skipped")
                lines = []
                page = None
            # Images are looked for only on a page with next to no text: page.images parses the
            # page's content a second time, as long again as reading its text.
            if page is not None and sum(len(ln.text) for ln in lines) < 40 and _has_images(page):
                no_text.append(number + 1)     # a picture and at most a page number: a scanned page
            pages.append(lines)
            chars += sum(len(ln.text) + 1 for ln in lines)
            if chars > MAX_TEXT_CHARS:
                raise unreadable(f"holds more than {MAX_TEXT_CHARS:,} characters of text by page {number + 1}, "
                                 "more than one document: split it into its bulletins or articles", path)
        title, dates = _metadata(reader)
    running = _running(pages)
    out: list[str] = []
    dropped = rejoined = 0
    for lines in pages:
        d, r = _add_page(out, lines, running)
        dropped, rejoined = dropped + d, rejoined + r
    if not any(out):     # nothing, or only page numbers over scanned pages
        if no_text:
            raise unreadable("has no text layer, only images (a scan: run OCR on it first)", path)
        raise unreadable("holds no text", path)
    how = [f"pdf: {count(page_count, 'page')}, text layer"]
    if dropped:
        how.append(count(dropped, "running header, footer or page-number line removed",
                         "running header, footer and page-number lines removed"))
    if rejoined:
        how.append(f"{count(rejoined, 'address', 'addresses')} broken over lines rejoined")
    notes.insert(0, "; ".join(how))
    if no_text:
        notes.append(f"pdf: no text layer on {count(len(no_text), 'page')} "
                     f"({', '.join(map(str, no_text[:10]))}{'…' if len(no_text) > 10 else ''}; scanned?)")
    if repairs:
        notes.append(f"pdf: damaged file, {count(len(repairs), 'problem')} repaired by pypdf "
                     f"(first: {repairs[0][:80]})")
    return Document(name=path.name, path=path, format="pdf", text="\n".join(out) + "\n", title=title,
                    dates=dates, pages=page_count, notes=tuple(notes))


def _why(e: BaseException) -> str:
    text = " ".join(str(e).split())[:100]
    return text or type(e).__name__


if __name__ == "__main__":  # bench: time and peak memory of reading one PDF
    import resource
    import sys
    import time

    import pypdf  # noqa: F401  (imported before the baseline: its code is not the document's)

    target = Path(sys.argv[1])
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    doc = read_pdf(target)
    took = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{target.name}: {doc.pages} pages, {len(doc.text):,} characters in {took:.1f} s; "
          f"peak memory +{(peak - before) / 1024:.0f} MB")
    for note in doc.notes:
        print(" ", note)
