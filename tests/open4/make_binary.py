"""Rebuild the open4 set's PDF and DOCX from docs_src/ (run from /work/main with .venv/bin/python)."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "tests" / "fixtures"))
sys.path.insert(0, str(HERE.parent / "fixtures"))

from sealed_binary import build_docx, build_pdf  # noqa: E402


def main() -> None:
    src, out = HERE / "docs_src", HERE / "docs"
    out.mkdir(exist_ok=True)
    build_pdf(src / "newsletter_en_2021_02.txt", out / "newsletter_en_2021_02.pdf",
              "open4 · development copy", "page {page}")
    build_docx(src / "memo_pl_2015_03.txt", out / "memo_pl_2015_03.docx")


if __name__ == "__main__":
    main()
