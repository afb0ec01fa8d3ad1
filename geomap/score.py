"""Scoring extracted events against a gold file: precision, recall, F1, type accuracy, actors overlap.

An extracted event matches a gold event when the document and `date_start` agree (to the month
when either side knows only the month) and the venues agree: both null, or both placed within
50 km. Matching is one-to-one and greedy, closest pairs first, ties in gold order. All of this is
the outside scorer's rule, so the two print the same figures. Type accuracy and the actors' mean
Jaccard index are taken over the matched pairs.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from .errors import InputError
from .geo import km
from .events import json_lines, read_text

MATCH_KM = 50.0


@dataclass
class Score:
    predicted: int
    gold: int
    matched: int
    type_correct: int
    actors_jaccard: float
    unmatched_predicted: list[Mapping[str, Any]] = field(default_factory=list)
    unmatched_gold: list[Mapping[str, Any]] = field(default_factory=list)
    pairs: list[tuple[Mapping[str, Any], Mapping[str, Any]]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.matched if self.matched else 0.0

    def summary(self) -> str:
        return (f"events: {self.predicted} extracted, {self.gold} gold, {self.matched} matched\n"
                f"precision {self.precision:.3f}  recall {self.recall:.3f}  F1 {self.f1:.3f}\n"
                f"type accuracy {self.type_accuracy:.3f}  actors overlap (mean Jaccard) {self.actors_jaccard:.3f}")




def _placed(e: Mapping[str, Any]) -> bool:
    return e.get("lat") is not None and e.get("lon") is not None


def same_date(a: Any, b: Any) -> bool:
    """A month-only date ('2015-05') agrees with any day of that month, as the outside scorer rules."""
    a, b = str(a or ""), str(b or "")
    if not a or not b:
        return False
    if len(a) == 7 or len(b) == 7:
        return a[:7] == b[:7]
    return a[:10] == b[:10]


def venue_distance(a: Mapping[str, Any], b: Mapping[str, Any]) -> float | None:
    """0 when both have no venue, the distance in km when both are placed, None otherwise."""
    if not _placed(a) and not _placed(b):
        return 0.0
    if _placed(a) and _placed(b):
        return km(float(a["lat"]), float(a["lon"]), float(b["lat"]), float(b["lon"]))
    return None


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    sa, sb = set(a or ()), set(b or ())
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


def score(predicted: list[Mapping[str, Any]], gold: list[Mapping[str, Any]]) -> Score:
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            if p.get("doc") != g.get("doc") or not same_date(p.get("date_start"), g.get("date_start")):
                continue
            d = venue_distance(p, g)
            if d is None or d > MATCH_KM:
                continue
            candidates.append((d, j, i))
    candidates.sort()               # closest first, then gold order: the outside scorer's ties
    used_p, used_g, pairs = set(), set(), []
    for _d, j, i in candidates:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((predicted[i], gold[j]))
    type_ok = sum(p.get("event_type") == g.get("event_type") for p, g in pairs)
    jac = sum(jaccard(p.get("actors"), g.get("actors")) for p, g in pairs) / len(pairs) if pairs else 0.0
    return Score(len(predicted), len(gold), len(pairs), type_ok, jac,
                 [p for i, p in enumerate(predicted) if i not in used_p],
                 [g for j, g in enumerate(gold) if j not in used_g], pairs)


def load_records(path: str | Path) -> list[dict[str, Any]]:
    """Events as plain mappings from a JSON list (gold.json) or JSON lines (extract output)."""
    p = str(path)
    text = read_text(path).strip()
    if not text:
        return []
    if text.startswith("["):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise InputError(f"not valid JSON ({e.msg})", path=p, line=e.lineno) from None
        if not all(isinstance(r, dict) for r in data):
            raise InputError("expected a list of event objects", path=p)
        return data
    out = []
    for n, rec in json_lines(text.split("\n"), p):
        if not isinstance(rec, dict):
            raise InputError("expected one event object per line", path=p, line=n)
        out.append(rec)
    return out
