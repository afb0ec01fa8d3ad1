"""A saved web page → the article's text, and the dates and address the page states.

Built on lxml (python-docx needs it anyway) with rules written out here, after trying the two usual
article extractors on our pages:

- trafilatura adds 41 MB (babel alone is 36 MB; htmldate, courlan, justext, tld) and on an HTML
  bulletin of 40 source links kept 21: it drops paragraphs that are only a link;
- readability-lxml (+3 MB) found the right body, but its clean-up removes lists of links, which is
  how a bulletin lists its sources.

The rules:

1. Boilerplate goes first: scripts, forms, `<nav>`, `<aside>`, page `<header>`/`<footer>`, ARIA
   landmarks that are not the content, hidden elements, and elements whose class or id says cookie
   banner, menu, related articles, comments, sharing, ads, newsletter or topic tags. An element that holds the
   article (`<article>`, `<main>`, `<h1>`) or most of the page's prose is never dropped this way.
2. The body is the largest `[itemprop=articleBody]`, `<article>` or `<main>` when it holds a fair
   share of the page's prose (text outside links), else the element whose paragraphs hold the most
   prose. Counting prose, not text, is what makes a menu longer than the article lose. Three or more
   `<article>` cards side by side that hold most of the prose are a timeline, and are read together.
3. Inside the body, a "Czytaj także", "Zobacz też", "Read more"... paragraph made of links is
   dropped, and so are the link lists under such a heading.
4. Each paragraph, heading, list item or table row becomes a block of the shared text shape;
   addresses a block links to outside the page's own site follow it on lines of their own.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from .document import Document, DocumentDate, stated_date, unreadable
from .shape import Block, count, date_first, is_address, join_blocks, row_line, squeeze

_GONE = {"script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "button",
         "select", "input", "textarea", "label", "dialog", "audio", "video", "map", "head", "img", "picture"}
_LANDMARK_TAGS = {"nav": "nav", "aside": "sidebar"}
_ROLES = {"navigation": "nav", "banner": "header", "contentinfo": "footer", "complementary": "sidebar",
          "search": "nav", "dialog": "popup", "alertdialog": "popup", "menu": "nav", "menubar": "nav"}
_HINTS = [(re.compile(p), what) for p, what in (
    (r"cookie|consent|gdpr|rodo|(?:^|[\s_-])cmp(?:$|[\s_-])|privacy-?(?:banner|notice)", "cookie banner"),
    (r"related|recommend|polecan|read-?more|read-?also|see-?also|czytaj|zobacz|more-?(?:stories|news)"
     r"|also-?read|teasers?(?:$|[\s_-])", "related links"),
    (r"comment|komentarz|disqus|discussion", "comments"),
    (r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|mainmenu|breadcrumbs?|topbar|masthead)(?:$|[\s_-])", "nav"),
    (r"share|sharing|social", "share buttons"),
    (r"(?:^|[\s_-])(?:ads?|advert\w*|sponsor\w*|promo\w*|reklama)(?:$|[\s_-])", "ads"),
    (r"(?:^|[\s_-])(?:sidebar|widget\w*)(?:$|[\s_-])", "sidebar"),
    (r"(?:^|[\s_-])(?:footer|site-?footer|copyright)(?:$|[\s_-])", "footer"),
    (r"newsletter|subscribe|paywall", "newsletter"),
    (r"(?:^|[\s_-])(?:popup|modal|overlay)(?:$|[\s_-])", "popup"),
    (r"(?:^|[\s_-])(?:tags?|tag-?list|tag-?cloud|keywords|badges?|chips?)(?:$|[\s_-])", "tags"),
)]
_BLOCKS = {"p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
           "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "figure", "figcaption", "address", "hr",
           "center", "details", "summary", "fieldset", "form", "caption", "body", "html", "tbody", "thead",
           "tfoot", "tr", "td", "th", "table", "pre"}
_CUE = re.compile(
    r"^\W*(?:czytaj\s+(?:także|też|również|więcej)|zobacz\s+(?:także|też|również|więcej)"
    r"|przeczytaj\s+(?:także|też|również)|polecamy|polecane|więcej\s+na\s+(?:ten\s+)?temat|najczęściej\s+czytane"
    r"|read\s+(?:more|also|next)|see\s+also|also\s+read|related(?:\s+(?:articles|stories|news|content))?"
    r"|more\s+(?:on\s+this|from|stories)|you\s+(?:may|might)\s+also\s+like|recommended)\b\s*:?",
    re.IGNORECASE)
_META_DATES = {
    "article:published_time": "published", "og:published_time": "published", "article:modified_time": "modified",
    "og:updated_time": "modified", "pubdate": "published", "publishdate": "published", "date": "published",
    "dc.date": "published", "dc.date.issued": "published", "dcterms.date": "published",
    "dcterms.created": "created", "dcterms.modified": "modified", "parsely-pub-date": "published",
}
_LD_DATES = {"datePublished": "published", "dateModified": "modified", "dateCreated": "created"}
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def read_html(text: str, name: str, path: Path | None = None) -> Document:
    import lxml.html
    from lxml import etree

    try:   # lxml takes no encoding declaration in a str: XHTML pages open with one
        tree = lxml.html.document_fromstring(_XML_DECLARATION.sub("", text, count=1))
    except etree.ParserError:
        raise _no_text(path) from None
    title, url, dates = _metadata(tree)
    body = tree.find("body")
    if body is None:
        body = tree
    dropped = _drop_boilerplate(body)
    root, how = _main(body)
    host = urlsplit(url).hostname if url else None
    writer = _Writer(base=url, host=host)
    headline = _headline_outside(body, root)
    times = _shown_dates(root)
    left_out = _prose(body) - _prose(root)
    if headline is not None:
        writer.walk(headline)
        times += _shown_dates(headline.getparent())     # the byline under the headline
        left_out -= _prose(headline)
    writer.walk(root)
    writer.flush()
    for notes in _notes_outside(body, root):
        writer.walk(notes)    # sources listed under <main>, in the page's footer
        left_out -= _prose(notes)
    writer.flush()
    if writer.related:
        dropped["related links"] += writer.related
    text_out = join_blocks(writer.blocks)
    if not text_out:
        raise _no_text(path)
    prose = sum(1 for b in writer.blocks if b.text and not b.is_address)
    what = [f"{n} {k}" if k == "related links" else k for k, n in sorted(dropped.items(), key=lambda kv: -kv[1])]
    note = f"html: {how}, {count(prose, 'paragraph')}"
    if what:
        note += "; dropped " + ", ".join(what)
    if left_out > 0:
        note += f"; {left_out:,} characters of page text around it left out"
    return Document(name=name, path=path, format="html", text=text_out, title=title, url=url,
                    dates=_unique(dates + times), notes=(note,))


def _no_text(path: Path | None) -> Exception:
    return unreadable("is a page with no article text (one that loads its text with scripts? save it "
                      "once it has loaded, or print it to PDF)", path)


# --- metadata -------------------------------------------------------------------------------------

def _metadata(tree) -> tuple[str | None, str | None, tuple[DocumentDate, ...]]:
    dates: list[DocumentDate] = []
    meta: dict[str, str] = {}
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        content = (m.get("content") or "").strip()
        if key and content:
            meta.setdefault(key, content)
            if key in _META_DATES:
                dates.append(stated_date(content, key, _META_DATES[key]))
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json":
            dates.extend(_ld_dates(script.text or ""))
    for el in tree.xpath('//*[@itemprop="datePublished" or @itemprop="dateModified" or @itemprop="dateCreated"]'):
        prop = el.get("itemprop")
        if el.tag != "meta":
            dates.append(stated_date(el.get("datetime") or el.get("content") or el.text_content(),
                                     f"itemprop {prop}", _LD_DATES[prop]))
    url = None
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and _absolute(link.get("href")):
            url = link.get("href").strip()
            break
    url = url or (meta.get("og:url") if _absolute(meta.get("og:url")) else None)
    h1 = tree.find(".//h1")
    title_el = tree.find(".//title")
    heading = squeeze(h1.text_content()).strip() if h1 is not None else ""
    tab = squeeze(title_el.text_content()).strip() if title_el is not None else ""
    if heading and heading in tab:
        heading = tab     # the tab's title goes on from the page's heading: 'Desk — monthly file, March 2024'
    title = (meta.get("og:title") or heading or tab).strip() or None
    return title, url, tuple(d for d in dates if d)


def _ld_dates(source: str) -> list[DocumentDate]:
    try:
        data = json.loads(source)
    except ValueError:
        return []
    out: list[DocumentDate] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            for key, kind in _LD_DATES.items():
                if isinstance(item.get(key), str):
                    out.append(stated_date(item[key], f"json-ld {key}", kind))
            stack.extend(v for k, v in item.items() if isinstance(v, (list, dict)))
    return [d for d in out if d]


def _shown_dates(root) -> tuple[DocumentDate, ...]:
    return tuple(d for d in (stated_date(t.get("datetime"), "<time datetime>", "shown")
                             for t in root.iter("time") if t.get("datetime")) if d)


def _unique(dates: tuple[DocumentDate, ...]) -> tuple[DocumentDate, ...]:
    seen, out = set(), []
    for d in dates:
        if (d.date, d.source) not in seen:
            seen.add((d.date, d.source))
            out.append(d)
    return tuple(out)


def _absolute(href: str | None) -> bool:
    return bool(href) and href.strip().lower().startswith(("http://", "https://"))


# --- boilerplate and the body ---------------------------------------------------------------------

def _prose(el) -> int:
    """Characters of text outside links: what an article has much of and a menu has little of."""
    total = sum(len(t.strip()) for t in el.itertext())
    linked = sum(len(t.strip()) for a in el.iter("a") for t in a.itertext())
    return max(total - linked, 0)


def _holds_article(el) -> bool:
    if el.tag in ("article", "main", "body", "html", "h1"):
        return True
    return bool(el.xpath('.//article | .//main | .//h1 | .//*[@itemprop="articleBody"] | .//*[@role="main"]'))


def _drop_boilerplate(body) -> Counter[str]:
    dropped: Counter[str] = Counter()
    for el in list(body.iter()):
        if not isinstance(el.tag, str) and el.getparent() is not None:
            _remove(el)                                  # comments and processing instructions
    for el in list(body.iter(*_GONE)):
        _remove(el)
    page_prose = _prose(body) or 1
    for el in list(body.iter()):
        if not isinstance(el.tag, str) or el is body or not _attached(el, body):
            continue                                     # gone already, with an ancestor
        what = _boilerplate(el)
        if what is None:
            continue
        if what != "hidden" and (_holds_article(el) or _prose(el) > page_prose / 2):
            continue
        if what == "related links":
            dropped[what] += max(len(el.xpath(".//a")), 1)
        elif what != "hidden":
            dropped[what] += 1
        _remove(el)
    return dropped


def _attached(el, body) -> bool:
    for parent in el.iterancestors():
        if parent is body:
            return True
    return False


def _boilerplate(el) -> str | None:
    """What kind of page furniture `el` is, or None when it may be content."""
    style = (el.get("style") or "").replace(" ", "").lower()
    if el.get("hidden") is not None or el.get("aria-hidden") == "true" or "display:none" in style:
        return "hidden"
    names = f"{el.get('id') or ''} {el.get('class') or ''}".lower().strip()
    if names:
        for pattern, what in _HINTS:
            if pattern.search(names):
                return what
    if el.tag in _LANDMARK_TAGS:
        return _LANDMARK_TAGS[el.tag]
    if el.tag in ("header", "footer") and not any(a.tag == "article" for a in el.iterancestors()):
        if el.tag == "footer" and _notes(el):
            return None   # the page's numbered sources under the text are the entries' notes
        return el.tag
    return _ROLES.get((el.get("role") or "").strip().lower())


def _notes(el) -> bool:
    """Two or more list items or paragraphs that show only an address: a list of sources."""
    return sum(is_address(item.text_content()) for item in el.iter("li", "p")) >= 2


def _notes_outside(body, root) -> list:
    """Lists of sources after the article's element and outside it."""
    inside = set(root.iter())
    found = []
    for el in body.iter("ol", "ul"):
        if el in inside or any(a in found for a in el.iterancestors()) or any(a is el for a in root.iterancestors()):
            continue
        if _notes(el):
            found.append(el)
    return found


