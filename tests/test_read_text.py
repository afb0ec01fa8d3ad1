"""Text files in the encodings analysts' tools write, Markdown, and what decides a file's format."""
from __future__ import annotations

import zipfile

import pytest

from geomap.errors import InputError, UnreadableDocument
from geomap.read import SUPPORTED, documents_in, read_document, read_text

POLISH = ("4 marca: minister spraw zagranicznych Japonii złożył wizytę w Kijowie.\n"
          "Źródło: komunikat ministerstwa, żółta strona, łódzki oddział.\n")


@pytest.mark.parametrize("encoding,data,label", [
    ("utf-8", POLISH.encode("utf-8"), "UTF-8"),
    ("utf-8 with BOM", b"\xef\xbb\xbf" + POLISH.encode("utf-8"), "UTF-8 with BOM"),
    ("utf-16 from Word", POLISH.replace("\n", "\r\n").encode("utf-16"), "UTF-16"),
    ("utf-16-be with BOM", b"\xfe\xff" + POLISH.encode("utf-16-be"), "UTF-16"),
    ("utf-16-le without BOM", POLISH.encode("utf-16-le"), "UTF-16"),
    ("windows-1250 with CRLF", POLISH.replace("\n", "\r\n").encode("cp1250"), "Windows-1250"),
    ("old Mac line ends", POLISH.replace("\n", "\r").encode("utf-8"), "UTF-8"),
])
def test_text_files_read_the_same_in_every_encoding(tmp_path, encoding, data, label):
    path = tmp_path / "note.txt"
    path.write_bytes(data)
    doc = read_document(path)
    assert (doc.format, doc.name, doc.path, doc.text) == ("text", "note.txt", path, POLISH)
    assert doc.notes == (f"text: {label}, 2 lines",)


def test_bytes_that_are_no_text_encoding_name_the_line(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_bytes("Pierwsza linia\nDruga \x81 linia\n".encode("latin-1"))
    with pytest.raises(UnreadableDocument, match=r"odd\.txt:2: byte 0x81 .* neither UTF-8 nor Windows-1250"):
        read_document(path)


def test_a_page_saved_under_a_declared_charset_keeps_its_letters(tmp_path):
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head>'
            "<body><p>Wizyta w Łodzi i Gdańsku: ąęśźż.</p></body></html>")
    path = tmp_path / "stara.htm"
    path.write_bytes(page.encode("iso-8859-2"))
    assert read_document(path).text == "Wizyta w Łodzi i Gdańsku: ąęśźż.\n"


