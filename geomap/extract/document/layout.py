"""From a page-broken document to running text that still knows where every character came from.

Bulletins are PDF dumps: lines end mid-sentence, words are hyphenated across lines and blocks of
source addresses interrupt a paragraph at each page foot. Extraction works on the joined text;
evidence spans are mapped back to the original through `Clean.orig`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from ..mentions.morph import is_place_name

_URL = r"(?:https?://|www\.)[^\s<>\"()]+[^\s<>\"()\[\].,;:!?]"
# the words that name where a text or an address comes from
_SOURCE_WORDS = r"Źródł[oa]|Źr\.|Sources?|Src|Refs?|Links?|URL|Via|Read\s+more|Czytaj\s+więcej|Więcej|See\s+also"
_LABEL = rf"(?:{_SOURCE_WORDS}|Za|Fot\.?|Photo)\s*:?\s*"
# A list of sources keyed by the entries' dates: '15 i 16 lutego – https://…', 'June 3: https://…'.
_DATE_LABEL = (r"(?:[0-3]?\d(?:\.[01]?\d\.?)?(?:\s*(?:i|and|[–-])\s*[0-3]?\d(?:\.[01]?\d\.?)?)?(?:\s+[^\W\d]+\.?)?|"
               r"[^\W\d]+\.?\s+[0-3]?\d(?:\s*[–-]\s*[0-3]?\d)?)\s*[–—:-]\s*")
# A line that is only addresses: bare, numbered ('[3] …', '3. …', a footnote's '3 …'), bulleted, or
# labelled ('Źródło: …', a date).
_URL_LINE = re.compile(rf"^\s*(?:\[\d+\]|\d+[.)]?|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|[-•*–])?\s*(?:{_LABEL}|{_DATE_LABEL})?\(?\s*(?:{_URL}\s*[,;]?\s*)+\)?\s*$",
                       re.IGNORECASE)
# An address inside a line of text, with its label and brackets: 'Rozmowy trwały dwie godziny
# (Źródło: https://…).' keeps its sentence and loses the address.
_INLINE_URL = re.compile(rf"\s*[(\[]\s*(?:{_LABEL})?{_URL}(?:\s*[,;]\s*{_URL})*\s*[)\]]|\s*(?:{_LABEL})?{_URL}",
                         re.IGNORECASE)
_ONE_URL = re.compile(_URL, re.IGNORECASE)
# a line that opens by naming where its text comes from: 'Źródło: konsulat RK', 'Link: https://…'; the
# names of links are no heading, and the address a story was archived from closes that story
SOURCE_LABEL = re.compile(rf"[ \t]*(?:{_SOURCE_WORDS}|Archived|Archiwum|Zob\.)\s*:", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class UrlBlock:
    """Consecutive address lines, or addresses inside one line of text (`inline`); `pos` is where
    they stood in the clean text."""
    pos: int
    urls: tuple[str, ...]
    inline: bool = False


@dataclass
class Clean:
    text: str
    offsets: list[int]                       # clean index → original index
    line_starts: list[int] = field(default_factory=list)
    url_blocks: list[UrlBlock] = field(default_factory=list)
    after_blank: frozenset[int] = frozenset()  # indexes into line_starts of lines a blank line preceded

    def orig(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) span of a clean [start, end) span."""
        if not self.offsets:
            return (0, 0)
        start = min(max(start, 0), len(self.offsets) - 1)
        end = min(max(end, start + 1), len(self.offsets))
        return self.offsets[start], self.offsets[end - 1] + 1


def _keep_hyphen(before: str, after: str) -> bool:
    """A hyphen at a line end is part of the word ('Yoon-keun', 'koreańsko-rosyjska', 'K-stories')
    unless it splits a lowercase word ('współ-praca')."""
    if not before or not after:
        return True
    if before[-1].isdigit() or after[0].isdigit():
        return True
    if after[0].isupper():
        return True
    word = re.search(r"[\w]+$", before)
    w = word.group() if word else ""
    if w[:1].isupper():
        # a place name split at the line's end ('Kijo-' / 'wie'): joined, it is a place Polish knows
        rest = re.match(r"\w+", after)
        return not (rest and not is_place_name(w) and is_place_name(w + rest.group()))
    if not w:
        return True
    if len(w) == 1:
        return True
    return w.endswith(("o", "no", "sko", "cko")) and len(w) > 3


