"""Rebuild the PDF and the DOCX of the open7 set from their text sources in docs_src/.

    .venv/bin/python tests/open7/make_binary.py

Needs fpdf2, python-docx and matplotlib (for the DejaVu fonts, located through
tests/fixtures/sealed_binary.py, whose FONTS path and rebuild helper are reused; both layouts and both
parsers are written here). Both files come out byte for byte the same on every run: the PDF carries a
fixed creation date, and the DOCX is re-zipped with fixed member dates and fixed core properties.

PDF source (docs_src/kalendarz_scienny_maj_2010.txt), a wall calendar, one block per blank line:
  %title / %subtitle / %header / %footer / %legend   masthead, running header and footer ({page})
  %year / %month                                     the month the grid shows
  %weekdays a | b | ...                              the column heads (Monday first)
  @ N                                                the cell of day N; the lines below are its notes,
                                                     "--" separates two notes in one cell
  %box TITLE                                         a framed box under the grid; each line one item

DOCX source (docs_src/press_release_file_march_2008.txt), a file of press releases:
  %title / %subtitle / %header / %footer / %intro    cover page, page header and footer
  = office | title                                   a row of the contents table
  @release                                           starts a release (each on a new page)
  !status / !issuer / !ref / !headline               the release's boxed status line and heading lines
  !notes TITLE                                       "Notes to editors"; the numbered lines below it
  !end TEXT / !contact TEXT                          the end mark and the media-contact line
  **...**                                            inside a paragraph: the dateline, set in bold
  anything else                                      a body paragraph

The look differs from the earlier sets: the PDF is a landscape month grid with seven day columns, a
dark-green weekday bar, bold day numbers in the corner of each cell, grey cells for days outside the
month and a framed box of coming events under the grid; the DOCX sets each release on its own page,
in Georgia, with a black status bar, a small-caps issuing office, a large headline, a bold dateline,
a centred end mark, numbered notes to editors and a grey contact line.
"""
from __future__ import annotations

import calendar
import datetime as dt
import io
import pathlib
import re
import sys
import zipfile

SET_DIR = pathlib.Path(__file__).parent.resolve()
sys.path.append(str(SET_DIR.parent / "fixtures"))

from docx import Document  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402
from fpdf import FPDF  # noqa: E402

from sealed_binary import FONTS, rebuild  # noqa: E402  (tests/fixtures/sealed_binary.py)

PDF_SRC = "kalendarz_scienny_maj_2010"
DOCX_SRC = "press_release_file_march_2008"
GREEN = (28, 77, 58)
PALE = (236, 236, 236)
PDF_DATE = dt.datetime(2010, 6, 4, 8, 0, tzinfo=dt.timezone.utc)
DOCX_DATE = dt.datetime(2008, 4, 2, 15, 0, tzinfo=dt.timezone.utc)
ZIP_DATE = (2008, 4, 2, 15, 0, 0)


# ---------------------------------------------------------------- PDF: the wall calendar

def parse_calendar(path: pathlib.Path) -> dict:
    doc: dict = {"cells": {}, "boxes": []}
    for chunk in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [ln.rstrip() for ln in chunk.strip().splitlines() if ln.strip()]
        if not lines:
            continue
        if lines[0].startswith("@ "):
            notes, current = [], []
            for ln in lines[1:]:
                if ln == "--":
                    notes.append(" ".join(current))
                    current = []
                else:
                    current.append(ln)
            if current:
                notes.append(" ".join(current))
            doc["cells"][int(lines[0][2:])] = notes
        elif lines[0].startswith("%box "):
            doc["boxes"].append((lines[0][5:], lines[1:]))
        else:
            for ln in lines:
                if not ln.startswith("%"):
                    raise ValueError(f"unexpected line in {path.name}: {ln!r}")
                key, _, value = ln[1:].partition(" ")
                doc[key] = value
    return doc


