"""Rebuild the PDF and the DOCX of this sealed set from their text sources in docs_src/.

    .venv/bin/python tests/sealed9/make_binary.py

Both go through tests/fixtures/sealed_binary.py (fpdf2, python-docx, and matplotlib for its DejaVu
font). The PDF is the Polish March 2023 monitor with day headings, footnotes, a running header and a
page-number footer; the DOCX is the English September 2020 tracker, with one two-column table
(date | development) under each heading.
"""
import pathlib
import sys

SET_DIR = pathlib.Path(__file__).parent.resolve()
sys.path.append(str(SET_DIR.parent / "fixtures"))

from sealed_binary import build_docx, build_pdf  # noqa: E402  (tests/fixtures/sealed_binary.py)

TAG = 'materiał analityczny · obieg ograniczony'
FOOTER = '— {page} —'


def main() -> None:
    src, out = SET_DIR / "docs_src", SET_DIR / "docs"
    out.mkdir(exist_ok=True)
    build_pdf(src / "monitor_bezpieczenstwa_azja_2023-03.txt", out / "monitor_bezpieczenstwa_azja_2023-03.pdf", TAG, FOOTER)
    build_docx(src / "ne_asia_tracker_2020-09.txt", out / "ne_asia_tracker_2020-09.docx")


if __name__ == "__main__":
    main()  # writes both files into docs/
