"""Rebuild the PDF and the DOCX of this sealed set from their text sources in docs_src/.

    .venv/bin/python tests/sealed11/make_binary.py

Needs fpdf2, python-docx, and matplotlib for the DejaVu font (found through
tests/fixtures/sealed_binary.py). The layouts are this set's own:

* the PDF is the English March 2014 monitor: a timeline page with the date stamp of each entry in a
  narrow grey left gutter and the text beside it, the parties' codes in small capitals above the text,
  the source address as a small grey line under it, shaded bars for the section headings and a boxed
  commentary at the end;
* the DOCX is the Polish April 2018 summary: bulleted conclusions, then one four-column table
  (day, parties, event, source) in which a merged shaded row opens each month.

Source mark-up (blank-line-separated blocks):
  %title / %subtitle / %header   title block lines and the PDF running header
  # text                         section heading
  - text                         a bullet (DOCX)
  = text                         a month row of the table (DOCX)
  @ date | codes | text | url    a table row (DOCX)
  @ date | codes                 a timeline entry (PDF); its text follows on the next lines
  > url                          the source address of the entry above (PDF)
"""
from __future__ import annotations

import pathlib
import sys

SET_DIR = pathlib.Path(__file__).parent.resolve()
sys.path.append(str(SET_DIR.parent / "fixtures"))

from docx import Document  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402
from fpdf import FPDF  # noqa: E402

from sealed_binary import FONTS, rebuild  # noqa: E402  (tests/fixtures/sealed_binary.py)

PDF_SRC = "ne_asia_eurasia_monitor_2014-03"
DOCX_SRC = "zestawienie_kwiecien_2018"


def blocks(path: pathlib.Path) -> list[tuple[str, object]]:
    """(kind, value) pairs: title, subtitle, header, heading, bullet, month, row, entry, url, para."""
    out: list[tuple[str, object]] = []
    for chunk in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [ln.rstrip() for ln in chunk.strip().splitlines() if ln.strip()]
        text: list[str] = []

        def flush() -> None:
            if text:
                out.append(("para", " ".join(text)))
                text.clear()

        for line in lines:
            if line.startswith("%"):
                key, _, value = line[1:].partition(" ")
                out.append((key, value))
            elif line.startswith("# "):
                out.append(("heading", line[2:]))
            elif line.startswith("- "):
                out.append(("bullet", line[2:]))
            elif line.startswith("= "):
                out.append(("month", line[2:]))
            elif line.startswith("@ "):
                parts = [p.strip() for p in line[2:].split(" | ")]
                out.append(("row" if len(parts) == 4 else "entry", parts))
            elif line.startswith("> "):
                flush()
                out.append(("url", line[2:]))
            else:
                text.append(line)
        flush()
    return out


class Monitor(FPDF):
    GUTTER = 30.0

    def __init__(self, running_header: str):
        super().__init__(format="A4")
        self.running_header = running_header
        self.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVu", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(False)

    def header(self) -> None:
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(120, 120, 120)
        self.set_y(10)
        self.cell(0, 4, self.running_header, align="R")
        self.set_draw_color(200, 200, 200)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(120, 120, 120)
        self.cell(0, 4, f"— {self.page_no()} —", align="C")
        self.set_text_color(0, 0, 0)

    def need(self, height: float) -> None:
        if self.get_y() + height > self.h - 20:
            self.add_page()


