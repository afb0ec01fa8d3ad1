"""Step, only on request: OpenStreetMap's Nominatim through geopy.

Nominatim's policy allows one request per second per application and asks for an identifying
user agent and a cache. So: a persistent JSON cache sits in front of geopy's RateLimiter (a
cached answer costs no request and no wait), the limiter waits 1 s between calls and re-raises
errors instead of turning them into a silent None (its default), and a failure after the
retries becomes a GeocoderError. Nominatim does not inflect Polish, so it is sent lemmas.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable

from .. import __version__
from ..errors import GeocoderError
from ..gazetteer import Place
from ..names import fold
from .base import Query
from .morphology import lemmas

# Nominatim's policy asks for an identifying agent with a contact; users add theirs this way.
USER_AGENT = f"geomap/{__version__} ({os.environ.get('GEOMAP_CONTACT', 'diplomatic-activity mapper')})"
TIMEOUT_S = 10
MIN_DELAY_S = 1.0
MAX_RETRIES = 2

_KINDS = {"city": "city", "town": "city", "village": "city", "municipality": "city",
          "hamlet": "city", "suburb": "city", "borough": "city", "quarter": "city",
          "state": "admin1", "province": "admin1", "region": "admin1", "county": "admin1",
          "country": "country", "island": "island", "islet": "island", "archipelago": "island"}


def user_cache_dir() -> Path:
    """Where per-user caches live: $XDG_CACHE_HOME, ~/Library/Caches or %LOCALAPPDATA%."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "geomap"


def search_text(reading: tuple[str, ...]) -> str:
    """The words as lemmas: Nominatim finds "Tarnów" but not "Tarnowie"."""
    out = []
    for w in reading:
        found = sorted(lemmas(w).placelike - {fold(w)})
        out.append(found[0] if len(found) == 1 else w)
    return " ".join(out)


def _place(raw: dict[str, Any]) -> dict[str, Any]:
    """The parts of a Nominatim answer geomap keeps (and caches)."""
    names = raw.get("namedetails") or {}
    kind = _KINDS.get(raw.get("addresstype") or raw.get("type") or "", "site")
    return {"id": f"osm-{raw.get('osm_type', 'x')}-{raw.get('osm_id', raw.get('place_id'))}",
            "name": names.get("name:en") or names.get("name") or raw["display_name"].split(",")[0],
            "kind": kind, "country": ((raw.get("address") or {}).get("country_code") or "").upper(),
            "lat": round(float(raw["lat"]), 4), "lon": round(float(raw["lon"]), 4)}


class OnlineStep:
    name = "online"
    score = 0.5

    def __init__(self, cache_path: Path | None = None, error_wait_seconds: float = 5.0,
                 max_retries: int = MAX_RETRIES) -> None:
        self.cache_path = cache_path or user_cache_dir() / "nominatim.json"
        self.error_wait_seconds = max(error_wait_seconds, MIN_DELAY_S)  # geopy requires it
        self.max_retries = max_retries
        self._cache: dict[str, dict[str, Any] | None] | None = None
        self._geocode: Callable[..., Any] | None = None

    def find(self, query: Query) -> Place | None:
        for reading in query.heads:
            found = self.lookup(search_text(reading))
            if found is not None:
                return Place(id=found["id"], name=found["name"], kind=found["kind"],
                             country=found["country"], lat=found["lat"], lon=found["lon"],
                             geonames_id=None, capital_of=None,
                             names=MappingProxyType({"en": (found["name"],)}))
        return None

    def lookup(self, text: str) -> dict[str, Any] | None:
        cache = self._load_cache()
        if text in cache:
            return cache[text]
        from geopy.exc import GeopyError
        try:
            location = self._limiter()(text, exactly_one=True, language="pl,en",
                                       addressdetails=True, namedetails=True)
        except (GeopyError, OSError) as e:  # after the limiter's retries
            raise GeocoderError(f"Nominatim gave no answer for '{text}' ({type(e).__name__}: "
                                f"{e}); try again later or leave out --online") from None
        cache[text] = _place(location.raw) if location is not None else None
        self._save_cache()
        return cache[text]

    def _limiter(self) -> Callable[..., Any]:
        if self._geocode is None:
            from geopy.extra.rate_limiter import RateLimiter
            from geopy.geocoders import Nominatim
            geolocator = Nominatim(user_agent=USER_AGENT, timeout=TIMEOUT_S)
            self._geocode = RateLimiter(geolocator.geocode, min_delay_seconds=MIN_DELAY_S,
                                        max_retries=self.max_retries,
                                        error_wait_seconds=self.error_wait_seconds,
                                        swallow_exceptions=False)
        return self._geocode

    def _load_cache(self) -> dict[str, dict[str, Any] | None]:
        if self._cache is None:
            try:
                self._cache = json.loads(self.cache_path.read_text(encoding="utf-8"))
            except FileNotFoundError:
                self._cache = {}
            except (OSError, ValueError):
                self._cache = {}  # a damaged cache is rebuilt, not fatal
        return self._cache

    def _save_cache(self) -> None:
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.cache_path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(self._cache, f, ensure_ascii=False, sort_keys=True, indent=0)
        os.replace(tmp, self.cache_path)