def _remove(el) -> None:
    """Take `el` out and keep its tail text, which belongs to the parent."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _main(body):
    """The element holding the article, and how it was found (for the notes)."""
    total = _prose(body) or 1
    for xpath, label in (('.//*[@itemprop="articleBody"]', "articleBody"), (".//article", "<article>"),
                         ('.//main | .//*[@role="main"]', "<main>")):
        found = body.xpath(xpath)
        if found:
            best = max(found, key=_prose)
            if _prose(best) >= 0.3 * total:
                cards = _cards(best)
                return (best.getparent(), "<article> cards") if cards and _prose(best) < 0.6 * total else \
                    (best, f"{label} body")
    scores: Counter = Counter()
    for el in body.iter("p", "li", "td", "pre", "blockquote", "dd", "div", "h2", "h3"):
        own = _own_prose(el)
        if own < 20:
            continue
        parent = el.getparent()
        if parent is not None:
            scores[parent] += own
            grand = parent.getparent()
            if grand is not None:
                scores[grand] += own / 2
    if not scores:
        return body, "whole page"
    best = max(scores, key=scores.__getitem__)
    # the densest block must hold most of the page's prose: a bulletin of a table and a list is
    # both, not the denser of the two
    while best is not body and best.getparent() is not None and _prose(best) < 0.5 * total:
        best = best.getparent()
    if best.tag in ("tbody", "thead", "tfoot", "tr") and (table := next(best.iterancestors("table"), None)) is not None \
            and _data_table(table):
        # the rows of a table of data are read as its rows, with its header naming the columns (a
        # page laid out with a table keeps its article cell)
        best = table
    best = _with_kin(best)
    return (body, "whole page") if best is body or best.tag == "html" else (best, "densest block")


_LISTS = ("ul", "ol", "dl", "table")


def _with_kin(best):
    """A timeline of lists, one under each year's heading or in each section of the page: all of
    them, not the densest."""
    if best.tag in _LISTS:
        # a list's siblings, then its box's ('<section><h2/><dl/></section>' three times over)
        lists, boxes = best.tag, (best, best.getparent())
    else:
        inner = [x for x in best.iter(*_LISTS) if x is not best]
        if not inner:
            return best
        lists, boxes = max(inner, key=_prose).tag, (best,)
    for el in boxes:
        parent = el.getparent() if el is not None else None
        if parent is None:
            continue
        # (a list's kin is any list beside it: a <dl> of dates and a <ul> of more dated items)
        kin = [x for x in parent if x is not el and (x.tag in _LISTS if el.tag in _LISTS else
                                                      x.tag == el.tag and x.find(f".//{lists}") is not None)]
        if sum(map(_prose, kin)) >= 0.3 * (_prose(el) or 1):
            return parent
    return best


def _cards(el) -> bool:
    """`el` is one of three or more <article> siblings that hold most of the page between them: a
    timeline of cards, each card one entry, not one article among teasers."""
    parent = el.getparent()
    if el.tag != "article" or parent is None:
        return False
    cards = [x for x in parent if x.tag == "article"]
    return len(cards) >= 3 and sum(map(_prose, cards)) >= 0.6 * (_prose(parent) or 1)


def _own_prose(el) -> int:
    """Prose directly in `el` and its inline children, not in nested blocks or links."""
    n = len((el.text or "").strip())
    for child in el:
        if isinstance(child.tag, str) and child.tag not in _BLOCKS and child.tag != "a":
            n += len(squeeze(child.text_content()))
        n += len((child.tail or "").strip())
    return n


def _headline_outside(body, root):
    """The page's <h1> when the body chosen does not hold it, so the headline still opens the text."""
    if root is body:
        return None
    h1 = body.find(".//h1")
    if h1 is None or any(a is root for a in h1.iterancestors()):
        return None
    return h1


