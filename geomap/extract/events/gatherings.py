"""A gathering one entry places and another only names: 'W Nagoi, podczas spotkania ministrów spraw
zagranicznych G20, …' on the 23rd and 'Przy okazji spotkania ministrów … G20 Ławrow rozmawiał z …' on
the 22nd. The second took place where the first says the gathering met (GOLD 2.6, implied)."""
from __future__ import annotations

import re
from datetime import timedelta

from ...events import Event
from ...timeline import period_bounds
from ..mentions.summits import SERIES_ALT as _SERIES_ALT, series_in
from .compose import where

_GATHERING = re.compile(
    rf"\b(?:spotkani\w+|posiedzeni\w+|szczy\w+|konferencj\w+|sesj\w+|zjazd\w*|forum|meeting|summit|conference|"
    rf"session|ministerial)\s+(?:[\w'’-]+\s+){{0,5}}?(?P<a>{_SERIES_ALT})(?![\w-])"
    rf"|(?<![\w-])(?P<b>{_SERIES_ALT})\s+(?:[\w'’-]+\s+){{0,3}}?(?:meeting|summit|conference|session|ministerial|"
    rf"spotkani\w+|szczy\w+|konferencj\w+)")
_MINISTERS = re.compile(r"\bminist\w+", re.IGNORECASE)
# a gathering lasts a few days; entries about it sit that close together
GATHERING_DAYS = 3
# places a named gathering overrides, beside none: one inferred from who was met
_WEAK = frozenset({"host-official", "company", "parliamentary-group"})


def _key(ev: Event) -> tuple[str, bool, str] | None:
    """Which gathering an event's text names (its series, and whether ministers meet), and the words."""
    text = f"{ev.headline} {ev.summary}"
    m = _GATHERING.search(text)
    if m is None:
        return None
    return series_in(m.group("a") or m.group("b")), bool(_MINISTERS.search(m.group())), m.group()


def placed_by_gathering(events: list[Event]) -> list[Event]:
    """Events that name a gathering without a city, put where another event of the document, within
    a few days, names the same gathering and its city outright."""
    keys = [_key(ev) for ev in events]
    placed = [(k[:2], ev) for k, ev in zip(keys, events) if k and ev.venue_basis == "explicit" and ev.lat is not None]
    out = []
    for key, ev in zip(keys, events):
        rule = ((ev.why or {}).get("venue") or {}).get("rule")
        if key and (ev.venue_id is None or ev.venue_basis != "explicit" and rule in _WEAK):
            start = period_bounds(ev.date_start)[0]
            near = [p for k, p in placed if k == key[:2] and
                    abs(period_bounds(p.date_start)[0] - start) <= timedelta(days=GATHERING_DAYS)]
            if near and len({p.venue_id for p in near}) == 1:
                ev = where(ev, near[0], key[2], "the same gathering, placed by another entry")
        out.append(ev)
    return out