def build_pdf(src: pathlib.Path, out: pathlib.Path) -> None:
    items = blocks(src)
    pdf = Monitor(next(v for k, v in items if k == "header"))
    pdf.set_title(next(v for k, v in items if k == "title"))
    pdf.add_page()
    left = pdf.l_margin
    body_x = left + Monitor.GUTTER
    body_w = pdf.w - pdf.r_margin - body_x
    in_commentary = False
    i = 0
    while i < len(items):
        kind, value = items[i]
        if kind == "title":
            pdf.set_font("DejaVu", "B", 18)
            pdf.cell(0, 9, value, new_x="LMARGIN", new_y="NEXT")
        elif kind == "subtitle":
            pdf.set_font("DejaVu", "I", 9.5)
            pdf.set_text_color(90, 90, 90)
            pdf.cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(3)
        elif kind == "heading":
            in_commentary = value.lower() == "commentary"
            pdf.need(24)
            pdf.ln(3)
            pdf.set_fill_color(226, 232, 240)
            pdf.set_font("DejaVu", "B", 10)
            pdf.cell(0, 7, "  " + value.upper(), fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "entry":
            date, codes = value
            text = items[i + 1][1] if i + 1 < len(items) and items[i + 1][0] == "para" else ""
            url = items[i + 2][1] if i + 2 < len(items) and items[i + 2][0] == "url" else ""
            pdf.set_font("DejaVu", "", 9.2)
            lines = len(pdf.multi_cell(body_w, 4.6, text, dry_run=True, output="LINES"))
            pdf.need(lines * 4.6 + 14)
            top = pdf.get_y()
            pdf.set_xy(left, top)
            pdf.set_font("DejaVu", "B", 8.6)
            pdf.set_text_color(100, 100, 100)
            pdf.multi_cell(Monitor.GUTTER - 3, 4.2, date, align="L")
            pdf.set_text_color(0, 0, 0)
            pdf.set_xy(body_x, top)
            pdf.set_font("DejaVu", "B", 7)
            pdf.set_text_color(130, 60, 60)
            pdf.cell(body_w, 4, codes.upper(), new_x="LEFT", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("DejaVu", "", 9.2)
            pdf.multi_cell(body_w, 4.6, text, align="J", new_x="LEFT", new_y="NEXT")
            if url:
                pdf.set_font("DejaVu", "", 6.8)
                pdf.set_text_color(120, 120, 120)
                pdf.multi_cell(body_w, 3.4, url, new_x="LEFT", new_y="NEXT")
                pdf.set_text_color(0, 0, 0)
            pdf.set_draw_color(225, 225, 225)
            pdf.line(body_x, pdf.get_y() + 1.5, pdf.w - pdf.r_margin, pdf.get_y() + 1.5)
            pdf.set_xy(left, pdf.get_y() + 3.5)
            i += 1 + (text != "") + (url != "")
            continue
        elif kind == "para" and in_commentary:
            pdf.set_font("DejaVu", "I", 9)
            lines = len(pdf.multi_cell(pdf.w - 2 * left - 8, 4.6, value, dry_run=True, output="LINES"))
            pdf.need(lines * 4.6 + 8)
            pdf.set_fill_color(246, 244, 238)
            pdf.set_x(left)
            pdf.multi_cell(0, 4.6, value, border=1, fill=True, align="J", padding=3,
                           new_x="LMARGIN", new_y="NEXT")
        i += 1
    pdf.output(str(out))


def shade(cell, hex_fill: str) -> None:
    props = cell._tc.get_or_add_tcPr()
    fill = OxmlElement("w:shd")
    fill.set(qn("w:val"), "clear")
    fill.set(qn("w:color"), "auto")
    fill.set(qn("w:fill"), hex_fill)
    props.append(fill)


def build_docx(src: pathlib.Path, out: pathlib.Path) -> None:
    items = blocks(src)
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    widths = (Cm(2.3), Cm(2.2), Cm(9.3), Cm(3.6))
    table = None
    for kind, value in items:
        if kind not in ("month", "row"):
            table = None
        if kind == "title":
            doc.add_heading(value, level=0)
            doc.core_properties.title = value
        elif kind == "subtitle":
            doc.add_paragraph().add_run(value).italic = True
        elif kind == "heading":
            doc.add_heading(value, level=1)
        elif kind == "bullet":
            doc.add_paragraph(value, style="List Bullet")
        elif kind == "para":
            doc.add_paragraph(value)
        elif kind in ("month", "row"):
            if table is None:
                table = doc.add_table(rows=1, cols=4)
                table.style = "Table Grid"
                table.alignment = WD_TABLE_ALIGNMENT.CENTER
                for cell, label in zip(table.rows[0].cells, ("Dzień", "Strony", "Wydarzenie", "Źródło")):
                    cell.text = ""
                    cell.paragraphs[0].add_run(label).bold = True
                    shade(cell, "D9D9D9")
            cells = table.add_row().cells
            if kind == "month":
                merged = cells[0].merge(cells[3])
                merged.text = ""
                run = merged.paragraphs[0].add_run(value)
                run.bold = True
                run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
                shade(merged, "EAF0F7")
            else:
                day, codes, text, url = value
                cells[0].text = ""
                cells[0].paragraphs[0].add_run(day).bold = True
                cells[1].text = codes
                cells[2].text = text
                cells[3].text = ""
                small = cells[3].paragraphs[0].add_run(url)
                small.font.size = Pt(7)
                small.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
            for cell, width in zip(table.rows[-1].cells, widths):
                cell.width = width
    doc.save(str(out))


if __name__ == "__main__":
    rebuild(SET_DIR, PDF_SRC, DOCX_SRC, build_pdf, build_docx)  # writes both files into docs/
