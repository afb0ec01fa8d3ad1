"""DOCX → text: paragraphs as lines, tables row by row, notes where a printout shows them.

python-docx opens the package, its parts and properties, and lays out table rows (merged cells);
the body's order and each paragraph's text are read from the XML here, because Word keeps text where
python-docx does not look: inside content controls (`<w:sdt>`) and tracked insertions, and link
addresses inside field codes (`HYPERLINK "…"`) as well as in `<w:hyperlink>`.

- A table row is one line; a two-column table of date | text reads as a dated entry ('14 lutego:
  text'), a date cell merged over several rows dates each of them.
- A footnote's text follows the paragraph that cites it, as a PDF of the document shows it at the
  foot of that page: bulletins put their source addresses there, and the extractor pairs address
  blocks with the entries before them. Endnotes come at the end.
- Deleted text, drawings, text boxes, comments and the pages' running headers and footers are not read.
- Word numbers lists by style: 'a.', '1.' that Word draws are not in the text.
"""
from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Iterator

from .document import Document, DocumentDate, stated_date, unreadable
from .shape import Block, count, date_first, is_address, join_blocks, row_line, squeeze

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_SKIP = {f"{_W}delText", f"{_W}drawing", f"{_W}pict", f"{_W}object", f"{_W}rPr", f"{_W}pPr",
         f"{_W}moveFrom", f"{_W}commentReference", f"{_W}del", f"{_MC}AlternateContent"}
