"""Write a plain-text document as Markdown, an HTML page, a DOCX or a PDF, the way people make them.

The tests read each form back and compare its events with the text's. Every form adds what its
format brings: Markdown its marks, the page a menu, a cookie banner, related links and a footer, the
DOCX headings and source addresses as linked footnotes, the PDF a running header and page numbers.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import matplotlib

FONT = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
ADDRESS = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
HEADING = re.compile(r"^\s*[IVX]+\.\s+\S")
DATED = re.compile(r"^(?=[^:\n]*\d)([^:\n]{2,40}):(\s)")  # "4-5 marca: …", "January 9: …"
MENU = ["Kraj", "Świat", "Biznes", "Sport", "Kultura", "Nauka", "Zdrowie", "Motoryzacja", "Podróże", "Pogoda"]
HEADER = "Przegląd wydarzeń – wydanie testowe"


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


# --- Markdown ----------------------------------------------------------------------------------------

def to_markdown(text: str) -> str:
    """The text's own lines, with headings marked, dates in bold and addresses as autolinks."""
    out = []
    for line in text.splitlines():
        s = line.strip()
        if ADDRESS.match(s):
            out.append(f"<{s}>")
        elif HEADING.match(s):
            out.append(f"## {s}")
        elif m := DATED.match(s):
            out.append(f"**{m.group(1)}:**{m.group(2)}{s[m.end():]}")
        else:
            out.append(s)
    return "\n".join(out) + "\n"


# --- HTML --------------------------------------------------------------------------------------------

def to_html(text: str, title: str) -> str:
    """A news-site page: the text is the article; around it a menu, a cookie banner, a related-
    articles box, comments and a footer that must not become events."""
    body = []
    for s in lines_of(text):
        if ADDRESS.match(s):
            body.append(f'<p><a href="{html.escape(s)}">{html.escape(s)}</a></p>')
        elif HEADING.match(s):
            body.append(f"<h2>{html.escape(s)}</h2>")
        else:
            body.append(f"<p>{html.escape(s)}</p>")
    menu = "".join(f'<li><a href="/{m.lower()}">{m}: wiadomości, komentarze, wywiady i galerie z Tokio, '
                   f"Seulu, Moskwy i Kijowa</a></li>" for m in MENU)
    return f"""<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>{html.escape(title)} | Serwis testowy</title>
<link rel="canonical" href="https://serwis.example.org/{html.escape(title)}">
<meta property="article:published_time" content="2019-03-31T08:00:00+02:00">
</head><body>
<div class="cookie-consent"><p>Serwis zapisuje pliki cookie. Premier Japonii odwiedził Warszawę 12 lipca,
a ambasador Rosji spotkał się z ministrem w Tokio – takie teksty w banerze nie są wydarzeniami.</p></div>
<header class="site-header"><nav><ul>{menu}</ul></nav></header>
<main><article>
{chr(10).join(body)}
<aside class="related"><h3>Czytaj także</h3><ul>
<li><a href="/swiat/1">Prezydent Korei Południowej przyjechał 3 maja do Warszawy</a></li>
<li><a href="/swiat/2">Minister spraw zagranicznych Japonii odwiedził Kijów 10 czerwca</a></li>
</ul></aside>
<p>Zobacz też: <a href="/swiat/3">Ambasador Białorusi spotkał się z gubernatorem Hokkaido 4 kwietnia</a></p>
</article>
<section class="comments"><p>Kolejna wizyta w Seulu 5 stycznia, tym razem w sprawie handlu.</p></section>
</main>
<footer><p>© Serwis testowy. Redakcja: Warszawa, ul. Przykładowa 1.</p></footer>
</body></html>
"""


# --- DOCX --------------------------------------------------------------------------------------------

