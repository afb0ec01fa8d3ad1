"""Rebuild the PDF and the DOCX of the open6 set from their text sources in docs_src/.

    .venv/bin/python tests/open6/make_binary.py

Needs fpdf2, python-docx and matplotlib (only for the DejaVu fonts, which carry the Polish glyphs).
Both files are deterministic: fixed creation dates in the metadata and fixed time stamps inside the
DOCX zip, so a rebuild from unchanged sources gives byte-identical files.

PDF source mark-up (docs_src/przeglad_kontaktow_czerwiec_2008.txt), blank-line-separated blocks:
  %header / %right / %footer   running header (left and right part) and running footer, on every page
  %title / %subtitle           title block on page 1
  # text                       section heading (a tinted band)
  @ stamp                      first line of an entry: the stamp is set in the left margin column
                               ("dn. 11–12.06.2008 r.", "—”—" for the same day, "pocz. VI 2008 r.");
                               the following lines are the entry text, set in the right-hand column
  Źródło: url                  inside an entry: its source, set small and grey under the text
  anything else                a full-width paragraph

DOCX source mark-up (docs_src/sitrep_ne_asia_eurasia_march_2010.txt), one block per blank line:
  %marking                     protective marking, repeated in the page header and footer
  %title / %subtitle           title block
  | key | value                a row of the header table (period, DTG, conventions)
  # text                       section heading
  N.N text                     a numbered item: the number hangs in the margin, "[corrected at …]" is
                               set in red italics
  - N.N | url                  a row of the annex table of sources
"""
from __future__ import annotations

import datetime as dt
import io
import pathlib
import re
import zipfile

import matplotlib
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

SET_DIR = pathlib.Path(__file__).parent.resolve()
SRC, OUT = SET_DIR / "docs_src", SET_DIR / "docs"
FONTS = pathlib.Path(matplotlib.get_data_path()) / "fonts" / "ttf"
PDF_NAME = "przeglad_kontaktow_czerwiec_2008"
DOCX_NAME = "sitrep_ne_asia_eurasia_march_2010"
PDF_DATE = dt.datetime(2008, 7, 4, 9, 30, 0, tzinfo=dt.timezone.utc)
DOCX_DATE = dt.datetime(2010, 4, 1, 16, 30, 0)

# ---------------------------------------------------------------------------------------- PDF

BURGUNDY = (122, 31, 31)
GREY = (105, 105, 105)
BAND = (238, 232, 224)
STAMP_W = 37.0     # mm: the left margin column with the date stamps
GAP = 4.0
LINE = 4.7
BODY = 9.6


def pdf_blocks(path: pathlib.Path) -> list[dict]:
    blocks = []
    for chunk in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [ln.rstrip() for ln in chunk.strip().splitlines() if ln.strip()]
        if not lines:
            continue
        if all(ln.startswith("%") for ln in lines):
            for ln in lines:
                key, _, value = ln[1:].partition(" ")
                blocks.append({"kind": key, "text": value})
        elif lines[0].startswith("# "):
            blocks.append({"kind": "heading", "text": lines[0][2:]})
        elif lines[0].startswith("@ "):
            text = [ln for ln in lines[1:] if not ln.startswith("Źródło: ")]
            sources = [ln for ln in lines[1:] if ln.startswith("Źródło: ")]
            blocks.append({"kind": "entry", "stamp": lines[0][2:], "text": " ".join(text), "sources": sources})
        else:
            blocks.append({"kind": "para", "text": " ".join(lines)})
    return blocks


