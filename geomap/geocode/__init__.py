"""Place phrases → places: `resolve("we Władywostoku")` → Vladivostok, by the lemma step."""
from .resolution import Resolution
from .resolve import resolve

__all__ = ["Resolution", "resolve"]
