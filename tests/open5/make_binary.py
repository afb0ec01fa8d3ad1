"""Rebuild the PDF and the DOCX of the open5 set from their text sources in docs_src/.

    .venv/bin/python tests/open5/make_binary.py

Needs fpdf2, python-docx, and matplotlib for the DejaVu fonts (found through
tests/fixtures/sealed_binary.py, whose parser and footnoting page class are reused here).

Source mark-up (blank-line-separated blocks, as read by sealed_binary.parse):
  %header / %title / %subtitle   running header, title and subject line
  %date                          place and date of the note (PDF: right-hand side of the letterhead)
  # text                         section heading
  | key | value                  a row of the DOCX memo's attendance table
  ^ url                          a source address of the paragraph above (PDF: a footnote at the page
                                 foot, marked with a superscript number)
  anything else                  a paragraph. In the PDF a paragraph opening with "§ N." has its mark
                                 set in bold in a left gutter (hanging indent). In the DOCX a heading
                                 "Ad N) title" gets a bold "Ad N)" and an underlined title, and an inline
                                 "(źródło: …)" is set small and grey.

The look differs on purpose from the earlier sets: a serif letterhead note with a double rule, "§"
marks hanging in the margin, superscript footnote numbers and "str. N z M" at the foot (PDF); a
Cambria memo with an attendance table, "Ad N)" item titles, indented justified paragraphs and a
page-number field in the footer (DOCX).
"""
from __future__ import annotations

import pathlib
import re
import sys

SET_DIR = pathlib.Path(__file__).parent.resolve()
sys.path.append(str(SET_DIR.parent / "fixtures"))

from docx import Document  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402

from sealed_binary import FONTS, Bulletin, parse, rebuild  # noqa: E402  (tests/fixtures/sealed_binary.py)

PDF_SRC = "notatka_informacyjna_2009-04"
DOCX_SRC = "notatka_zespolu_lipiec_2011"

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
PARAGRAPH_MARK = re.compile(r"^(§\s*\d+\.)\s+")
AD_HEADING = re.compile(r"^(Ad \d+\))\s+(.*)$")
SOURCE = re.compile(r"\s*\(źródło: [^)]*\)")
NAVY = (28, 42, 74)
GUTTER = 13.0   # mm: the hanging column for "§ N."
LINE = 5.0
BODY = 10.0


