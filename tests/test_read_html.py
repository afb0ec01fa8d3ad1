"""Saved web pages: the article and nothing around it, the dates the page states, and an HTML bulletin
that reads like its text version."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import lxml.html
import pytest

from geomap.events import read_text as raw_text
from geomap.extract import extract_text
from geomap.errors import UnreadableDocument
from geomap.read import DocumentDate, read_document, read_text

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "read"


def test_a_page_whose_menu_outweighs_the_article_gives_the_article():
    page = FIXTURES / "news_menu_heavy.html"
    tree = lxml.html.parse(str(page)).getroot()
    menu, article = tree.get_element_by_id("top"), tree.find_class("txt")[0]
    assert len(menu.text_content()) > 1.5 * len(article.text_content())   # the fixture is what it says
    doc = read_document(page)
    assert doc.text == (
        "Szefowa dyplomacji Japonii w Kijowie\n\n"
        "Minister spraw zagranicznych Japonii Yoko Kamikawa przyjechała w niedzielę do Kijowa. To jej "
        "pierwsza podróż na Ukrainę od objęcia urzędu we wrześniu.\n\n"
        "W stolicy Ukrainy rozmawiała z ministrem Dmytrem Kułebą o energetyce, rozminowaniu pól oraz o "
        "konferencji w sprawie odbudowy kraju, którą Tokio chce zorganizować w lutym.\n\n"
        "Japonia przekaże Ukrainie kolejne generatory i sprzęt do usuwania min, poinformował resort w "
        "Tokio w komunikacie.\nhttps://www.mofa.go.jp/press/release/pressite_000001_00123.html\n\n"
        "Wieczorem minister Kamikawa spotkała się także z prezydentem Wołodymyrem Zełenskim.\n")
    assert (doc.format, doc.title) == ("html", "Szefowa dyplomacji Japonii w Kijowie")
    assert doc.url == "https://portal.example.pl/swiat/kamikawa-w-kijowie-4411"   # canonical, not og:url
    assert doc.notes[0].startswith("html: densest block, 5 paragraphs; dropped 4 related links, "
                                   "cookie banner, comments")


def test_the_page_states_its_dates_and_says_where():
    doc = read_document(FIXTURES / "news_menu_heavy.html")
    assert {(d.date, d.source, d.kind) for d in doc.dates} == {
        (dt.date(2024, 1, 7), "article:published_time", "published"),
        (dt.date(2024, 1, 8), "article:modified_time", "modified"),
        (dt.date(2024, 1, 7), "json-ld datePublished", "published"),
        (dt.date(2024, 1, 8), "json-ld dateModified", "modified"),
        (dt.date(2024, 1, 7), "<time datetime>", "shown"),
    }


def test_a_saved_page_named_txt_is_read_as_the_page_it_is():
    """The reported failure: a news page saved as .txt gave an event whose headline began
    '<!DOCTYPE html>', and its 'read also' links became events."""
    path = FIXTURES / "saved_page.txt"
    before = extract_text(raw_text(path), path.name)
    assert any(e.headline.startswith("<!DOCTYPE") for e in before)     # what reading it as text did
    doc = read_document(path)
    assert doc.format == "html"
    assert doc.text == (FIXTURES / "saved_page.article.txt").read_text(encoding="utf-8")
    assert doc.url == "https://news.example.com/world/asia/shoigu-pyongyang-visit-2023-07-27"
    assert doc.dates == (DocumentDate(dt.date(2023, 7, 27), "json-ld datePublished", "published",
                                      "2023-07-27T10:12:00Z"),)
    after = extract_text(doc.text, path.name)
    assert not any(e.headline.startswith("<") for e in after)
    for link in ("Vladivostok", "Seoul", "Warsaw", "Moscow"):
        assert link not in doc.text


def test_an_html_bulletin_gives_the_events_of_its_text_version():
    text = (FIXTURES / "bulletin.txt").read_text(encoding="utf-8")
    doc = read_document(FIXTURES / "bulletin.html")

    def signature(events):
        return [(e.date_start, e.date_end, e.venue_id, e.event_type, e.source_urls) for e in events]

    expected = signature(extract_text(text, "bulletin"))
    assert len(expected) == 5
    assert signature(extract_text(doc.text, "bulletin")) == expected
    assert [line for line in doc.text.splitlines() if line] == [line for line in text.splitlines() if line]
    assert doc.dates == (DocumentDate(dt.date(2019, 3, 4), "dcterms.created", "created", "2019-03-04"),)


@pytest.mark.parametrize("page,expected", [
    # an old site laid out with a table: the menu cell and the article cell are not one row of data
    ("<html><body><table><tr><td><a href='/a'>Start</a><br><a href='/b'>Archiwum</a></td>"
     "<td><p>Premier Japonii przyjechał do Warszawy.</p><p>Rozmawiał o pomocy dla Ukrainy.</p></td>"
     "</tr></table></body></html>",
     "Premier Japonii przyjechał do Warszawy.\n\nRozmawiał o pomocy dla Ukrainy.\n"),
    # line breaks inside a paragraph are lines; source formatting is not
    ("<html><body><p>4 marca:\n  spotkanie\n  w Tokio<br>5 marca: wizyta w Seulu</p></body></html>",
     "4 marca: spotkanie w Tokio\n5 marca: wizyta w Seulu\n"),
    # a hidden block and a 'see also' list under its heading go; a plain 'Read more:' sentence stays
    ("<html><body><article><p>Minister przyleciał do Seulu.</p><div style='display: none'><p>Ukryty tekst "
     "o Tokio</p></div><h4>See also</h4><ul><li><a href='/x'>Kim visited Moscow</a></li></ul>"
     "<p>Read more: the talks lasted two days.</p></article></body></html>",
     "Minister przyleciał do Seulu.\n\nRead more: the talks lasted two days.\n"),
    # XHTML opens with an XML declaration
    ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>'
     "<p>Delegacja odwiedziła Sapporo.</p></body></html>", "Delegacja odwiedziła Sapporo.\n"),
], ids=["layout table", "line breaks", "hidden and see-also", "xhtml"])
def test_page_structures(page, expected):
    assert read_text(page, "p.html").text == expected


@pytest.mark.parametrize("page", ["<html><body><nav><a href='/'>Start</a></nav><div id='app'></div></body></html>",
                                  "<html><head><title>x</title></head></html>", "   "])
def test_a_page_with_no_article_text_is_unreadable(tmp_path, page):
    path = tmp_path / "pusta.html"
    path.write_text(page, encoding="utf-8")
    with pytest.raises(UnreadableDocument, match=r"pusta\.html: is a page with no article text .* with scripts"):
        read_document(path)


def test_a_bulletin_page_of_a_table_and_a_list_gives_both(tmp_path: Path):
    """With no <article> or <main>, the block read must hold most of the page's prose: here a table
    of dated rows and a list of dated items, neither of which is the whole bulletin."""
    page = tmp_path / "bulletin_2019_06.html"
    page.write_text(
        "<html><body><h1>Bulletin, June 2019</h1><table><tr><th>Date</th><th>Event</th></tr>"
        "<tr><td>3 June</td><td>Foreign Minister Lavrov received his Japanese counterpart in Moscow.</td></tr>"
        "<tr><td>10 June</td><td>A Belarusian delegation visited Pyongyang.</td></tr>"
        "<tr><td>21 June</td><td>A business forum opened in Seoul with Ukrainian firms.</td></tr></table>"
        "<ul><li><b>24 June:</b> Japan and Russia signed a protocol in Tokyo.</li>"
        "<li><b>27 June</b> – Kim Jong Un met Putin in Vladivostok.</li></ul></body></html>", encoding="utf-8")
    from geomap.extract import extract_file
    assert [e.venue for e in extract_file(page)] == ["Moscow", "Pyongyang", "Seoul", "Tokyo", "Vladivostok"]


def test_footnote_numbers_leave_the_sentence_and_sources_under_main_stay(tmp_path):
    page = tmp_path / "digest.html"
    page.write_text(
        "<html><body><main><h1>Desk digest</h1>"
        "<p><b>Mar. 3</b> — The minister flew to Osaka on a visit lasting until 2020.<sup><a href='#n1'>1</a></sup></p>"
        "<p><b>Mar. 5</b> — Talks took place in Busan.<sup>[2]</sup></p></main>"
        "<footer><h3>Notes</h3><ol><li id='n1'>https://example.org/a/osaka-visit</li>"
        "<li id='n2'>https://example.org/b/busan-talks</li></ol><p>Site by us.</p></footer>"
        "</body></html>", encoding="utf-8")
    doc = read_document(page)
    assert "2020." in doc.text and "2020.1" not in doc.text and "[2]" not in doc.text
    assert doc.text.rstrip().endswith("https://example.org/a/osaka-visit\nhttps://example.org/b/busan-talks")
    assert "Site by us" not in doc.text


def test_a_source_column_gives_its_address_not_its_words(tmp_path):
    page = tmp_path / "chronicle-2022-04.html"
    page.write_text("<html><body><main><h1>Chronicle — April 2022</h1><table>"
                    "<tr><th>Date</th><th>Event</th><th>Source</th></tr>"
                    "<tr><td>4.04</td><td>A Japanese envoy met the mayor of Lviv.</td>"
                    "<td><a href='https://example.org/release/4'>Press office</a></td></tr>"
                    "<tr><td>8.04</td><td>A minister visited Warsaw.</td>"
                    "<td><a href='https://example.org/release/8'>Press office</a></td></tr>"
                    "</table></main></body></html>", encoding="utf-8")
    doc = read_document(page)
    assert "Press office" not in doc.text and "https://example.org/release/8" in doc.text
