"""Rebuild the PDF and the DOCX of this sealed set from their text sources in docs_src/.

    .venv/bin/python tests/sealed15/make_binary.py

Needs fpdf2, python-docx, and matplotlib for the DejaVu font (found through
tests/fixtures/sealed_binary.py, whose parser and footnoting page class are reused here).

Source mark-up (blank-line-separated blocks, as read by sealed_binary.parse):
  %title / %subtitle / %header   title block lines and the PDF running header
  # text                         section heading
  ^ url                          a source address of the paragraph above (PDF: a footnote at the page foot)
  | date | text | source         a table row (DOCX: one three-column table; several sources split on " ; ")
  anything else                  a paragraph; in the PDF the words before the first " – " of a dated
                                 entry are set in bold
"""
from __future__ import annotations

import pathlib
import re
import sys

SET_DIR = pathlib.Path(__file__).parent.resolve()
sys.path.append(str(SET_DIR.parent / "fixtures"))

from docx import Document  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402

from sealed_binary import FONTS, Bulletin, parse, rebuild  # noqa: E402  (tests/fixtures/sealed_binary.py)

PDF_SRC = "przeglad_pazdziernik_2018"
DOCX_SRC = "kalendarium_marzec_2018"
DATED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})?(?:[–-]\d{1,2}\.\d{1,2})?) – ")


class Review(Bulletin):
    """Bulletin pages (footnotes at the page foot) with a left-hand running header and a "s. n" footer."""

    HEADER_STYLE, INK, RULE_INK, FOOTER_ALIGN = "I", 100, 120, "R"

    def __init__(self, running_header: str):
        super().__init__(running_header, "", "s. {page}")
        self.add_font("DejaVu", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
        self.set_margins(25, 24, 25)


def build_pdf(src: pathlib.Path, out: pathlib.Path) -> None:
    blocks = parse(src)
    pdf = Review(next(b.text for b in blocks if b.kind == "header"))
    pdf.set_title(next(b.text for b in blocks if b.kind == "title"))
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    number = 0
    for b in blocks:
        if b.kind == "title":
            pdf.set_font("DejaVu", "B", 15)
            pdf.multi_cell(0, 7.5, b.text, align="L", new_x="LMARGIN", new_y="NEXT")
        elif b.kind == "subtitle":
            pdf.set_font("DejaVu", "I", 8.5)
            pdf.set_text_color(70, 70, 70)
            pdf.multi_cell(0, 4.6, b.text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(4)
        elif b.kind == "heading":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.place(24, [])
            pdf.ln(2)
            pdf.multi_cell(0, 6, b.text.upper(), new_x="LMARGIN", new_y="NEXT")
            pdf.set_draw_color(0, 0, 0)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + 40, pdf.get_y())
            pdf.ln(2)
        elif b.kind == "para":
            marks = "".join(f"[{number + i + 1}]" for i in range(len(b.notes)))
            notes = [f"[{number + i + 1}] {n}" for i, n in enumerate(b.notes)]
            number += len(b.notes)
            plain = f"{b.text} {marks}".strip()
            m = DATED.match(plain)
            text = f"**{m.group(1)}** – {plain[m.end():]}" if m else plain
            pdf.set_font("DejaVu", "", 9.5)
            height = len(pdf.multi_cell(width, 4.8, plain, dry_run=True, output="LINES")) * 4.8 + 2.5
            pdf.place(height, notes)
            pdf.set_font("DejaVu", "", 9.5)
            pdf.multi_cell(0, 4.8, text, align="J", markdown=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
            pdf.pending += notes
    pdf.flush_notes()
    pdf.output(str(out))


def build_docx(src: pathlib.Path, out: pathlib.Path) -> None:
    blocks = parse(src)
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    for section in doc.sections:
        section.left_margin = section.right_margin = Cm(2)
    table = None
    for b in blocks:
        if b.kind != "row":
            table = None
        if b.kind == "title":
            doc.add_heading(b.text, level=1)
            doc.core_properties.title = b.text
        elif b.kind == "subtitle":
            run = doc.add_paragraph().add_run(b.text)
            run.italic = True
            run.font.size = Pt(9.5)
        elif b.kind == "heading":
            doc.add_heading(b.text, level=2)
        elif b.kind == "para":
            p = doc.add_paragraph()
            run = p.add_run(b.text)
            run.font.size = Pt(9)
            run.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
        elif b.kind == "row":
            date, rest = b.cells[0], b.cells[1]
            text, _, sources = rest.rpartition(" | ")
            first = table is None
            if first:
                table = doc.add_table(rows=0, cols=3)
                table.style = "Table Grid"
                table.alignment = WD_TABLE_ALIGNMENT.CENTER
            cells = table.add_row().cells
            cells[0].width, cells[1].width, cells[2].width = Cm(2.3), Cm(10.2), Cm(4.5)
            cells[0].text = date
            cells[1].text = text
            cells[2].text = ""
            for i, url in enumerate(s.strip() for s in sources.split(" ; ")):
                para = cells[2].paragraphs[0] if i == 0 else cells[2].add_paragraph()
                run = para.add_run(url)
                run.font.size = Pt(7.5)
            if first:
                for cell in cells:
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
    doc.save(str(out))


if __name__ == "__main__":
    rebuild(SET_DIR, PDF_SRC, DOCX_SRC, build_pdf, build_docx)  # writes both files into docs/
