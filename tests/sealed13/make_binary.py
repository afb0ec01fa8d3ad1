"""Rebuild the PDF and the DOCX of this sealed set from their text sources in docs_src/.

    .venv/bin/python tests/sealed13/make_binary.py

Needs fpdf2, python-docx, and matplotlib for the DejaVu font (found through
tests/fixtures/sealed_binary.py). Both layouts are written here.

Source mark-up (blank-line-separated blocks):
  %title / %subtitle / %header   title block lines and the PDF running header
  # text                         section heading
  | a | b | c | n                a table row (PDF): cells, the last one a note number
  [n] url                        a note: the PDF source list or the DOCX endnotes
  [^n]                           inside a paragraph: a note mark (DOCX: superscript number)
  anything else                  a paragraph
"""
from __future__ import annotations

import pathlib
import re
import sys

SET_DIR = pathlib.Path(__file__).parent.resolve()
sys.path.append(str(SET_DIR.parent / "fixtures"))

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Pt, RGBColor  # noqa: E402
from fpdf import FPDF  # noqa: E402
from fpdf.fonts import FontFace  # noqa: E402

from sealed_binary import FONTS, rebuild  # noqa: E402  (tests/fixtures/sealed_binary.py)

PDF_SRC = "kalendarium_pazdziernik_2023"
DOCX_SRC = "notatka_analityczna_09_2024"
NOTE = re.compile(r"\[\^(\d+)\]")


def blocks(path: pathlib.Path) -> list[tuple[str, object]]:
    """(kind, value) pairs: title, subtitle, header, heading, row (list of cells), note, para."""
    out: list[tuple[str, object]] = []
    for chunk in path.read_text(encoding="utf-8").split("\n\n"):
        para: list[str] = []
        for line in (ln.rstrip() for ln in chunk.strip().splitlines()):
            if not line:
                continue
            if line.startswith("%"):
                key, _, value = line[1:].partition(" ")
                out.append((key, value))
            elif line.startswith("# "):
                out.append(("heading", line[2:]))
            elif line.startswith("| "):
                out.append(("row", [c.strip() for c in line[2:].split(" | ")]))
            elif re.match(r"\[\d+\] ", line):
                out.append(("note", line))
            else:
                para.append(line)
        if para:
            out.append(("para", " ".join(para)))
    return out


class Chronicle(FPDF):
    def __init__(self, running_header: str):
        super().__init__(format="A4", orientation="landscape")
        self.running_header = running_header
        self.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVu", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
        self.set_margins(16, 20, 16)
        self.set_auto_page_break(True, 16)

    def header(self) -> None:
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.set_y(9)
        self.cell(0, 4, self.running_header, align="L")
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self) -> None:
        self.set_y(-11)
        self.set_font("DejaVu", "I", 7.5)
        self.set_text_color(100, 100, 100)
        self.cell(0, 4, f"— {self.page_no()} —", align="C")
        self.set_text_color(0, 0, 0)


def build_pdf(src: pathlib.Path, out: pathlib.Path) -> None:
    items = blocks(src)
    pdf = Chronicle(next(v for k, v in items if k == "header"))
    pdf.set_title(next(v for k, v in items if k == "title"))
    pdf.add_page()
    for kind, value in items:
        if kind == "title":
            pdf.set_font("DejaVu", "B", 15)
            pdf.multi_cell(0, 7, value, new_x="LMARGIN", new_y="NEXT")
        elif kind == "subtitle":
            pdf.set_font("DejaVu", "I", 10)
            pdf.multi_cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "para":
            pdf.set_font("DejaVu", "", 8.5)
            pdf.multi_cell(0, 4.4, value, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    rows = [v for k, v in items if k == "row"]
    pdf.set_font("DejaVu", "", 8.5)
    heading = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
    with pdf.table(col_widths=(28, 22, 203, 12), text_align=("LEFT", "CENTER", "JUSTIFY", "CENTER"),
                   line_height=4.4, headings_style=heading, padding=1.5) as table:
        top = table.row()
        for label in ("Data", "Strony", "Przebieg", "Źr."):
            top.cell(label)
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.ln(5)
    for kind, value in items:
        if kind == "heading":
            pdf.set_font("DejaVu", "B", 9)
            pdf.cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
        elif kind == "note":
            pdf.set_font("DejaVu", "", 7)
            pdf.multi_cell(0, 3.5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))


def build_docx(src: pathlib.Path, out: pathlib.Path) -> None:
    items = blocks(src)
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(11)
    for kind, value in items:
        if kind == "title":
            doc.add_heading(value, level=0)
            doc.core_properties.title = value
        elif kind == "subtitle":
            run = doc.add_paragraph().add_run(value)
            run.italic = True
            run.font.size = Pt(12)
        elif kind == "heading":
            doc.add_heading(value, level=1)
        elif kind == "para":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Pt(18)
            pos = 0
            for m in NOTE.finditer(value):
                p.add_run(value[pos:m.start()])
                mark = p.add_run(m.group(1))
                mark.font.superscript = True
                pos = m.end()
            p.add_run(value[pos:])
        elif kind == "note":
            number, _, url = value.partition(" ")
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            mark = p.add_run(number.strip("[]"))
            mark.font.superscript = True
            run = p.add_run(" " + url)
            run.font.size = Pt(9)
            run.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    doc.save(str(out))


if __name__ == "__main__":
    rebuild(SET_DIR, PDF_SRC, DOCX_SRC, build_pdf, build_docx)  # writes both files into docs/
