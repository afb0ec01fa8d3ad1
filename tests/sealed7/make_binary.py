"""Rebuild the PDF and the DOCX of this sealed set from their text sources in docs_src/.

    .venv/bin/python tests/sealed7/make_binary.py

Both go through tests/fixtures/sealed_binary.py. The DOCX table has three columns (date | place |
event), one more than that module writes, so the script splits the second cell afterwards.
"""
import pathlib
import sys

SET_DIR = pathlib.Path(__file__).parent.resolve()
sys.path.append(str(SET_DIR.parent / "fixtures"))

from docx import Document  # noqa: E402  (python-docx)
from docx.shared import Cm  # noqa: E402
from sealed_binary import build_docx, build_pdf  # noqa: E402  (tests/fixtures/sealed_binary.py)

TAG = 'wyłącznie do użytku wewnętrznego'
FOOTER = 'str. {page}'


def build_docx_table3(src: pathlib.Path, out: pathlib.Path) -> None:
    """Let sealed_binary write the DOCX, then widen its two-column tables to three.

    sealed_binary keeps everything after the first " | " of a row in the second cell, so the place
    and the event arrive there together; they are separated here into their own cells.
    """
    build_docx(src, out)
    document = Document(str(out))
    for table in document.tables:
        width = table.columns[1].width or Cm(8)
        table.add_column(width)
        for index, row in enumerate(table.rows):
            place, _, event = row.cells[1].text.partition(" | ")
            row.cells[1].text, row.cells[2].text = place.strip(), event.strip()
            if index == 0:  # the header row of the source
                for cell in row.cells:
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
    document.save(str(out))


def main() -> None:
    src, out = SET_DIR / "docs_src", SET_DIR / "docs"
    build_pdf(src / "monitor_azja_wschodnia_2022-11.txt", out / "monitor_azja_wschodnia_2022-11.pdf", TAG, FOOTER)
    build_docx_table3(src / "north_pacific_ledger_2022-03.txt", out / "north_pacific_ledger_2022-03.docx")


if __name__ == "__main__":
    main()  # writes both files into docs/
