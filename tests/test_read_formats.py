"""One document, five formats, the same events.

Every plain-text document we have (the extraction fixtures, and ../shared's corpus and development
set) is written as Markdown, as a news-site page, as a DOCX and as a PDF (tests/document_forms.py
says how), read back with geomap.read and extracted: dates, venues, types and source addresses must
be those of the .txt.

What does not round-trip, and is left out of the forms on purpose:
- a running header on a one-page PDF (nothing repeats, so it cannot be told from a first line);
- numbers Word draws for a numbered list ('a.', '1.' live in the list style, not in the text);
- a table in a PDF (its cells come out side by side on one line, without the 'date:' a DOCX or
  HTML table row is given);
- a line of a .txt that opens with '- ', '* ' or '# ' becomes a list item or heading in Markdown and
  loses that mark.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from document_forms import HEADER, write_as
from geomap.extract import extract_text
from geomap.read import read_document

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "extract"
SHARED = REPO.parent / "shared"
FORMATS = {"md": "markdown", "html": "html", "docx": "docx", "pdf": "pdf"}


def _sources() -> list:
    out = [pytest.param(p, id=p.name) for p in sorted(FIXTURES.glob("*.txt"))]
    for sub in ("corpus", "devset"):
        folder = SHARED / sub
        if folder.is_dir():
            out += [pytest.param(p, id=f"{sub}/{p.name}") for p in sorted(folder.glob("*.txt"))]
        else:
            out.append(pytest.param(folder, id=f"{sub}-missing", marks=pytest.mark.skip(
                reason=f"{folder} is missing: the shared test documents belong beside the repository")))
    return out


def signature(events) -> list[tuple]:
    return sorted((e.date_start, e.date_end, e.venue_id or "", e.event_type, e.source_urls) for e in events)


@lru_cache(maxsize=None)
def from_text(path: Path) -> list[tuple]:
    return signature(extract_text(path.read_text(encoding="utf-8"), path.name))


@pytest.mark.parametrize("form", FORMATS)
@pytest.mark.parametrize("source", _sources())
def test_every_format_gives_the_events_of_the_text(source: Path, form: str, tmp_path):
    expected = from_text(source)
    assert expected, f"{source.name} gives no events: the comparison would prove nothing"
    path = write_as(source.read_text(encoding="utf-8"), form, tmp_path, source.stem)
    doc = read_document(path)
    assert (doc.format, doc.name) == (FORMATS[form], path.name)
    assert doc.notes and doc.notes[0].startswith(f"{FORMATS[form]}:")
    assert signature(extract_text(doc.text, source.name)) == expected
    # what each form adds around the text is gone
    if form == "html":
        for furniture in ("pliki cookie", "galerie z Tokio", "Czytaj także", "gubernatorem Hokkaido",
                          "w sprawie handlu", "ul. Przykładowa"):
            assert furniture not in doc.text
    if form == "pdf" and doc.pages > 1:
        assert HEADER not in doc.text and "– 2 –" not in doc.text
    if form == "md":
        assert "**" not in doc.text and "<http" not in doc.text and "## " not in doc.text