class WallCalendar(FPDF):
    MARGIN = 12.0
    LINE = 3.25
    NOTE_SIZE = 7.0

    def __init__(self, running_header: str, footer: str):
        super().__init__(orientation="L", format="A4")
        self.running_header, self.page_footer = running_header, footer
        self.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVuSerif", "", str(FONTS / "DejaVuSerif.ttf"))
        self.set_margins(self.MARGIN, 16, self.MARGIN)
        self.set_auto_page_break(False)

    def header(self) -> None:
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.set_xy(self.l_margin, 7)
        self.cell(0, 4, self.running_header, align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(14)

    def footer(self) -> None:
        self.set_y(-10)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, self.page_footer.format(page=self.page_no()), align="L")
        self.set_text_color(0, 0, 0)

    @property
    def col_w(self) -> float:
        return (self.w - 2 * self.MARGIN) / 7

    def note_lines(self, text: str) -> int:
        self.set_font("DejaVuSerif", "", self.NOTE_SIZE)
        return len(self.multi_cell(self.col_w - 3, self.LINE, text, dry_run=True, output="LINES"))

    def cell_height(self, notes: list[str]) -> float:
        body = sum(self.note_lines(n) * self.LINE + 1.2 for n in notes)
        return max(27.0, 7.5 + body + 2)

    def weekday_bar(self, names: list[str]) -> None:
        self.set_fill_color(*GREEN)
        self.set_text_color(255, 255, 255)
        self.set_font("DejaVu", "B", 8)
        y = self.get_y()
        for k, name in enumerate(names):
            self.set_xy(self.MARGIN + k * self.col_w, y)
            self.cell(self.col_w, 6, name, border=0, align="C", fill=True)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.MARGIN, y + 6)

    def day_cell(self, x: float, y: float, h: float, label: str, notes: list[str], inside: bool,
                 sunday: bool) -> None:
        self.set_draw_color(150, 150, 150)
        if inside:
            self.rect(x, y, self.col_w, h)
        else:
            self.set_fill_color(*PALE)
            self.rect(x, y, self.col_w, h, style="DF")
        self.set_xy(x + 1.5, y + 1.2)
        self.set_font("DejaVu", "B", 10)
        if not inside:
            self.set_text_color(160, 160, 160)
        elif sunday:
            self.set_text_color(170, 30, 30)
        self.cell(self.col_w - 3, 5, label, align="L")
        self.set_text_color(0, 0, 0)
        cursor = y + 7.5
        self.set_font("DejaVuSerif", "", self.NOTE_SIZE)
        for note in notes:
            self.set_xy(x + 1.5, cursor)
            self.multi_cell(self.col_w - 3, self.LINE, note, align="L", new_x="LEFT", new_y="NEXT")
            cursor = self.get_y() + 1.2


