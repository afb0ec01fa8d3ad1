"""The command line: parse, call the library, print. A GeomapError becomes one line and exit 1."""
from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from . import __version__
from .errors import GeomapError

err = Console(stderr=True, highlight=False)


class _Group(click.Group):
    """Turns our own errors into one readable line instead of a traceback."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except GeomapError as e:
            err.print(f"[bold red]error:[/] {e}", soft_wrap=True, markup=True)
            sys.exit(1)


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="geomap")
def main() -> None:
    """Turn bulletins and articles on diplomatic activity into maps."""


@main.command("build")
@click.option("--events", "event_files", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Curated events (.jsonl, .csv, .geojson); repeatable. Default: the bundled dataset.")
@click.option("--docs", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Bulletins or articles to extract events from; a folder means its *.txt files.")
@click.option("--out", "out_dir", default="output", show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for index.html, events.geojson, events.csv and report.json.")
@click.option("--title", default=None, help="Title shown on the map.")
@click.option("--strict", is_flag=True, help="Fail on the first bad input row instead of reporting it.")
@click.option("--online", is_flag=True, help="Let the geocoder ask Nominatim for places the gazetteer lacks.")
def build_command(event_files: tuple[Path, ...], docs: tuple[Path, ...], out_dir: Path, title: str | None,
                  strict: bool, online: bool) -> None:
    """Build the interactive map and its exports."""
    from .build import DEFAULT_TITLE, build

    paths: list[Path] = []
    for d in docs:
        paths.extend(sorted(d.glob("*.txt")) if d.is_dir() else [d])
    report = build(out_dir, event_files, paths, strict=strict, online=online, title=title or DEFAULT_TITLE)
    _print_report(report, out_dir)


def _print_report(report, out_dir: Path) -> None:
    out = Console(highlight=False)
    total = report.placed + len(report.unplaced)
    out.print(f"[bold]{total}[/] events: {report.placed} on the map, {len(report.unplaced)} without a place"
              f" ({report.curated} curated, {report.extracted} extracted, {report.overridden} overridden)")
    if report.unplaced:
        t = Table("id", "date", "why it is not on the map", box=None, pad_edge=False)
        for u in report.unplaced:
            t.add_row(u["id"], u["date"], u["reason"])
        out.print(t)
    for r in report.rejected:
        where = ":".join(str(x) for x in (r["file"], r["line"]) if x is not None)
        out.print(f"[yellow]rejected[/] {where} {r['field'] or ''}: {r['reason']}")
    for name, size in report.outputs.items():
        out.print(f"wrote {out_dir / name} ({size:,} bytes)")


def _register() -> None:
    from .extract.command import extract_command
    from .geocode.command import geocode_command

    main.add_command(extract_command, "extract")
    main.add_command(geocode_command, "geocode")


_register()
