"""The words around the map: title, date range and counts, the legend, the outside-the-frame note
and the sources."""
from __future__ import annotations

import textwrap
from collections import Counter
from typing import Sequence

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from ...disputed import Area
from ...layers import EVENT_TYPES
from .aggregate import Aggregate
from .style import DOT, INK, ISLAND_EDGE, ISLAND_FILL, MAP_BOX, MAX_ROUTES, MUTED, PANEL_X, TYPE_COLOR, _printable
from .framing import _Frame, _Venue
from .areas import printable_label
from .inset import _kuril_inset
from .words import count, disputed, months as month_names, number, type_label, word


def _day(value: str, precision: str, lang: str = "en") -> str:
    """'2018', 'Nov 2018' or '7 Nov 2018' ('7 lis 2018'), as precise as the event's date."""
    parts = value.split("-")
    months = month_names(lang)
    if precision == "year" or len(parts) == 1:
        return parts[0]
    if precision == "month" or len(parts) == 2:
        return f"{months[int(parts[1]) - 1]} {parts[0]}"
    return f"{int(parts[2])} {months[int(parts[1]) - 1]} {parts[0]}"


def _date_range(agg: Aggregate, lang: str = "en") -> str:
    """The documents' own period; all events' when every one is a mention in passing."""
    if not agg.n:
        return word(lang, "no_dates")
    first, last = (agg.own_first, agg.own_last) if agg.own_first else (agg.first, agg.last)
    a = _day(*first, lang)
    b = _day(*last, lang)
    return a if a == b else f"{a} – {b}"



def _header(fig: Figure, title: str, agg: Aggregate, venues: Sequence[_Venue], lang: str = "en") -> None:
    fig.text(0.015, 0.975, _printable(title), fontsize=15, fontweight="bold", color=INK,
             va="top", gid="map-title")
    n, m, back = agg.n - agg.passing, len(venues), agg.passing
    sub = f"{_date_range(agg, lang)}  ·  {count(lang, 'events', n)} {count(lang, 'at_places', m)}"
    if back:
        sub += f"  ·  {count(lang, 'passing', back)}"
    fig.text(0.015, 0.925, sub, fontsize=10.5, color=MUTED, va="top", gid="map-subtitle")


def _panel(fig: Figure, agg: Aggregate, outside: Sequence[_Venue], sources: Sequence[str],
           frame: _Frame, *, routes: int, moved: bool, sized: bool, islands: bool,
           inset: bool, footer: bool = True, lang: str = "en", hollow: bool = False,
           venues: Sequence[_Venue] = (), areas: Sequence[Area] = ()) -> None:
    """Legend, islands inset, outside-the-frame note and sources, right of and below the map.

    hollow: some place known only as a country or region is drawn as hollow dots (the legend says
    so; mentions in passing, hollow too, are counted in the subtitle); venues: all of the map's,
    for the inset to draw those on the islands; areas: the other disputed areas drawn, each listed
    with its status."""
    counts = Counter(dict(agg.types))
    handles, labels, gids = [], [], []
    for key, _, color in EVENT_TYPES:
        if counts[key]:
            handles.append(Line2D([], [], linestyle="none", marker="o", markersize=DOT,
                                  markerfacecolor=color, markeredgecolor="white"))
            labels.append(f"{type_label(lang, key)} ({counts[key]})")
            gids.append(f"legend-{key}")
    if hollow:
        handles.append(Line2D([], [], linestyle="none", marker="o", markersize=DOT, markerfacecolor="white",
                              markeredgecolor="#6A6A6A", markeredgewidth=1.3))
        labels.append(word(lang, "hollow"))
        gids.append("legend-hollow")
    if routes:
        handles.append(Line2D([], [], color=TYPE_COLOR["visit"], linewidth=1.4))
        busiest = (word(lang, "route_busiest", k=MAX_ROUTES, n=number(lang, routes))
                   if routes > MAX_ROUTES else "")
        labels.append(word(lang, "route", busiest=busiest))
        gids.append("legend-route")
    if sized:
        handles.append(Line2D([], [], linestyle="none", marker="o", markersize=9,
                              markerfacecolor="white", markeredgecolor="#6A6A6A"))
        labels.append(word(lang, "size"))
        gids.append("legend-size")
    if moved:
        handles.append(Line2D([], [], color="#555555", linewidth=0.6, marker="o", markersize=2.6,
                              markerfacecolor=INK, markeredgecolor=INK))
        labels.append(word(lang, "moved"))
        gids.append("legend-moved")
    if islands:
        handles.append(Rectangle((0, 0), 1, 1, facecolor=ISLAND_FILL, edgecolor=ISLAND_EDGE,
                                 linewidth=0.6, linestyle=(0, (2, 1.2))))
        labels.append(textwrap.fill(disputed(lang), 30))
        gids.append("legend-disputed")
    for area in areas:
        handles.append(Rectangle((0, 0), 1, 1, facecolor=ISLAND_FILL, edgecolor=ISLAND_EDGE,
                                 linewidth=0.6, linestyle=(0, (2, 1.2))))
        labels.append(textwrap.fill(f"{printable_label(area.label(lang))}: {area.status(lang)}", 30))
        gids.append(f"legend-area-{area.id}")
    legend = fig.legend(handles, labels, loc="upper left", bbox_to_anchor=(PANEL_X, 0.905),
                        frameon=False, fontsize=8.5, title=word(lang, "legend"),
                        title_fontproperties={"weight": "bold", "size": 9.5},
                        alignment="left", handlelength=1.6, handletextpad=0.6, labelspacing=0.55,
                        borderaxespad=0.0, borderpad=0.0)
    for text, gid in zip(legend.get_texts(), gids):
        text.set_gid(gid)
    renderer = fig.canvas.get_renderer()
    top = legend.get_window_extent(renderer).transformed(fig.transFigure.inverted()).y0 - 0.025

    floor = MAP_BOX[1]
    if outside:
        listed = ", ".join(f"{v.name} ({v.n})".replace(" ", "\u00a0") for v in outside)
        note = fig.text(PANEL_X, floor, textwrap.fill(word(lang, "outside", places=listed), 40),
                        fontsize=8, color=INK, va="bottom", gid="outside-note")
        floor = note.get_window_extent(renderer).transformed(fig.transFigure.inverted()).y1 + 0.02
    if inset:
        _kuril_inset(fig, top, floor, venues, lang)

    if not footer:
        return
    here = set(agg.docs)   # a period's map names only the documents its events come from
    docs = [_printable(d) for d in ([s for s in sources if s in here] or list(sources) or sorted(here))]
    shown = ", ".join(docs[:8])
    if len(docs) > 8:
        shown = word(lang, "more_docs", docs=shown, n=len(docs) - 8)
    ns, ew = "N" if frame.lat0 >= 0 else "S", "E" if frame.lon0 >= 0 else "W"
    footer = word(lang, "footer", docs=shown or word(lang, "no_docs"),
                  centre=f"{abs(frame.lat0):.0f}°{ns} {abs(frame.lon0):.0f}°{ew}")
    fig.text(MAP_BOX[0], MAP_BOX[1] - 0.018, textwrap.fill(footer, 160), fontsize=7.5, color=MUTED,
             va="top", linespacing=1.4, gid="sources")
