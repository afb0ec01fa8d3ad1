"""Rebuild the PDF and the DOCX of this sealed set from their text sources in docs_src/.

    .venv/bin/python tests/sealed20/make_binary.py

Needs fpdf2, python-docx, and matplotlib for the DejaVu fonts (located through
tests/fixtures/sealed_binary.py, whose FONTS path and rebuild helper are reused; both layouts and
both parsers are written here). Both files come out byte for byte the same on every run: the PDF
carries a fixed creation date, and the DOCX is re-zipped with fixed member dates and fixed core
properties.

PDF source (zestawienie), blank-line-separated blocks:
  %title / %subtitle / %header   title block and running header
  %meta text                     the explanatory paragraph under the title
  || a | b | c | d | e           the header row of the table (repeated on every page)
  | a | b | c | d | e            one row: Lp. | Termin | Strony | Treść | Źr.
  %sources HEADING               starts the list of sources; each following line "[n] url"

DOCX source (briefing), blank-line-separated blocks:
  %title / %subtitle / %header   masthead lines and the page header
  # text                         a numbered section heading
  ! text                         the numbered heading of an item
  ~ text                         the source line of an item (small, grey)
  {(...)}                        inside a paragraph: the item's date, set in bold dark red
  anything else                  a paragraph

The look is meant to differ from the earlier sets: a landscape PDF whose whole body is one ruled
five-column table with a navy header row, banded rows and a bold date column, with the sources
listed after the table and "Strona N z M" at the right of the foot; a DOCX in Trebuchet MS with a
two-line masthead over a teal rule, section headings underlined in teal, bold item numbers, dates
in bold dark red at the end of each item and grey source lines, page numbers as a field.
"""
from __future__ import annotations

import datetime as dt
import io
import pathlib
import re
import sys
import zipfile

SET_DIR = pathlib.Path(__file__).parent.resolve()
sys.path.append(str(SET_DIR.parent / "fixtures"))

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402
from fpdf import FPDF  # noqa: E402
from fpdf.fonts import FontFace  # noqa: E402

from sealed_binary import FONTS, rebuild  # noqa: E402  (tests/fixtures/sealed_binary.py)

PDF_SRC = "zestawienie_kontaktow_VII_2009"
DOCX_SRC = "ne_asia_briefing_2011-09"
NAVY = (31, 45, 84)
BAND = (238, 241, 248)
PDF_DATE = dt.datetime(2009, 8, 6, 10, 0, tzinfo=dt.timezone.utc)
DOCX_DATE = dt.datetime(2011, 10, 5, 9, 0, tzinfo=dt.timezone.utc)
ZIP_DATE = (2011, 10, 5, 9, 0, 0)


# ---------------------------------------------------------------- PDF: the zestawienie table

def parse_table_source(path: pathlib.Path) -> dict:
    doc: dict = {"rows": [], "sources": [], "head": None}
    in_sources = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line:
            continue
        if in_sources:
            doc["sources"].append(line)
        elif line.startswith("%sources"):
            in_sources = True
            doc["sources_title"] = line.partition(" ")[2]
        elif line.startswith("%"):
            key, _, value = line[1:].partition(" ")
            doc[key] = value
        elif line.startswith("|| "):
            doc["head"] = [c.strip() for c in line[3:].split(" | ")]
        elif line.startswith("| "):
            doc["rows"].append([c.strip() for c in line[2:].split(" | ")])
        else:
            raise ValueError(f"unexpected line in {path.name}: {line!r}")
    return doc


