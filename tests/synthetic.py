"""Seeded synthetic events for the page tests, drawn column by column so 100,000 take a second.

The shape follows bench/synth.py (its venues, weights, types, date precisions and vocabulary):
half the events in East Asia and half in Europe, capitals busiest, many events per venue, dates
over 2015–2025 at day, month and year precision, every type, an origin for each visit, 1–3 source
addresses, a 100–300 character summary and about one event in 500 without a place. Where
bench/synth.py draws one event at a time in Python (20 s for 100,000), this draws each column
with numpy and writes the rows with orjson; summaries come from a pool, since no page test reads
them. The same `n` and `seed` give the same bytes.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np
import orjson

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import synth  # noqa: E402  (the benchmark's venues and vocabulary)

FIRST = dt.date(2015, 1, 1)
DAYS = (dt.date(2025, 12, 31) - FIRST).days + 1
LENGTHS = np.array([0, 0, 0, 0, 1, 1, 2, 3])
SUMMARIES = 512
HEADLINES = {"visit": "{who} visits {at}", "meeting": "{who} meets counterparts in {at}",
             "summit": "Summit of {both} leaders in {at}", "ceremony_forum": "Forum on {word} opens in {at}",
             "agreement": "{dash} agreement on {word} signed in {at}", "statement": "Statement on {word} issued in {at}",
             "military": "Exercises near {at}", "other": "{word_} event in {at}"}


@lru_cache(maxsize=1)
def _venues() -> list[synth.Venue]:
    return synth.venues()


def _iso(days: np.ndarray) -> np.ndarray:
    return np.datetime_as_string(np.datetime64(FIRST.isoformat(), "D") + days, unit="D")


def _summaries(rng: np.random.Generator) -> list[str]:
    words = np.array(synth.WORDS)
    weights = 1.0 / (np.arange(len(words)) + 8)
    out = []
    for _ in range(SUMMARIES):
        target = int(rng.integers(103, 301))
        text = " ".join(words[rng.choice(len(words), size=60, p=weights / weights.sum())])
        out.append(text[0].upper() + text[1:target - 1].rstrip(" .") + ".")
    return out


def _pick(rng: np.random.Generator, pool: list, weights: list[float], n: int) -> np.ndarray:
    p = np.asarray(weights, dtype=float)
    return rng.choice(len(pool), size=n, p=p / p.sum())


def rows(n: int, seed: int = 1) -> list[dict]:
    """`n` events as dicts in geomap's schema, the same for the same `n` and `seed`."""
    rng = np.random.default_rng(seed)
    places = _venues()
    east = [v for v in places if v.lon > 60]
    west = [v for v in places if v.lon <= 60]
    from_east = _pick(rng, east, [v.weight for v in east], n)
    from_west = _pick(rng, west, [v.weight for v in west], n)
    venue = [east[i] if k % 2 == 0 else west[j] for k, (i, j) in enumerate(zip(from_east, from_west))]
    kinds = list(synth.TYPE_WEIGHTS)
    kind = np.array(kinds)[_pick(rng, kinds, list(synth.TYPE_WEIGHTS.values()), n)]
    length = LENGTHS[rng.integers(0, len(LENGTHS), n)]
    start_day = rng.integers(0, DAYS - length)
    start, end = _iso(start_day), _iso(start_day + length)
    roll = rng.random(n)
    countries = sorted({v.country for v in places})
    guest_pool = np.where(rng.random(n) < 0.7, 0, 1)
    guest_draw = rng.integers(0, 1 << 30, n)
    extra = np.where(rng.random(n) < 0.5, rng.integers(0, len(countries), n), -1)
    people = [f"{g} {f}" for g in synth.GIVEN for f in synth.FAMILY]
    n_persons = rng.integers(0, 4, n)
    person = rng.integers(0, len(people), (n, 3))
    topic = rng.integers(20, len(synth.WORDS), n)
    n_urls = rng.integers(1, 4, n)
    domain = rng.integers(0, len(synth.DOMAINS), (n, 3))
    number = rng.integers(10**5, 10**7, (n, 3))
    summaries = _summaries(rng)
    summary = rng.integers(0, SUMMARIES, n)
    unplaced = rng.random(n) < 0.002
    # Python lists from here on: indexing a numpy array one element at a time is slow.
    kind, start, end, roll, guest_pool, guest_draw, extra, n_persons, person, topic, n_urls, domain, number, \
        summary, unplaced = (a.tolist() for a in (kind, start, end, roll, guest_pool, guest_draw, extra, n_persons,
                                                 person, topic, n_urls, domain, number, summary, unplaced))
    focus = {c: [g for g in synth.FOCUS if g != c] for c in countries}
    others = {c: [g for g in countries if g != c] for c in countries}
    out = []
    for i in range(n):
        v = venue[i]
        if roll[i] < 0.05:
            s = e = start[i][:4]
            precision = "year"
        elif roll[i] < 0.15:
            s = e = start[i][:7]
            precision = "month"
        else:
            s, e, precision = start[i], end[i], "day"
        pool = (focus if guest_pool[i] == 0 else others)[v.country]
        guest = pool[guest_draw[i] % len(pool)]
        actors = [v.country, guest]
        if extra[i] >= 0 and countries[extra[i]] not in actors:
            actors.append(countries[extra[i]])
        persons = []
        for j in person[i][:n_persons[i]]:
            if people[j] not in persons:
                persons.append(people[j])
        who = persons[0] if persons else f"A delegation from {guest}"
        word = synth.WORDS[topic[i]]
        headline = HEADLINES[kind[i]].format(who=who, at=v.name, word=word, word_=word.capitalize(),
                                             both=" and ".join(actors), dash="–".join(actors))
        doc = f"feed-{s[:4]}-{start[i][5:7]}.txt"
        key = "|".join([doc, s, "" if unplaced[i] else v.name.lower(), f"{headline} #{i}".lower()])
        here = not unplaced[i]
        out.append({
            "id": hashlib.sha1(key.encode("utf-8")).hexdigest()[:12], "doc": doc,
            "date_start": s, "date_end": e, "date_precision": precision, "event_type": kind[i],
            "headline": headline, "summary": summaries[summary[i]],
            "venue": v.name if here else None, "venue_text": v.name if here else None,
            "venue_basis": "explicit" if here else "none", "venue_country": v.country if here else None,
            "lat": v.lat if here else None, "lon": v.lon if here else None,
            "geo_precision": "city" if here else None, "origin": guest if kind[i] == "visit" else None,
            "actors": actors, "persons": persons,
            "source_urls": [f"{synth.DOMAINS[domain[i][k]]}{number[i][k]}" for k in range(n_urls[i])],
        })
    return out


def write(path: Path, n: int, seed: int = 1) -> Path:
    """`n` events as JSON lines at `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows(n, seed)))
    return path
