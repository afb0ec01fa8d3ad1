"""Text → events: bulletins of dated entries and news articles, in Polish and English.

`extract_document` is pure (text in, events and how they were read out); `extract` takes a document as
`geomap.read` gives it, `extract_file` reads a file in any supported format first.
Each event carries `evidence` (its [start, end) span in the text given) and a `confidence`.
"""
from __future__ import annotations

import re
import traceback
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from ..errors import GeomapError, InputError, UnreadableDocument
from ..events import Event, Problem
from .bulletin import extract_bulletin
from .document import delimited
from .document import Part, Reading
from .document.dating import Clues, given_date
from .document.articles import stories
from .document.entries import is_bulletin, publication_days
from .news import extract_news

if TYPE_CHECKING:
    from ..read import Document

__all__ = ["extract", "extract_text", "extract_file", "extract_document", "Extraction"]


@dataclass
class Extraction:
    """A document's events, the parts of it that could not become events (with the reason), and
    how it was read: its kind, sections, entries or articles, and the date of each part."""
    events: list[Event] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    reading: Reading = field(default_factory=Reading)

    @property
    def warnings(self) -> list[str]:
        """What a reader should check: dates chosen on weak evidence, readings guessed, and an empty result."""
        out = [f"{p.label}: {p.date.warning}" for p in self.reading.parts
               if p.date.warning and p.date.sureness == "weak"] + list(self.reading.guesses)
        if not self.events:
            out.append(f"no events: {self.reading.summary()}")
        return out


# Lines and bars drawn with box-drawing characters read as the ASCII ones a typewriter would draw
# ('────' a rule, '│' a field bar, '┼' a crossing), one character for one, so offsets stay true.
_BOX_DRAWING = str.maketrans({**{c: "-" for c in "─━═╌╍┄┅┈┉╴╶╸╺"}, **{c: "|" for c in "│┃║╎╏┆┇┊┋╵╷╹╻"},
                              **{chr(c): "+" for c in range(0x250C, 0x254C)}, **{chr(c): "+" for c in range(0x2552, 0x2570)},
                              # list bullets of every shape read as the one the rules know
                              **{c: "•" for c in "▪▫◦‣●○■□►▸▹➤➢◆◇❖∙⁃✓✔➔"}})


# a dash typed as two hyphens between words ('6 Sep -- Japan welcomes …') is the dash, in as many characters
_TYPED_DASH = re.compile(r"(?<=[ \t])--(?=[ \t])")


# a mail's quoting marks: '> [JP-UA] Iwaya …', '>> -----Forwarded message-----'
_QUOTED = re.compile(r"^(?:[ \t]*>)+[ \t]?", re.MULTILINE)


def _unquoted(text: str) -> str:
    """A forwarded mail's quoted lines as plain lines, the marks blanked in place (offsets kept),
    when quoting is how the file is written: a fifth of its lines or more."""
    marks = list(_QUOTED.finditer(text))
    lines = sum(1 for line in text.splitlines() if line.strip())
    if len(marks) < 5 or len(marks) < 0.2 * lines:
        return text
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


def extract_text(text: str, doc: str) -> list[Event]:
    """The events of one document; `doc` is the name they carry (usually the file name)."""
    return extract_document(text, doc).events


def extract_document(text: str, doc: str, *, date: str | None = None,
                     metadata: Sequence[tuple[str, str]] = (), title: str | None = None,
                     url: str | None = None, notes: Sequence[str] = ()) -> Extraction:
    """Like extract_text, and also says which entries were skipped and why, and how it was read.

    date: 'YYYY-MM' that outweighs what the document says of its date (--date, an overrides entry).
    metadata, title, url, notes: what the file's reader found (a page's publication date, ...).
    """
    if date is not None:
        try:
            given_date(date)
        except ValueError as e:
            raise InputError(str(e), path=doc, field="date") from None
    out = Extraction(reading=Reading(notes=list(notes)))
    if text.startswith("\ufeff"):
        text = " " + text[1:]  # keep offsets: the BOM becomes a space
    if "\r" in text:
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    text = _unquoted(_TYPED_DASH.sub("– ", text.translate(_BOX_DRAWING)))
    if (laid_out := delimited.as_lines(text, out.reading.guesses)) is not None:
        # a spreadsheet pasted as text: its rows read as the dated lines they stand for
        text = laid_out
        out.reading.guesses.append("its rows of fields were read as dated lines: date columns, place column, text column")
    if not text.strip():
        return out
    clues = Clues(head=title or "", name=doc, metadata=list(metadata), urls=[url] if url else [], given=date)
    bulletin = is_bulletin(text) and stories(text) < 2
    if bulletin and publication_days(text):
        bulletin = False
        out.reading.guesses.append("its date lines were read as the days its pieces came out, not the days of their "
                                   "events: most pieces count their days from them ('yesterday', another weekday)")
    if bulletin:
        out.events = extract_bulletin(text, doc, clues, out.problems, out.reading)
        if not out.reading.entries:
            # date lines that open no entry once the text is laid out: read it as a story, not as nothing
            out.reading = Reading(notes=list(notes))
            bulletin = False
    if not bulletin:
        out.reading.kind = "news"
        out.events, out.reading.parts = extract_news(text, doc, clues, out.problems)
    out.events = _with_document_dates(out.events, out.reading.parts, text)
    return out


def _with_document_dates(events: list[Event], parts: Sequence[Part], text: str) -> list[Event]:
    """Each event keeps how sure the date of its part (the bulletin, or its article) is, as
    `why["doc_date"]`: every date read against a weak one is in doubt (geomap.review.doubt)."""
    lines = [p.line for p in parts]
    out = []
    for e in events:
        line = text.count("\n", 0, e.evidence[0]) + 1 if e.evidence else 1
        part = parts[max(0, bisect_right(lines, line) - 1)]
        out.append(e.with_(why={**(e.why or {}), "doc_date": {"date": part.date.value,
                                                              "sureness": part.date.sureness}}))
    return out


def extract(doc: "Document", *, date: str | None = None) -> Extraction:
    """The events of a document as a reader gave it (geomap.read): its text, and what the file says
    of itself (a page's publication date, its title and address, how it was read)."""
    metadata = [(d.date.isoformat(), f"{d.source} ({d.kind})") for d in doc.dates]
    try:
        return extract_document(doc.text, doc.name, date=date, metadata=metadata, title=doc.title, url=doc.url,
                                notes=doc.notes)
    except GeomapError:
        raise
    except Exception as e:   # a bug met on one document must not cost the others theirs
        where = traceback.extract_tb(e.__traceback__)[-1]
        raise UnreadableDocument(
            f"the extractor failed on it ({type(e).__name__} at {Path(where.filename).name}:{where.lineno}); "
            "this is a fault in geomap: please report it with the document", path=str(doc.path or doc.name)) from e


def extract_file(path: str | Path, *, date: str | None = None) -> list[Event]:
    """The events of one file in any format geomap reads, named by its file name."""
    from ..read import read_document
    return extract(read_document(path), date=date).events
