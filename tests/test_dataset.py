"""The bundled dataset against the hand-checked gold of the corpus it was curated from.

The corpus and its gold live in ../shared (the repo's sibling): the tests that compare with them
skip without it (and fail in CI, see tests/shared_data.py); the others check the dataset on its own.
"""
from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from pathlib import Path

import pytest

from geomap.dataset import bundled_path, load_bundled
from geomap.events import EVENT_TYPES, Event

MATCH_KM = 25.0
COPY_RUN = 8

# Bundled events that have no gold counterpart, each with the reason it is kept. Empty: the
# dataset holds exactly the gold events (the gold's own exclusions are listed in GOLD.md §3).
JUSTIFIED_EXTRA: dict[str, str] = {}

_ISO2 = re.compile(r"^[A-Z]{2}$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_POLISH_LETTERS = re.compile(r"[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]")
_POLISH_WORDS = {"się", "oraz", "został", "została", "zostały", "przez", "jest", "że", "dla",
                 "który", "która", "spotkał", "podczas", "obie", "strony", "w", "z", "na", "i"}
_ENGLISH_WORDS = {"the", "a", "an", "of", "and", "to", "in", "on", "at", "with", "for", "by",
                  "from", "meets", "visits"}


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def texts(corpus: Path) -> dict[str, str]:
    """Document name (the file name, as gold.json and the extractor write it) → text."""
    docs = {p.name: p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))}
    if not docs:
        pytest.fail(f"the corpus is empty: no *.txt in {corpus}")
    return docs


@pytest.fixture(scope="module")
def gold(corpus: Path) -> list[dict]:
    path = corpus / "gold.json"
    if not path.is_file():
        pytest.fail(f"the gold file is missing: {path}")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def bundled() -> list[Event]:
    assert bundled_path().is_file(), f"{bundled_path()} is not shipped in the package"
    return load_bundled()


def _doc(gold_event: dict) -> str:
    return gold_event["doc"]


def _same_event(g: dict, e: Event) -> bool:
    if (_doc(g), g["date_start"], g["date_end"], g["date_precision"], g["event_type"]) != (
            e.doc, e.date_start, e.date_end, e.date_precision, e.event_type):
        return False
    if g["lat"] is None or not e.placed:
        return g["lat"] is None and not e.placed
    return _km(g["lat"], g["lon"], e.lat, e.lon) <= MATCH_KM


@pytest.fixture(scope="module")
def pairs(gold: list[dict], bundled: list[Event]) -> list[tuple[dict, Event | None]]:
    """Each gold event with the bundled event it matches, one to one (None when absent)."""
    free = list(bundled)
    out: list[tuple[dict, Event | None]] = []
    for g in gold:
        match = next((e for e in free if _same_event(g, e)), None)
        if match is not None:
            free.remove(match)
        out.append((g, match))
    return out


def test_every_gold_event_is_bundled(pairs):
    missing = [f"{g['doc']} {g['entry_date_text']!r} {g['event_type']} at {g['venue']}"
               for g, e in pairs if e is None]
    assert not missing, "gold events absent from the dataset:\n" + "\n".join(missing)


def test_entries_keep_their_source_addresses_and_passing_flag(pairs):
    for g, e in pairs:
        if e is None:
            continue
        assert e.in_passing == g["in_passing"], e.id
        if not g["in_passing"]:
            assert list(e.source_urls) == g["source_urls"], e.id
        else:
            assert e.source_urls == (), f"{e.id}: mentions in passing carry no address"


def test_no_bundled_event_lacks_a_gold_counterpart(pairs, bundled):
    matched = {id(e) for _, e in pairs if e is not None}
    extra = [e.id for e in bundled if id(e) not in matched and e.id not in JUSTIFIED_EXTRA]
    assert not extra, f"bundled events with no gold counterpart and no justification: {extra}"
    stale = set(JUSTIFIED_EXTRA) - {e.id for e in bundled}
    assert not stale, f"justifications for events no longer bundled: {sorted(stale)}"


