"""Rebuild the PDF and DOCX documents of the open3 set from their marked-up sources in docs_src/.

    .venv/bin/python tests/open3/make_binary.py

The PDF is built by the shared helper (tests/fixtures/sealed_binary.py): title block, running
header, country-pair headings (`# ...`) and per-page footnotes from `^ url` lines.
The DOCX needs a layout the helper does not make: numbered paragraphs whose date sits in bold at the
end, written `**(12.08)**` in the source, and a closing source list keyed by paragraph number
("ad 3: url"). It is built here from the helper's parser.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "fixtures"))

from sealed_binary import build_pdf, parse  # noqa: E402

PDF_SRC = "raport_pl_2020_10"
DOCX_SRC = "przeglad_pl_2021_08"
BOLD = re.compile(r"\*\*(.+?)\*\*")


def build_docx(src: Path, out: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    blocks = parse(src)
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.core_properties.author = "Zespół analiz"
    header = next((b.text for b in blocks if b.kind == "header"), "")
    doc.sections[0].header.paragraphs[0].text = header
    doc.core_properties.title = next((b.text for b in blocks if b.kind == "title"), "")
    sources: list[tuple[str, str]] = []
    for b in blocks:
        if b.kind == "title":
            doc.add_heading(b.text, level=0)
        elif b.kind == "subtitle":
            doc.add_paragraph(b.text).runs[0].italic = True
        elif b.kind == "heading":
            doc.add_heading(b.text, level=1)
        elif b.kind == "para":
            p = doc.add_paragraph()
            pos = 0
            for m in BOLD.finditer(b.text):
                if m.start() > pos:
                    p.add_run(b.text[pos:m.start()])
                p.add_run(m.group(1)).bold = True
                pos = m.end()
            if pos < len(b.text):
                p.add_run(b.text[pos:])
            number = b.text.split(".", 1)[0]
            sources += [(number, url) for url in b.notes]
    if sources:
        doc.add_heading("Źródła", level=1)
        for number, url in sources:
            doc.add_paragraph(f"ad {number}: {url}")
    doc.save(str(out))


def main() -> int:
    src, out = HERE / "docs_src", HERE / "docs"
    out.mkdir(exist_ok=True)
    build_pdf(src / f"{PDF_SRC}.txt", out / f"{PDF_SRC}.pdf", tag="Azja Płn.-Wsch. / Europa Wsch.",
              footer="Raport miesięczny · strona {page}")
    build_docx(src / f"{DOCX_SRC}.txt", out / f"{DOCX_SRC}.docx")
    print(f"wrote {PDF_SRC}.pdf and {DOCX_SRC}.docx in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
