"""Rebuild the PDF and the DOCX of this sealed set from their text sources in docs_src/.

    .venv/bin/python tests/sealed18/make_binary.py

Needs fpdf2, python-docx, and matplotlib for the DejaVu fonts (found through
tests/fixtures/sealed_binary.py, whose parser and footnoting page class are reused here).

Source mark-up (blank-line-separated blocks, as read by sealed_binary.parse):
  %title / %subtitle / %header   title block lines and the PDF running header / DOCX page header
  # text                         section heading (PDF: a tinted band across the page; DOCX: a week
                                 title in small capitals over a coloured bottom border)
  | date | text                  a chronology row (PDF only: a ruled two-column table, the date in a
                                 grey left cell)
  ^ url                          a source address of the row or paragraph above (PDF: a footnote at the
                                 page foot, marked with a superscript-style number; DOCX: a small
                                 indented "Link:" line under the entry)
  anything else                  a paragraph. In the DOCX an entry that opens with a day and a month
                                 name ("17 czerwca: ...") has its date set in bold dark red.

The look differs on purpose from sealed17: a teal band as running header, "– N –" page numbers in
the middle of the foot, the whole chronology as one ruled table with a grey date column, and a
commentary set off by a rule at the left in the PDF; Georgia, week titles with a coloured underline
and a boxed preface in the DOCX.
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

PDF_SRC = "chronologia_azja_listopad2014"
DOCX_SRC = "przeglad_tygodniowy_VI_2020"
DOCX_DATED = re.compile(r"^(\d{1,2}(?:–\d{1,2})? [a-ząćęłńóśźż]+):\s")
TEAL = (18, 92, 99)
DATE_COL = 27.0   # mm: width of the PDF's grey date column
LINE = 4.6
BODY = 9.2
PAD = 1.6


class Chronicle(Bulletin):
    """Sans pages under a teal band that carries the running header; '– N –' at the foot."""

    FOOTER_ALIGN = "C"

    def __init__(self, running_header: str):
        super().__init__(running_header, "", "– {page} –")
        self.add_font("DejaVu", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
        self.set_margins(17, 24, 17)

    def header(self) -> None:
        self.set_fill_color(*TEAL)
        self.rect(0, 0, self.w, 13, style="F")
        self.set_font("DejaVu", "B", 7.8)
        self.set_text_color(255, 255, 255)
        self.set_xy(self.l_margin, 4.5)
        self.cell(0, 4, self.running_header, align="L")
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(*TEAL)
        self.cell(0, 4, self.page_footer.format(page=self.page_no()), align="C")
        self.set_text_color(0, 0, 0)

    def count(self, width: float, text: str, style: str = "", size: float = BODY) -> int:
        self.set_font("DejaVu", style, size)
        return len(self.multi_cell(width, LINE, text, dry_run=True, output="LINES"))


def build_pdf(src: pathlib.Path, out: pathlib.Path) -> None:
    blocks = parse(src)
    title = next(b.text for b in blocks if b.kind == "title")
    pdf = Chronicle(next(b.text for b in blocks if b.kind == "header"))
    pdf.set_title(title)
    pdf.add_page()
    full = pdf.w - pdf.l_margin - pdf.r_margin
    text_w = full - DATE_COL
    number = 0
    last_heading = ""
    for b in blocks:
        if b.kind == "title":
            pdf.set_font("DejaVu", "B", 14.5)
            pdf.set_text_color(*TEAL)
            pdf.multi_cell(0, 6.8, b.text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2)
        elif b.kind == "subtitle":
            pdf.set_font("DejaVu", "I", 8.3)
            pdf.set_text_color(80, 80, 80)
            pdf.multi_cell(0, 4.1, b.text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(4)
        elif b.kind == "heading":
            pdf.place(30, [])
            pdf.ln(2)
            pdf.set_fill_color(214, 233, 235)
            pdf.set_font("DejaVu", "B", 10)
            pdf.set_text_color(*TEAL)
            pdf.cell(0, 7, "  " + b.text, fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.5)
            last_heading = b.text
        elif b.kind in ("row", "para"):
            marks = "".join(f"⁽{number + i + 1}⁾" for i in range(len(b.notes)))
            notes = [f"{number + i + 1}. {n}" for i, n in enumerate(b.notes)]
            number += len(b.notes)
            if b.kind == "row":
                date, text = b.cells[0], f"{b.cells[1]} {marks}".strip()
                rows = max(pdf.count(text_w - 2 * PAD, text), pdf.count(DATE_COL - 2 * PAD, date, "B"))
                height = rows * LINE + 2 * PAD
                pdf.place(height, notes)
                x, y = pdf.l_margin, pdf.get_y()
                pdf.set_fill_color(236, 236, 236)
                pdf.set_draw_color(160, 160, 160)
                pdf.rect(x, y, DATE_COL, height, style="DF")
                pdf.rect(x + DATE_COL, y, text_w, height, style="D")
                pdf.set_draw_color(0, 0, 0)
                pdf.set_font("DejaVu", "B", BODY)
                pdf.set_xy(x + PAD, y + PAD)
                pdf.multi_cell(DATE_COL - 2 * PAD, LINE, date, align="L")
                pdf.set_font("DejaVu", "", BODY)
                pdf.set_xy(x + DATE_COL + PAD, y + PAD)
                pdf.multi_cell(text_w - 2 * PAD, LINE, text, align="L")
                pdf.set_xy(x, y + height)
            else:
                text = f"{b.text} {marks}".strip()
                ruled = last_heading.lower().startswith("komentarz")
                width = full - (6 if ruled else 0)
                height = pdf.count(width, text, "I" if ruled else "") * LINE
                pdf.place(height + 3, notes)
                y = pdf.get_y()
                if ruled:
                    pdf.set_draw_color(*TEAL)
                    pdf.set_line_width(0.8)
                    pdf.line(pdf.l_margin + 1, y + 0.5, pdf.l_margin + 1, y + height - 0.5)
                    pdf.set_line_width(0.2)
                    pdf.set_draw_color(0, 0, 0)
                    pdf.set_x(pdf.l_margin + 6)
                    pdf.set_font("DejaVu", "I", BODY)
                else:
                    pdf.set_font("DejaVu", "", BODY)
                pdf.multi_cell(width, LINE, text, align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)
            pdf.pending += notes
    pdf.flush_notes()
    pdf.output(str(out))


def border_below(paragraph, colour: str) -> None:
    """Give a DOCX paragraph a coloured bottom border (w:pBdr/w:bottom)."""
    ppr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"), ("w:color", colour)):
        bottom.set(qn(key), value)
    bdr.append(bottom)
    ppr.append(bdr)


def box(paragraph, fill: str) -> None:
    """Frame a DOCX paragraph with a thin border on all sides and a background fill."""
    ppr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "4"), ("w:color", "999999")):
            edge.set(qn(key), value)
        bdr.append(edge)
    ppr.append(bdr)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ppr.append(shd)


def build_docx(src: pathlib.Path, out: pathlib.Path) -> None:
    blocks = parse(src)
    doc = Document()
    doc.styles["Normal"].font.name = "Georgia"
    doc.styles["Normal"].font.size = Pt(10)
    for section in doc.sections:
        section.left_margin = Cm(2.8)
        section.right_margin = Cm(2.4)
        head = section.header.paragraphs[0]
        head.text = next(b.text for b in blocks if b.kind == "header")
        head.alignment = WD_ALIGN_PARAGRAPH.LEFT
        head.runs[0].font.size = Pt(7.5)
        head.runs[0].font.small_caps = True
        head.runs[0].font.color.rgb = RGBColor(0x80, 0x1F, 0x1F)
    first_para = True
    for b in blocks:
        if b.kind == "title":
            p = doc.add_paragraph()
            run = p.add_run(b.text)
            run.bold = True
            run.font.size = Pt(17)
            run.font.color.rgb = RGBColor(0x80, 0x1F, 0x1F)
            doc.core_properties.title = b.text
        elif b.kind == "subtitle":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(10)
            run = p.add_run(b.text)
            run.italic = True
            run.font.size = Pt(9)
            run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        elif b.kind == "heading":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.space_after = Pt(4)
            border_below(p, "801F1F")
            run = p.add_run(b.text)
            run.bold = True
            run.font.small_caps = True
            run.font.size = Pt(11.5)
        elif b.kind == "para":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            m = DOCX_DATED.match(b.text)
            if m:
                run = p.add_run(m.group(1) + ":")
                run.bold = True
                run.font.color.rgb = RGBColor(0x80, 0x1F, 0x1F)
                p.add_run(" " + b.text[m.end():])
            else:
                p.add_run(b.text)
                if first_para:
                    box(p, "F4EFE6")
                    p.paragraph_format.space_after = Pt(8)
            first_para = False
            for url in b.notes:
                note = doc.add_paragraph()
                note.paragraph_format.left_indent = Cm(1.0)
                note.paragraph_format.space_after = Pt(7)
                run = note.add_run(f"Link: {url}")
                run.font.size = Pt(7.5)
                run.font.color.rgb = RGBColor(0x4A, 0x4A, 0x8A)
    doc.save(str(out))


if __name__ == "__main__":
    rebuild(SET_DIR, PDF_SRC, DOCX_SRC, build_pdf, build_docx)  # writes both files into docs/
