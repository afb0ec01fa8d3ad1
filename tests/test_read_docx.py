"""DOCX: paragraphs as lines, a date | text table as dated entries, notes where a printout has them,
link addresses wherever Word keeps them, and broken files refused in one line."""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from document_forms import Notes, add_link
from geomap.errors import UnreadableDocument
from geomap.extract import extract_text
from geomap.read import SUPPORTED, DocumentDate, read_document

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

ENTRIES = [("12 lutego", "ambasador Ukrainy spotkał się w Tokio z wiceministrem gospodarki Japonii."),
           ("20 lutego", "delegacja obwodu sachalińskiego odwiedziła Sapporo."),
           ("20 lutego", "gubernator Hokkaido przyjął gości z Sachalinu w swoim urzędzie."),
           ("27-28 lutego", "przywódcy Korei Północnej i Stanów Zjednoczonych spotkali się w Hanoi.")]


def table_bulletin(path: Path) -> Path:
    """A bulletin kept as a two-column table, with a header row; the date of two entries on the same
    day is one cell merged down over both rows, as people make it in Word."""
    d = docx.Document()
    d.add_heading("Kalendarium, luty 2019", level=1)
    table = d.add_table(rows=len(ENTRIES) + 1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Data", "Wydarzenie"
    for row, (day, text) in enumerate(ENTRIES, 1):
        table.cell(row, 1).text = text
        if row == 3:
            table.cell(2, 0).merge(table.cell(3, 0))   # the 20 February cell spans two rows
        else:
            table.cell(row, 0).text = day
    d.save(str(path))
    return path


def test_a_table_of_dates_reads_as_dated_entries(tmp_path):
    doc = read_document(table_bulletin(tmp_path / "kalendarium.docx"))
    assert doc.text == ("Kalendarium, luty 2019\n\nData: Wydarzenie\n\n"
                        + "\n\n".join(f"{day}: {text}" for day, text in ENTRIES) + "\n")
    assert doc.notes == ("docx: 1 paragraph; 1 heading; 1 table (5 rows, one line each)",)
    as_text = "Kalendarium, luty 2019\n\n" + "\n".join(f"{day}: {text}" for day, text in ENTRIES) + "\n"
    expected = [(e.date_start, e.venue_id, e.event_type) for e in extract_text(as_text, "k.txt")]
    assert [(e.date_start, e.venue_id, e.event_type) for e in extract_text(doc.text, "k.txt")] == expected
    assert [d for d, _, _ in expected] == ["2019-02-12", "2019-02-20", "2019-02-20", "2019-02-27"]


def test_footnotes_follow_their_paragraph_and_endnotes_close_the_document(tmp_path):
    d = docx.Document()
    footnotes, endnotes = Notes(d), Notes(d, "endnotes")
    first = d.add_paragraph("7 lutego: premier Japonii przemawiał w Tokio.")
    footnotes.cite(first, url="https://www.kantei.go.jp/jp/98_abe/statement/2019/0207.html")
    footnotes.cite(first, text="Zob. też ", url="https://www.mofa.go.jp/press/page1.html")
    second = d.add_paragraph("16 lutego: ministrowie rozmawiali w Monachium.")
    endnotes.cite(second, text="Opracowanie własne na podstawie komunikatów.")
    d.add_paragraph("Koniec.")
    path = tmp_path / "przypisy.docx"
    d.save(str(path))
    doc = read_document(path)
    assert doc.text == ("7 lutego: premier Japonii przemawiał w Tokio.\n\n"
                        "https://www.kantei.go.jp/jp/98_abe/statement/2019/0207.html\n\n"
                        "Zob. też\nhttps://www.mofa.go.jp/press/page1.html\n\n"
                        "16 lutego: ministrowie rozmawiali w Monachium.\n\n"
                        "Koniec.\n\n"
                        "Opracowanie własne na podstawie komunikatów.\n")
    assert "2 footnotes after the paragraphs citing them" in doc.notes[0]
    assert "1 endnote or uncited footnote at the end" in doc.notes[0]


def test_text_and_link_addresses_are_kept_wherever_word_stores_them(tmp_path):
    d = docx.Document()
    plain = d.add_paragraph("Komunikat: ")
    add_link(plain, "https://mfa.gov.ua/news/1", "ministerstwo")
    field = d.add_paragraph()
    field._p.append(parse_xml(
        f'<w:r {W}><w:t xml:space="preserve">Źródło: </w:t></w:r>'))
    for xml in (f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r {W}><w:instrText xml:space="preserve"> HYPERLINK "https://www.mid.ru/ru/news/2" \\o "tip" </w:instrText></w:r>',
                f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>',
                f'<w:r {W}><w:t>MSZ Rosji</w:t></w:r>',
                f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'):
        field._p.append(parse_xml(xml))
    simple = d.add_paragraph()
    simple._p.append(parse_xml(f'<w:fldSimple {W} w:instr=\' HYPERLINK "https://www.mofa.go.jp/3.html" \'>'
                               f'<w:r><w:t>MSZ Japonii</w:t></w:r></w:fldSimple>'))
    edited = d.add_paragraph()
    edited._p.append(parse_xml(f'<w:ins {W} w:id="1" w:author="a"><w:r><w:t>Spotkanie w Seulu</w:t></w:r></w:ins>'))
    edited._p.append(parse_xml(f'<w:del {W} w:id="2" w:author="a"><w:r><w:delText> i w Pekinie</w:delText></w:r></w:del>'))
    edited._p.append(parse_xml(f'<w:r {W}><w:t>.</w:t></w:r>'))
    d.element.body.insert(len(d.element.body) - 1, parse_xml(   # a content control from a template
        f'<w:sdt {W}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Pole szablonu: Mińsk</w:t></w:r></w:p>'
        f'</w:sdtContent></w:sdt>'))
    path = tmp_path / "linki.docx"
    d.save(str(path))
    assert read_document(path).text == ("Komunikat: ministerstwo\nhttps://mfa.gov.ua/news/1\n\n"
                                        "Źródło: MSZ Rosji\nhttps://www.mid.ru/ru/news/2\n\n"
                                        "MSZ Japonii\nhttps://www.mofa.go.jp/3.html\n\n"
                                        "Spotkanie w Seulu.\n\nPole szablonu: Mińsk\n")


def test_the_files_own_dates_are_named_as_such(tmp_path):
    d = docx.Document()
    d.add_paragraph("Tekst.")
    d.core_properties.title = "Biuletyn, luty 2019"
    d.core_properties.created = dt.datetime(2019, 3, 1, 8, 0)
    d.core_properties.modified = dt.datetime(2019, 3, 4, 16, 20)
    path = tmp_path / "daty.docx"
    d.save(str(path))
    doc = read_document(path)
    assert doc.title == "Biuletyn, luty 2019"
    assert [(x.date, x.source, x.kind) for x in doc.dates] == [
        (dt.date(2019, 3, 1), "docx created", "created"), (dt.date(2019, 3, 4), "docx modified", "modified")]
    assert all(isinstance(x, DocumentDate) for x in doc.dates)


def _truncated(path: Path) -> Path:
    table_bulletin(path.with_suffix(".whole"))
    data = path.with_suffix(".whole").read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


def _bad_xml(path: Path) -> Path:
    table_bulletin(path.with_suffix(".whole"))
    with zipfile.ZipFile(path.with_suffix(".whole")) as src, zipfile.ZipFile(path, "w") as out:
        for item in src.infolist():
            data = src.read(item)
            out.writestr(item, data[:200] if item.filename == "word/document.xml" else data)
    return path


def _empty(path: Path) -> Path:
    docx.Document().save(str(path))
    return path


@pytest.mark.parametrize("make,words", [
    (_truncated, "is a broken or truncated zip file"),
    (_bad_xml, "is a broken DOCX"),
    (_empty, "is a DOCX with no text"),
], ids=["truncated", "broken xml", "empty"])
def test_hostile_docx_files_are_refused_in_one_line(tmp_path, make, words):
    path = make(tmp_path / "doc.docx")
    with pytest.raises(UnreadableDocument) as e:
        read_document(path)
    message = str(e.value)
    assert message.startswith(f"{path}: {words}") and message.endswith(SUPPORTED) and "\n" not in message


def test_a_source_cell_after_a_finished_sentence_is_set_off_by_a_space(tmp_path):
    d = docx.Document()
    d.add_heading("Kalendarium, marzec 2016", level=1)
    table = d.add_table(rows=3, cols=3)
    table.cell(0, 0).text, table.cell(0, 1).text, table.cell(0, 2).text = "Data", "Wydarzenie", "Źródło"
    table.cell(1, 0).text = "3 marca"
    table.cell(1, 1).text = "w Tokio wiceministrowie rozmawiali o traktacie pokojowym."
    table.cell(1, 2).text = "http://example.org/kal/1"
    table.cell(2, 0).text = "9 marca"
    table.cell(2, 1).text = "delegacja z Chabarowska odwiedziła Niigatę."
    table.cell(2, 2).text = "http://example.org/kal/2"
    d.save(str(tmp_path / "k.docx"))
    lines = read_document(tmp_path / "k.docx").text.splitlines()
    assert "3 marca: w Tokio wiceministrowie rozmawiali o traktacie pokojowym. http://example.org/kal/1" in lines
    first = extract_text(read_document(tmp_path / "k.docx").text, "k.txt")[0]
    assert first.headline.endswith("pokojowym.") and first.source_urls == ("http://example.org/kal/1",)