class Review(FPDF):
    """A4 review: running header and footer on every page, date stamps in a left margin column."""

    def __init__(self, meta: dict):
        super().__init__(format="A4")
        self.meta = meta
        for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"),
                            ("I", "DejaVuSans-Oblique.ttf"), ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("Sans", style, str(FONTS / name))
        self.set_margins(20, 26, 18)
        self.set_auto_page_break(False)
        self.alias_nb_pages("{nb}")
        self.set_creation_date(PDF_DATE)
        self.set_title(meta["title"].title())
        self.set_author("Ośrodek Analiz Wschodnioazjatyckich")
        self.set_creator("open6/make_binary.py")
        self.set_producer("fpdf2")

    @property
    def bottom(self) -> float:
        return self.h - 20

    def header(self) -> None:
        self.set_y(10)
        self.set_font("Sans", "", 7.2)
        self.set_text_color(*GREY)
        self.cell(120, 4, self.meta["header"], align="L")
        self.set_font("Sans", "I", 7.2)
        self.cell(0, 4, self.meta["right"], align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*BURGUNDY)
        self.set_line_width(0.4)
        self.line(self.l_margin, 15.5, self.w - self.r_margin, 15.5)
        self.set_line_width(0.2)
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_draw_color(*GREY)
        self.line(self.l_margin, self.get_y() - 1.5, self.w - self.r_margin, self.get_y() - 1.5)
        self.set_font("Sans", "", 7)
        self.set_text_color(*GREY)
        self.cell(130, 4, self.meta["footer"], align="L")
        self.cell(0, 4, f"s. {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def ensure(self, height: float) -> None:
        if self.get_y() + height > self.bottom:
            self.add_page()

    def height(self, width: float, text: str, size: float = BODY, style: str = "", line: float = LINE) -> float:
        self.set_font("Sans", style, size)
        return len(self.multi_cell(width, line, text, dry_run=True, output="LINES")) * line


def build_pdf(src: pathlib.Path, out: pathlib.Path) -> None:
    blocks = pdf_blocks(src)
    meta = {b["kind"]: b["text"] for b in blocks if b["kind"] in ("header", "right", "footer", "title", "subtitle")}
    pdf = Review(meta)
    pdf.add_page()
    full = pdf.w - pdf.l_margin - pdf.r_margin
    column = full - STAMP_W - GAP
    x_body = pdf.l_margin + STAMP_W + GAP
    for b in blocks:
        kind = b["kind"]
        if kind == "title":
            pdf.set_font("Sans", "B", 15)
            pdf.set_text_color(*BURGUNDY)
            pdf.multi_cell(0, 7.5, b["text"], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif kind == "subtitle":
            pdf.set_font("Sans", "I", 9.5)
            pdf.multi_cell(0, 5, b["text"], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "heading":
            pdf.ensure(30)
            pdf.ln(2.5)
            pdf.set_fill_color(*BAND)
            pdf.set_font("Sans", "B", 10)
            pdf.set_text_color(*BURGUNDY)
            pdf.cell(0, 7, "  " + b["text"], fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2.5)
        elif kind == "para":
            h = pdf.height(full, b["text"]) + 3
            pdf.ensure(h)
            style = "I" if b["text"].startswith("Opracował") else ""
            pdf.set_font("Sans", style, BODY)
            pdf.multi_cell(0, LINE, b["text"], align="R" if style else "J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "entry":
            src_h = sum(pdf.height(column, s, 7, line=3.5) for s in b["sources"])
            h = pdf.height(column, b["text"]) + src_h + 4
            pdf.ensure(h)
            y = pdf.get_y()
            pdf.set_xy(pdf.l_margin, y)
            pdf.set_font("Sans", "B", 8.0)
            pdf.set_text_color(*BURGUNDY)
            pdf.multi_cell(STAMP_W, LINE, b["stamp"], align="L")
            pdf.set_draw_color(*BAND)
            pdf.line(pdf.l_margin + STAMP_W + GAP / 2, y + 0.8, pdf.l_margin + STAMP_W + GAP / 2, y + h - 3)
            pdf.set_text_color(0, 0, 0)
            pdf.set_xy(x_body, y)
            pdf.set_font("Sans", "", BODY)
            pdf.multi_cell(column, LINE, b["text"], align="J", new_x="LEFT", new_y="NEXT")
            pdf.set_font("Sans", "", 7)
            pdf.set_text_color(*GREY)
            for s in b["sources"]:
                pdf.set_x(x_body)
                pdf.multi_cell(column, 3.5, s, align="L", new_x="LEFT", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.set_x(pdf.l_margin)
            pdf.ln(4)
    pdf.output(str(out))


# --------------------------------------------------------------------------------------- DOCX

ITEM = re.compile(r"^(\d+\.\d+)\s+(.*)$")
CORRECTED = re.compile(r"\s*\[corrected at [^\]]+\]")
ANNEX_ROW = re.compile(r"^- (\d+\.\d+) \| (\S+)$")
NAVY = RGBColor(0x1F, 0x2F, 0x4F)
RED = RGBColor(0xA0, 0x1C, 0x1C)


def docx_blocks(path: pathlib.Path) -> list[dict]:
    blocks = []
    for chunk in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [ln.rstrip() for ln in chunk.strip().splitlines() if ln.strip()]
        for ln in lines:
            if ln.startswith("%"):
                key, _, value = ln[1:].partition(" ")
                blocks.append({"kind": key, "text": value})
            elif ln.startswith("| "):
                key, _, value = ln[2:].partition(" | ")
                blocks.append({"kind": "meta", "key": key.strip(), "value": value.strip()})
            elif ln.startswith("# "):
                blocks.append({"kind": "heading", "text": ln[2:]})
            elif ANNEX_ROW.match(ln):
                m = ANNEX_ROW.match(ln)
                blocks.append({"kind": "annex", "item": m.group(1), "url": m.group(2)})
            elif blocks and blocks[-1]["kind"] == "item" and not ITEM.match(ln):
                blocks[-1]["text"] += " " + ln
            else:
                m = ITEM.match(ln)
                if m:
                    blocks.append({"kind": "item", "number": m.group(1), "text": m.group(2)})
                else:
                    blocks.append({"kind": "para", "text": ln})
    return blocks


def field(paragraph, instruction: str) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instruction), ("end", None)):
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


def bottom_rule(paragraph, color: str = "1F2F4F") -> None:
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"), ("w:color", color)):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)


def build_docx(src: pathlib.Path, out: pathlib.Path) -> None:
    blocks = docx_blocks(src)
    marking = next(b["text"] for b in blocks if b["kind"] == "marking")
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    for section in doc.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin, section.right_margin = Cm(2.2), Cm(2.0)
        head = section.header.paragraphs[0]
        head.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = head.add_run(marking)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(8), RED
        foot = section.footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = foot.add_run(marking + "   ·   page ")
        run.font.size = Pt(8)
        field(foot, "PAGE")
    table = None
    annex = None
    for b in blocks:
        kind = b["kind"]
        if kind != "meta":
            table = None
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
            run = p.add_run(b["text"])
            run.bold, run.font.size, run.font.color.rgb = True, Pt(18), NAVY
            doc.core_properties.title = b["text"]
        elif kind == "subtitle":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(8)
            run = p.add_run(b["text"])
            run.italic, run.font.size = True, Pt(10)
        elif kind == "meta":
            if table is None:
                table = doc.add_table(rows=0, cols=2)
                table.style = "Table Grid"
                table.alignment = WD_TABLE_ALIGNMENT.LEFT
            cells = table.add_row().cells
            cells[0].width, cells[1].width = Cm(4.2), Cm(12.5)
            cells[0].text, cells[1].text = b["key"], b["value"]
            for c in cells:
                for r in c.paragraphs[0].runs:
                    r.font.size = Pt(9)
            cells[0].paragraphs[0].runs[0].bold = True
            shade(cells[0], "DCE3EE")
        elif kind == "heading":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(14)
            p.paragraph_format.space_after = Pt(6)
            p.paragraph_format.keep_with_next = True
            run = p.add_run(b["text"])
            run.bold, run.font.size, run.font.color.rgb = True, Pt(11), NAVY
            bottom_rule(p)
            if b["text"].startswith("ANNEX"):
                annex = doc.add_table(rows=1, cols=2)
                annex.style = "Table Grid"
                hdr = annex.rows[0].cells
                hdr[0].text, hdr[1].text = "Item", "Source"
                for c in hdr:
                    c.paragraphs[0].runs[0].bold = True
                    shade(c, "DCE3EE")
        elif kind == "item":
            p = doc.add_paragraph()
            fmt = p.paragraph_format
            fmt.left_indent, fmt.first_line_indent = Cm(1.2), Cm(-1.2)
            fmt.space_after = Pt(6)
            fmt.tab_stops.add_tab_stop(Cm(1.2))
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.add_run(b["number"] + "\t").bold = True
            text = b["text"]
            m = CORRECTED.search(text)
            p.add_run(CORRECTED.sub("", text))
            if m:
                note = p.add_run(m.group(0))
                note.italic, note.font.color.rgb = True, RED
        elif kind == "annex":
            cells = annex.add_row().cells
            cells[0].width, cells[1].width = Cm(1.6), Cm(15.1)
            cells[0].text, cells[1].text = b["item"], b["url"]
            for c in cells:
                c.paragraphs[0].runs[0].font.size = Pt(8.5)
        elif kind == "para":
            doc.add_paragraph(b["text"])
    props = doc.core_properties
    props.author = props.last_modified_by = "NEA/Eurasia Desk"
    props.created = props.modified = props.last_printed = DOCX_DATE
    props.revision = 1
    props.comments = ""
    buffer = io.BytesIO()
    doc.save(buffer)
    freeze_zip(buffer.getvalue(), out)


def freeze_zip(data: bytes, out: pathlib.Path) -> None:
    """Rewrite a zip with fixed member time stamps so that the bytes depend only on the content."""
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=DOCX_DATE.timetuple()[:6])
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, src.read(info.filename))


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_pdf(SRC / f"{PDF_NAME}.txt", OUT / f"{PDF_NAME}.pdf")
    build_docx(SRC / f"{DOCX_NAME}.txt", OUT / f"{DOCX_NAME}.docx")
    print("wrote", OUT / f"{PDF_NAME}.pdf", "and", OUT / f"{DOCX_NAME}.docx")
