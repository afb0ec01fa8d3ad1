"""Build the sealed set's PDF and DOCX from their plain-text sources in docs_src/.

    .venv/bin/python tests/sealed3/make_binary.py

Needs fpdf2, python-docx and matplotlib (only for its DejaVu font, which has the Polish glyphs).
Source mark-up, one block per blank-line-separated paragraph:
  %title / %subtitle / %header   title block lines and the PDF running header
  # text                         section heading
  ^ url                          a source address of the paragraph above (PDF: a footnote at the page foot)
  | date | text                  a table row (DOCX: consecutive rows form one table)
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import matplotlib
from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FONTS = Path(matplotlib.get_data_path()) / "fonts" / "ttf"


@dataclass
class Block:
    kind: str  # "title", "subtitle", "header", "heading", "para", "row"
    text: str
    notes: list[str] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)


def parse(path: Path) -> list[Block]:
    blocks: list[Block] = []
    for chunk in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [ln.rstrip() for ln in chunk.strip().splitlines() if ln.strip()]
        text_lines = []
        for ln in lines:
            if ln.startswith("%"):
                key, _, value = ln[1:].partition(" ")
                blocks.append(Block(key, value))
            elif ln.startswith("# "):
                blocks.append(Block("heading", ln[2:]))
            elif ln.startswith("| "):
                cells = [c.strip() for c in ln.strip("| ").split(" | ", 1)]
                blocks.append(Block("row", "", cells=cells))
            elif ln.startswith("^ "):
                target = blocks[-1] if not text_lines else None
                if text_lines:
                    blocks.append(Block("para", " ".join(text_lines)))
                    text_lines = []
                    target = blocks[-1]
                target.notes.append(ln[2:])
            else:
                text_lines.append(ln)
        if text_lines:
            blocks.append(Block("para", " ".join(text_lines)))
    return blocks


class Bulletin(FPDF):
    """A4 pages with a running header, a page-number footer and footnotes set at each page foot."""

    FOOT_H = 3.4

    def __init__(self, running_header: str):
        super().__init__(format="A4")
        self.running_header = running_header
        self.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(False)
        self.set_margins(22, 24, 22)
        self.pending: list[str] = []

    def header(self) -> None:
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_y(11)
        self.cell(0, 4, self.running_header, align="L")
        self.cell(0, 4, "obieg zamknięty", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, 16, self.w - self.r_margin, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(24)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"str. {self.page_no()} z {{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    @property
    def bottom(self) -> float:
        return self.h - 22

    def notes_height(self, notes: list[str]) -> float:
        self.set_font("DejaVu", "", 6.5)
        width = self.w - self.l_margin - self.r_margin
        return sum(len(self.multi_cell(width, self.FOOT_H, n, dry_run=True, output="LINES")) for n in notes) * self.FOOT_H

    def flush_notes(self) -> None:
        if not self.pending:
            return
        height = self.notes_height(self.pending)
        top = self.bottom - height
        self.line(self.l_margin, top - 2, self.l_margin + 50, top - 2)
        self.set_xy(self.l_margin, top)
        self.set_font("DejaVu", "", 6.5)
        for note in self.pending:
            self.multi_cell(0, self.FOOT_H, note, new_x="LMARGIN", new_y="NEXT")
        self.pending = []

    def place(self, height: float, notes: list[str]) -> None:
        """Start a new page when the block and every footnote of its page would not fit above the foot."""
        room = self.bottom - self.notes_height(self.pending + notes) - (4 if self.pending or notes else 0)
        if self.get_y() + height > room:
            self.flush_notes()
            self.add_page()


def build_pdf(src: Path, out: Path) -> None:
    blocks = parse(src)
    header = next(b.text for b in blocks if b.kind == "header")
    pdf = Bulletin(header)
    pdf.set_title(next(b.text for b in blocks if b.kind == "title"))
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    number = 0
    for b in blocks:
        if b.kind == "title":
            pdf.set_font("DejaVu", "B", 16)
            pdf.multi_cell(0, 8, b.text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif b.kind == "subtitle":
            pdf.set_font("DejaVu", "", 9.5)
            pdf.multi_cell(0, 5, b.text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif b.kind == "heading":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.place(26, [])
            pdf.ln(3)
            pdf.multi_cell(0, 6, b.text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif b.kind == "para":
            marks = "".join(f"[{number + i + 1}]" for i in range(len(b.notes)))
            notes = [f"[{number + i + 1}] {n}" for i, n in enumerate(b.notes)]
            number += len(b.notes)
            text = f"{b.text} {marks}".strip()
            pdf.set_font("DejaVu", "", 9.5)
            height = len(pdf.multi_cell(width, 4.8, text, dry_run=True, output="LINES")) * 4.8 + 2.5
            pdf.place(height, notes)
            pdf.set_font("DejaVu", "", 9.5)
            pdf.multi_cell(0, 4.8, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
            pdf.pending += notes
    pdf.flush_notes()
    pdf.output(str(out))


def build_docx(src: Path, out: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    table = None
    for b in parse(src):
        if b.kind != "row":
            table = None
        if b.kind == "title":
            doc.add_heading(b.text, level=0)
        elif b.kind == "subtitle":
            doc.add_paragraph(b.text).runs[0].italic = True
        elif b.kind == "heading":
            doc.add_heading(b.text, level=1)
        elif b.kind == "para":
            doc.add_paragraph(b.text)
        elif b.kind == "row":
            if table is None:
                table = doc.add_table(rows=0, cols=2)
                table.style = "Table Grid"
            cells = table.add_row().cells
            cells[0].text, cells[1].text = b.cells[0], b.cells[1]
    doc.core_properties.title = next((b.text for b in parse(src) if b.kind == "title"), "")
    doc.save(str(out))


def main() -> None:
    build_pdf(HERE / "docs_src" / "biuletyn_azja_wsch_2024-06.txt", HERE / "docs" / "biuletyn_azja_wsch_2024-06.pdf")
    build_docx(HERE / "docs_src" / "east_asia_desk_2022-05.txt", HERE / "docs" / "east_asia_desk_2022-05.docx")


if __name__ == "__main__":
    main()
