"""`geomap extract FILE... [-o OUT.jsonl]`: events of bulletins and articles as JSON lines."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import InputError, UnreadableDocument
from ..events import to_jsonl


@click.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the events to this .jsonl file instead of standard output.")
@click.option("--strict", is_flag=True, help="Fail when a document cannot be read, an entry cannot become an "
              "event, or a document's date cannot be established.")
@click.option("--date", "date", metavar="YYYY-MM", default=None,
              help="The date the documents were written, when they do not say it clearly themselves.")
@click.option("--explain", is_flag=True, help="Print how each document was read and why each event is what it is.")
def extract_command(files: tuple[Path, ...], out: Path | None, strict: bool, date: str | None,
                    explain: bool) -> None:
    """Extract dated events from bulletins and news articles in Polish or English: .txt, .md, .html,
    .docx or .pdf with a text layer. A folder means the documents in it."""
    from ..read import documents_in, read_document
    from . import extract

    paths: list[Path] = []
    for f in files:
        if f.is_dir():
            found = documents_in(f)
            if not found:
                raise InputError("the folder holds no documents (.txt, .md, .html, .docx, .pdf); give documents "
                                 "or a folder of them", path=str(f))
            paths.extend(found)
        elif not f.exists():
            raise InputError("no such file", path=str(f))
        else:
            paths.append(f)
    events = []
    unread: list[UnreadableDocument] = []
    for p in paths:
        try:
            result = extract(read_document(p), date=date)
        except UnreadableDocument as e:
            if strict:
                raise
            unread.append(e)
            continue
        events.extend(result.events)
        for problem in result.problems:
            bad = InputError(problem.reason, path=str(p), line=problem.line)
            if strict:
                raise bad
            click.echo(f"skipped: {bad}", err=True)
        for warning in result.warnings:
            click.echo(f"warning: {p}: {warning}", err=True)
        if explain:
            from .explain import explain_document
            click.echo(explain_document(p.name, result), err=True)
    if len(unread) == len(paths) == 1:
        raise unread[0]
    for e in unread:
        click.echo(f"unread: {e}", err=True)
    if unread and len(unread) == len(paths):
        raise InputError(f"none of the {len(paths)} documents could be read")
    text = to_jsonl(events)
    if out is None:
        sys.stdout.write(text)
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as e:
        raise InputError(f"cannot write the output ({e.strerror})", path=str(out)) from None
    click.echo(f"{len(events)} events from {len(paths) - len(unread)} document(s) written to {out}", err=True)