_RT_NOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_RT_LINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def add_link(paragraph, url: str, shown: str) -> None:
    """A <w:hyperlink> to `url` showing `shown`, at the end of the paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rid = paragraph.part.relate_to(url, _RT_LINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = shown
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


class Notes:
    """A footnotes or endnotes part for a python-docx document (python-docx writes neither)."""

    def __init__(self, document, kind: str = "footnotes") -> None:
        from docx.opc.packuri import PackURI
        from docx.opc.part import XmlPart
        from docx.oxml import parse_xml

        self.kind, one = kind, kind[:-1]
        xml = (f'<w:{kind} xmlns:w="{_W_NS}" xmlns:r="{_R_NS}">'
               f'<w:{one} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{one}>'
               f'<w:{one} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
               f"</w:r></w:p></w:{one}></w:{kind}>")
        self.part = XmlPart(PackURI(f"/word/{kind}.xml"),
                            f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml",
                            parse_xml(xml), document.part.package)
        document.part.relate_to(self.part, f"{_RT_NOTES}/{kind}")
        self.next_id = 1

    def cite(self, paragraph, text: str = "", url: str | None = None) -> None:
        """Put a reference to a new note at the end of `paragraph`; the note holds `text` and a
        link to `url` that shows the address."""
        from docx.oxml import OxmlElement, parse_xml
        from docx.oxml.ns import qn

        one = self.kind[:-1]
        note_id = self.next_id
        self.next_id += 1
        run = OxmlElement("w:r")
        ref = OxmlElement(f"w:{one}Reference")
        ref.set(qn("w:id"), str(note_id))
        run.append(ref)
        paragraph._p.append(run)
        inner = f'<w:r><w:t xml:space="preserve">{html.escape(text)}</w:t></w:r>' if text else ""
        if url:
            rid = self.part.relate_to(url, _RT_LINK, is_external=True)
            inner += (f'<w:hyperlink r:id="{rid}"><w:r><w:t>{html.escape(url)}</w:t></w:r></w:hyperlink>')
        self.part.element.append(parse_xml(
            f'<w:{one} xmlns:w="{_W_NS}" xmlns:r="{_R_NS}" w:id="{note_id}"><w:p>{inner}</w:p></w:{one}>'))


def to_docx(text: str, path: Path) -> Path:
    """One paragraph per line, headings styled, the date of an entry in bold; a block of source
    addresses becomes linked footnotes of the line before it, as in the bulletins' own DOCX."""
    import docx

    document = docx.Document()
    notes = Notes(document)
    last = None
    for s in lines_of(text):
        if ADDRESS.match(s) and last is not None:
            notes.cite(last, url=s)
            continue
        if HEADING.match(s):
            last = document.add_heading(s, level=2)
            continue
        last = document.add_paragraph()
        if m := DATED.match(s):
            last.add_run(m.group(1) + ":").bold = True
            last.add_run(" " + s[m.end():])
        else:
            last.add_run(s)
    document.save(str(path))
    return path


# --- PDF ---------------------------------------------------------------------------------------------

def pdf_writer(header: str | None = HEADER):
    """An A4 fpdf2 document with DejaVu Sans (Polish letters), a running header and page numbers;
    header '' means page numbers only, None neither."""
    from fpdf import FPDF

    class Page(FPDF):
        def header(self) -> None:
            if header:
                self.set_font("dejavu", size=8)
                self.cell(0, 5, header, align="C")
                self.ln(8)

        def footer(self) -> None:
            if header is not None:
                self.set_y(-12)
                self.set_font("dejavu", size=8)
                self.cell(0, 5, f"– {self.page_no()} –", align="C")

    pdf = Page(format="A4")
    pdf.add_font("dejavu", "", str(FONT))
    pdf.set_auto_page_break(True, 15)
    pdf.set_creator("geomap tests")
    return pdf


def to_pdf(text: str, path: Path, header: str | None = HEADER) -> Path:
    """Each line a paragraph (long ones wrap, as on paper), addresses in small print where they
    stand; a running header and a page number on every page. A one-page document gets its page
    number only: on one page a running header cannot be told from a first line (see read/pdf.py)."""
    pdf = pdf_writer(header)
    pdf.add_page()
    for s in lines_of(text):
        if ADDRESS.match(s):
            pdf.set_font("dejavu", size=5)
            pdf.multi_cell(0, 2.5, s, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("dejavu", size=10)
            pdf.multi_cell(0, 5, s, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    if pdf.page_no() == 1 and header:
        return to_pdf(text, path, header="")
    pdf.output(str(path))
    return path


def write_as(text: str, form: str, folder: Path, stem: str) -> Path:
    """The text written in `form` ('md', 'html', 'docx' or 'pdf') as folder/stem.form."""
    path = folder / f"{stem}.{form}"
    if form == "md":
        path.write_text(to_markdown(text), encoding="utf-8")
    elif form == "html":
        path.write_text(to_html(text, stem), encoding="utf-8")
    elif form == "docx":
        to_docx(text, path)
    elif form == "pdf":
        to_pdf(text, path)
    else:
        raise ValueError(form)
    return path
