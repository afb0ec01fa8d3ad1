"""Source addresses of bulletin entries (GOLD 2.8).

A footnote block carries the source addresses of the entries printed above it on that page, in
the order of those entries. When a block holds as many addresses as entries they pair up in order; when the counts
differ, an order-keeping alignment picks the pairing that best fits what each address carries:
slug words ('…-amasitoj' ~ 'Yamashitę'), a date in the address equal to the entry's date, and the
countries its host and path point to ('japan.mfa.gov.by' → JP, BY; '/ua-ko/' → UA, KR).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from rapidfuzz import fuzz

from ..mentions.countries import find_countries
from .layout import UrlBlock


@dataclass(frozen=True)
class EntryInfo:
    start: int                   # where the entry begins in the clean text
    text: str                    # its headline and paragraph
    first_day: str               # YYYY-MM-DD
    last_day: str
    end: int = 0                 # where it ends in the clean text


_HOST_HINTS = (
    ("japan", "JP"), ("tokyo", "JP"), ("emb-japan", "JP"), ("jiji", "JP"), ("nhk", "JP"), ("kyodo", "JP"),
    ("mofa.go.jp", "JP"), ("korea", "KR"), ("seoul", "KR"), ("mofa.go.kr", "KR"), (".kr", "KR"),
    ("yonhap", "KR"), ("dprk", "KP"), ("pyongyang", "KP"), ("kcna", "KP"), ("rusembdprk", "KP"),
    ("rusemb", "RU"), ("mid.ru", "RU"), ("kremlin", "RU"), ("tass", "RU"), ("ria.ru", "RU"), (".ru", "RU"),
    ("russia", "RU"), ("russiancouncil", "RU"), (".ua", "UA"), ("ukraine", "UA"), ("kiev", "UA"),
    ("kyiv", "UA"), (".by", "BY"), ("belarus", "BY"), ("minsk", "BY"), ("belta", "BY"),
    ("china", "CN"), (".cn", "CN"), ("xinhua", "CN"), ("state.gov", "US"), ("whitehouse", "US"),
)
_PATH_CODES = {"ru": "RU", "ua": "UA", "ko": "KR", "kr": "KR", "ja": "JP", "jp": "JP", "by": "BY", "be": "BY",
               "kp": "KP", "zh": "CN", "cn": "CN"}
_PATH_WORDS = {"japan": "JP", "aponii": "JP", "aponia": "JP", "japonii": "JP", "korea": "KR", "korei": "KR",
               "northkorea": "KP", "dprk": "KP", "kndr": "KP", "russia": "RU", "rossii": "RU", "rossia": "RU",
               "ukraine": "UA", "ukrayina": "UA", "ukrayini": "UA", "belarus": "BY", "belarusi": "BY"}
_GENERIC = {"http", "https", "www", "html", "htm", "php", "index", "view", "news", "content", "asset",
            "publisher", "embassy", "posolstvo", "novosti", "redirect", "inherit", "inheritredirect",
            "false", "true", "page", "files", "article", "articles", "default", "aspx", "brd", "posts",
            "sobytia", "vstreci", "zaavlenia", "instance", "column", "mode", "state", "normal", "lifecycle",
            "count", "web", "foreign", "policy", "amp", "srchfr", "srchto", "srchword", "srchtp", "multi",
            "company", "seq", "itm", "eng"}
_TRANSLIT = (("shch", "sc"), ("sh", "s"), ("ch", "c"), ("kh", "h"), ("zh", "z"), ("ts", "c"), ("sz", "s"),
             ("cz", "c"), ("rz", "z"), ("w", "v"), ("y", "i"), ("j", "i"), ("ck", "k"), ("q", "k"), ("x", "ks"))


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower().replace("ł", "l"))
    return "".join(c for c in s if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    """A rough spelling-independent key: 'Yamashitę' and 'amasitoj' both become 'amasit…'."""
    w = _fold(word)
    for a, b in _TRANSLIT:
        w = w.replace(a, b)
    return w.lstrip("i")


def url_tokens(url: str) -> list[str]:
    parts = urlsplit(unquote(url))
    path = parts.path + " " + (parts.query.split("&")[0] if "redirect" not in parts.query[:20] else "")
    return [t for t in re.split(r"[^0-9a-zA-Z]+", path.lower()) if len(t) >= 2 and t not in _GENERIC]


def url_countries(url: str) -> set[str]:
    parts = urlsplit(url.lower())
    host = parts.netloc
    out = {iso for hint, iso in _HOST_HINTS if hint in host}
    segments = [x for x in parts.path.split("/") if x]
    for i, seg in enumerate(segments):
        if i == 0 and seg in _PATH_CODES:
            continue  # '/ru/…' right after the host is the page's language
        for word in re.split(r"[_-]+", seg):
            if word in _PATH_CODES:
                out.add(_PATH_CODES[word])
            if word in _PATH_WORDS:
                out.add(_PATH_WORDS[word])
    return out


def url_day(url: str) -> str | None:
    m = re.search(r"(?<!\d)(20\d\d)(0[1-9]|1[0-2])([0-3]\d)\d{0,6}(?!\d)", url) or \
        re.search(r"(20\d\d)[/-](0?[1-9]|1[0-2])[/-]([0-3]?\d)(?!\d)", url)
    if not m:
        return None
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"


def similarity(url: str, entry: EntryInfo, entry_countries: set[str]) -> float:
    """How well an address fits an entry: shared slug words, its date, its countries."""
    score = 0.0
    day = url_day(url)
    if day and entry.first_day <= day <= entry.last_day:
        score += 3.0
    toks = [t for t in url_tokens(url) if not t.isdigit()]
    words = {_key(w) for w in re.findall(r"[^\W\d_]{4,}", entry.text)}
    prefixes5 = {w[:5] for w in words if len(w) >= 5}
    hits = 0
    for t in toks:
        k = _key(t)
        if len(k) >= 5 and k[:5] in prefixes5:
            hits += 1
    score += min(hits, 4) * 1.0
    short = " ".join(t for t in toks if 2 <= len(t) <= 4 and t.isalpha())
    if len(short) >= 6:
        ratio = fuzz.partial_ratio(short, _fold(entry.text))
        if ratio >= 85:
            score += 1.5
    score += 0.75 * len(url_countries(url) & entry_countries)
    return score


def assign(entries: list[EntryInfo], blocks: list[UrlBlock]) -> list[list[str]]:
    """Addresses for each entry, in entry order (entries with none get []).

    An address inside an entry's own text ('Źródło: …', '(Source: …)') is that entry's. A block of
    address lines goes to the entries that began since the block before it: one block per entry
    when a bulletin prints its sources after each entry, a footnote block per page, or one list at
    the end, aligned by what each address carries.
    """
    out: list[list[str]] = [[] for _ in entries]
    own = [False] * len(entries)
    for block in blocks:
        if not block.inline:
            continue
        for i, e in enumerate(entries):
            if e.start <= block.pos < (e.end or block.pos + 1):
                out[i].extend(block.urls)
                own[i] = True
                break
    prev = -1
    for block in blocks:
        if block.inline:
            continue
        group = [i for i, e in enumerate(entries) if prev < e.start < block.pos and not own[i]]
        prev = block.pos
        if not group:
            continue
        urls = list(block.urls)
        pairs = _align(urls, [entries[i] for i in group])
        for u, j in pairs:
            out[group[j]].append(urls[u])
    return out


def _align(urls: list[str], group: list[EntryInfo]) -> list[tuple[int, int]]:
    """Order-keeping pairs (url index, entry index) with the best total similarity."""
    n, m = len(urls), len(group)
    if n == m:
        return [(i, i) for i in range(n)]
    countries = [{c.iso for c in find_countries(e.text)} for e in group]
    sim = [[similarity(u, e, countries[j]) - 0.05 * abs((i + 0.5) / n - (j + 0.5) / m)
            for j, e in enumerate(group)] for i, u in enumerate(urls)]
    neg = float("-inf")
    if n > m:
        # every entry gets at least one address; each address goes to the same or the next entry
        best = [[neg] * m for _ in range(n)]
        back = [[0] * m for _ in range(n)]
        best[0][0] = sim[0][0]
        for i in range(1, n):
            for j in range(m):
                stay = best[i - 1][j]
                move = best[i - 1][j - 1] if j > 0 else neg
                if stay >= move:
                    best[i][j], back[i][j] = stay + sim[i][j], j
                else:
                    best[i][j], back[i][j] = move + sim[i][j], j - 1
        pairs, j = [], m - 1
        for i in range(n - 1, -1, -1):
            pairs.append((i, j))
            j = back[i][j]
        return pairs[::-1]
    # fewer addresses than entries: each address to a different entry, in order
    best = [[neg] * m for _ in range(n)]
    back = [[-1] * m for _ in range(n)]
    for j in range(m):
        best[0][j] = sim[0][j]
    for i in range(1, n):
        run, arg = neg, -1
        for j in range(m):
            if j > 0 and best[i - 1][j - 1] > run:
                run, arg = best[i - 1][j - 1], j - 1
            if arg >= 0:
                best[i][j], back[i][j] = run + sim[i][j], arg
    j = max(range(m), key=lambda k: best[n - 1][k])
    pairs = []
    for i in range(n - 1, -1, -1):
        pairs.append((i, j))
        j = back[i][j]
    return pairs[::-1]
