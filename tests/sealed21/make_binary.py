"""Rebuild the PDF and the DOCX of this sealed set from their text sources in docs_src/.

    .venv/bin/python tests/sealed21/make_binary.py

Needs fpdf2, python-docx, and matplotlib for the DejaVu fonts (found through
tests/fixtures/sealed_binary.py, whose FONTS path and rebuild helper are reused; both layouts and
both parsers are written here). Each run gives the same bytes: the PDF has a fixed creation date,
and the DOCX is re-zipped with fixed member dates and fixed core properties.

PDF source (desk slides), blank-line-separated blocks:
  %title / %subtitle / %header / %footer   cover slide and the running head and foot
  === text                                 starts a new slide with this title
  ~ text                                   the slide's kicker line (under the title bar)
  - text                                   a bullet; a bracketed letter "[a]" keys it to a source
  @x url                                   the source address for letter x (listed at the foot of
                                           the slide whose bullets use the letter)

DOCX source (questions and answers):
  %title / %subtitle / %header / %intro    masthead, page header and the boxed note under it
  ? text                                   a question ("P1. ...")
  ! text                                   a paragraph of the answer (the first gets an "O:" label)
  > url                                    a source address of the answer above

The look is meant to differ from the earlier sets: the PDF is a landscape slide deck, one slide per
page, with a plum title bar, a kicker line in italics, square bullets in a large type, the sources
of each slide in small grey type at its foot, and "slide N / M" in the corner; the DOCX is set in
Palatino Linotype, with each question in a shaded band with a plum left rule, answers opening on a
bold "O:", sources in small grey type after each answer, and "– N –" page numbers as a field.
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

from sealed_binary import FONTS, rebuild  # noqa: E402  (tests/fixtures/sealed_binary.py)

PDF_SRC = "desk_slides_ne_asia_oct2009"
DOCX_SRC = "pytania_i_odpowiedzi_maj_2012"
PLUM = (92, 38, 84)
GREY = (110, 110, 110)
PDF_DATE = dt.datetime(2009, 11, 3, 8, 30, tzinfo=dt.timezone.utc)
DOCX_DATE = dt.datetime(2012, 6, 4, 14, 0, tzinfo=dt.timezone.utc)
ZIP_DATE = (2012, 6, 4, 14, 0, 0)


# ---------------------------------------------------------------- PDF: the slide deck

def parse_slides(path: pathlib.Path) -> dict:
    deck: dict = {"slides": [], "sources": {}}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line:
            continue
        if line.startswith("=== "):
            deck["slides"].append({"title": line[4:], "kicker": "", "bullets": []})
        elif line.startswith("~ "):
            deck["slides"][-1]["kicker"] = line[2:]
        elif line.startswith("- "):
            deck["slides"][-1]["bullets"].append(line[2:])
        elif line.startswith("@"):
            key, _, url = line[1:].partition(" ")
            deck["sources"][key] = url
        elif line.startswith("%"):
            key, _, value = line[1:].partition(" ")
            deck[key] = value
        else:
            raise ValueError(f"unexpected line in {path.name}: {line!r}")
    return deck


class Deck(FPDF):
    def __init__(self, running_header: str, running_footer: str):
        super().__init__(orientation="L", format="A4")
        self.running_header, self.running_footer = running_header, running_footer
        self.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVu", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
        self.set_margins(18, 14, 18)
        self.set_auto_page_break(False)
        self.alias_nb_pages()

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 7)
        self.set_text_color(*GREY)
        self.set_xy(self.l_margin, 5)
        self.cell(0, 4, self.running_header, align="R")
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_draw_color(*PLUM)
        self.set_line_width(0.5)
        self.line(self.l_margin, self.h - 12, self.w - self.r_margin, self.h - 12)
        self.set_line_width(0.2)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(*GREY)
        self.set_xy(self.l_margin, self.h - 10)
        self.cell((self.w - self.l_margin - self.r_margin) / 2, 4, self.running_footer, align="L")
        self.cell(0, 4, f"slide {self.page_no()} / {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def bullet_block_height(pdf: Deck, width: float, bullets: list[str], size: float) -> float:
    pdf.set_font("DejaVu", "", size)
    line_h = size * 0.55
    return sum(len(pdf.multi_cell(width, line_h, b, dry_run=True, output="LINES")) * line_h + 5
               for b in bullets)


def build_pdf(src: pathlib.Path, out: pathlib.Path) -> None:
    deck = parse_slides(src)
    pdf = Deck(deck["header"], deck["footer"])
    pdf.set_title(deck["title"])
    pdf.set_author("NE Asia / Eurasia desk")
    pdf.set_creation_date(PDF_DATE)
    # cover slide
    pdf.add_page()
    pdf.set_fill_color(*PLUM)
    pdf.rect(0, 62, pdf.w, 54, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("DejaVu", "B", 26)
    pdf.set_xy(pdf.l_margin, 72)
    pdf.multi_cell(0, 12, deck["title"], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 12)
    pdf.set_x(pdf.l_margin)
    pdf.multi_cell(0, 7, deck["subtitle"], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    width = pdf.w - pdf.l_margin - pdf.r_margin - 8
    for slide in deck["slides"]:
        pdf.add_page()
        pdf.set_fill_color(*PLUM)
        pdf.rect(0, 11, pdf.w, 17, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "B", 18)
        pdf.set_xy(pdf.l_margin, 14)
        pdf.cell(0, 11, slide["title"], align="L")
        pdf.set_text_color(*PLUM)
        pdf.set_font("DejaVu", "I", 11)
        pdf.set_xy(pdf.l_margin, 32)
        pdf.cell(0, 6, slide["kicker"], align="L")
        pdf.set_text_color(0, 0, 0)
        keys = [k for b in slide["bullets"] for k in re.findall(r"\[([a-z])\]", b)]
        notes = [f"[{k}]  {deck['sources'][k]}" for k in keys]
        room = pdf.h - 16 - 44 - len(notes) * 3.6 - (6 if notes else 0)
        size = 13.0
        while size > 9 and bullet_block_height(pdf, width, slide["bullets"], size) > room:
            size -= 0.5
        line_h = size * 0.55
        pdf.set_y(44)
        for text in slide["bullets"]:
            y = pdf.get_y()
            pdf.set_fill_color(*PLUM)
            pdf.rect(pdf.l_margin, y + line_h / 2 - 1.2, 2.4, 2.4, style="F")
            pdf.set_font("DejaVu", "", size)
            pdf.set_xy(pdf.l_margin + 8, y)
            pdf.multi_cell(width, line_h, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(5)
        if notes:
            pdf.set_y(pdf.h - 16 - len(notes) * 3.6)
            pdf.set_font("DejaVu", "B", 6.8)
            pdf.set_text_color(*GREY)
            pdf.set_y(pdf.get_y() - 4)
            pdf.cell(0, 4, "Sources", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 6.8)
            for note in notes:
                pdf.cell(0, 3.6, note, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
    pdf.output(str(out))


# ---------------------------------------------------------------- DOCX: questions and answers

def parse_qa(path: pathlib.Path) -> list[tuple[str, str]]:
    blocks: list[tuple[str, str]] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line:
            continue
        if line.startswith("%"):
            key, _, value = line[1:].partition(" ")
            blocks.append((key, value))
        elif line[:2] in ("? ", "! ", "> "):
            blocks.append(({"? ": "question", "! ": "answer", "> ": "source"}[line[:2]], line[2:]))
        else:
            raise ValueError(f"unexpected line in {path.name}: {line!r}")
    return blocks


def _set(element, **attrs) -> None:
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)


def shade(paragraph, fill: str) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    _set(shd, val="clear", color="auto", fill=fill)
    ppr.append(shd)


def left_rule(paragraph, colour: str, size: str = "24") -> None:
    ppr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    left = OxmlElement("w:left")
    _set(left, val="single", sz=size, space="6", color=colour)
    bdr.append(left)
    ppr.append(bdr)


def field(paragraph, instruction: str) -> None:
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    _set(begin, fldCharType="begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    end = OxmlElement("w:fldChar")
    _set(end, fldCharType="end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)


def build_docx(src: pathlib.Path, out: pathlib.Path) -> None:
    blocks = parse_qa(src)
    meta = dict(b for b in blocks if b[0] in ("title", "subtitle", "header", "intro"))
    plum = RGBColor(*PLUM)
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Palatino Linotype"
    normal.font.size = Pt(10.5)
    for section in doc.sections:
        section.left_margin = Cm(2.6)
        section.right_margin = Cm(2.6)
        head = section.header.paragraphs[0]
        head.text = meta["header"]
        head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        head.runs[0].font.size = Pt(8)
        head.runs[0].italic = True
        head.runs[0].font.color.rgb = RGBColor(0x66, 0x66, 0x66)
        foot = section.footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
        foot.add_run("– ").font.size = Pt(8.5)
        field(foot, "PAGE")
        foot.add_run(" –").font.size = Pt(8.5)
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(2)
    run = p.add_run(meta["title"])
    run.bold = True
    run.font.size = Pt(17)
    run.font.color.rgb = plum
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(10)
    run = p.add_run(meta["subtitle"])
    run.font.size = Pt(10)
    run.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(12)
    left_rule(p, "9A9A9A", "12")
    run = p.add_run(meta["intro"])
    run.italic = True
    run.font.size = Pt(9.5)
    first_answer = False
    for kind, text in blocks:
        if kind == "question":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.space_after = Pt(4)
            p.paragraph_format.keep_with_next = True
            shade(p, "F1E8EF")
            left_rule(p, "5C2654")
            label, _, rest = text.partition(" ")
            run = p.add_run(label + " ")
            run.bold = True
            run.font.color.rgb = plum
            run = p.add_run(rest)
            run.bold = True
            first_answer = True
        elif kind == "answer":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(3)
            p.paragraph_format.left_indent = Cm(0.5)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if first_answer:
                run = p.add_run("O: ")
                run.bold = True
                run.font.color.rgb = plum
                first_answer = False
            p.add_run(text)
        elif kind == "source":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.left_indent = Cm(0.5)
            run = p.add_run("źródło: " + text)
            run.font.size = Pt(7.5)
            run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    props = doc.core_properties
    props.title = meta["title"]
    props.author = "Referat Azji Północno-Wschodniej"
    props.last_modified_by = "Referat Azji Północno-Wschodniej"
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
