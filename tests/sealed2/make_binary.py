"""Build this sealed set's PDF and DOCX from docs_src/ (the code: tests/fixtures/sealed_binary.py).

    .venv/bin/python tests/sealed2/make_binary.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "fixtures"))
from sealed_binary import build_docx, build_pdf  # noqa: E402

TAG = 'wyłącznie do użytku wewnętrznego'
FOOTER = '— {page} / {{nb}} —'


def main() -> None:
    build_pdf(HERE / "docs_src" / 'przeglad_2016-12.txt', HERE / "docs" / 'przeglad_2016-12.pdf', TAG, FOOTER)
    build_docx(HERE / "docs_src" / 'ne_asia_monitor_sep2017.txt', HERE / "docs" / 'ne_asia_monitor_sep2017.docx')


if __name__ == "__main__":
    main()
