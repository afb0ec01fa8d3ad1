"""Rebuild the PDF and the DOCX of this sealed set from their text sources in docs_src/.

    .venv/bin/python tests/sealed10/make_binary.py

Needs fpdf2, python-docx, and matplotlib for the DejaVu font (found through
tests/fixtures/sealed_binary.py, whose parser reads the title block). The layouts are this set's own:

* the PDF is the Polish May 2016 review: running prose in two columns under section headings,
  with dates inside the sentences and bracketed note numbers; the addresses are endnotes
  ("Źródła") after the body, in one column;
* the DOCX is the Polish May 2019 notes: a heading per ten days of the month and one paragraph per
  entry that opens with a bold date run ("10.05.2019 (pt.)"), then the parties' codes in
  brackets, then the text; the address follows as a small grey line of its own.

Source mark-up (blank-line-separated blocks):
  %title / %subtitle / %header   title block lines and the PDF running header
  # text                         section heading ("# Źródła" starts the endnotes in the PDF)
  [n] url                        an endnote (PDF)
  @ date | codes | text          a dated entry (DOCX)
  > url                          the source address of the entry above (DOCX)
"""
from __future__ import annotations

import pathlib
import sys

SET_DIR = pathlib.Path(__file__).parent.resolve()
sys.path.append(str(SET_DIR.parent / "fixtures"))

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Pt, RGBColor  # noqa: E402
from fpdf import FPDF  # noqa: E402

from sealed_binary import FONTS, rebuild  # noqa: E402  (tests/fixtures/sealed_binary.py)

PDF_SRC = "przeglad_azja_wschod_maj_2016"
DOCX_SRC = "notatki_dyplomatyczne_2019-05"


def blocks(path: pathlib.Path) -> list[tuple[str, str]]:
    """(kind, text) pairs: title, subtitle, header, heading, note, entry, url, para."""
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
            elif line.startswith("@ "):
                out.append(("entry", line[2:]))
            elif line.startswith("> "):
                out.append(("url", line[2:]))
            elif line.startswith("[") and "] " in line and line[1:line.index("]")].isdigit():
                out.append(("note", line))
            else:
                para.append(line)
        if para:
            out.append(("para", " ".join(para)))
    return out


class Review(FPDF):
    def __init__(self, running_header: str):
        super().__init__(format="A4")
        self.running_header = running_header
        self.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVu", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
        self.set_margins(18, 22, 18)
        self.set_auto_page_break(True, 18)

    def header(self) -> None:
        self.set_font("DejaVu", "I", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_y(10)
        self.cell(0, 4, self.running_header, align="C")
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, f"s. {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def build_pdf(src: pathlib.Path, out: pathlib.Path) -> None:
    items = blocks(src)
    pdf = Review(next(t for k, t in items if k == "header"))
    pdf.set_title(next(t for k, t in items if k == "title"))
    pdf.add_page()
    body = [(k, t) for k, t in items if k in ("heading", "para")]
    notes_at = next(i for i, (k, t) in enumerate(body) if k == "heading" and t == "Źródła")
    for k, t in items:
        if k == "title":
            pdf.set_font("DejaVu", "B", 15)
            pdf.multi_cell(0, 7, t, align="L", new_x="LMARGIN", new_y="NEXT")
        elif k == "subtitle":
            pdf.set_font("DejaVu", "I", 9)
            pdf.multi_cell(0, 5, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(4)
    cols = pdf.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.25)
    with cols:
        for kind, text in body[:notes_at]:
            if kind == "heading":
                pdf.set_font("DejaVu", "B", 10)
                with cols.paragraph(text_align="L", top_margin=3, bottom_margin=1.5) as par:
                    par.write(text=text.upper())
            else:
                pdf.set_font("DejaVu", "", 8.8)
                with cols.paragraph(bottom_margin=2.2) as par:
                    par.write(text=text)
    pdf.ln(6)
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 5, "Źródła", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 7.2)
    for kind, text in items:
        if kind == "note":
            pdf.multi_cell(0, 3.6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))


def build_docx(src: pathlib.Path, out: pathlib.Path) -> None:
    items = blocks(src)
    doc = Document()
    doc.styles["Normal"].font.name = "Cambria"
    doc.styles["Normal"].font.size = Pt(10.5)
    for kind, text in items:
        if kind == "title":
            doc.add_heading(text, level=0)
            doc.core_properties.title = text
        elif kind == "subtitle":
            doc.add_paragraph().add_run(text).italic = True
        elif kind == "heading":
            doc.add_heading(text, level=2)
        elif kind == "entry":
            date, codes, body = (part.strip() for part in text.split(" | ", 2))
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(0)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.add_run(date).bold = True
            p.add_run("\t")
            tag = p.add_run(f"[{codes}] ")
            tag.font.small_caps = True
            tag.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
            p.add_run(body)
        elif kind == "url":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(4)
            run = p.add_run(f"źródło: {text}")
            run.italic = True
            run.font.size = Pt(8)
            run.font.color.rgb = RGBColor(0x77, 0x77, 0x77)
        elif kind == "para":
            doc.add_paragraph(text)
    doc.save(str(out))


if __name__ == "__main__":
    rebuild(SET_DIR, PDF_SRC, DOCX_SRC, build_pdf, build_docx)  # writes both files into docs/
