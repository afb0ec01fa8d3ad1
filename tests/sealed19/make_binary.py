"""Rebuild the PDF and the DOCX of this sealed set from their text sources in docs_src/.

    .venv/bin/python tests/sealed19/make_binary.py

Needs fpdf2, python-docx, and matplotlib for the DejaVu fonts (found through
tests/fixtures/sealed_binary.py, whose footnoting page class and rebuild helper are reused here; the
two sources use a mark-up of their own, read by the parsers below).

PDF source (kalendarium), blank-line-separated blocks:
  %title / %subtitle / %header   title block and running header
  @ text                         a day line ("3 VII (czw.)"): white on a green tab
  - text                         one item of that day, set with a hanging dash
  ^ url                          a source address of the item above: a footnote at the page foot,
                                 called by a superscript number
  anything else                  a paragraph (the boxed explanatory note under the title)

DOCX source (newsletter), blank-line-separated blocks:
  %title / %subtitle / %header   masthead (a one-cell navy table), issue line and page header
  # text                         a section: capitals with a thick coloured rule at the left
  ! text                         the headline of an item
  ~ text                         the closing attribution of an item, set right-aligned and grey
  anything else                  a paragraph

The look differs on purpose from sealed17 and sealed18: a green stripe down the left edge of every
PDF page, day lines as green tabs, dashed sub-items, superscript note calls and "strona N/M" at the
right of the foot; in the DOCX a navy masthead table, Verdana, section titles with a thick left rule,
bold item headlines and right-aligned grey attributions, page numbers as a field in the footer.
"""
from __future__ import annotations

import pathlib
import sys
from dataclasses import dataclass, field

SET_DIR = pathlib.Path(__file__).parent.resolve()
sys.path.append(str(SET_DIR.parent / "fixtures"))

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402

from sealed_binary import FONTS, Bulletin, rebuild  # noqa: E402  (tests/fixtures/sealed_binary.py)

PDF_SRC = "kalendarium_wschod_VII_2014"
DOCX_SRC = "eurasia_pacific_bulletin_2017-03"
GREEN = (34, 94, 60)
NAVY = "1F2F4F"
SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
LINE = 4.7
BODY = 9.4


@dataclass
class Block:
    kind: str
    text: str
    notes: list[str] = field(default_factory=list)


def parse(path: pathlib.Path, marks: dict[str, str]) -> list[Block]:
    """Read a source: every line opening with one of `marks` starts a block of that kind, '^ ' adds
    a note to the block above, other lines continue the block above (or start a paragraph)."""
    blocks: list[Block] = []
    for chunk in path.read_text(encoding="utf-8").split("\n\n"):
        current = None
        for line in (ln.rstrip() for ln in chunk.strip().splitlines() if ln.strip()):
            if line.startswith("%"):
                key, _, value = line[1:].partition(" ")
                blocks.append(Block(key, value))
                current = None
            elif line.startswith("^ "):
                blocks[-1].notes.append(line[2:])
            elif line[:2] in marks:
                current = Block(marks[line[:2]], line[2:])
                blocks.append(current)
            elif current is not None and current.kind == "para":
                current.text += " " + line
            else:
                current = Block("para", line)
                blocks.append(current)
    return blocks


class Kalendarium(Bulletin):
    """A green stripe down the left edge, a plain green running header, 'strona N/M' at the right."""

    def __init__(self, running_header: str):
        super().__init__(running_header, "", "strona {page}/{{nb}}")
        self.add_font("DejaVu", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
        self.set_margins(26, 22, 18)
        self.alias_nb_pages()

    def header(self) -> None:
        self.set_fill_color(*GREEN)
        self.rect(0, 0, 7, self.h, style="F")
        self.set_font("DejaVu", "B", 7.4)
        self.set_text_color(*GREEN)
        self.set_xy(self.l_margin, 10)
        self.cell(0, 4, self.running_header.upper(), align="L")
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.page_footer.format(page=self.page_no()), align="R")
        self.set_text_color(0, 0, 0)

    def lines(self, width: float, text: str, style: str = "", size: float = BODY) -> int:
        self.set_font("DejaVu", style, size)
        return len(self.multi_cell(width, LINE, text, dry_run=True, output="LINES"))


