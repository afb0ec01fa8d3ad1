"""Polish morphology for extraction, through morfeusz2: lemmas and the cases a word form can be in.

One analyser per process, every word analysed once (lru_cache); a call costs about 25 µs.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _analyser():
    import morfeusz2
    return morfeusz2.Morfeusz(separate_numbering=True, expand_tags=False)


@lru_cache(maxsize=65536)
def analyses(word: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(lemma, tag, qualifiers) for each reading of one word; empty when morfeusz does not know it."""
    out = []
    for _s, _e, (_form, lem, tag, names, quals) in _analyser().analyse(word):
        if tag == "ign" or tag == "interp":
            continue
        out.append((lem.split(":")[0], tag, tuple(names or ()) + tuple(quals or ())))
    return tuple(out)


@lru_cache(maxsize=65536)
def lemma(word: str) -> str | None:
    """The most likely lemma of a noun or adjective form, preferring proper names."""
    best = None
    for lem, tag, names in analyses(word):
        pos = tag.split(":")[0]
        if pos not in ("subst", "adj", "depr"):
            continue
        score = (2 if any(n in ("nazwa_geograficzna", "imię", "nazwisko") for n in names) else 0) + \
                (1 if lem[:1].isupper() == word[:1].isupper() else 0)
        if best is None or score > best[0]:
            best = (score, lem)
    return best[1] if best else None


@lru_cache(maxsize=65536)
def cases(word: str) -> frozenset[str]:
    """The grammatical cases a form may be in ('nom', 'gen', 'inst', ...), from every reading."""
    out: set[str] = set()
    for _lem, tag, _n in analyses(word):
        for part in tag.split(":"):
            for c in part.split("."):
                if c in ("nom", "gen", "dat", "acc", "inst", "loc", "voc"):
                    out.add(c)
    return frozenset(out)


@lru_cache(maxsize=65536)
def person_lemma(word: str) -> str | None:
    """The nominative of a first name or surname morfeusz knows ('Władimira' → 'Władimir')."""
    for lem, tag, names in analyses(word):
        if ":voc:" in tag:
            continue  # a vocative reading of a foreign name ('Taro' as 'Tara!') is never meant
        if tag.startswith("subst") and (":m1" in tag or ":f" in tag) and lem[:1].isupper():
            if any(n in ("imię", "nazwisko") for n in names) or ":m1" in tag:
                return lem
    return None


def is_known(word: str) -> bool:
    return bool(analyses(word))


@lru_cache(maxsize=65536)
def is_participle(word: str) -> bool:
    """A passive adjectival participle ('przeprowadzonej', 'podpisanego'): it qualifies a noun."""
    return any(tag.startswith("ppas") for _lem, tag, _n in analyses(word))


@lru_cache(maxsize=65536)
def is_place_name(word: str) -> bool:
    """A form of a geographical name ('Kijowie', 'Władywostoku'), not only of a surname."""
    return any("nazwa_geograficzna" in names for _lem, _tag, names in analyses(word))


@lru_cache(maxsize=65536)
def is_common_noun(word: str) -> bool:
    """A capitalised word the dictionary reads as a common noun ('Goście', 'Delegaci') and never as
    a geographical name: a sentence's first word, not a place."""
    found = analyses(word)
    return any(tag.startswith("subst") and lem[:1].islower() for lem, tag, _n in found) and \
        not any("nazwa_geograficzna" in names for _lem, _tag, names in found)


@lru_cache(maxsize=65536)
def is_perfective_future(word: str) -> bool:
    """A perfective verb in its present form, which Polish reads as the future ('przypłynie',
    'odwiedzą'), and never a noun, an adjective ('pokładzie', 'powstanie') or a verb that may be
    imperfective ('należy')."""
    tags = [tag for _lem, tag, _n in analyses(word)]
    return any(t.startswith("fin:") and ":ter:" in t and t.endswith(":perf") for t in tags) and \
        not any(t.startswith(("subst", "adj", "depr")) or t.startswith("fin:") and t.endswith("imperf") for t in tags)