def test_every_event_belongs_to_a_corpus_document(bundled, texts):
    assert {e.doc for e in bundled} <= set(texts)
    assert {e.doc for e in bundled} == set(texts), "a corpus document contributes no event"
    assert all(e.event_type in EVENT_TYPES for e in bundled)


def test_source_addresses_are_printed_in_their_document(bundled, texts):
    for e in bundled:
        for url in e.source_urls:
            assert url in texts[e.doc], f"{e.id}: {url} is not in {e.doc}"


def test_venue_text_is_the_documents_own_span(bundled, texts):
    for e in bundled:
        if e.venue is None:
            continue
        flat = " ".join(texts[e.doc].split())
        assert e.venue_text and " ".join(e.venue_text.split()) in flat, e.id


def test_venue_fields_agree(bundled):
    by_venue: dict[str, set[tuple]] = defaultdict(set)
    for e in bundled:
        place = (e.venue, e.venue_id, e.venue_text, e.venue_country, e.lat, e.lon, e.geo_precision)
        if e.venue is None:
            assert set(place) == {None} and e.venue_basis == "none", e.id
            continue
        assert None not in place and e.venue_basis in ("explicit", "implied"), e.id
        assert _SLUG.match(e.venue_id), e.id
        by_venue[e.venue_id].add((e.venue, e.venue_country, e.lat, e.lon, e.geo_precision))
    split = {vid: rows for vid, rows in by_venue.items() if len(rows) > 1}
    assert not split, f"one venue id with different place data: {split}"


def test_origin_is_given_for_visits_only(bundled):
    venue_ids = {e.venue_id for e in bundled if e.venue_id}
    for e in bundled:
        if e.event_type != "visit":
            assert e.origin is None, e.id
        elif e.origin is not None:
            assert _ISO2.match(e.origin) or e.origin in venue_ids, f"{e.id}: origin {e.origin}"
            assert e.origin not in (e.venue_id, e.venue_country), f"{e.id}: origin is the venue"


@pytest.mark.parametrize("field", ["headline", "summary"])
def test_texts_are_english(bundled, field):
    for e in bundled:
        text = getattr(e, field)
        words = set(_words(text))
        assert text.strip(), f"{e.id}: empty {field}"
        assert not _POLISH_LETTERS.search(text), f"{e.id}: {field} has Polish letters"
        assert not words & _POLISH_WORDS, f"{e.id}: {field} has Polish words {words & _POLISH_WORDS}"
        if field == "summary":
            assert words & _ENGLISH_WORDS, f"{e.id}: summary does not read as English"
    assert all("\n" not in e.headline for e in bundled)


def test_texts_copy_no_run_from_the_corpus(bundled, texts):
    runs: set[tuple[str, ...]] = set()
    for text in texts.values():
        w = _words(text)
        runs.update(tuple(w[i:i + COPY_RUN]) for i in range(len(w) - COPY_RUN + 1))
    for e in bundled:
        for field in ("headline", "summary"):
            w = _words(getattr(e, field))
            copied = [" ".join(w[i:i + COPY_RUN]) for i in range(len(w) - COPY_RUN + 1)
                      if tuple(w[i:i + COPY_RUN]) in runs]
            assert not copied, f"{e.id}: {field} copies the corpus: {copied[0]!r}"


def test_ids_are_unique_and_of_the_documented_form(bundled):
    ids = [e.id for e in bundled]
    assert len(ids) == len(set(ids)), "duplicate ids"
    seen: dict[str, int] = defaultdict(int)
    for e in bundled:
        base = f"{e.doc[:3]}-{e.date_start}-{e.venue_id or 'novenue'}"
        seen[base] += 1
        expected = base if seen[base] == 1 else f"{base}-{seen[base]}"
        assert e.id == expected, f"id {e.id!r} should be {expected!r}"