class Note(Bulletin):
    """Serif A4 note: a letterhead with a double rule on page 1, a thin running header afterwards."""

    FOOT_H = 3.6

    def __init__(self, running_header: str, date_line: str, title: str):
        super().__init__(running_header, "", "str. {page} z {nb}")
        for style, name in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")):
            self.add_font("Serif", style, str(FONTS / name))
        self.date_line, self.short_title = date_line, title
        self.set_margins(25, 24, 20)
        self.alias_nb_pages("{nb}")

    def header(self) -> None:
        self.set_draw_color(*NAVY)
        if self.page_no() == 1:
            self.set_xy(self.l_margin, 11)
            self.set_font("Serif", "B", 8.5)
            self.set_text_color(*NAVY)
            self.cell(0, 4.5, self.running_header, align="L", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Serif", "I", 8.5)
            self.cell(0, 4.5, self.date_line, align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_line_width(0.7)
            self.line(self.l_margin, 21.5, self.w - self.r_margin, 21.5)
            self.set_line_width(0.2)
            self.line(self.l_margin, 22.6, self.w - self.r_margin, 22.6)
            self.set_y(29)
        else:
            self.set_xy(self.l_margin, 12)
            self.set_font("Serif", "I", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 4, f"{self.short_title} (cd.)", align="R")
            self.set_line_width(0.2)
            self.line(self.l_margin, 17, self.w - self.r_margin, 17)
            self.set_y(24)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Serif", "I", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(80, 4, "do użytku służbowego", align="L")
        self.cell(0, 4, self.page_footer.format(page=self.page_no(), nb="{nb}"), align="R")
        self.set_text_color(0, 0, 0)

    def notes_height(self, notes: list[str]) -> float:
        self.set_font("Serif", "", 7)
        width = self.w - self.l_margin - self.r_margin
        return sum(len(self.multi_cell(width, self.FOOT_H, n, dry_run=True, output="LINES")) for n in notes) * self.FOOT_H

    def flush_notes(self) -> None:
        if not self.pending:
            return
        top = self.bottom - self.notes_height(self.pending)
        self.set_draw_color(*NAVY)
        self.line(self.l_margin, top - 2, self.l_margin + 40, top - 2)
        self.set_draw_color(0, 0, 0)
        self.set_xy(self.l_margin, top)
        self.set_font("Serif", "", 7)
        for note in self.pending:
            self.multi_cell(0, self.FOOT_H, note, new_x="LMARGIN", new_y="NEXT")
        self.pending = []

    def lines(self, width: float, text: str, style: str = "", size: float = BODY) -> int:
        self.set_font("Serif", style, size)
        return len(self.multi_cell(width, LINE, text, dry_run=True, output="LINES"))


def build_pdf(src: pathlib.Path, out: pathlib.Path) -> None:
    blocks = parse(src)
    first = {b.kind: b.text for b in reversed(blocks)}
    pdf = Note(first["header"], first["date"], first["title"])
    pdf.set_title(first["title"])
    pdf.add_page()
    full = pdf.w - pdf.l_margin - pdf.r_margin
    number = 0
    for b in blocks:
        if b.kind == "title":
            pdf.ln(3)
            pdf.set_font("Serif", "B", 14)
            pdf.set_text_color(*NAVY)
            pdf.set_char_spacing(1.2)
            pdf.multi_cell(0, 7, b.text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_char_spacing(0)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2)
        elif b.kind == "subtitle":
            label, _, rest = b.text.partition(" ")
            pdf.set_font("Serif", "B", 9.5)
            pdf.cell(20, 4.8, label)
            pdf.set_font("Serif", "I", 9.5)
            pdf.multi_cell(full - 20, 4.8, rest, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(5)
        elif b.kind == "heading":
            pdf.place(28, [])
            pdf.ln(2.5)
            pdf.set_font("Serif", "B", 10.5)
            pdf.set_text_color(*NAVY)
            pdf.cell(5, 6, "■")
            pdf.multi_cell(0, 6, b.text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.5)
        elif b.kind == "para":
            marks = " ".join(str(number + i + 1).translate(SUPERSCRIPT) for i in range(len(b.notes)))
            notes = [f"{str(number + i + 1).translate(SUPERSCRIPT)} {n}" for i, n in enumerate(b.notes)]
            number += len(b.notes)
            m = PARAGRAPH_MARK.match(b.text)
            body = (b.text[m.end():] if m else b.text) + (marks and " " + marks)
            if b.text.startswith("Sporządził"):
                pdf.place(14, notes)
                pdf.ln(6)
                pdf.set_font("Serif", "I", 9)
                pdf.multi_cell(0, LINE, body, align="R", new_x="LMARGIN", new_y="NEXT")
                continue
            indent = GUTTER if m else 0.0
            height = pdf.lines(full - indent, body) * LINE + 2.8
            pdf.place(height, notes)
            y = pdf.get_y()
            if m:
                pdf.set_font("Serif", "B", BODY)
                pdf.set_xy(pdf.l_margin, y)
                pdf.cell(GUTTER, LINE, m.group(1))
            pdf.set_font("Serif", "", BODY)
            pdf.set_xy(pdf.l_margin + indent, y)
            pdf.multi_cell(full - indent, LINE, body, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.8)
            pdf.pending += notes
    pdf.flush_notes()
    pdf.output(str(out))


def page_number_field(paragraph) -> None:
    """Append a PAGE field to a DOCX paragraph."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def build_docx(src: pathlib.Path, out: pathlib.Path) -> None:
    blocks = parse(src)
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Cambria"
    normal.font.size = Pt(11)
    for section in doc.sections:
        section.left_margin = section.right_margin = Cm(2.5)
        head = section.header.paragraphs[0]
        head.text = next(b.text for b in blocks if b.kind == "header")
        head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        head.runs[0].font.size = Pt(8)
        head.runs[0].font.color.rgb = RGBColor(0x70, 0x70, 0x70)
        foot = section.footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
        foot.add_run("– ")
        page_number_field(foot)
        foot.add_run(" –")
    table = None
    for b in blocks:
        if b.kind != "row":
            table = None
        if b.kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(b.text.upper())
            run.bold = True
            run.font.size = Pt(14)
            doc.core_properties.title = b.text
        elif b.kind == "subtitle":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(12)
            p.add_run(b.text).italic = True
        elif b.kind == "row":
            if table is None:
                table = doc.add_table(rows=0, cols=2)
                table.style = "Table Grid"
                table.alignment = WD_TABLE_ALIGNMENT.CENTER
            cells = table.add_row().cells
            cells[0].width, cells[1].width = Cm(4), Cm(11)
            cells[0].text, cells[1].text = b.cells[0], b.cells[1]
            cells[0].paragraphs[0].runs[0].bold = True
            shade(cells[0], "E8ECF2")
        elif b.kind == "heading":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(14)
            p.paragraph_format.space_after = Pt(4)
            p.paragraph_format.keep_with_next = True
            m = AD_HEADING.match(b.text)
            if m:
                p.add_run(m.group(1) + "\t").bold = True
                title = p.add_run(m.group(2))
                title.bold = True
                title.underline = True
            else:
                p.add_run(b.text).bold = True
        elif b.kind == "para":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(6)
            if b.text.startswith("Sporządził"):
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.paragraph_format.space_before = Pt(18)
                p.add_run(b.text).italic = True
                continue
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1)
            pos = 0
            for m in SOURCE.finditer(b.text):
                p.add_run(b.text[pos:m.start()])
                note = p.add_run(m.group(0))
                note.font.size = Pt(8)
                note.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
                pos = m.end()
            p.add_run(b.text[pos:])
    doc.save(str(out))


if __name__ == "__main__":
    rebuild(SET_DIR, PDF_SRC, DOCX_SRC, build_pdf, build_docx)  # writes both files into docs/