def clean(text: str, keep_paragraphs: bool = False) -> Clean:
    """Join lines into running text, lift address blocks out, undo line-end hyphenation.

    keep_paragraphs: a blank line becomes '\\n' (news articles, whose paragraphs are real); otherwise
    every line break is a space (bulletins, whose blank lines are an artefact of the dump).
    """
    out: list[str] = []
    offs: list[int] = []
    line_starts: list[int] = []
    blocks: list[UrlBlock] = []
    pending_urls: list[str] = []
    pending_break = ""       # what to put between the previous line and the next
    pending_break_at = 0
    pos = 0
    blank = False
    after_blank: set[int] = set()

    def emit(s: str, orig_start: int, single: int | None = None) -> None:
        for i, ch in enumerate(s):
            out.append(ch)
            offs.append(single if single is not None else orig_start + i)

    for line in text.splitlines(keepends=True):
        start = pos
        pos += len(line)
        body = line.rstrip("\r\n")
        if not body.strip():
            blank = True
            if keep_paragraphs and out:
                pending_break = "\n"
                pending_break_at = start
            continue
        if _URL_LINE.match(body):
            pending_urls.extend(_ONE_URL.findall(body))
            continue
        if pending_urls:
            blocks.append(UrlBlock(len(out), tuple(pending_urls)))
            pending_urls = []
        lead = len(body) - len(body.lstrip())
        content = body.strip()
        cstart = start + lead
        alone = keep_paragraphs and _dated_line(content)
        if (alone or keep_paragraphs and WIRE_START.match(content)) and out:
            # a date or publication line under a title is a paragraph of its own, and a wire
            # dateline opens one: 'Tytuł' / 'Warszawa, 14.11.2019 (PAP) – Premier …'
            pending_break, pending_break_at = "\n", start
        if out:
            prev = "".join(out[-40:])
            if prev.endswith("-") and not prev.endswith(" -") and content[:1].isalpha():
                if not _keep_hyphen(prev[:-1], content):
                    out.pop()
                    offs.pop()
            else:
                sep = pending_break or " "
                if out[-1] in " \n" and sep == " ":
                    pass
                else:
                    emit(sep, 0, single=pending_break_at if pending_break else max(cstart - 1, 0))
        pending_break = ""
        if blank:
            after_blank.add(len(line_starts))
            blank = False
        line_starts.append(len(out))
        content = content.rstrip()
        pos_in = 0
        for m in _INLINE_URL.finditer(content):
            emit(content[pos_in:m.start()], cstart + pos_in)
            blocks.append(UrlBlock(len(out), tuple(_ONE_URL.findall(m.group())), inline=True))
            pos_in = m.end()
        emit(content[pos_in:], cstart + pos_in)
        if alone:
            pending_break, pending_break_at = "\n", pos - 1
    if pending_urls:
        blocks.append(UrlBlock(len(out), tuple(pending_urls)))
    return Clean("".join(out), offs, line_starts, blocks, frozenset(after_blank))


# a wire dateline that names its agency: 'Warszawa, 14.11.2019 (PAP) –'
WIRE_START = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][\w.'’-]*(?:[ /-][A-ZĄĆĘŁŃÓŚŹŻ][\w.'’-]*){0,3},[ \t]+[^\n()]{3,40}?"
                        r"\((?:PAP|IAR|Reuters|AFP|AP|Yonhap|Kyodo|Jiji|TASS|Interfax|Ukrinform|BelTA|KCNA|Xinhua|NHK|"
                        r"RIA\s+Nowosti)\)[ \t]*(?:--|[–—-])")


def _dated_line(line: str) -> bool:
    """A short line that only dates a news story: a date, a publication line, a dateline."""
    from .dating import _DATE_LINE, _PUBLICATION
    return len(line) <= 80 and bool(_DATE_LINE.fullmatch(line) or (_PUBLICATION.match(line) and
                                    len(_PUBLICATION.match(line).group()) >= len(line) - 12))


# --- sentences -------------------------------------------------------------------------------------

_ABBREV = {
    "ds", "m.in", "r", "tys", "mln", "mld", "nr", "ul", "pl", "św", "gen", "płk", "ok", "prof", "dr", "mgr",
    "inż", "im", "tzw", "np", "itd", "itp", "wg", "ang", "ros", "jap", "kor", "godz", "min", "al", "pn",
    "płd", "wsch", "zach", "woj", "pow", "gm", "ks", "bp", "abp", "pt", "tj", "jw", "red", "oprac", "zob",
    "st", "mr", "mrs", "ms", "jr", "sr", "inc", "ltd", "co", "no", "vs", "e.g", "i.e", "u.s", "u.n", "u.k",
    "a.m", "p.m", "dept", "gov", "approx", "ca", "etc", "br", "b.r", "n.e", "p.n.e",
    # English month abbreviations in datelines and dates: 'Sept. 12', 'Jan. 5'
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "sty", "lut", "kwi", "cze", "lip", "sie", "wrz", "paź", "lis", "gru",
}
# (a note mark may follow the full stop: '… flar ostrzegawczych.[5] Jeszcze …')
_SENT_END = re.compile(r"[.!?…]+[\"”»’)]*(?:\[\^?\d{1,3}\])?(?=\s+[\"„“«(]?[A-ZĄĆĘŁŃÓŚŹŻ0-9])|\n+")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Split text[start:end] into sentences, not at 'ds.', 'm.in.', '2019 r.', initials or ordinals."""
    end = len(text) if end is None else end
    out: list[Sentence] = []
    cur = start
    for m in _SENT_END.finditer(text, start, end):
        if m.group().startswith("\n"):
            cut = m.start()
        else:
            before = text[max(cur, m.start() - 12):m.start()]
            word = re.search(r"([\w.]+)$", before)
            w = word.group(1).lower() if word else ""
            if w in _ABBREV or (len(w) == 1 and w.isalpha()) or (w.isdigit() and len(w) <= 2 and
                                                                   not text[m.end():m.end() + 3].strip()[:1].isupper()):
                continue
            if re.fullmatch(r"(?:[a-ząćęłńóśźż]\.)+[a-ząćęłńóśźż]", w):
                continue
            cut = m.end()
        _add(out, text, cur, cut)
        cur = m.end()
    _add(out, text, cur, end)
    return out


def _add(out: list[Sentence], text: str, a: int, b: int) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append(Sentence(a, b, text[a:b]))

