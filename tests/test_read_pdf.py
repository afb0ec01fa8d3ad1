"""PDF: lines in reading order, running heads gone, footnote addresses where they stand, hostile files
refused in one line, and a 1,000-page document read within the memory read/pdf.py states."""
from __future__ import annotations

import datetime as dt
import html
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from document_forms import lines_of, pdf_writer, to_pdf
from geomap.errors import UnreadableDocument
from geomap.extract import extract_text
from geomap.read import SUPPORTED, DocumentDate, read_document

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "extract"

# My own bulletin text: two entries, a page break inside the second, its sources at the first page's foot.
FIRST = ("3 marca: ambasador Rosji w Tokio rozmawiał z wiceministrem spraw zagranicznych Japonii o "
         "przygotowaniach do wizyty szefa rosyjskiej dyplomacji. Obie strony uzgodniły terminy kolejnych "
         "konsultacji i potwierdziły zainteresowanie wspólnymi projektami na Kurylach Południowych.")
SECOND = ("9 marca: w Seulu odbyły się konsultacje wiceministrów spraw zagranicznych Korei Południowej i "
          "Rosji. Rozmawiano o sytuacji na Półwyspie Koreańskim oraz o połączeniach kolejowych.")
SOURCES = ["https://www.mofa.go.jp/erp/rss/page1e_000111.html",
           "https://www.mid.ru/ru/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/3558001"
           "?p_p_id=101_INSTANCE_cKNonkJE02Bw&_101_INSTANCE_cKNonkJE02Bw_languageId=ru_RU&redirect=%2Fru%2Fnews"]


