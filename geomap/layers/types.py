"""The event types every map draws, in legend order, with their colours, and what counts as an exact place."""
from __future__ import annotations

# Okabe–Ito colours: distinguishable with the common colour-vision deficiencies and in print.
EVENT_TYPES: tuple[tuple[str, str, str], ...] = (
    ("visit", "Visits", "#0072B2"),
    ("summit", "Summits", "#D55E00"),
    ("meeting", "Meetings", "#009E73"),
    ("ceremony_forum", "Ceremonies & forums", "#CC79A7"),
    ("agreement", "Agreements", "#E69F00"),
    ("statement", "Statements", "#56B4E9"),
    ("military", "Military", "#6B3A1E"),
    ("other", "Other", "#7F7F7F"),
)
TYPE_INDEX = {key: i for i, (key, _, _) in enumerate(EVENT_TYPES)}
TYPE_KEYS = tuple(key for key, _, _ in EVENT_TYPES)

# Precisions drawn as a point. The others stand for an area and are drawn hollow: a country or a
# region (admin1) at its label point, an island at its centre (solid on the print map, where an
# island is a place of its own drawn on the map).
EXACT = ("site", "city")