_BREAKS = {f"{_W}br", f"{_W}cr"}
_RT_NOTES = {"footnotes": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes",
             "endnotes": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"}


def _note_mark(run) -> str | None:
    """The number of a run that is only digits set in superscript: a note mark typed by hand."""
    align = run.find(f"{_W}rPr/{_W}vertAlign")
    if align is None or align.get(f"{_W}val") != "superscript":
        return None
    text = "".join(t.text or "" for t in run.iter(f"{_W}t")).strip()
    return text if text.isdigit() and len(text) <= 3 else None


class _Text:
    """The text, link addresses and note references of one paragraph, read from its XML."""

    def __init__(self, part) -> None:
        self.part = part
        self.parts: list[str] = []
        self.urls: list[str] = []
        self.notes: list[tuple[str, str]] = []
        self._field: list[str] | None = None       # instruction text of an open field
        self._field_url: str | None = None
        self._field_start = 0                      # where the field's shown text begins

    def walk(self, el) -> None:
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP:
            return
        if tag == f"{_W}t":
            self.parts.append(el.text or "")
            return
        if tag == f"{_W}r" and (mark := _note_mark(el)) is not None:
            self.parts.append(f"[{mark}]")   # a note number set in superscript: '…do Moskwy.¹' reads '…do Moskwy.[1]'
            return
        if tag == f"{_W}tab":
            self.parts.append("\t")
        elif tag in _BREAKS:
            self.parts.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            self.parts.append("-")
        elif tag == f"{_W}instrText":
            if self._field is not None:
                self._field.append(el.text or "")
        elif tag == f"{_W}fldChar":
            self._field_char(el.get(f"{_W}fldCharType"))
        elif tag in (f"{_W}footnoteReference", f"{_W}endnoteReference"):
            kind = "footnotes" if tag == f"{_W}footnoteReference" else "endnotes"
            self.notes.append((kind, el.get(f"{_W}id") or ""))
        elif tag == f"{_W}hyperlink":
            start = len(self.parts)
            for child in el:
                self.walk(child)
            self._link(self._target(el.get(f"{_R}id")), start)
            return
        elif tag == f"{_W}fldSimple":
            start = len(self.parts)
            for child in el:
                self.walk(child)
            self._link(_field_address(el.get(f"{_W}instr") or ""), start)
            return
        for child in el:
            self.walk(child)

    def _field_char(self, kind: str | None) -> None:
        if kind == "begin":
            self._field, self._field_url, self._field_start = [], None, len(self.parts)
        elif kind == "separate" and self._field is not None:
            self._field_url = _field_address("".join(self._field))
            self._field_start = len(self.parts)
        elif kind == "end":
            if self._field is not None and self._field_url is None:
                self._field_url = _field_address("".join(self._field))
            self._link(self._field_url, self._field_start)
            self._field, self._field_url = None, None

    def _target(self, rid: str | None) -> str | None:
        if not rid:
            return None
        rel = self.part.rels.get(rid)
        return rel.target_ref if rel is not None and rel.is_external else None

    def _link(self, url: str | None, start: int) -> None:
        """A link whose words are an address puts that address on a line of its own where it
        stands; any other link's address follows the paragraph."""
        shown = "".join(self.parts[start:]).strip()
        if is_address(shown):
            self.parts[start:] = ["\n", shown, "\n"]
        elif url and url.lower().startswith(("http://", "https://", "www.")):
            self.urls.append(url)

    def block(self) -> Block:
        return Block(squeeze("".join(self.parts)), self.urls)


def _field_address(instr: str) -> str | None:
    """The address of a HYPERLINK field: 'HYPERLINK "https://…" \\o "tip"' → https://…"""
    words = instr.strip().split(None, 1)
    if len(words) < 2 or words[0].upper() != "HYPERLINK":
        return None
    rest = words[1].strip()
    if rest.startswith('"'):
        end = rest.find('"', 1)
        return rest[1:end] if end > 0 else None
    return rest.split()[0] if rest and not rest.startswith("\\") else None


def _paragraph(p_el, part) -> tuple[Block, list[tuple[str, str]]]:
    t = _Text(part)
    t.walk(p_el)
    return t.block(), t.notes


def _notes(doc_part, kind: str) -> dict[str, Block]:
    """Footnotes or endnotes by id, each as one block; the separator notes Word keeps are left out."""
    from lxml import etree

    out: dict[str, Block] = {}
    for rel in doc_part.rels.values():
        if rel.reltype != _RT_NOTES[kind] or rel.is_external:
            continue
        part = rel.target_part
        root = etree.fromstring(part.blob)
        for note in root:
            if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            lines, urls = [], []
            for p in note.iter(f"{_W}p"):
                block, _ = _paragraph(p, part)
                if block.text:
                    lines.append(block.text)
                urls.extend(block.urls)
            if lines or urls:
                out[note.get(f"{_W}id") or ""] = Block("\n".join(lines), urls)
    return out


def _contents(container) -> Iterator:
    """The paragraphs and tables of a body or a cell in order, also those inside content controls
    (`<w:sdt>`), which python-docx's iter_inner_content passes over."""
    for child in container:
        if child.tag in (f"{_W}p", f"{_W}tbl"):
            yield child
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _contents(content)


def _cell_text(cell, part) -> tuple[str, list[str], list[tuple[str, str]]]:
    from docx.table import Table

    texts, urls, refs = [], [], []
    for el in _contents(cell._tc):
        if el.tag == f"{_W}tbl":
            for row_text, row_urls, row_refs in _rows(Table(el, cell), part):
                texts.append(row_text)
                urls.extend(row_urls)
                refs.extend(row_refs)
            continue
        block, cited = _paragraph(el, part)
        texts.append(block.text.replace("\n", " "))
        urls.extend(block.urls)
        refs.extend(cited)
    return " ".join(t for t in texts if t), urls, refs


def _rows(table, part) -> Iterator[tuple[str, list[str], list[tuple[str, str]]]]:
    """Each row as one line, with the addresses it links to and the notes it cites."""
    rows = []
    for row in table.rows:
        cells, urls, refs, seen = [], [], [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:           # a cell spanning columns comes once per column
                continue
            seen.add(id(cell._tc))
            text, cell_urls, cell_refs = _cell_text(cell, part)
            cells.append(text)
            urls.extend(cell_urls)
            refs.extend(cell_refs)
        rows.append((cells, urls, refs))
    ordered = date_first([cells for cells, _u, _r in rows])
    for cells, (_c, urls, refs) in zip(ordered, rows):
        yield row_line(cells), urls, refs


def _heading_styles(doc) -> set[str]:
    """Ids of the heading and title styles. Word stores built-in names in English ('heading 1')
    whatever the language of its menus; asking python-docx per paragraph is slow (a scan of every
    style each time), so the ids are looked up once."""
    try:
        return {s.style_id for s in doc.styles
                if s.style_id and (s.name or "").lower().startswith(("heading", "title"))}
    except (KeyError, ValueError, AttributeError):
        return set()


def _core(doc) -> tuple[str | None, tuple[DocumentDate, ...]]:
    try:
        props = doc.core_properties
        title = (props.title or "").strip() or None
        raw = [(props.created, "docx created", "created"), (props.modified, "docx modified", "modified")]
    except (KeyError, ValueError, TypeError, AttributeError):
        return None, ()
    return title, tuple(d for d in (stated_date(v, s, k) for v, s, k in raw) if d)


def read_docx(path: Path) -> Document:
    import docx
    from docx.opc.exceptions import OpcError
    from docx.table import Table
    from lxml import etree

    broken = (OpcError, KeyError, ValueError, TypeError, AttributeError, zipfile.BadZipFile, OSError,
              etree.XMLSyntaxError, EOFError)
    try:
        doc = docx.Document(str(path))
        footnotes, endnotes = _notes(doc.part, "footnotes"), _notes(doc.part, "endnotes")
        blocks: list[Block] = []
        paragraphs = headings = tables = rows = placed = 0
        first_heading: str | None = None
        heading_styles = _heading_styles(doc)

        def cite(refs: list[tuple[str, str]]) -> None:
            nonlocal placed
            for kind, note_id in refs:
                if kind == "footnotes" and note_id in footnotes:
                    blocks.append(footnotes.pop(note_id))
                    placed += 1

        for el in _contents(doc.element.body):
            if el.tag == f"{_W}tbl":
                tables += 1
                for text, urls, refs in _rows(Table(el, doc), doc.part):
                    blocks.append(Block(text, urls))
                    rows += 1
                    cite(refs)
                continue
            block, refs = _paragraph(el, doc.part)
            if block.text:
                paragraphs += 1
                if el.style in heading_styles:
                    headings += 1
                    first_heading = first_heading or block.text
            blocks.append(block)
            cite(refs)
        title, dates = _core(doc)
    except broken as e:
        raise unreadable(f"is a broken DOCX ({' '.join(str(e).split())[:100] or type(e).__name__})", path) from None
    tail = list(footnotes.values()) + list(endnotes.values())
    text = join_blocks(blocks + tail)
    if not text.strip():
        raise unreadable("is a DOCX with no text", path)
    links = sum(len(b.urls) for b in blocks + tail)
    how = [f"docx: {count(paragraphs, 'paragraph')}"]
    if headings:
        how.append(count(headings, "heading"))
    if tables:
        how.append(f"{count(tables, 'table')} ({count(rows, 'row')}, one line each)")
    if placed:
        how.append(f"{count(placed, 'footnote')} after the paragraphs citing them")
    if tail:
        how.append(f"{count(len(tail), 'endnote or uncited footnote', 'endnotes and uncited footnotes')} at the end")
    if links:
        how.append(f"{count(links, 'link address', 'link addresses')} kept")
    return Document(name=path.name, path=path, format="docx", text=text, title=title or first_heading,
                    dates=dates, notes=("; ".join(how),))
