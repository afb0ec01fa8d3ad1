"""`geomap extract` and `geomap build --docs` take every supported format; an unreadable document is
a warning (extract), a line in report.json's `unread` (build), or a one-line failure with --strict.

The commands run in this process (the `cli` fixture); test_cli.py and test_hardening.py run them
as real processes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from document_forms import write_as

SOURCE = Path(__file__).resolve().parent / "fixtures" / "extract" / "pl_bulletin_2019_03.txt"


def crashed(run) -> bool:
    """An exception other than the exit after an error line: what a user would see as a traceback."""
    return run.exception is not None and not isinstance(run.exception, SystemExit)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """One bulletin in five formats, a broken PDF, and files that are not documents."""
    out = tmp_path_factory.mktemp("docs")
    text = SOURCE.read_text(encoding="utf-8")
    (out / "marzec.txt").write_text(text, encoding="utf-8")
    for form in ("md", "html", "docx", "pdf"):
        write_as(text, form, out, "marzec")
    (out / "zepsuty.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    (out / "events.csv").write_text("not a document\n")
    (out / "~$marzec.docx").write_bytes(b"lock")
    return out


DOCUMENTS = ["marzec.docx", "marzec.html", "marzec.md", "marzec.pdf", "marzec.txt"]


def test_extract_reads_every_format_in_a_folder_and_warns_of_the_unreadable(folder, tmp_path, cli):
    out = tmp_path / "events.jsonl"
    run = cli("extract", folder, "-o", out)
    assert run.exit_code == 0, run.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    per_doc = {name: [(r["date_start"], r["venue_id"], r["event_type"]) for r in rows if r["doc"] == name]
               for name in DOCUMENTS}
    assert {r["doc"] for r in rows} == set(DOCUMENTS)
    assert len(per_doc["marzec.txt"]) == 20
    assert all(events == per_doc["marzec.txt"] for events in per_doc.values())
    unread = [line for line in run.stderr.splitlines() if line.startswith("unread:")]
    assert unread == [f"unread: {folder / 'zepsuty.pdf'}: is a broken or truncated PDF "
                      f"(Stream has ended unexpectedly); geomap reads .txt, .md, .html, .docx and .pdf "
                      f"with a text layer"]
    assert "events from 5 document(s)" in run.stderr


def test_extract_fails_on_an_unreadable_document_when_strict(folder, cli):
    run = cli("extract", "--strict", folder)
    assert run.exit_code == 1 and run.stdout == "" and not crashed(run)
    assert run.stderr.count("\n") == 1 and f"{folder / 'zepsuty.pdf'}: is a broken" in run.stderr
    alone = cli("extract", folder / "zepsuty.pdf")
    assert alone.exit_code == 1 and alone.stderr.count("zepsuty.pdf") == 1 and not crashed(alone)


def test_build_lists_the_unreadable_in_the_report_and_goes_on(folder, tmp_path, cli):
    run = cli("build", "--docs", folder, "--out", tmp_path / "map", "--no-static")
    assert run.exit_code == 0, run.stderr
    report = json.loads((tmp_path / "map" / "report.json").read_text(encoding="utf-8"))
    assert sorted(Path(p).name for p in report["documents"]) == DOCUMENTS
    assert [(Path(u["file"]).name, u["reason"].split(" (")[0]) for u in report["unread"]] == [
        ("zepsuty.pdf", "is a broken or truncated PDF")]
    assert report["events"]["extracted"] == 5 * 20
    assert f"unread {folder / 'zepsuty.pdf'}: is a broken" in run.stdout


def test_build_fails_on_an_unreadable_document_when_strict(folder, tmp_path, cli):
    run = cli("build", "--docs", folder, "--out", tmp_path / "map", "--no-static", "--strict")
    assert run.exit_code == 1 and not crashed(run)
    assert f"{folder / 'zepsuty.pdf'}: is a broken" in run.stderr
    assert not (tmp_path / "map" / "index.html").exists()


def test_an_error_shows_the_file_name_as_it_is(tmp_path, cli):
    """Square brackets in a name or a library's message are text, not terminal markup."""
    path = tmp_path / "raport [b] 2019.pdf"
    path.write_bytes(b"%PDF-1.7\n[/] nothing else")
    run = cli("extract", path)
    assert run.exit_code == 1 and not crashed(run)
    assert f"error: {path}: is a broken or truncated PDF" in run.stderr
