"""How the print maps look: page size, colours, fonts, marks, and the thresholds that decide the layout."""
from __future__ import annotations

from functools import cache

from matplotlib.font_manager import FontProperties, findfont
from matplotlib.ft2font import FT2Font

from ...layers import EVENT_TYPES, ISLAND_STATUS


FORMATS = ("png", "svg")
PERIODS = ("month", "year")
DPI = 300
FIG_W, FIG_H = 10.24, 6.9            # inches: 3072 × 2070 px; pasted at A4 text width it scales ~0.6
MAP_BOX = (0.015, 0.085, 0.705, 0.82)  # figure fraction: left, bottom, width, height
PANEL_X = 0.735
ASPECT = MAP_BOX[2] * FIG_W / (MAP_BOX[3] * FIG_H)   # the main map's width / height
FONT = "DejaVu Sans"                 # ships with matplotlib: Latin, Polish, Cyrillic; no CJK

LAND, BORDER, SEA = "#ECE9E2", "#FFFFFF", "#F3F7FA"
INK, MUTED, FAINT = "#222222", "#555555", "#8A857C"
ISLAND_FILL, ISLAND_EDGE = "#D4D4D4", "#333333"
TYPE_COLOR = {key: color for key, _, color in EVENT_TYPES}
TYPE_ORDER = {key: i for i, (key, _, _) in enumerate(EVENT_TYPES)}
DISPUTED_LABEL = f"Disputed: {ISLAND_STATUS[0].lower()}{ISLAND_STATUS[1:]}"
# The islands' names are the i18n tables' island_names (the page's labels too): the Russian and the
# Japanese one, so the label takes no side.
# Where each name sits in the inset, as a share of its width from the island's centroid: in the sea.
ISLAND_LABEL_AT = {"iturup": ((-0.17, 0.12), "center"), "kunashir": ((0.1, 0.02), "left"),
                   "shikotan": ((0.06, 0.0), "left"), "habomai-islands": ((0.06, -0.03), "left")}

# Places known only as a country or a region (geo_precision) are hollow dots at its label point or
# centre, as on the page. An island stays a solid dot: it is a place of its own, drawn on the map,
# not a stand-in for a larger area. A place without a precision has coordinates of its own: solid.
HOLLOW = ("country", "admin1")

DOT = 5.6                 # event dot diameter, points
FAN_MAX = 24              # more events than this at one venue: a pie with a count instead of dots
DENSE_SHARE = 0.12        # fanned dots covering more of the map than this: proportional pies instead
MAX_SHIFT = 40.0          # ... as when dots must move this far (points) off their place to be read
MIN_SPAN_M = 1_400_000.0  # a one-city map still shows its region
MIN_SPAN_COUNTRY_M = 4_000_000.0   # ... and a place known only as a country shows its neighbours
MAX_ROUTES = 40           # the busiest origin → venue pairs; more would be a hairball in print
LABELLED_VENUES = 16      # the busiest venues get names; the rest are dots (and in the HTML map)

_RC = {
    "font.family": FONT,
    "svg.fonttype": "none",      # real text in the SVG: searchable and editable in slides
    "svg.hashsalt": "geomap",    # clip-path ids are hashes; a fixed salt makes them repeatable
    "path.simplify": True,
    "axes.unicode_minus": False,
}



@cache
def _charmap() -> frozenset[int]:
    return frozenset(FT2Font(findfont(FontProperties(family=FONT))).get_charmap())


def _printable(text: str) -> str:
    """Text the bundled font can draw; characters it lacks (CJK) are dropped, not shown as boxes."""
    chars = _charmap()
    return " ".join("".join(c for c in text if ord(c) in chars or c.isspace()).split())


def _plain(ax) -> None:
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_facecolor(SEA)
    for spine in ax.spines.values():
        spine.set_edgecolor("#9A9A9A")
        spine.set_linewidth(0.6)
