"""Rebuild the PDF and the DOCX of this sealed set from their text sources in docs_src/.

    .venv/bin/python tests/sealed12/make_binary.py

Needs fpdf2, python-docx, and matplotlib for the DejaVu font (found through
tests/fixtures/sealed_binary.py). The page layouts of both files are written here.

Source mark-up (blank-line-separated blocks):
  %title / %subtitle / %header   title block lines and the PDF running header
  # text                         section heading
  @ date                         starts a dated entry (PDF); the following lines are its text
  ^ url                          a source address of the entry above (PDF: a footnote at the page foot)
  | a | b | c                    a table row (DOCX); the first row is the table's header
  plain lines                    an ordinary paragraph
"""
from __future__ import annotations

import pathlib
import sys
from dataclasses import dataclass, field

SET_DIR = pathlib.Path(__file__).parent.resolve()
sys.path.append(str(SET_DIR.parent / "fixtures"))

from docx import Document  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402
from fpdf import FPDF  # noqa: E402

from sealed_binary import FONTS, rebuild  # noqa: E402  (tests/fixtures/sealed_binary.py)

PDF_SRC = "kalendarium_wschodnie_VIII_2019"
DOCX_SRC = "zestawienie_kwiecien_2022"


@dataclass
class Item:
    kind: str  # title, subtitle, header, heading, entry, para, row
    text: str = ""
    date: str = ""
    notes: list[str] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)


def parse(path: pathlib.Path) -> list[Item]:
    items: list[Item] = []
    for chunk in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [ln.rstrip() for ln in chunk.strip().splitlines() if ln.strip()]
        current: Item | None = None
        body: list[str] = []

        def close() -> None:
            nonlocal current, body
            if current is not None:
                current.text = " ".join(body)
                items.append(current)
            elif body:
                items.append(Item("para", " ".join(body)))
            current, body = None, []

        for ln in lines:
            if ln.startswith("%"):
                key, _, value = ln[1:].partition(" ")
                items.append(Item(key, value))
            elif ln.startswith("# "):
                items.append(Item("heading", ln[2:]))
            elif ln.startswith("@ "):
                close()
                current = Item("entry", date=ln[2:].strip())
            elif ln.startswith("^ "):
                target = current if current is not None else items[-1]
                target.notes.append(ln[2:].strip())
            elif ln.startswith("| "):
                items.append(Item("row", cells=[c.strip() for c in ln[2:].split(" | ")]))
            else:
                body.append(ln)
        close()
    return items


