"""Rebuild the PDF and the DOCX of this sealed set from their text sources in docs_src/.

    .venv/bin/python tests/sealed17/make_binary.py

Needs fpdf2, python-docx, and matplotlib for the DejaVu fonts (found through
tests/fixtures/sealed_binary.py, whose parser and footnoting page class are reused here).

Source mark-up (blank-line-separated blocks, as read by sealed_binary.parse):
  %title / %subtitle / %header   title block lines and the PDF running header / DOCX page header
  # text                         section heading (PDF: ruled section title; DOCX: a shaded day bar)
  ^ url                          a source address of the paragraph above (PDF: a footnote at the page
                                 foot; DOCX: an arrowed "źródło:" line under the paragraph)
  anything else                  a paragraph. In the PDF a dated entry ("9–10 II – ...", Roman month)
                                 has its date set right-aligned in a narrow left column behind a thin
                                 rule; in the DOCX a leading numeric date ("16–18.11. – ...") is set in
                                 bold small capitals.

The look differs on purpose from sealed16: serif body, centred italic running header with a double
rule, page numbers at the right ("s. N"), ruled (not shaded) section titles in the PDF; Cambria,
shaded day bars and arrowed source lines in the DOCX.
"""
from __future__ import annotations

import pathlib
import re
import sys

SET_DIR = pathlib.Path(__file__).parent.resolve()
sys.path.append(str(SET_DIR.parent / "fixtures"))

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402

from sealed_binary import FONTS, Bulletin, parse, rebuild  # noqa: E402  (tests/fixtures/sealed_binary.py)

PDF_SRC = "przeglad_luty_2015"
DOCX_SRC = "notatka_listopad_2021"
PDF_DATED = re.compile(r"^(\d{1,2}(?:–\d{1,2})? [IVX]+(?: – \d{1,2} [IVX]+)?) – ")
DOCX_DATED = re.compile(r"^(\d{1,2}(?:–\d{1,2})?\.\d{2}\.(?:–\d{1,2}\.\d{2}\.)?) – ")
DATE_COL = 26.0   # mm: width of the PDF's date column (right-aligned dates)
LINE = 4.9
BODY = 9.6


