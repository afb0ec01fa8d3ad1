"""The command line: parse, call the library, print. A GeomapError becomes one line and exit 1."""
from __future__ import annotations

import gc
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from . import __version__
from .errors import GeomapError, InputError

err = Console(stderr=True, highlight=False)
SHOW_UNPLACED = 50  # a longer list belongs in report.json, not on the terminal


# Commands whose modules are imported only when the command runs: extraction pulls in morphology
# and hundreds of patterns, which `geomap build` of an events file never needs.
_LAZY = {"extract": ("geomap.extract.command", "extract_command"),
         "geocode": ("geomap.geocode.command", "geocode_command")}


class _Group(click.Group):
    """Turns our own errors into one readable line instead of a traceback; loads commands lazily."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *_LAZY})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in _LAZY and name not in self.commands:
            import importlib

            module, attr = _LAZY[name]
            self.add_command(getattr(importlib.import_module(module), attr), name)
        return super().get_command(ctx, name)

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except GeomapError as e:
            err.print(f"[bold red]error:[/] {escape(str(e))}", soft_wrap=True, markup=True)
            sys.exit(1)


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="geomap")
def main() -> None:
    """Turn bulletins and articles on diplomatic activity into maps."""


@main.command("build")
@click.option("--events", "event_files", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Events: geomap's own (.jsonl, .csv, .geojson), an ACLED CSV, a GDELT 2.0 export "
                   "(zipped or not) or POLECAT JSON lines; repeatable. Default: the bundled dataset.")
@click.option("--format", "fmt", type=click.Choice(["auto", "geomap", "acled", "gdelt", "polecat"]),
              default="auto", show_default=True,
              help="The format of the --events files; 'auto' tells it from their content.")
@click.option("--countries", metavar="ISO2,...", default=None,
              help="Keep only events of the --events files with an actor in these countries (JP,KR,KP,RU,UA,BY).")
@click.option("--docs", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Bulletins or articles (.txt, .md, .html, .docx, .pdf) to extract events from; "
                   "a folder means the documents in it.")
@click.option("--overrides", type=click.Path(dir_okay=False, path_type=Path),
              help="Corrections keyed by event id (JSON lines, as the page's Download corrections saves "
                   "them); they survive re-extraction.")
@click.option("--out", "out_dir", default="output", show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for index.html, map.png/svg, the events (.geojson, .csv, .gpkg, .parquet, "
                   ".plover.jsonl) and report.json.")
@click.option("--title", default=None, help="Title shown on the maps.")
@click.option("--by", type=click.Choice(["month", "year"]), default=None,
              help="Also draw one static map per period (map-YYYY-MM.png).")
@click.option("--no-static", is_flag=True, help="Skip map.png and map.svg.")
@click.option("--strict", is_flag=True, help="Fail on the first bad input row instead of reporting it.")
@click.option("--online", is_flag=True, help="Let the geocoder ask Nominatim for places the gazetteer lacks.")
@click.option("--force", is_flag=True, help="Rebuild even when inputs and options are unchanged.")
@click.option("--date", "date", metavar="YYYY-MM", default=None,
              help="The date the documents were written, when they do not say it clearly themselves.")
@click.option("--lang", type=click.Choice(["en", "pl"]), default="en", show_default=True,
              help="Language of the page's and print maps' text (event text is not translated).")
@click.option("--print", "print_style", type=click.Choice(["full", "plain"]), default="full", show_default=True,
              help="plain: print maps without title and footer, for a report with its own caption.")
@click.option("--transparent", is_flag=True, help="Print maps without a background (PNG alpha, SVG without fill).")
@click.option("--engine", type=click.Choice(["memory", "dask"]), default="memory", show_default=True,
              help="dask: --events names partitioned Parquet or CSV ('feeds/*.parquet'), past one machine's memory.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="With --engine dask: a running dask scheduler (tcp://host:8786); default: one on this machine.")
def build_command(event_files: tuple[Path, ...], fmt: str, countries: str | None, docs: tuple[Path, ...],
                  overrides: Path | None, out_dir: Path, title: str | None, by: str | None, no_static: bool,
                  strict: bool, online: bool, force: bool, date: str | None, lang: str, print_style: str,
                  transparent: bool, engine: str, scheduler: str | None) -> None:
    """Build the interactive map, the print maps and the exports."""
    from .api import build
    from .read import documents_in

    paths: list[Path] = []
    for d in docs:
        paths.extend(documents_in(d) if d.is_dir() else [d])
    if docs and not paths:
        raise InputError(f"no documents (.txt, .md, .html, .docx, .pdf) in {', '.join(map(str, docs))}")
    gc.disable()  # one batch that makes millions of objects and no cycles: the collector only costs time
    if scheduler and engine != "dask":
        raise InputError("--scheduler is for --engine dask")
    report = build(list(event_files) or None, out_dir, docs=paths, format=fmt, countries=countries,
                   overrides=overrides, strict=strict, online=online, title=title,
                   static=not no_static, by=by, force=force, date=date, progress=_progress, lang=lang,
                   plain=print_style == "plain", transparent=transparent, engine=engine, scheduler=scheduler)
    _print_report(report, out_dir)


def _progress(items, label: str):
    """A progress bar on a terminal when there is enough work to wait for; silent in pipes."""
    items = list(items)
    if len(items) < 3 or not err.is_terminal:
        return items
    from rich.progress import track

    return track(items, description=label, console=err, transient=True)


def _print_review(out: Console, report) -> None:
    """What needs review and what changed since the last build, one line each."""
    from .review.doubt import KINDS

    r = report.review
    if r:
        reasons = ", ".join(f"{r['reasons'][key]} {label}" for key, label in KINDS if r["reasons"].get(key))
        out.print(f"{r['needs_review']} events need review" + (f" ({reasons})" if reasons else "")
                  + (f"; {r['checked']} checked" if r.get("checked") else ""))
    c = report.changes
    if c:
        out.print(f"since the build of {c['since']}: {len(c['new'])} new, {len(c['changed'])} changed, "
                  f"{len(c['removed'])} removed")


def _print_report(report, out_dir: Path) -> None:
    out = Console(highlight=False)
    if report.up_to_date:
        out.print(f"{out_dir} is up to date: inputs, options and code are unchanged (use --force to rebuild)")
        return
    total = report.placed + len(report.unplaced)
    out.print(f"[bold]{total}[/] events: {report.placed} on the map, {len(report.unplaced)} without a place"
              f" ({report.curated} curated, {report.extracted} extracted of which {report.from_cache} from cache,"
              f" {report.overridden} extracted replaced by curated, {report.corrected} corrected,"
              f" {len(report.dropped)} dropped by overrides)")
    _print_review(out, report)
    if report.unplaced:
        t = Table("id", "date", "why it is not on the map", box=None, pad_edge=False)
        for u in report.unplaced[:SHOW_UNPLACED]:
            t.add_row(u["id"], u["date"], u["reason"])
        out.print(t)
        if len(report.unplaced) > SHOW_UNPLACED:
            out.print(f"… and {len(report.unplaced) - SHOW_UNPLACED:,} more without a place: see report.json")
    for d in report.dropped:
        out.print(f"dropped {d['id']}: {d['reason']}")
    for w in report.warnings:
        out.print(f"[yellow]warning[/] {escape(w['file'])}: {escape(w['warning'])}")
    for u in report.unread:
        out.print(f"[yellow]unread[/] {escape(u['file'])}: {escape(u['reason'])}")
    for i in report.unmatched_overrides:
        out.print(f"[yellow]override matches no event:[/] {i}")
    for r in report.rejected[:SHOW_UNPLACED]:
        where = ":".join(str(x) for x in (r["file"], r["line"]) if x is not None)
        out.print(f"[yellow]rejected[/] {where} {r['field'] or ''}: {r['reason']}")
    if len(report.rejected) > SHOW_UNPLACED:
        out.print(f"… and {len(report.rejected) - SHOW_UNPLACED:,} more rejected: see report.json")
    for name, size in report.outputs.items():
        out.print(f"wrote {out_dir / name} ({size:,} bytes)")
    out.print(f"wrote {out_dir / 'report.json'}")
