"""Rebuild the PDF and the DOCX of this open set from their text sources in docs_src/.

    .venv/bin/python tests/open2/make_binary.py

Needs fpdf2, python-docx, and matplotlib for the DejaVu font (found through
tests/fixtures/sealed_binary.py, whose parser, footnoting page class and rebuild helper are reused here).

Source mark-up (blank-line-separated blocks, as read by sealed_binary.parse):
  %title / %subtitle / %header   title block lines and the PDF running header / DOCX page header
  # text                         section heading
  ^ url                          a source address of the paragraph above (PDF: a footnote at the page foot)
  | a | b | c | ...              a table row (DOCX only); the first row of a block is the header row;
                                 a first cell "^^" merges that cell with the one above it
  anything else                  a paragraph
The PDF source dates its notes at the END of each paragraph, in brackets; the layout leaves that as it is.
"""
from __future__ import annotations

import pathlib
import sys

SET_DIR = pathlib.Path(__file__).parent.resolve()
sys.path.append(str(SET_DIR.parent / "fixtures"))

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

from sealed_binary import FONTS, Bulletin, parse, rebuild  # noqa: E402  (tests/fixtures/sealed_binary.py)

PDF_SRC = "biuletyn_wschodni_lipiec_2018"
DOCX_SRC = "ne_asia_ledger_feb2014"
LINE = 4.9


class Biuletyn(Bulletin):
    """Bulletin pages with footnotes at the page foot, a right-hand tag and a page counter on the right."""

    HEADER_STYLE, INK, RULE_INK, FOOTER_ALIGN = "", 70, 120, "R"

    def __init__(self, running_header: str):
        super().__init__(running_header, "Zespół ds. Azji Wschodniej", "str. {page}")
        self.add_font("DejaVu", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
        self.set_margins(24, 24, 24)

    def lines(self, width: float, text: str) -> int:
        return len(self.multi_cell(width, LINE, text, dry_run=True, output="LINES"))


def build_pdf(src: pathlib.Path, out: pathlib.Path) -> None:
    blocks = parse(src)
    pdf = Biuletyn(next(b.text for b in blocks if b.kind == "header"))
    pdf.set_title(next(b.text for b in blocks if b.kind == "title"))
    pdf.add_page()
    full = pdf.w - pdf.l_margin - pdf.r_margin
    number = 0
    for b in blocks:
        if b.kind == "title":
            pdf.set_font("DejaVu", "B", 15)
            pdf.multi_cell(0, 7.5, b.text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif b.kind == "subtitle":
            pdf.set_font("DejaVu", "I", 8.8)
            pdf.multi_cell(0, 4.4, b.text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_draw_color(0, 0, 0)
            pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.w - pdf.r_margin, pdf.get_y() + 2)
            pdf.ln(6)
        elif b.kind == "heading":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.place(22, [])
            pdf.ln(2)
            pdf.cell(0, 6, b.text.upper(), new_x="LMARGIN", new_y="NEXT")
            pdf.set_draw_color(150, 150, 150)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + 40, pdf.get_y())
            pdf.ln(2.5)
        elif b.kind == "para":
            marks = "".join(f"[{number + i + 1}]" for i in range(len(b.notes)))
            notes = [f"[{number + i + 1}] {n}" for i, n in enumerate(b.notes)]
            number += len(b.notes)
            body = f"{b.text} {marks}".strip()
            pdf.set_font("DejaVu", "", 9.4)
            pdf.place(pdf.lines(full, body) * LINE + 3, notes)
            pdf.set_font("DejaVu", "", 9.4)
            pdf.multi_cell(0, LINE, body, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
            pdf.pending += notes
    pdf.flush_notes()
    pdf.output(str(out))


def shade(cell, fill: str) -> None:
    props = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    props.append(shd)


WIDTHS = [Cm(2.0), Cm(2.6), Cm(1.6), Cm(13.5), Cm(4.6)]


def build_docx(src: pathlib.Path, out: pathlib.Path) -> None:
    blocks = parse(src)
    doc = Document()
    doc.styles["Normal"].font.name = "Cambria"
    doc.styles["Normal"].font.size = Pt(9.5)
    for section in doc.sections:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
        section.left_margin = section.right_margin = Cm(1.8)
        section.header.paragraphs[0].text = next(b.text for b in blocks if b.kind == "header")
        section.header.paragraphs[0].runs[0].font.size = Pt(8)
    table = None
    for b in blocks:
        if b.kind != "row":
            table = None
        if b.kind == "title":
            doc.add_heading(b.text, level=0)
            doc.core_properties.title = b.text
        elif b.kind == "subtitle":
            run = doc.add_paragraph().add_run(b.text)
            run.italic = True
        elif b.kind == "heading":
            doc.add_heading(b.text, level=2)
        elif b.kind == "para":
            doc.add_paragraph(b.text)
        elif b.kind == "row":
            cells = [b.cells[0]] + [c.strip() for c in b.cells[1].split(" | ")]
            if table is None:
                table = doc.add_table(rows=0, cols=len(cells))
                table.style = "Table Grid"
                row = table.add_row().cells
                for i, text in enumerate(cells):
                    row[i].text = text
                    row[i].paragraphs[0].runs[0].bold = True
                    row[i].width = WIDTHS[i]
                    shade(row[i], "D9E2F3")
                continue
            row = table.add_row().cells
            for i, text in enumerate(cells):
                row[i].width = WIDTHS[i]
                if i == 0 and text == "^^":
                    above = table.rows[len(table.rows) - 2].cells[0]
                    above.merge(row[0])
                    continue
                row[i].text = text
    doc.save(str(out))


if __name__ == "__main__":
    rebuild(SET_DIR, PDF_SRC, DOCX_SRC, build_pdf, build_docx)  # writes both files into docs/