class Review(Bulletin):
    """Serif review pages: centred italic running header over a double rule, 's. N' at the right foot."""

    def __init__(self, running_header: str):
        super().__init__(running_header, "", "s. {page}")
        self.add_font("Serif", "", str(FONTS / "DejaVuSerif.ttf"))
        self.add_font("Serif", "B", str(FONTS / "DejaVuSerif-Bold.ttf"))
        self.add_font("Serif", "I", str(FONTS / "DejaVuSerif-Italic.ttf"))
        self.set_margins(18, 26, 18)

    def header(self) -> None:
        self.set_font("Serif", "I", 8)
        self.set_text_color(70, 70, 70)
        self.set_y(10)
        self.cell(0, 4, self.running_header, align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(110, 110, 110)
        self.line(self.l_margin, 15.2, self.w - self.r_margin, 15.2)
        self.line(self.l_margin, 16.0, self.w - self.r_margin, 16.0)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_y(26)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font("Serif", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.page_footer.format(page=self.page_no()), align="R")
        self.set_text_color(0, 0, 0)

    def lines(self, width: float, text: str) -> int:
        self.set_font("Serif", "", BODY)
        return len(self.multi_cell(width, LINE, text, dry_run=True, output="LINES"))


def build_pdf(src: pathlib.Path, out: pathlib.Path) -> None:
    blocks = parse(src)
    title = next(b.text for b in blocks if b.kind == "title")
    pdf = Review(next(b.text for b in blocks if b.kind == "header"))
    pdf.set_title(title)
    pdf.add_page()
    full = pdf.w - pdf.l_margin - pdf.r_margin
    number = 0
    for b in blocks:
        if b.kind == "title":
            pdf.set_font("Serif", "B", 15)
            pdf.multi_cell(0, 7.2, b.text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif b.kind == "subtitle":
            pdf.set_font("Serif", "I", 8.5)
            pdf.set_text_color(55, 55, 55)
            pdf.multi_cell(0, 4.3, b.text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.set_line_width(0.3)
            pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.w - pdf.r_margin, pdf.get_y() + 2)
            pdf.set_line_width(0.2)
            pdf.ln(6)
        elif b.kind == "heading":
            pdf.place(26, [])
            pdf.ln(2.5)
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.set_text_color(25, 45, 90)
            pdf.cell(0, 6, b.text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_draw_color(25, 45, 90)
            pdf.line(pdf.l_margin, pdf.get_y() + 0.5, pdf.l_margin + 70, pdf.get_y() + 0.5)
            pdf.set_draw_color(0, 0, 0)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(3.5)
        elif b.kind == "para":
            marks = "".join(f"[{number + i + 1}]" for i in range(len(b.notes)))
            notes = [f"[{number + i + 1}] {n}" for i, n in enumerate(b.notes)]
            number += len(b.notes)
            m = PDF_DATED.match(b.text)
            if m:
                body = f"{b.text[m.end():]} {marks}".strip()
                width = full - DATE_COL
                height = pdf.lines(width, body) * LINE
                pdf.place(height + 3, notes)
                y = pdf.get_y()
                pdf.set_font("DejaVu", "B", 8.6)
                pdf.set_text_color(25, 45, 90)
                pdf.set_xy(pdf.l_margin, y + 0.2)
                pdf.multi_cell(DATE_COL - 4, LINE, m.group(1), align="R")
                pdf.set_text_color(0, 0, 0)
                pdf.set_draw_color(150, 150, 150)
                pdf.line(pdf.l_margin + DATE_COL - 2, y + 0.8, pdf.l_margin + DATE_COL - 2, y + height - 0.5)
                pdf.set_draw_color(0, 0, 0)
                pdf.set_xy(pdf.l_margin + DATE_COL, y)
                pdf.set_font("Serif", "", BODY)
                pdf.multi_cell(width, LINE, body, align="J", new_x="LMARGIN", new_y="NEXT")
            else:
                body = f"{b.text} {marks}".strip()
                pdf.place(pdf.lines(full, body) * LINE + 3, notes)
                pdf.set_font("Serif", "", BODY)
                pdf.multi_cell(0, LINE, body, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
            pdf.pending += notes
    pdf.flush_notes()
    pdf.output(str(out))


def shade(paragraph, fill: str) -> None:
    """Give a DOCX paragraph a background fill (w:shd)."""
    ppr = paragraph._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ppr.append(shd)


def build_docx(src: pathlib.Path, out: pathlib.Path) -> None:
    blocks = parse(src)
    doc = Document()
    doc.styles["Normal"].font.name = "Cambria"
    doc.styles["Normal"].font.size = Pt(10.5)
    for section in doc.sections:
        section.left_margin = Cm(2.2)
        section.right_margin = Cm(3.0)
        head = section.header.paragraphs[0]
        head.text = next(b.text for b in blocks if b.kind == "header")
        head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        head.runs[0].italic = True
        head.runs[0].font.size = Pt(8)
    for b in blocks:
        if b.kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(b.text)
            run.bold = True
            run.font.size = Pt(16)
            run.font.color.rgb = RGBColor(0x19, 0x2D, 0x5A)
            doc.core_properties.title = b.text
        elif b.kind == "subtitle":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(b.text)
            run.italic = True
            run.font.size = Pt(9)
        elif b.kind == "heading":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.space_after = Pt(3)
            shade(p, "D9DEE8")
            run = p.add_run(b.text)
            run.bold = True
            run.font.size = Pt(11)
        elif b.kind == "para":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(1)
            m = DOCX_DATED.match(b.text)
            if m:
                run = p.add_run(m.group(1))
                run.bold = True
                run.font.small_caps = True
                p.add_run(" – " + b.text[m.end():])
            else:
                p.add_run(b.text)
            for url in b.notes:
                note = doc.add_paragraph()
                note.paragraph_format.left_indent = Cm(0.6)
                note.paragraph_format.space_after = Pt(6)
                run = note.add_run(f"→ źródło: {url}")
                run.font.size = Pt(7.5)
                run.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    doc.save(str(out))


if __name__ == "__main__":
    rebuild(SET_DIR, PDF_SRC, DOCX_SRC, build_pdf, build_docx)  # writes both files into docs/
