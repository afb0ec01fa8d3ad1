"""`geomap geocode`: look place phrases up from the command line."""
from __future__ import annotations

import json
import unicodedata

import click

from .resolution import Resolution
from .resolve import resolve_typed

_COLUMNS = ("query", "name", "venue_id", "lat", "lon", "country", "geo_precision", "step")
_HEADERS = ("PHRASE", "PLACE", "ID", "LAT", "LON", "CC", "PRECISION", "STEP")


def _width(text: str) -> int:
    """Columns a string takes in a terminal: CJK and hangul take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def table(results: list[Resolution]) -> str:
    """An aligned plain-text table, one row per phrase; '-' where nothing was found."""
    rows = [list(_HEADERS)]
    for r in results:
        d = r.to_dict()
        rows.append(["-" if d[c] is None else str(d[c]) for c in _COLUMNS])
    widths = [max(_width(row[i]) for row in rows) for i in range(len(_HEADERS))]
    return "\n".join("  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(row, widths)).rstrip()
                     for row in rows)


def _iso2(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    for v in values:
        if len(v) != 2 or not v.isalpha():
            raise click.BadParameter(f"'{v}' is not an ISO 3166 two-letter code (e.g. KP, RU)")
    return tuple(v.upper() for v in values)


@click.command("geocode")
@click.argument("phrases", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per phrase, one per line.")
@click.option("--online", is_flag=True,
              help="Ask OpenStreetMap Nominatim when no offline step knows the place "
                   "(at most one request a second; answers are cached).")
@click.option("--country", "-c", "countries", multiple=True, callback=_iso2, metavar="ISO2",
              help="A country of the event; decides names shared by places (repeatable).")
def geocode_command(phrases: tuple[str, ...], as_json: bool, online: bool,
                    countries: tuple[str, ...]) -> None:
    """Find where each PHRASE points, as written: "we Władywostoku", "do prefektury Miyagi".

    Unresolved phrases are answers too: null fields in JSON, '-' in the table, exit status 0.
    """
    results = [resolve_typed(p, countries, online=online) for p in phrases]
    if as_json:
        for r in results:
            click.echo(json.dumps(r.to_dict(), ensure_ascii=False))
    else:
        click.echo(table(results))
