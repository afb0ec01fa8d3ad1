"""Geocoded events → what the maps draw, computed once for the page and the print map alike.

venues.py (one venue per position, with its types, mentions in passing and visits), frame.py (the
first view), routes.py (where visitors came from, origin → venue pairs), areas.py (the disputed
areas with their labels and status), names.py (country names in the build's language for the base
map), types.py (event types and colours); page.py packs them with
the event columns for the HTML page. The print map (render/print/) reads venues, routes, areas and
the frame from here and only draws them.
"""
from __future__ import annotations

from .areas import ISLAND_NOTE, ISLAND_STATUS, areas_collection, island_features, present
from .frame import Frame, frame_of
from .page import EVENT_COLUMNS, TILES, map_data
from .routes import Route, origins_of, routes_of
from .types import EVENT_TYPES, EXACT, TYPE_INDEX, TYPE_KEYS
from .venues import Venue, venues_of

__all__ = ["EVENT_COLUMNS", "EVENT_TYPES", "EXACT", "Frame", "ISLAND_NOTE", "ISLAND_STATUS", "Route", "TILES",
           "TYPE_INDEX", "TYPE_KEYS", "Venue", "areas_collection", "frame_of", "island_features", "map_data",
           "origins_of", "present", "routes_of", "venues_of"]
