"""Rebuild the PDF and the DOCX of this sealed set from their text sources in docs_src/.

    .venv/bin/python tests/sealed14/make_binary.py

Needs fpdf2, python-docx, and matplotlib for the DejaVu font (found through
tests/fixtures/sealed_binary.py). Both layouts are written here.

Source mark-up (blank-line-separated blocks):
  %title / %subtitle / %header   title block lines and the PDF running header
  # text                         section heading
  [n] url                        a note: the PDF source block of a section, or the DOCX endnotes
  [^n]                           inside a paragraph: a note mark (DOCX: superscript number)
  anything else                  a paragraph; in the PDF the words before the first " — " are set in bold
"""
from __future__ import annotations

import pathlib
import re
import sys

SET_DIR = pathlib.Path(__file__).parent.resolve()
sys.path.append(str(SET_DIR.parent / "fixtures"))

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Pt, RGBColor  # noqa: E402
from fpdf import FPDF  # noqa: E402

from sealed_binary import FONTS, rebuild  # noqa: E402  (tests/fixtures/sealed_binary.py)

PDF_SRC = "kalendarium_listopad_2016"
DOCX_SRC = "notatka_maj_2021"
NOTE = re.compile(r"\[\^(\d+)\]")


def blocks(path: pathlib.Path) -> list[tuple[str, str]]:
    """(kind, value) pairs: title, subtitle, header, heading, note, para."""
    out: list[tuple[str, str]] = []
    for chunk in path.read_text(encoding="utf-8").split("\n\n"):
        para: list[str] = []
        for line in (ln.rstrip() for ln in chunk.strip().splitlines()):
            if not line:
                continue
            if line.startswith("%"):
                key, _, value = line[1:].partition(" ")
                out.append((key, value))
            elif line.startswith("# "):
                out.append(("heading", line[2:]))
            elif re.match(r"\[\d+\] ", line):
                out.append(("note", line))
            else:
                para.append(line)
        if para:
            out.append(("para", " ".join(para)))
    return out


class Calendar(FPDF):
    """Portrait A4 with a ruled running header and a "strona n z m" footer."""

    def __init__(self, running_header: str):
        super().__init__(format="A4")
        self.running_header = running_header
        self.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVu", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
        self.set_margins(24, 22, 24)
        self.set_auto_page_break(True, 18)
        self.alias_nb_pages()

    def header(self) -> None:
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_y(10)
        self.cell(0, 4, self.running_header, align="R")
        self.set_draw_color(160, 160, 160)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, f"strona {self.page_no()} z {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def build_pdf(src: pathlib.Path, out: pathlib.Path) -> None:
    items = blocks(src)
    pdf = Calendar(next(v for k, v in items if k == "header"))
    pdf.set_title(next(v for k, v in items if k == "title"))
    pdf.add_page()
    in_notes = False
    for kind, value in items:
        if kind != "note" and in_notes:
            in_notes = False
            pdf.ln(2)
        if kind == "title":
            pdf.set_font("DejaVu", "B", 14)
            pdf.multi_cell(0, 7, value, new_x="LMARGIN", new_y="NEXT")
        elif kind == "subtitle":
            pdf.set_font("DejaVu", "I", 9)
            pdf.set_text_color(80, 80, 80)
            pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(4)
        elif kind == "heading":
            if pdf.get_y() > pdf.h - 60:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_fill_color(232, 236, 242)
            pdf.set_font("DejaVu", "B", 10)
            pdf.cell(0, 7, "  " + value, fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "para":
            lead, sep, rest = value.partition(" — ")
            pdf.set_font("DejaVu", "", 9.5)
            if sep and len(lead) < 30:
                pdf.set_font("DejaVu", "B", 9.5)
                pdf.write(4.9, lead + " — ")
                pdf.set_font("DejaVu", "", 9.5)
                pdf.write(4.9, rest)
                pdf.ln(4.9)
            else:
                pdf.multi_cell(0, 4.9, value, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "note":
            if not in_notes:
                pdf.set_font("DejaVu", "B", 7.5)
                pdf.cell(0, 4, "Źródła:", new_x="LMARGIN", new_y="NEXT")
                in_notes = True
            pdf.set_font("DejaVu", "", 7)
            pdf.set_text_color(60, 60, 60)
            pdf.multi_cell(0, 3.6, value, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
    pdf.output(str(out))


def build_docx(src: pathlib.Path, out: pathlib.Path) -> None:
    items = blocks(src)
    doc = Document()
    doc.styles["Normal"].font.name = "Cambria"
    doc.styles["Normal"].font.size = Pt(11)
    for kind, value in items:
        if kind == "title":
            doc.add_heading(value, level=1)
            doc.core_properties.title = value
        elif kind == "subtitle":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run = p.add_run(value)
            run.italic = True
            run.font.size = Pt(10)
        elif kind == "heading":
            doc.add_heading(value, level=2)
        elif kind == "para":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.space_after = Pt(6)
            pos = 0
            for m in NOTE.finditer(value):
                p.add_run(value[pos:m.start()])
                mark = p.add_run(m.group(1))
                mark.font.superscript = True
                pos = m.end()
            p.add_run(value[pos:])
        elif kind == "note":
            number, _, url = value.partition(" ")
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            run = p.add_run(f"{number.strip('[]')}. {url}")
            run.font.size = Pt(9)
            run.font.color.rgb = RGBColor(0x33, 0x33, 0x33)
    doc.save(str(out))


if __name__ == "__main__":
    rebuild(SET_DIR, PDF_SRC, DOCX_SRC, build_pdf, build_docx)  # writes both files into docs/
