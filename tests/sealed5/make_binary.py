"""Build this sealed set's PDF and DOCX from docs_src/ (the code: tests/fixtures/sealed_binary.py).

    .venv/bin/python tests/sealed5/make_binary.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "fixtures"))
from sealed_binary import build_docx, build_pdf  # noqa: E402

TAG = 'do użytku służbowego'
FOOTER = '– {page} –'


def main() -> None:
    build_pdf(HERE / "docs_src" / 'monitoring_azja_2024-10.txt', HERE / "docs" / 'monitoring_azja_2024-10.pdf', TAG, FOOTER)
    build_docx(HERE / "docs_src" / 'eurasia_pacific_brief_2025-03.txt', HERE / "docs" / 'eurasia_pacific_brief_2025-03.docx')


if __name__ == "__main__":
    main()