def build_pdf(src: pathlib.Path, out: pathlib.Path) -> None:
    doc = parse_calendar(src)
    pdf = WallCalendar(doc["header"], doc["footer"])
    pdf.set_title(doc["title"])
    pdf.set_author("Zespół Azji Wschodniej")
    pdf.set_creation_date(PDF_DATE)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.set_text_color(*GREEN)
    pdf.cell(0, 9, doc["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.set_text_color(60, 60, 60)
    pdf.cell(0, 5, doc["subtitle"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 7.5)
    pdf.multi_cell(0, 3.6, doc["legend"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    names = [n.strip() for n in doc["weekdays"].split("|")]
    year, month = int(doc["year"]), int(doc["month"])
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    pdf.weekday_bar(names)
    bottom = pdf.h - 14
    for week in weeks:
        notes = [doc["cells"].get(d.day, []) if d.month == month else [] for d in week]
        h = max(pdf.cell_height(n) for n in notes)
        if pdf.get_y() + h > bottom:
            pdf.add_page()
            pdf.weekday_bar(names)
        y = pdf.get_y()
        for k, d in enumerate(week):
            pdf.day_cell(pdf.MARGIN + k * pdf.col_w, y, h, str(d.day), notes[k], d.month == month, k == 6)
        pdf.set_xy(pdf.MARGIN, y + h)
    for title, items in doc["boxes"]:
        pdf.set_font("DejaVu", "", 8.2)
        width = pdf.w - 2 * pdf.MARGIN
        body = sum(len(pdf.multi_cell(width - 8, 4, f"• {t}", dry_run=True, output="LINES")) for t in items) * 4
        if pdf.get_y() + body + 14 > bottom:
            pdf.add_page()
        pdf.ln(4)
        top = pdf.get_y()
        pdf.set_draw_color(*GREEN)
        pdf.set_line_width(0.5)
        pdf.rect(pdf.MARGIN, top, width, body + 10)
        pdf.set_line_width(0.2)
        pdf.set_xy(pdf.MARGIN + 4, top + 2)
        pdf.set_font("DejaVu", "B", 9)
        pdf.set_text_color(*GREEN)
        pdf.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("DejaVu", "", 8.2)
        for t in items:
            pdf.set_x(pdf.MARGIN + 4)
            pdf.multi_cell(width - 8, 4, f"• {t}", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))


# ---------------------------------------------------------------- DOCX: the press-release file

def parse_releases(path: pathlib.Path) -> tuple[dict, list[list[str]], list[list[tuple[str, str]]]]:
    meta: dict = {}
    contents: list[list[str]] = []
    releases: list[list[tuple[str, str]]] = []
    for chunk in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [ln.rstrip() for ln in chunk.strip().splitlines() if ln.strip()]
        para: list[str] = []
        for ln in lines:
            if ln.startswith("%"):
                key, _, value = ln[1:].partition(" ")
                meta[key] = value
            elif ln.startswith("= "):
                contents.append([c.strip() for c in ln[2:].split(" | ")])
            elif ln == "@release":
                releases.append([])
            elif ln.startswith("!"):
                key, _, value = ln[1:].partition(" ")
                releases[-1].append((key, value))
            elif releases and releases[-1] and releases[-1][-1][0] in ("notes", "note") and re.match(r"\d+\. ", ln):
                releases[-1].append(("note", ln))
            else:
                para.append(ln)
        if para:
            releases[-1].append(("para", " ".join(para)))
    return meta, contents, releases


def _set(element, **attrs) -> None:
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)


def shade(paragraph, fill: str) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    _set(shd, val="clear", color="auto", fill=fill)
    ppr.append(shd)


def top_rule(paragraph, colour: str = "000000", size: str = "6") -> None:
    ppr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    _set(top, val="single", sz=size, space="4", color=colour)
    bdr.append(top)
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


def add_body(paragraph, text: str) -> None:
    for piece in re.split(r"(\*\*.*?\*\*)", text):
        if not piece:
            continue
        if piece.startswith("**") and piece.endswith("**"):
            paragraph.add_run(piece[2:-2]).bold = True
        else:
            paragraph.add_run(piece)


def build_docx(src: pathlib.Path, out: pathlib.Path) -> None:
    meta, contents, releases = parse_releases(src)
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Georgia"
    normal.font.size = Pt(10.5)
    for section in doc.sections:
        section.left_margin = Cm(2.8)
        section.right_margin = Cm(2.8)
        head = section.header.paragraphs[0]
        run = head.add_run(meta["header"])
        run.font.size = Pt(7.5)
        run.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
        foot = section.footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = foot.add_run(meta["footer"] + "  ·  page ")
        run.font.size = Pt(7.5)
        page_field(foot)
    p = doc.add_paragraph()
    run = p.add_run(meta["title"])
    run.bold = True
    run.font.size = Pt(22)
    p = doc.add_paragraph()
    run = p.add_run(meta["subtitle"])
    run.italic = True
    run.font.size = Pt(11)
    p = doc.add_paragraph(meta["intro"])
    p.paragraph_format.space_before = Pt(10)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    run = p.add_run("Contents")
    run.bold = True
    run.font.size = Pt(12)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Light List"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, ("No.", "Issuing office", "Release")):
        cell.text = text
    for n, (office, title) in enumerate(contents, start=1):
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = str(n), office, title
    for release in releases:
        brk = doc.add_paragraph()
        brk.add_run().add_break(WD_BREAK.PAGE)
        for kind, text in release:
            if kind == "status":
                p = doc.add_paragraph()
                shade(p, "1A1A1A")
                run = p.add_run(text)
                run.bold = True
                run.font.size = Pt(9)
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            elif kind == "issuer":
                p = doc.add_paragraph()
                p.paragraph_format.space_before = Pt(8)
                p.paragraph_format.space_after = Pt(0)
                run = p.add_run(text)
                run.font.small_caps = True
                run.font.size = Pt(10)
                run.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
            elif kind == "ref":
                p = doc.add_paragraph()
                run = p.add_run(text)
                run.font.size = Pt(8.5)
                run.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
            elif kind == "headline":
                p = doc.add_paragraph()
                p.paragraph_format.space_before = Pt(6)
                p.paragraph_format.space_after = Pt(10)
                run = p.add_run(text)
                run.bold = True
                run.font.size = Pt(15)
            elif kind == "para":
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.space_after = Pt(6)
                add_body(p, text)
            elif kind == "notes":
                p = doc.add_paragraph()
                p.paragraph_format.space_before = Pt(8)
                top_rule(p, "888888")
                run = p.add_run(text)
                run.bold = True
                run.font.size = Pt(9)
            elif kind == "note":
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Cm(0.5)
                p.paragraph_format.space_after = Pt(2)
                run = p.add_run(text)
                run.font.size = Pt(9)
            elif kind == "end":
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.paragraph_format.space_before = Pt(6)
                p.add_run(text).bold = True
            elif kind == "contact":
                p = doc.add_paragraph()
                run = p.add_run(text)
                run.italic = True
                run.font.size = Pt(8.5)
                run.font.color.rgb = RGBColor(0x77, 0x77, 0x77)
    props = doc.core_properties
    props.title = meta["title"]
    props.author = "Regional Affairs Desk"
    props.last_modified_by = "Regional Affairs Desk"
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