class Zestawienie(FPDF):
    def __init__(self, running_header: str):
        super().__init__(orientation="L", format="A4")
        self.running_header = running_header
        self.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVu", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
        self.set_margins(14, 18, 14)
        self.set_auto_page_break(True, margin=16)
        self.alias_nb_pages()

    def header(self) -> None:
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.l_margin, 8)
        self.cell(0, 4, self.running_header, align="L")
        self.set_draw_color(*NAVY)
        self.set_line_width(0.4)
        self.line(self.l_margin, 13, self.w - self.r_margin, 13)
        self.set_line_width(0.2)
        self.set_text_color(0, 0, 0)
        self.set_y(17)

    def footer(self) -> None:
        self.set_y(-11)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"Strona {self.page_no()} z {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def build_pdf(src: pathlib.Path, out: pathlib.Path) -> None:
    doc = parse_table_source(src)
    pdf = Zestawienie(doc["header"])
    pdf.set_title(doc["title"])
    pdf.set_author("Wydział Analiz Azji Wschodniej")
    pdf.set_creation_date(PDF_DATE)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.set_text_color(*NAVY)
    pdf.cell(0, 8, doc["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 6, doc["subtitle"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.set_font("DejaVu", "I", 8)
    pdf.multi_cell(0, 4, doc["meta"], align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 8.4)
    pdf.set_draw_color(150, 156, 175)
    heading = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY)
    with pdf.table(col_widths=(9, 40, 22, 185, 13), line_height=4.3, text_align=("C", "L", "L", "J", "C"),
                   headings_style=heading, cell_fill_color=BAND, cell_fill_mode="ROWS",
                   padding=1.6, repeat_headings=1) as table:
        head = table.row()
        for text in doc["head"]:
            head.cell(text)
        for cells in doc["rows"]:
            row = table.row()
            for k, text in enumerate(cells):
                style = FontFace(emphasis="BOLD", color=NAVY) if k == 1 else None
                row.cell(text, style=style)
    pdf.ln(6)
    pdf.set_font("DejaVu", "B", 10)
    pdf.set_text_color(*NAVY)
    pdf.cell(0, 6, doc["sources_title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "", 7.6)
    for line in doc["sources"]:
        pdf.multi_cell(0, 3.9, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))


# ---------------------------------------------------------------- DOCX: the briefing

def parse_briefing(path: pathlib.Path) -> list[tuple[str, str]]:
    blocks: list[tuple[str, str]] = []
    for chunk in path.read_text(encoding="utf-8").split("\n\n"):
        para: list[str] = []
        for line in (ln.rstrip() for ln in chunk.strip().splitlines() if ln.strip()):
            if line.startswith("%"):
                key, _, value = line[1:].partition(" ")
                blocks.append((key, value))
            elif line[:2] in ("# ", "! ", "~ "):
                if para:
                    blocks.append(("para", " ".join(para)))
                    para = []
                blocks.append(({"# ": "section", "! ": "item", "~ ": "source"}[line[:2]], line[2:]))
            else:
                para.append(line)
        if para:
            blocks.append(("para", " ".join(para)))
    return blocks


def _set(element, **attrs) -> None:
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)


def bottom_rule(paragraph, colour: str, size: str = "12") -> None:
    ppr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    _set(bottom, val="single", sz=size, space="2", color=colour)
    bdr.append(bottom)
    ppr.append(bdr)


def page_field(paragraph) -> None:
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


def add_text_with_dates(paragraph, text: str) -> None:
    """Plain runs, with every {(...)} span set as a bold dark-red run (braces dropped)."""
    for piece in re.split(r"(\{\(.*?\)\})", text):
        if not piece:
            continue
        if piece.startswith("{(") and piece.endswith(")}"):
            run = paragraph.add_run(piece[1:-1])
            run.bold = True
            run.font.color.rgb = RGBColor(0x8B, 0x1A, 0x1A)
        else:
            paragraph.add_run(piece)


def build_docx(src: pathlib.Path, out: pathlib.Path) -> None:
    blocks = parse_briefing(src)
    meta = dict(b for b in blocks if b[0] in ("title", "subtitle", "header"))
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Trebuchet MS"
    normal.font.size = Pt(10)
    for section in doc.sections:
        section.left_margin = Cm(2.4)
        section.right_margin = Cm(2.4)
        head = section.header.paragraphs[0]
        head.text = meta["header"]
        head.alignment = WD_ALIGN_PARAGRAPH.LEFT
        head.runs[0].font.size = Pt(7.5)
        head.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        foot = section.footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        foot.add_run("— ").font.size = Pt(8)
        page_field(foot)
        foot.add_run(" —").font.size = Pt(8)
    for kind, text in blocks:
        if kind == "title":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            run = p.add_run(text)
            run.bold = True
            run.font.size = Pt(19)
            run.font.color.rgb = RGBColor(0x0E, 0x5E, 0x6F)
        elif kind == "subtitle":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(14)
            bottom_rule(p, "0E5E6F", "18")
            run = p.add_run(text)
            run.font.size = Pt(9.5)
            run.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
        elif kind == "section":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(14)
            p.paragraph_format.space_after = Pt(4)
            p.paragraph_format.keep_with_next = True
            bottom_rule(p, "0E5E6F")
            run = p.add_run(text)
            run.bold = True
            run.font.size = Pt(12)
            run.font.color.rgb = RGBColor(0x0E, 0x5E, 0x6F)
        elif kind == "item":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(7)
            p.paragraph_format.space_after = Pt(1)
            p.paragraph_format.keep_with_next = True
            number, _, title = text.partition(" ")
            run = p.add_run(number + "  ")
            run.bold = True
            run.font.color.rgb = RGBColor(0x0E, 0x5E, 0x6F)
            run = p.add_run(title)
            run.bold = True
        elif kind == "source":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(4)
            p.paragraph_format.left_indent = Cm(0.6)
            run = p.add_run(text)
            run.italic = True
            run.font.size = Pt(7.5)
            run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        elif kind == "para":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            p.paragraph_format.left_indent = Cm(0.6)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            add_text_with_dates(p, text)
    props = doc.core_properties
    props.title = meta["title"]
    props.author = "Regional desk"
    props.last_modified_by = "Regional desk"
    props.created = DOCX_DATE
    props.modified = DOCX_DATE
    props.revision = 1
    buffer = io.BytesIO()
    doc.save(buffer)
    # re-zip with fixed member dates so that the file is the same on every run
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as zin, \
            zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            zout.writestr(fixed, zin.read(info.filename))


if __name__ == "__main__":
    rebuild(SET_DIR, PDF_SRC, DOCX_SRC, build_pdf, build_docx)  # writes both files into docs/
