"""Rebuild the PDF and the DOCX of this sealed set from their text sources in docs_src/.

    .venv/bin/python tests/sealed16/make_binary.py

Needs fpdf2, python-docx, and matplotlib for the DejaVu font (found through
tests/fixtures/sealed_binary.py, whose parser and footnoting page class are reused here).

Source mark-up (blank-line-separated blocks, as read by sealed_binary.parse):
  %title / %subtitle / %header   title block lines and the PDF running header / DOCX page header
  # text                         section heading
  ^ url                          a source address of the paragraph above (PDF: a footnote at the page
                                 foot; DOCX: a "Źródło:" line under the paragraph)
  anything else                  a paragraph; a dated entry is one whose words before the first " – "
                                 are a date: the PDF sets that date in a column of its own, the DOCX in bold
"""
from __future__ import annotations

import pathlib
import re
import sys

SET_DIR = pathlib.Path(__file__).parent.resolve()
sys.path.append(str(SET_DIR.parent / "fixtures"))

from docx import Document  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402

from sealed_binary import FONTS, Bulletin, parse, rebuild  # noqa: E402  (tests/fixtures/sealed_binary.py)

PDF_SRC = "przeglad_luty_2013"
DOCX_SRC = "notatka_grudzien_2022"
DATED = re.compile(r"^(\d{1,2}(?:[–-]\d{1,2})? [a-ząćęłńóśźżIVX]+) – ")
DATE_COL = 27.0   # mm: width of the PDF's date column
LINE = 4.7


class Monthly(Bulletin):
    """Bulletin pages (footnotes at the page foot) with a bold header, a right-hand tag and a centred footer."""

    HEADER_STYLE, INK, RULE_INK, FOOTER_ALIGN = "B", 45, 0, "C"

    def __init__(self, running_header: str, tag: str):
        super().__init__(running_header, tag, "– {page} –")
        self.add_font("DejaVu", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
        self.set_margins(20, 24, 20)

    def lines(self, width: float, text: str) -> int:
        return len(self.multi_cell(width, LINE, text, dry_run=True, output="LINES"))


def build_pdf(src: pathlib.Path, out: pathlib.Path) -> None:
    blocks = parse(src)
    title = next(b.text for b in blocks if b.kind == "title")
    pdf = Monthly(next(b.text for b in blocks if b.kind == "header"), "Zespół Azji Wschodniej")
    pdf.set_title(title)
    pdf.add_page()
    full = pdf.w - pdf.l_margin - pdf.r_margin
    number = 0
    for b in blocks:
        if b.kind == "title":
            pdf.set_font("DejaVu", "B", 14)
            pdf.multi_cell(0, 7, b.text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_line_width(0.8)
            pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.w - pdf.r_margin, pdf.get_y() + 1)
            pdf.set_line_width(0.2)
            pdf.ln(3)
        elif b.kind == "subtitle":
            pdf.set_font("DejaVu", "I", 8.5)
            pdf.set_text_color(60, 60, 60)
            pdf.multi_cell(0, 4.4, b.text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(5)
        elif b.kind == "heading":
            pdf.set_font("DejaVu", "B", 10)
            pdf.place(24, [])
            pdf.ln(2)
            pdf.set_fill_color(60, 60, 60)
            pdf.set_text_color(255, 255, 255)
            pdf.cell(0, 6.5, " " + b.text, fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2.5)
        elif b.kind == "para":
            marks = "".join(f"[{number + i + 1}]" for i in range(len(b.notes)))
            notes = [f"[{number + i + 1}] {n}" for i, n in enumerate(b.notes)]
            number += len(b.notes)
            m = DATED.match(b.text)
            pdf.set_font("DejaVu", "", 9.3)
            if m:
                body = f"{b.text[m.end():]} {marks}".strip()
                width = full - DATE_COL
                pdf.place(pdf.lines(width, body) * LINE + 2.5, notes)
                y = pdf.get_y()
                pdf.set_font("DejaVu", "B", 9.3)
                pdf.multi_cell(DATE_COL - 2, LINE, m.group(1), align="L")
                pdf.set_xy(pdf.l_margin + DATE_COL, y)
                pdf.set_font("DejaVu", "", 9.3)
                pdf.multi_cell(width, LINE, body, align="J", new_x="LMARGIN", new_y="NEXT")
            else:
                body = f"{b.text} {marks}".strip()
                pdf.place(pdf.lines(full, body) * LINE + 2.5, notes)
                pdf.multi_cell(0, LINE, body, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
            pdf.pending += notes
    pdf.flush_notes()
    pdf.output(str(out))


def build_docx(src: pathlib.Path, out: pathlib.Path) -> None:
    blocks = parse(src)
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    for section in doc.sections:
        section.left_margin = section.right_margin = Cm(2.5)
        section.header.paragraphs[0].text = next(b.text for b in blocks if b.kind == "header")
        section.header.paragraphs[0].runs[0].font.size = Pt(8)
    for b in blocks:
        if b.kind == "title":
            p = doc.add_paragraph()
            run = p.add_run(b.text)
            run.bold = True
            run.font.size = Pt(15)
            doc.core_properties.title = b.text
        elif b.kind == "subtitle":
            run = doc.add_paragraph().add_run(b.text)
            run.italic = True
            run.font.size = Pt(9)
        elif b.kind == "heading":
            doc.add_heading(b.text, level=2)
        elif b.kind == "para":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            m = DATED.match(b.text)
            if m:
                p.add_run(m.group(1)).bold = True
                p.add_run(" – " + b.text[m.end():])
            else:
                p.add_run(b.text)
            for url in b.notes:
                note = doc.add_paragraph()
                note.paragraph_format.left_indent = Cm(1)
                note.paragraph_format.space_after = Pt(8)
                run = note.add_run(f"Źródło: {url}")
                run.font.size = Pt(8)
                run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    doc.save(str(out))


if __name__ == "__main__":
    rebuild(SET_DIR, PDF_SRC, DOCX_SRC, build_pdf, build_docx)  # writes both files into docs/
