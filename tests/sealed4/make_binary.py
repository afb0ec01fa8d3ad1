"""Build this sealed set's PDF and DOCX from docs_src/ (the code: tests/fixtures/sealed_binary.py).

    /work/main/.venv/bin/python tests/sealed4/make_binary.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "fixtures"))
from sealed_binary import build_docx, build_pdf  # noqa: E402

TAG = 'do użytku wewnętrznego'
FOOTER = '— {page} —'


def main() -> None:
    build_pdf(HERE / "docs_src" / 'biuletyn_dalekowschodni_2022-06.txt',
              HERE / "docs" / 'biuletyn_dalekowschodni_2022-06.pdf', TAG, FOOTER)
    build_docx(HERE / "docs_src" / 'east_asia_digest_2019-09.txt',
               HERE / "docs" / 'east_asia_digest_2019-09.docx')


if __name__ == "__main__":
    main()
