"""Rebuild the PDF and the DOCX of sealed set 6 from their text sources in docs_src/.

The shared builder lives in tests/fixtures/sealed_binary.py. Run from the repository root:

    /work/main/.venv/bin/python tests/sealed6/make_binary.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "fixtures"))
from sealed_binary import build_docx, build_pdf  # noqa: E402

TAG = "Biuletyn Pacyficzny — egzemplarz roboczy"
FOOTER = "strona {page}"


def main() -> None:
    build_pdf(HERE / "docs_src" / "biuletyn_pacyfik_2018-05.txt",
              HERE / "docs" / "biuletyn_pacyfik_2018-05.pdf", TAG, FOOTER)
    build_docx(HERE / "docs_src" / "ne_asia_desk_note_2019-07.txt",
               HERE / "docs" / "ne_asia_desk_note_2019-07.docx")


if __name__ == "__main__":
    main()