class Calendar(FPDF):
    """A4 pages: dates set in a left margin column, entry text beside them, footnotes at each page foot."""

    DATE_W = 27.0
    GAP = 4.0
    LINE = 4.7
    FOOT_LINE = 3.3

    def __init__(self, running_header: str):
        super().__init__(format="A4")
        self.running_header = running_header
        self.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVu", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
        self.set_auto_page_break(False)
        self.set_margins(20, 22, 20)
        self.pending: list[str] = []
        self.number = 0

    @property
    def text_x(self) -> float:
        return self.l_margin + self.DATE_W + self.GAP

    @property
    def text_w(self) -> float:
        return self.w - self.r_margin - self.text_x

    @property
    def bottom(self) -> float:
        return self.h - 20

    def header(self) -> None:
        self.set_font("DejaVu", "I", 7.5)
        self.set_text_color(100, 100, 100)
        self.set_y(10)
        self.cell(0, 4, self.running_header, align="L")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.cell(0, 4, f"— {self.page_no()} —", align="C")
        self.set_text_color(0, 0, 0)

    def notes_height(self, notes: list[str]) -> float:
        if not notes:
            return 0.0
        self.set_font("DejaVu", "", 6.5)
        width = self.w - self.l_margin - self.r_margin
        lines = sum(len(self.multi_cell(width, self.FOOT_LINE, n, dry_run=True, output="LINES")) for n in notes)
        return lines * self.FOOT_LINE + 4

    def flush_notes(self) -> None:
        if not self.pending:
            return
        top = self.bottom - self.notes_height(self.pending) + 4
        self.set_draw_color(0, 0, 0)
        self.line(self.l_margin, top - 2, self.l_margin + 45, top - 2)
        self.set_xy(self.l_margin, top)
        self.set_font("DejaVu", "", 6.5)
        for note in self.pending:
            self.multi_cell(0, self.FOOT_LINE, note, new_x="LMARGIN", new_y="NEXT")
        self.pending = []

    def make_room(self, height: float, notes: list[str]) -> None:
        if self.get_y() + height > self.bottom - self.notes_height(self.pending + notes):
            self.flush_notes()
            self.add_page()

    def heading(self, text: str) -> None:
        self.make_room(20, [])
        self.ln(3)
        self.set_font("DejaVu", "B", 10.5)
        self.set_x(self.l_margin)
        self.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(2)

    def entry(self, date: str, text: str, urls: list[str]) -> None:
        marks = "".join(f"[{self.number + i + 1}]" for i in range(len(urls)))
        notes = [f"[{self.number + i + 1}] {u}" for i, u in enumerate(urls)]
        self.number += len(urls)
        body = f"{text} {marks}".strip()
        self.set_font("DejaVu", "", 9.3)
        height = len(self.multi_cell(self.text_w, self.LINE, body, dry_run=True, output="LINES")) * self.LINE + 2.5
        self.make_room(height, notes)
        top = self.get_y()
        self.set_font("DejaVu", "B", 9.3)
        self.set_xy(self.l_margin, top)
        self.multi_cell(self.DATE_W, self.LINE, date, align="R")
        self.set_font("DejaVu", "", 9.3)
        self.set_xy(self.text_x, top)
        self.multi_cell(self.text_w, self.LINE, body, align="J", new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)
        self.pending += notes

    def paragraph(self, text: str) -> None:
        self.set_font("DejaVu", "I", 9.3)
        height = len(self.multi_cell(self.w - self.l_margin - self.r_margin, self.LINE, text,
                                     dry_run=True, output="LINES")) * self.LINE + 2.5
        self.make_room(height, [])
        self.set_x(self.l_margin)
        self.multi_cell(0, self.LINE, text, align="J", new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)


def build_pdf(src: pathlib.Path, out: pathlib.Path) -> None:
    items = parse(src)
    pdf = Calendar(next(i.text for i in items if i.kind == "header"))
    pdf.set_title(next(i.text for i in items if i.kind == "title"))
    pdf.add_page()
    for item in items:
        if item.kind == "title":
            pdf.set_font("DejaVu", "B", 17)
            pdf.cell(0, 9, item.text, new_x="LMARGIN", new_y="NEXT")
        elif item.kind == "subtitle":
            pdf.set_font("DejaVu", "", 9.5)
            pdf.multi_cell(0, 5, item.text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif item.kind == "heading":
            pdf.heading(item.text)
        elif item.kind == "entry":
            pdf.entry(item.date, item.text, item.notes)
        elif item.kind == "para":
            pdf.paragraph(item.text)
    pdf.flush_notes()
    pdf.output(str(out))


def shade(cell, fill: str) -> None:
    props = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    props.append(shd)


def build_docx(src: pathlib.Path, out: pathlib.Path) -> None:
    items = parse(src)
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(1.8)
    rows = [i.cells for i in items if i.kind == "row"]
    table_done = False
    for item in items:
        if item.kind == "title":
            doc.add_heading(item.text, level=0)
            doc.core_properties.title = item.text
        elif item.kind == "subtitle":
            run = doc.add_paragraph().add_run(item.text)
            run.italic = True
            run.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
        elif item.kind == "row" and not table_done:
            table_done = True
            table = doc.add_table(rows=0, cols=3)
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = (Cm(2.8), Cm(10.4), Cm(4.2))
            for n, cells in enumerate(rows):
                row = table.add_row().cells
                for k, (cell, value) in enumerate(zip(row, cells)):
                    cell.width = widths[k]
                    para = cell.paragraphs[0]
                    run = para.add_run(value)
                    if n == 0:
                        run.bold = True
                        shade(cell, "D9D9D9")
                    elif k == 0:
                        run.bold = True
                    elif k == 2:
                        run.font.size = Pt(7.5)
                        run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        elif item.kind == "heading":
            doc.add_heading(item.text, level=2)
        elif item.kind == "para":
            doc.add_paragraph(item.text)
    doc.save(str(out))


if __name__ == "__main__":
    rebuild(SET_DIR, PDF_SRC, DOCX_SRC, build_pdf, build_docx)  # writes both files into docs/
