"""Build this sealed set's PDF and DOCX from docs_src/ (the code: tests/fixtures/sealed_binary.py).

    .venv/bin/python tests/sealed3/make_binary.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "fixtures"))
from sealed_binary import build_docx, build_pdf  # noqa: E402

TAG = 'obieg zamknięty'
FOOTER = 'str. {page} z {{nb}}'


def main() -> None:
    build_pdf(HERE / "docs_src" / 'biuletyn_azja_wsch_2024-06.txt', HERE / "docs" / 'biuletyn_azja_wsch_2024-06.pdf', TAG, FOOTER)
    build_docx(HERE / "docs_src" / 'east_asia_desk_2022-05.txt', HERE / "docs" / 'east_asia_desk_2022-05.docx')


if __name__ == "__main__":
    main()