@pytest.mark.parametrize("name,data,words", [
    ("raport.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "old Word .doc or a password-protected"),
    ("raport.rtf", b"{\\rtf1\\ansi Spotkanie w Tokio}", "RTF"),
    ("skan.txt", b"\x89PNG\r\n\x1a\n" + bytes(100), "image"),
    ("skan.pdf", b"\xff\xd8\xff\xe0" + bytes(100), "image"),
    ("dane.bin", b"\x00\x01\x02\x03 binary \x00", "binary"),
    ("dziwny.xyz", bytes(range(256)) * 4, "binary"),
])
def test_other_formats_are_refused_naming_the_file_and_what_is_read(tmp_path, name, data, words):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UnreadableDocument, match=words) as e:
        read_document(path)
    message = str(e.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    assert message.endswith(SUPPORTED) and isinstance(e.value, InputError)
    assert e.value.reason in message


@pytest.mark.parametrize("members,words", [
    ({"content.xml": "<office/>", "mimetype": "application/vnd.oasis.opendocument.text"}, "OpenDocument"),
    ({"xl/workbook.xml": "<workbook/>"}, "spreadsheet"),
    ({"notes.txt": "not a document"}, "zip archive"),
])
def test_zip_files_that_are_not_docx_are_refused(tmp_path, members, words):
    path = tmp_path / "file.docx"
    with zipfile.ZipFile(path, "w") as z:
        for member, content in members.items():
            z.writestr(member, content)
    with pytest.raises(UnreadableDocument, match=words):
        read_document(path)


def test_content_decides_the_format_not_the_suffix(tmp_path):
    page = tmp_path / "artykul.txt"
    page.write_text("<!DOCTYPE html><html><body><nav><a href='/'>Start</a></nav>"
                    "<article><p>Ambasador spotkał się z ministrem.</p></article></body></html>")
    doc = read_document(page)
    assert (doc.format, doc.text) == ("html", "Ambasador spotkał się z ministrem.\n")
    renamed = tmp_path / "notatka.pdf"                 # a text file someone named .pdf
    renamed.write_text("Spotkanie w Seulu.\n", encoding="utf-8")
    assert read_document(renamed).format == "text"


def test_read_text_takes_a_document_already_in_memory():
    assert read_text("\ufeffLinia pierwsza\r\nLinia druga\r\n", "a.txt").text == "Linia pierwsza\nLinia druga\n"
    assert read_text("# Tytuł\n\n**3 maja:** wizyta\n", "a.md").text == "Tytuł\n\n3 maja: wizyta\n"
    page = read_text("<html><body><p>Tekst strony</p></body></html>", "wklejone.txt")
    assert (page.format, page.text, page.path) == ("html", "Tekst strony\n", None)


def test_markdown_loses_its_syntax_and_keeps_its_addresses():
    md = """# Biuletyn, marzec

## I. Japonia

**4 marca:** minister odwiedził Kijów, zob. [komunikat](https://mfa.gov.ua/news/1) i *notę*
druga linia akapitu

- pierwszy punkt z `kodem`
- drugi punkt

12. posiedzenie komisji

<https://www.mofa.go.jp/a.html>
<https://www.mofa.go.jp/b.html>

| Data | Wydarzenie |
|------|------------|
| 14 lutego | spotkanie w Tokio |
"""
    doc = read_text(md, "b.md")
    assert doc.text == """Biuletyn, marzec

I. Japonia

4 marca: minister odwiedził Kijów, zob. komunikat i notę
druga linia akapitu
https://mfa.gov.ua/news/1

pierwszy punkt z kodem

drugi punkt

12. posiedzenie komisji

https://www.mofa.go.jp/a.html
https://www.mofa.go.jp/b.html

Data: Wydarzenie

14 lutego: spotkanie w Tokio
"""
    assert doc.title == "Biuletyn, marzec"
    assert doc.notes == ("markdown: 9 paragraphs; 2 headings; 3 list items; 2 table rows; syntax removed",)


def test_a_folder_gives_its_documents_and_nothing_else(tmp_path):
    for name in ("b.PDF", "a.txt", "c.docx", "d.md", "e.html", "f.htm", "~$c.docx", ".ukryty.md", "g.csv",
                 "h.jsonl", "i"):
        (tmp_path / name).write_text("x")
    (tmp_path / "podfolder.txt").mkdir()
    assert [p.name for p in documents_in(tmp_path)] == ["a.txt", "b.PDF", "c.docx", "d.md", "e.html", "f.htm"]


def test_folders_and_missing_files_are_unreadable_documents(tmp_path):
    with pytest.raises(UnreadableDocument, match="is a folder"):
        read_document(tmp_path)
    with pytest.raises(UnreadableDocument, match=r"nope\.txt: cannot read the file"):
        read_document(tmp_path / "nope.txt")


def test_a_text_larger_than_a_document_is_refused(tmp_path):
    path = tmp_path / "huge.md"
    with path.open("wb") as f:
        f.truncate(9_000_000)
    with pytest.raises(UnreadableDocument, match=r"huge\.md: 9\.0 MB is more than one document"):
        read_document(path)


def test_raw_html_inside_markdown_gives_its_words():
    md = "Tekst\n\n<!-- notatka redakcji -->\n\n<div class=\"ramka\">\n<b>Spotkanie</b> w Tokio\n</div>\n\nKoniec\n"
    assert read_text(md, "a.md").text == "Tekst\n\nSpotkanie w Tokio\n\nKoniec\n"