# --- the body as text -----------------------------------------------------------------------------

_NOTE_MARK = re.compile(r"\s*[\[(]?\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*[\])]?\s*|\s*[*†‡]+\s*")


class _Writer:
    """Walks the body, writing one block per paragraph, heading, list item or table row."""

    def __init__(self, base: str | None, host: str | None) -> None:
        self.base, self.host = base, host
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.urls: list[str] = []
        self.linked = 0                # characters of link text in the open block
        self.anchors = 0
        self.under_cue = False         # after a "Czytaj także" heading: drop the link lists under it
        self.related = 0               # links dropped as related articles

    def walk(self, el) -> None:
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None:
            return
        if tag == "br":
            self.parts.append("\n")
        elif tag == "sup" and _NOTE_MARK.fullmatch(el.text_content()):
            return   # a footnote's number ('…in 2019.<sup>9</sup>') is not part of the sentence
        elif tag == "a":
            self._anchor(el)
        elif tag == "table" and _data_table(el):
            self.flush()
            self._table(el)
        elif tag == "pre":
            self.flush()
            self.parts.append("\n".join(line.rstrip() for line in el.text_content().split("\n")))
            self.flush()
        elif tag in _BLOCKS:
            self.flush()
            self._text(el.text)
            for child in el:
                self.walk(child)
                self._text(child.tail)
            self.flush()
            return
        else:
            self._text(el.text)
            for child in el:
                self.walk(child)
                self._text(child.tail)
            return

    def _text(self, text: str | None) -> None:
        if text:
            self.parts.append(text.replace("\r", " ").replace("\n", " "))

    def _anchor(self, el) -> None:
        start = len(self.parts)
        self._text(el.text)
        for child in el:
            self.walk(child)
            self._text(child.tail)
        shown = squeeze("".join(self.parts[start:]).replace("\n", " ")).strip()
        self.anchors += 1
        if shown and is_address(shown):
            self.parts[start:] = ["\n", shown, "\n"]   # an address shown: a line of its own, in place
            self.linked += len(shown)
            return
        self.linked += len(shown)
        href = (el.get("href") or "").strip()
        if self.base and href and not _absolute(href):
            href = urljoin(self.base, href)
        if _absolute(href) and (self.host is None or urlsplit(href).hostname != self.host):
            self.urls.append(href)

    def _table(self, table) -> None:
        rows: list[tuple[list[str], list[str]]] = []
        # a cell spanning rows ('<td rowspan="2">14 Nov</td>') stands in each of them: the date of two events
        spanning: dict[int, list] = {}                      # column → [text, rows still to fill]
        for tr in table.iter("tr"):
            if next(tr.iterancestors("table")) is not table:
                continue                                    # a nested table's rows come with its cell
            cells: list[str | None] = []
            urls: list[str] = []

            def carry() -> None:
                while len(cells) in spanning:
                    col = len(cells)
                    cells.append(spanning[col][0])
                    spanning[col][1] -= 1
                    if spanning[col][1] <= 0:
                        del spanning[col]

            for cell in tr:
                if cell.tag not in ("td", "th"):
                    continue
                carry()
                sub = _Writer(self.base, self.host)
                sub.walk(cell)
                sub.flush()
                urls.extend(u for b in sub.blocks for u in b.urls)
                text = " ".join(b.text.replace("\n", " ") for b in sub.blocks if b.text)
                if _links_only(cell) and any(b.urls for b in sub.blocks):
                    text = None   # a source column ('MOFA' linking to the release): its address, not its words
                span = int(cell.get("rowspan") or 1) if (cell.get("rowspan") or "1").isdigit() else 1
                if span > 1:
                    spanning[len(cells)] = [text, span - 1]
                cells.append(text)
            carry()
            # (a source cell keeps its column, empty, so the rows stay as wide as the header that names the columns)
            rows.append(([c if c is not None else "" for c in cells], urls))
        for cells, (_c, urls) in zip(date_first([c for c, _u in rows]), rows):
            line = row_line(cells)
            if line or urls:
                self.blocks.append(Block(line, urls))

    def flush(self) -> None:
        text = "\n".join(line for line in squeeze("".join(self.parts)).split("\n") if line)
        urls, linked, anchors = self.urls, self.linked, self.anchors
        self.parts, self.urls, self.linked, self.anchors = [], [], 0, 0
        if not text and not urls:
            return
        cue = _CUE.match(text)
        if cue and cue.end() >= len(text.rstrip(" :.…")) and anchors == 0:
            self.under_cue = True          # a "Czytaj także" heading: what follows is links
            return
        rest = len(text) - (cue.end() if cue else 0)
        link_made = anchors > 0 and linked >= 0.5 * max(rest, 1)
        if (cue and link_made) or (self.under_cue and link_made):
            self.related += anchors
            return
        self.under_cue = False
        self.blocks.append(Block(text, urls))


def _links_only(cell) -> bool:
    """A cell whose words are all the words of its links."""
    shown = " ".join(cell.text_content().split())
    linked = " ".join(" ".join(a.text_content().split()) for a in cell.iter("a") if a.get("href"))
    return bool(shown) and shown == linked


def _data_table(table) -> bool:
    """A table of rows (dates and entries), not a page laid out with a table: no cell holds
    paragraphs or a table of its own, and none is longer than a long paragraph."""
    for cell in table.iter("td", "th"):
        if cell.xpath("./table | ./div/table | ./p[2] | ./div[2]"):
            return False
        if len(cell.text_content()) > 2000:
            return False
    return True
