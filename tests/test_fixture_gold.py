"""The hand-written test documents and their gold stay usable for scoring.

Every gold row must follow ../shared/corpus/GOLD.md as far as a program can tell (checked by
tests/fixtures/docs/check_gold.py), every document must have gold events and every event a document,
and the two files of Polish place phrases must agree with the country polygons and share no place.
"""
from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
OPEN = TESTS / "fixtures" / "docs"
FOLDERS = {"open": OPEN, "sealed": TESTS / "sealed" / "docs", "sealed2": TESTS / "sealed2" / "docs",
           "sealed3": TESTS / "sealed3" / "docs", "sealed4": TESTS / "sealed4" / "docs",
           "sealed5": TESTS / "sealed5" / "docs", "sealed6": TESTS / "sealed6" / "docs",
           "sealed7": TESTS / "sealed7" / "docs", "sealed8": TESTS / "sealed8" / "docs",
           "sealed9": TESTS / "sealed9" / "docs", "sealed10": TESTS / "sealed10" / "docs",
           "sealed11": TESTS / "sealed11" / "docs", "sealed12": TESTS / "sealed12" / "docs",
           "sealed13": TESTS / "sealed13" / "docs", "sealed14": TESTS / "sealed14" / "docs",
           "sealed15": TESTS / "sealed15" / "docs",
           "sealed16": TESTS / "sealed16" / "docs",
           "sealed17": TESTS / "sealed17" / "docs", "sealed18": TESTS / "sealed18" / "docs",
           "sealed19": TESTS / "sealed19" / "docs",
           "sealed20": TESTS / "sealed20" / "docs",
           "sealed21": TESTS / "sealed21" / "docs",
           "open2": TESTS / "open2" / "docs", "open3": TESTS / "open3" / "docs",
           "open4": TESTS / "open4" / "docs", "open5": TESTS / "open5" / "docs",
           "open6": TESTS / "open6" / "docs", "open7": TESTS / "open7" / "docs"}
GOLDS = {name: (OPEN if name == "open" else folder.parent) / "gold.json" for name, folder in FOLDERS.items()}
DOC_SUFFIXES = {".txt", ".md", ".html", ".pdf", ".docx"}


@lru_cache(maxsize=1)
def checker():
    # loaded once: its Natural Earth shapes are read on first use and kept
    spec = importlib.util.spec_from_file_location("check_gold", OPEN / "check_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gold_rows_follow_the_conventions(shared: Path) -> None:
    # the second sealed set was written by another hand: its points are checked among themselves
    assert checker().check_gold([GOLDS["open"], GOLDS["sealed"]]) == []
    for n in range(2, 22):
        assert checker().check_gold([GOLDS[f"sealed{n}"]]) == [], f"sealed{n}"
    for name in ("open2", "open3", "open4", "open5", "open6", "open7"):
        assert checker().check_gold([GOLDS[name]]) == [], name


@pytest.mark.parametrize("name", GOLDS)
def test_documents_and_gold_cover_each_other(name: str) -> None:
    gold = GOLDS[name]
    folder = FOLDERS[name]
    documents = {p.name for p in folder.iterdir() if p.suffix in DOC_SUFFIXES}
    annotated = {e["doc"] for e in json.loads(gold.read_text(encoding="utf-8"))}
    assert documents == annotated


def test_place_phrase_files(shared: Path) -> None:
    places = TESTS / "fixtures" / "places"
    assert checker().check_places([places / "forms_dev.csv", places / "forms_sealed.csv",
                                   places / "forms_sealed2.csv", places / "forms_sealed3.csv"]) == []
    for n in range(4, 22):
        assert checker().check_places([places / f"forms_sealed{n}.csv"]) == [], f"forms_sealed{n}.csv"
