"""The answer to one look-up: the place (or None), the step that found it and how sure it is."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..gazetteer import Place


@dataclass(frozen=True)
class Resolution:
    query: str
    place: Place | None
    step: str | None
    score: float | None = None  # 0..1: the step's trust, from exact (1.0) down to online (0.5)

    @property
    def name(self) -> str | None:
        return self.place.name if self.place else None

    @property
    def venue_id(self) -> str | None:
        return self.place.id if self.place else None

    @property
    def lat(self) -> float | None:
        return self.place.lat if self.place else None

    @property
    def lon(self) -> float | None:
        return self.place.lon if self.place else None

    @property
    def country(self) -> str | None:
        return self.place.country if self.place else None

    @property
    def geo_precision(self) -> str | None:
        """The kind of the place found: city, admin1, island, country or site."""
        return self.place.kind if self.place else None

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "name": self.name, "venue_id": self.venue_id,
                "lat": self.lat, "lon": self.lon, "country": self.country,
                "geo_precision": self.geo_precision, "step": self.step, "score": self.score}
