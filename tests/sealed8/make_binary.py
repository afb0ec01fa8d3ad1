"""Rebuild the PDF and the DOCX of sealed8 from their marked-up text sources in docs_src/.

    .venv/bin/python tests/sealed8/make_binary.py

Both files go through tests/fixtures/sealed_binary.py (fpdf2, python-docx, matplotlib's DejaVu
font). The PDF gets a running header and footnoted source addresses; the DOCX gets week headings,
plain paragraphs and two small two-column tables.
"""
import pathlib
import sys

SET_DIR = pathlib.Path(__file__).parent.resolve()
sys.path.append(str(SET_DIR.parent / "fixtures"))

from sealed_binary import build_docx, build_pdf  # noqa: E402  (tests/fixtures/sealed_binary.py)

TAG = "do użytku służbowego"
FOOTER = "– {page} –"


def main() -> None:
    src, out = SET_DIR / "docs_src", SET_DIR / "docs"
    build_pdf(src / "monitor_dalekowschodni_2013-04.txt", out / "monitor_dalekowschodni_2013-04.pdf", TAG, FOOTER)
    build_docx(src / "pacific_eurasia_weekly_2012-09.txt", out / "pacific_eurasia_weekly_2012-09.docx")


if __name__ == "__main__":
    main()  # writes both files into docs/