def build_pdf(src: pathlib.Path, out: pathlib.Path) -> None:
    blocks = parse(src, {"@ ": "day", "- ": "item"})
    title = next(b.text for b in blocks if b.kind == "title")
    pdf = Kalendarium(next(b.text for b in blocks if b.kind == "header"))
    pdf.set_title(title)
    pdf.add_page()
    full = pdf.w - pdf.l_margin - pdf.r_margin
    number = 0
    for i, b in enumerate(blocks):
        if b.kind == "title":
            pdf.set_font("DejaVu", "B", 17)
            pdf.set_text_color(*GREEN)
            pdf.cell(0, 9, b.text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif b.kind == "subtitle":
            pdf.set_font("DejaVu", "", 9)
            pdf.multi_cell(0, 4.6, b.text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif b.kind == "para":
            height = pdf.lines(full - 8, b.text, "I", 8.6) * 4.3 + 6
            pdf.place(height, [])
            y = pdf.get_y()
            pdf.set_draw_color(*GREEN)
            pdf.set_fill_color(238, 245, 240)
            pdf.rect(pdf.l_margin, y, full, height, style="DF")
            pdf.set_draw_color(0, 0, 0)
            pdf.set_xy(pdf.l_margin + 4, y + 3)
            pdf.set_font("DejaVu", "I", 8.6)
            pdf.multi_cell(full - 8, 4.3, b.text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(y + height + 4)
        elif b.kind == "day":
            # keep the day line on the page of its first item
            first = blocks[i + 1] if i + 1 < len(blocks) else None
            need = 9 + (pdf.lines(full - 7, first.text) * LINE if first is not None else 0)
            pdf.place(need, first.notes if first is not None else [])
            pdf.ln(1.5)
            pdf.set_font("DejaVu", "B", 9.6)
            width = pdf.get_string_width(b.text) + 8
            pdf.set_fill_color(*GREEN)
            pdf.set_text_color(255, 255, 255)
            pdf.cell(width, 6, "  " + b.text, fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.6)
        elif b.kind == "item":
            calls = "".join(str(number + k + 1).translate(SUPER) for k in range(len(b.notes)))
            notes = [f"{str(number + k + 1).translate(SUPER)} {n}" for k, n in enumerate(b.notes)]
            number += len(b.notes)
            text = b.text + calls
            height = pdf.lines(full - 7, text) * LINE + 1.8
            pdf.place(height, notes)
            y = pdf.get_y()
            pdf.set_font("DejaVu", "B", BODY)
            pdf.set_text_color(*GREEN)
            pdf.set_xy(pdf.l_margin + 1.5, y)
            pdf.cell(5, LINE, "–")
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("DejaVu", "", BODY)
            pdf.set_xy(pdf.l_margin + 7, y)
            pdf.multi_cell(full - 7, LINE, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.8)
            pdf.pending += notes
    pdf.flush_notes()
    pdf.output(str(out))


def _set(element, **attrs) -> None:
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)


def left_rule(paragraph, colour: str) -> None:
    """A thick coloured border on the left of a paragraph."""
    ppr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    left = OxmlElement("w:left")
    _set(left, val="single", sz="36", space="8", color=colour)
    bdr.append(left)
    ppr.append(bdr)


def shade_cell(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    _set(shd, val="clear", color="auto", fill=fill)
    tcpr.append(shd)


def page_field(paragraph) -> None:
    """Append a PAGE field to a paragraph (Word fills in the number)."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    _set(begin, fldCharType="begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    end = OxmlElement("w:fldChar")
    _set(end, fldCharType="end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)


def build_docx(src: pathlib.Path, out: pathlib.Path) -> None:
    blocks = parse(src, {"# ": "section", "! ": "headline", "~ ": "credit"})
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Verdana"
    normal.font.size = Pt(9.5)
    for section in doc.sections:
        section.left_margin = Cm(2.2)
        section.right_margin = Cm(2.2)
        head = section.header.paragraphs[0]
        head.text = next(b.text for b in blocks if b.kind == "header")
        head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        head.runs[0].font.size = Pt(7)
        head.runs[0].font.color.rgb = RGBColor(0x66, 0x66, 0x66)
        foot = section.footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
        foot.add_run("page ").font.size = Pt(7.5)
        page_field(foot)
    for b in blocks:
        if b.kind == "title":
            table = doc.add_table(rows=1, cols=1)
            cell = table.rows[0].cells[0]
            shade_cell(cell, NAVY)
            p = cell.paragraphs[0]
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(6)
            run = p.add_run(b.text)
            run.bold = True
            run.font.size = Pt(20)
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            doc.core_properties.title = b.text
        elif b.kind == "subtitle":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(4)
            p.paragraph_format.space_after = Pt(12)
            run = p.add_run(b.text)
            run.font.size = Pt(8.5)
            run.font.color.rgb = RGBColor(0x1F, 0x2F, 0x4F)
        elif b.kind == "section":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(16)
            p.paragraph_format.space_after = Pt(6)
            left_rule(p, "B8860B")
            run = p.add_run(b.text.upper())
            run.bold = True
            run.font.size = Pt(11)
            run.font.color.rgb = RGBColor(0x1F, 0x2F, 0x4F)
        elif b.kind == "headline":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(8)
            p.paragraph_format.space_after = Pt(2)
            p.paragraph_format.keep_with_next = True
            run = p.add_run(b.text)
            run.bold = True
            run.font.size = Pt(10.5)
            run.font.color.rgb = RGBColor(0x33, 0x33, 0x33)
        elif b.kind == "credit":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.paragraph_format.space_after = Pt(6)
            run = p.add_run("— " + b.text)
            run.italic = True
            run.font.size = Pt(7.5)
            run.font.color.rgb = RGBColor(0x77, 0x77, 0x77)
        elif b.kind == "para":
            p = doc.add_paragraph(b.text)
            p.paragraph_format.space_after = Pt(3)
    doc.save(str(out))


if __name__ == "__main__":
    rebuild(SET_DIR, PDF_SRC, DOCX_SRC, build_pdf, build_docx)  # writes both files into docs/
