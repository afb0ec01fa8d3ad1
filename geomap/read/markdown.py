"""Markdown → text without its syntax, through markdown-it-py (CommonMark; rich already needs it).

Headings, paragraphs, list items and table rows become blocks of the shared text shape; a
paragraph keeps its line breaks. `**bold**`, `*emphasis*`, `` `code` `` and `#` marks go; `- `
bullets go, ordered items keep their number ('12. posiedzenie' is text). A link keeps its words and
its address follows the paragraph on a line of its own; an address shown as a link is a line of its
own where it stands. A thematic break stays, as a rule line: it parts the stories of a file of clippings.
"""
from __future__ import annotations

from pathlib import Path

from .document import Document
from .shape import Block, count, date_first, is_address, join_blocks, row_line, squeeze

RULE_LINE = "* * *"


def _link_only(token) -> bool:
    """Whether an inline token is one link to a web address and nothing else."""
    children = [c for c in token.children or [] if not (c.type == "text" and not c.content.strip())]
    kinds = [c.type for c in children]
    return kinds[:1] == ["link_open"] and kinds[-1:] == ["link_close"] and kinds.count("link_open") == 1 and \
        str(children[0].attrs.get("href") or "").lower().startswith(("http://", "https://"))


def _inline(token) -> tuple[str, list[str]]:
    """The text of an inline token and the addresses it links to."""
    parts: list[str] = []
    urls: list[str] = []
    link: tuple[str, int] | None = None
    for child in token.children or []:
        kind = child.type
        if kind in ("text", "code_inline"):
            parts.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif kind == "link_open":
            link = (str(child.attrs.get("href") or ""), len(parts))
        elif kind == "link_close" and link is not None:
            href, start = link
            shown = "".join(parts[start:]).strip()
            if shown.startswith("^") and shown[1:].isalnum():
                del parts[start:]   # a footnote mark '[^7]' (its '[^7]: address' line reads as a link target)
            if is_address(shown):
                parts[start:] = ["\n", shown, "\n"]   # an address shown is a line where it stands
            elif href.lower().startswith(("http://", "https://")):
                urls.append(href)
            link = None
        elif kind == "image":
            parts.append(child.content)     # the alt text: a caption is text of the document
    return "".join(parts), urls


def read_markdown(text: str, name: str, path: Path | None = None) -> Document:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    blocks: list[Block] = []
    cells: list[str] | None = None
    table: list[tuple[list[str], list[str]]] = []
    row_urls: list[str] = []
    number: str | None = None           # the number of the ordered item being read
    counts = {"heading": 0, "list item": 0, "table row": 0}
    for token in tokens:
        kind = token.type
        if kind == "heading_open":
            counts["heading"] += 1
        elif kind == "list_item_open":
            counts["list item"] += 1
            number = f"{token.info}{token.markup} " if token.info else None
        elif kind == "list_item_close" and number:
            blocks.append(Block(number.strip()))     # an empty item: '2016.' alone on its line
            number = None
        elif kind == "tr_open":
            cells, row_urls = [], []
        elif kind == "tr_close" and cells is not None:
            table.append((cells, row_urls))
            counts["table row"] += 1
            cells = None
        elif kind == "table_close":
            # rows wait for their table's end: its date column goes first (shape.date_first)
            blocks.extend(Block(row_line(c), urls) for c, (_c, urls) in zip(date_first([c for c, _u in table]), table))
            table = []
        elif kind == "inline":
            body, urls = _inline(token)
            if cells is not None:
                # a cell that is only a link ('[kremlin.ru](http://…)') is the row's source: its address
                # is kept, its name is no text of the row
                cells.append("" if _link_only(token) else body.replace("\n", " "))
                row_urls.extend(urls)
                continue
            if number:
                body, number = number + body, None
            blocks.append(Block(squeeze(body), urls))
        elif kind == "hr":
            blocks.append(Block(RULE_LINE))     # a break between pieces: clippings are cut there
        elif kind in ("fence", "code_block"):
            blocks.append(Block("\n".join(line.rstrip() for line in token.content.split("\n")), []))
        elif kind == "html_block":
            blocks.append(Block(_html_text(token.content)))
    prose = sum(1 for b in blocks if b.text and not b.is_address)
    how = [f"markdown: {count(prose, 'paragraph')}"]
    how.extend(count(n, what) for what, n in counts.items() if n)
    return Document(name=name, path=path, format="markdown", text=join_blocks(blocks),
                    title=_title(tokens), notes=("; ".join(how) + "; syntax removed",))


def _html_text(fragment: str) -> str:
    """The words of raw HTML written into Markdown (a <div>, a comment), without its tags."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for el in root.xpath(".//script | .//style"):
        el.drop_tree()
    return squeeze(root.text_content()).strip()


def _title(tokens) -> str | None:
    for i, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == "h1" and i + 1 < len(tokens):
            return squeeze(_inline(tokens[i + 1])[0]).strip() or None
    return None
