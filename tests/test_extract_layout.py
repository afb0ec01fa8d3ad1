"""Page debris, hyphenation, analysis sections, encodings and the command line."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from geomap.events import read_text
from geomap.extract import extract_file, extract_text
from geomap.extract.document.entries import outline
from geomap.extract.command import extract_command
from geomap.extract.document.layout import clean, sentences

BULLETIN = "000_b95ef6c076320980.txt"


def test_address_blocks_are_lifted_out_and_paragraphs_rejoined(corpus: Path):
    text = read_text(corpus / BULLETIN)
    c = clean(text)
    assert [len(b.urls) for b in c.url_blocks] == [4, 4, 4, 5, 4, 6, 4, 4, 3, 2]
    assert "http" not in c.text
    # the Vienna entry's paragraph runs on across the page foot
    assert "inicjująca wspólny projekt Rosji" in c.text
    i = c.text.index("inicjująca wspólny projekt")
    a, b = c.orig(i, i + len("inicjująca wspólny projekt"))
    assert text[a:a + 10] == "inicjująca" and text[b - 7:b] == "projekt" and "http" in text[a:b]


@pytest.mark.parametrize("raw, joined", [
    ("wydarzenie K-\n\nstories: Live Talk", "wydarzenie K-stories: Live Talk"),
    ("Ambasador Woo Yoon-\n\nkeun spotkał się", "Ambasador Woo Yoon-keun spotkał się"),
    ("współpraca koreańsko-\n\nrosyjska w regionie", "współpraca koreańsko-rosyjska w regionie"),
    ("Uczestnicy Ukraińsko-\n\nKoreańskiego Forum", "Uczestnicy Ukraińsko-Koreańskiego Forum"),
    ("omówiono rozwój współ-\n\npracy gospodarczej", "omówiono rozwój współpracy gospodarczej"),
    ("dairy farming co-\n\noperation with firms", "dairy farming cooperation with firms"),
])
def test_line_end_hyphens(raw, joined):
    assert clean(raw).text == joined


def test_sentences_do_not_break_at_abbreviations():
    t = "Komitet ds. Turystyki zorganizował m.in. pokaz w 2019 r. w Seulu. Drugie zdanie."
    assert [s.text for s in sentences(t)] == ["Komitet ds. Turystyki zorganizował m.in. pokaz w 2019 r. w Seulu.",
                                              "Drugie zdanie."]


def test_analysis_sections_give_no_events(corpus: Path):
    c = clean(read_text(corpus / BULLETIN))
    ol = outline(c)
    entries, sections = ol.entries, ol.sections
    titles = [(s.title, s.analysis) for s in sections]
    assert ("I. WNIOSKI", True) in titles and ("KOMENTARZ", True) in titles
    assert any(t.startswith("III. PÓŁWYSEP") and not a for t, a in titles)
    assert len(entries) == 36
    events = extract_file(corpus / BULLETIN)
    komentarz = c.text.index("KOMENTARZ")
    # the commentary names Singapore, Argentina and June 2019: none of it becomes an event
    assert not any(e.date_start.startswith("2019") for e in events)
    assert all(e.evidence[0] < c.orig(komentarz, komentarz + 1)[0] for e in events)


def test_english_conclusions_and_commentary_are_skipped():
    text = ("I. CONCLUSIONS\n\na. The ministers met in Kyiv on 16 December.\n\nII. JAPAN – UKRAINE\n\n"
            "16 December: Japan's foreign minister held talks in Kyiv with his Ukrainian counterpart.\n\n"
            "17 December: The Ukrainian ambassador met the Japanese justice minister.\n\n"
            "COMMENTARY\n\n18 December: A date line inside the commentary is not an entry.\n\n"
            "Prime Minister Abe is expected in Moscow in May 2020.\n")
    events = extract_text(text, "en_2019_12.txt")
    assert [e.date_start[5:] for e in events] == ["12-16", "12-17"]
    assert [e.venue for e in events] == ["Kyiv", "Tokyo"]


@pytest.mark.parametrize("variant", ["utf-8-sig", "cp1250", "crlf"])
def test_encodings_give_the_same_events(corpus: Path, tmp_path: Path, variant: str):
    text = (corpus / BULLETIN).read_text(encoding="utf-8")
    p = tmp_path / BULLETIN
    if variant == "crlf":
        p.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    else:
        p.write_bytes(text.encode(variant))
    plain = [(e.date_start, e.venue, e.event_type, e.source_urls) for e in extract_file(corpus / BULLETIN)]
    other = [(e.date_start, e.venue, e.event_type, e.source_urls) for e in extract_file(p)]
    assert other == plain


def test_evidence_points_into_the_text_given(corpus: Path):
    text = (corpus / BULLETIN).read_text(encoding="utf-8").replace("\n", "\r\n")
    for e in extract_text(text, BULLETIN):
        a, b = e.evidence
        assert 0 <= a < b <= len(text)
        if not e.in_passing:
            assert text[a:b].lstrip()[:1].isdigit()          # an entry's span opens with its date line
        assert 0.0 <= e.confidence <= 1.0


def test_command_writes_json_lines(corpus: Path, tmp_path: Path):
    out = tmp_path / "events.jsonl"
    r = CliRunner().invoke(extract_command, [str(corpus / BULLETIN), str(corpus / "001_51a4812c081649fb.txt"),
                                             "-o", str(out)])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["doc"] for r in rows} == {BULLETIN, "001_51a4812c081649fb.txt"}
    assert all(r["evidence"] and r["id"] for r in rows)
    r = CliRunner().invoke(extract_command, [str(corpus / "001_51a4812c081649fb.txt")])
    assert r.exit_code == 0 and json.loads(r.output.splitlines()[0])["venue"] == "Pyongyang"


def test_command_names_a_missing_file(tmp_path: Path):
    r = CliRunner().invoke(extract_command, [str(tmp_path / "nope.txt")])
    assert r.exit_code != 0
    assert "nope.txt" in str(r.exception) or "nope.txt" in r.output


def test_plain_headings_end_an_analysis_section():
    """'Key findings' is analysis; a short title line before the entries opens a real section."""
    text = ("Issue 11/2018\n\nKey findings\n\nMoscow and Tokyo sped up the talks.\n\nJapan and Russia\n\n"
            "November 13: The Russian deputy prime minister arrived in Tokyo for talks.\n\n"
            "November 21: The Japanese embassy in Moscow organised a film festival.\n\n"
            "Outlook\n\nNovember 30: a line in the outlook is no entry.\n")
    events = extract_text(text, "p.txt")
    assert [(e.date_start, e.venue) for e in events] == [("2018-11-13", "Tokyo"), ("2018-11-21", "Moscow")]


def test_undated_article_gives_no_event():
    assert extract_text("Minister odwiedził Tokio i rozmawiał o handlu.\n", "x.txt") == []
    assert extract_text("", "e.txt") == []


def test_page_furniture_and_a_collections_preamble_are_not_articles():
    """A rubric in capitals, a byline, and the title and note of a file of clippings give no event."""
    page = ("SPRAWY ŚWIATOWE\n\nMinister Kamikawa odwiedziła Kijów\n\nJan Kowalski · PAP\n\n"
            "Publikacja: 08.01.2024\n\nMinister spraw zagranicznych Japonii Kamikawa Yoko przyjechała "
            "w niedzielę do Kijowa i rozmawiała z Dmytro Kułebą.\n")
    events = extract_text(page, "strona.txt")
    assert [(e.venue, e.event_type) for e in events if not e.in_passing] == [("Kyiv", "visit")]
    clippings = ("# Reading list on Korea\n\nA few stories kept for the desk. Each has its own date.\n\n"
                 "## Seoul hosts a forum\n\nPublished: 3 May 2023\n\nA business forum opened in Seoul on "
                 "Wednesday with Ukrainian firms.\n\n## Talks in Minsk\n\nPublished: 9 May 2023\n\n"
                 "The foreign ministers of Belarus and North Korea held talks in Minsk on Monday.\n")
    events = extract_text(clippings, "clips.md")
    assert sorted(e.venue for e in events if not e.in_passing) == ["Minsk", "Seoul"]
    assert not any("Reading list" in e.headline for e in events)


def test_places_named_together_make_one_event_each():
    text = ("Published: 3 January 2024\n\nRussia launched a heavy air attack on Tuesday: missiles struck "
            "the centres of Odesa and Dnipro, killing civilians.\n")
    events = extract_text(text, "n.txt")
    assert sorted(e.venue for e in events) == ["Dnipro", "Odesa"]
    assert {e.event_type for e in events} == {"military"}


@pytest.mark.parametrize("text", [
    "Notes, June 2019\n\nOn 3 June, Foreign Minister Lavrov received his Japanese counterpart in Moscow.\n\n"
    "On 10 June, a Belarusian delegation visited Pyongyang.\n\nOn June 21, a business forum opened in Seoul.\n\n"
    "On 27 June, Russia and Japan signed a fisheries protocol in Tokyo.\n",
    "Przegląd, czerwiec 2019\n\n3 czerwca minister Ławrow przyjął w Moskwie ministra Japonii.\n\n"
    "10 czerwca delegacja białoruska odwiedziła Pjongjang.\n\n21 czerwca w Seulu otwarto forum biznesowe.\n\n"
    "W dniu 27 czerwca Rosja i Japonia podpisały w Tokio protokół rybołówczy.\n",
])
def test_paragraphs_that_open_with_dates_are_entries(text):
    """A bulletin without date lines, whose paragraphs open with a date in running text."""
    events = extract_text(text, "notes_2019_06.txt")
    assert [(e.date_start, e.venue, e.in_passing) for e in events] == [
        ("2019-06-03", "Moscow", False), ("2019-06-10", "Pyongyang", False),
        ("2019-06-21", "Seoul", False), ("2019-06-27", "Tokyo", False)]


def test_one_dated_paragraph_is_still_a_news_lead():
    text = ("Published: 12 June 2024\n\nOn 11 June, Putin arrived in Pyongyang for talks with Kim Jong Un.\n\n"
            "The two leaders signed a treaty.\n")
    events = extract_text(text, "n.txt")
    assert [(e.date_start, e.venue) for e in events if not e.in_passing] == [("2024-06-11", "Pyongyang")]


def test_a_fault_met_on_one_document_leaves_the_others_their_events(tmp_path: Path, monkeypatch):
    """An unexpected error inside the extractor makes that document unread, with the fault named,
    and the run goes on (with --strict it stops)."""
    import importlib
    extract_module = importlib.import_module("geomap.extract")   # the package; geomap.extract is the API's function
    good = tmp_path / "a_2019_06.txt"
    good.write_text("Bulletin June 2019\n\n3 June: Talks in Tokyo.\n\n5 June: A forum in Seoul.\n", encoding="utf-8")
    bad = tmp_path / "b_2019_06.txt"
    bad.write_text("Bulletin June 2019\n\n4 June: Talks in Minsk.\n\n6 June: A forum in Kyiv.\n", encoding="utf-8")
    real = extract_module.extract_document

    def broken(text, doc, **kw):
        if doc.startswith("b_"):
            raise TypeError("simulated fault")
        return real(text, doc, **kw)

    monkeypatch.setattr(extract_module, "extract_document", broken)
    out = tmp_path / "out.jsonl"
    run = CliRunner().invoke(extract_command, [str(good), str(bad), "-o", str(out)])
    assert run.exit_code == 0, run.output
    assert "unread:" in run.output and "b_2019_06.txt" in run.output and "TypeError" in run.output
    assert [e["venue"] for e in read_events_jsonl(out)] == ["Tokyo", "Seoul"]
    strict = CliRunner().invoke(extract_command, [str(good), str(bad), "--strict", "-o", str(out)])
    assert strict.exit_code != 0


def read_events_jsonl(path: Path):
    import json
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_a_line_that_is_both_header_and_publication_line_opens_one_article():
    from geomap.extract.document.articles import split_articles
    text = ("Date: 2024-06-12\n\nPutin arrived in Pyongyang for talks.\n\n"
            "Date: 2024-06-14\n\nPutin flew on to Hanoi.\n")
    assert len(split_articles(text)) == 2