def bulletin_pdf(path: Path) -> Path:
    """Three pages with a running header whose issue number changes, 'Strona N z 3' at each foot,
    sources in small print at the foot of page 1, and the second entry running over to page 2."""
    from fpdf import FPDF

    class Bulletin(FPDF):
        def header(self) -> None:
            self.set_font("dejavu", size=8)
            self.cell(0, 5, f"Biuletyn wschodnioazjatycki nr {self.page_no() + 40}/2019", align="R")
            self.ln(10)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("dejavu", size=8)
            self.cell(0, 5, f"Strona {self.page_no()} z {{nb}}", align="C")

    from document_forms import FONT

    pdf = Bulletin(format="A4")
    pdf.add_font("dejavu", "", str(FONT))
    pdf.set_auto_page_break(False)
    pdf.set_title("Biuletyn, marzec 2019")
    pdf.set_creation_date(dt.datetime(2019, 4, 2, 9, 30, tzinfo=dt.timezone.utc))
    pdf.add_page()
    pdf.set_font("dejavu", size=14)
    pdf.cell(0, 8, "I. JAPONIA – ROSJA", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("dejavu", size=10)
    pdf.multi_cell(0, 5, FIRST, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_y(250)
    pdf.multi_cell(0, 5, SECOND[:60], new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(262)
    pdf.set_font("dejavu", size=6)
    for url in SOURCES:
        pdf.multi_cell(0, 3, url, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("dejavu", size=10)
    pdf.multi_cell(0, 5, SECOND[60:], new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.multi_cell(0, 5, "Koniec biuletynu.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def test_a_bulletin_pdf_reads_as_its_text(tmp_path):
    doc = read_document(bulletin_pdf(tmp_path / "marzec.pdf"))
    assert (doc.format, doc.pages, doc.title) == ("pdf", 3, "Biuletyn, marzec 2019")
    assert DocumentDate(dt.date(2019, 4, 2), "pdf CreationDate", "created", "D:20190402093000Z") in doc.dates
    assert "Biuletyn wschodnioazjatycki nr" not in doc.text and "Strona" not in doc.text
    lines = doc.text.split("\n")
    # the heading alone; a blank line between paragraphs, none inside one
    assert lines[:2] == ["I. JAPONIA – ROSJA", ""]
    first = lines[2:lines.index("", 2)]
    assert " ".join(first) == FIRST and len(first) > 1
    # the foot-of-page sources stand between the page's last line and the next page's first (set
    # apart by the gap above them), the long one whole again
    at = lines.index(SECOND[:60].strip())
    assert lines[at + 1:at + 4] == ["", *SOURCES]
    assert SECOND[60:].startswith(lines[at + 4]) and lines[at + 4]
    assert doc.notes[0] == ("pdf: 3 pages, text layer; 6 running header, footer and page-number lines removed; "
                            "1 address broken over lines rejoined")


def test_a_news_pdf_keeps_its_paragraphs(tmp_path):
    text = (FIXTURES / "en_news_2023_09.txt").read_text(encoding="utf-8")
    doc = read_document(to_pdf(text, tmp_path / "news.pdf"))
    paragraphs = [" ".join(p.split("\n")) for p in doc.text.strip().split("\n\n")]
    assert paragraphs == [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    assert "– 1 –" not in doc.text                      # a page number goes even on a single page


@pytest.mark.browser
def test_a_page_printed_by_chromium_reads_as_its_text(browser, tmp_path):
    """Another producer than fpdf2: Chromium's print to PDF, with its header and page numbers."""
    text = (FIXTURES / "pl_bulletin_2019_03.txt").read_text(encoding="utf-8")
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines_of(text))
    page = browser.new_page()
    page.set_content(f"<html><head><meta charset='utf-8'><style>p {{ margin: 0 0 .6em; overflow-wrap: anywhere }}"
                     f"</style></head><body>{body}</body></html>")
    path = tmp_path / "wydruk.pdf"
    small = "font-size: 8px; width: 100%; text-align: center"
    page.pdf(path=str(path), format="A4", display_header_footer=True, margin={"top": "20mm", "bottom": "20mm"},
             header_template=f'<div style="{small}">Wydruk biuletynu, <span class="date"></span></div>',
             footer_template=f'<div style="{small}"><span class="pageNumber"></span>/<span class="totalPages">'
                             "</span></div>")
    page.close()
    doc = read_document(path)
    assert doc.pages > 1 and "Wydruk biuletynu" not in doc.text
    assert doc.notes[0].startswith(f"pdf: {doc.pages} pages, text layer; {2 * doc.pages} running header")

    def signature(t: str) -> list[tuple]:
        return [(e.date_start, e.venue_id, e.event_type, e.source_urls) for e in extract_text(t, "b.txt")]

    assert signature(doc.text) == signature(text)


def _encrypted(path: Path, **how) -> Path:
    pdf = pdf_writer(None)
    pdf.add_page()
    pdf.set_font("dejavu", size=10)
    pdf.multi_cell(0, 5, "4 marca: minister spraw zagranicznych Japonii odwiedził Kijów.")
    pdf.set_encryption(**how)
    pdf.output(str(path))
    return path


def test_a_pdf_locked_only_against_editing_is_read(tmp_path):
    from fpdf.enums import EncryptionMethod

    for method in (EncryptionMethod.RC4, EncryptionMethod.AES_128):
        doc = read_document(_encrypted(tmp_path / f"{method.name}.pdf", owner_password="wlasciciel",
                                       encryption_method=method))
        assert doc.text == "4 marca: minister spraw zagranicznych Japonii odwiedził Kijów.\n"
        assert "encrypted without an open password" in doc.notes[1]


def _scan(path: Path) -> Path:
    from PIL import Image, ImageDraw

    picture = Image.new("L", (1200, 400), 255)
    ImageDraw.Draw(picture).text((40, 40), "4 marca: spotkanie ministrow w Tokio", fill=0)
    pdf = pdf_writer("")                 # scanned pages, with page numbers the scanner's software added
    for _ in range(2):
        pdf.add_page()
        pdf.image(picture, x=10, y=10, w=190)
    pdf.output(str(path))
    return path


def _blank(path: Path) -> Path:
    pdf = pdf_writer(None)
    pdf.add_page()
    pdf.output(str(path))
    return path


def _no_pages(path: Path) -> Path:
    from pypdf import PdfWriter

    PdfWriter().write(str(path))
    return path


def _truncated(path: Path) -> Path:
    whole = to_pdf((FIXTURES / "pl_bulletin_2019_03.txt").read_text(encoding="utf-8"), path.with_suffix(".full"))
    data = whole.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _garbage(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    return path


@pytest.mark.parametrize("make,words", [
    (lambda p: _encrypted(p, owner_password="o", user_password="tajne"), "is protected by a password"),
    (_scan, "has no text layer, only images"),
    (_blank, "holds no text"),
    (_no_pages, "is a PDF with no pages"),
    (_truncated, "is a broken or truncated PDF"),
    (_garbage, "is a broken or truncated PDF"),
], ids=["password", "scan", "empty page", "no pages", "truncated", "garbage"])
def test_hostile_pdfs_are_refused_in_one_line(tmp_path, make, words):
    path = make(tmp_path / "doc.pdf")
    with pytest.raises(UnreadableDocument) as e:
        read_document(path)
    message = str(e.value)
    assert message.startswith(f"{path}: {words}") and message.endswith(SUPPORTED) and "\n" not in message


@pytest.mark.slow
def test_a_thousand_page_pdf_reads_within_the_stated_memory(tmp_path):
    """read/pdf.py states the figure; the bound here leaves room for other machines' allocators."""
    text = (FIXTURES / "pl_bulletin_2019_03.txt").read_text(encoding="utf-8")
    lines = [w for line in text.splitlines() if line.strip() for w in textwrap.wrap(line.strip(), 95)]
    pdf = pdf_writer()
    pdf.set_auto_page_break(False)
    for page in range(1000):
        pdf.add_page()
        pdf.set_font("dejavu", size=10)
        for row in range(48):  # text(), not cell(): the same lines at a third of the cost
            pdf.text(10, 25.5 + row * 5.4, lines[(page * 48 + row) % len(lines)])
    path = tmp_path / "tysiac.pdf"
    pdf.output(str(path))
    run = subprocess.run([sys.executable, "-m", "geomap.read.pdf", str(path)], capture_output=True, text=True,
                         timeout=600)
    assert run.returncode == 0, run.stderr
    head = run.stdout.splitlines()[0]
    assert head.startswith("tysiac.pdf: 1000 pages, ")
    grew = int(head.rsplit("+", 1)[1].split()[0])
    assert grew < 150, head
    assert "2000 running header, footer and page-number lines removed" in run.stdout
