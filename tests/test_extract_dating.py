"""The date a document was written: evidence, how sure it is, and the traps that made wrong maps."""
from __future__ import annotations

import pytest

from geomap.extract import extract_document
from geomap.extract.document.dating import (Clues, address_evidence, file_name_evidence, header_evidence, settle,
                                            title_evidence, url_date)


@pytest.mark.parametrize("url, want", [
    ("https://jen.jiji.com/jc/eng?g=eco&k=2018112701134", (2018, 11, 27)),
    ("https://kpi.ua/2018-11-23-kr", (2018, 11, 23)),
    ("http://snuac.snu.ac.kr/eng/index.php/2018/11/21/korea-russia/", (2018, 11, 21)),
    ("https://japan.kantei.go.jp/tyoukanpress/201901/16_a.html", (2019, 1, None)),
    ("https://www.belta.by/politics/view/19-12-2018-article", (2018, 12, 19)),
    ("https://www.mofa.go.jp/press/release/press4e_002261.html", None),
])
def test_dates_in_addresses(url, want):
    assert url_date(url) == want


@pytest.mark.parametrize("head, want", [
    (" date 2024-06 Putin przyleciał", (2024, 6, None)),
    ("date 2025-06\nŁawrow w Pjongjangu", (2025, 6, None)),
    ("Tytuł\n\nLead.\n\nPublikacja: 12.11.2024 08:08\n", (2024, 11, 12)),
    ("Published: 3 March 2023", (2023, 3, 3)),
    ("Posted on March 3, 2023", (2023, 3, 3)),
    ("Dodano: 12-06-2024", (2024, 6, 12)),
    ("By Anna Lee, June 12, 2024", (2024, 6, 12)),
    ("Last updated: 12 June 2024", (2024, 6, 12)),
    ("June 12, 2024 10:00 a.m. KST", (2024, 6, 12)),
    ("2024-06-12T10:00:00+09:00", (2024, 6, 12)),
    ("12.06.2024 godz. 08:15", (2024, 6, 12)),
])
def test_headers_and_publication_lines(head, want):
    e = header_evidence(head)[0]
    assert (e.year, e.month, e.day) == want


@pytest.mark.parametrize("title, want", [
    ("Biuletyn wschodnioazjatycki nr 2/2019 (luty)", (2019, 2)),
    ("East Asia Monitor — March 2021", (2021, 3)),
    ("Przegląd miesięczny 02/2019", (2019, 2)),
    ("Listopad 2018", (2018, 11)),
])
def test_title_blocks(title, want):
    assert {(e.year, e.month) for e in title_evidence(title)} == {want}


@pytest.mark.parametrize("name, want", [
    ("bulletin_en_2019_01.txt", (2019, 1)),
    ("biuletyn-2021-03.pdf", (2021, 3)),
    ("monitor_201902.docx", (2019, 2)),
    ("notes.txt", None),
])
def test_file_names(name, want):
    found = [(e.year, e.month) for e in file_name_evidence(name)]
    assert found == ([want] if want else [])


def test_a_file_name_with_two_years_only_bounds_its_articles():
    (e,) = file_name_evidence("news_pl_2024_2025.txt")
    assert e.year is None and (e.lo, e.hi) == ((2024, 1), (2025, 12))


def test_statements_outweigh_addresses_and_history():
    clues = Clues(head="East Asia Monitor — March 2021", text="the 1956 Declaration; w listopadzie 2017 roku",
                  urls=["https://example.org/2020/11/x"])
    d = settle(clues.evidence(), main_month=3)
    assert (d.anchor.year, d.sureness) == (2021, "strong")


def test_addresses_of_january_date_a_december_bulletin():
    """Entries of 27 December – 3 January cite January pages: the bulletin is still December's."""
    d = settle(address_evidence(["https://a.ru/2019/01/02/x", "https://b.ru/2018/12/10/y",
                                 "https://c.ru/20181214"]), main_month=12)
    assert (d.anchor.year, d.anchor.month, d.sureness) == (2018, 12, "strong")


def test_nothing_says_the_date():
    d = settle(Clues(text="Rozmowy o deklaracji z 1956 roku.").evidence(), main_month=1)
    assert d.anchor is None and d.sureness == "none" and "--date" in d.warning


BULLETIN_1956 = """MONTHLY NOTES ON EAST ASIA

I. SUMMARY
The 1956 Declaration remains the reference point of every talk.

II. JAPAN AND RUSSIA
January 22: Abe Shinzo flew to Moscow, where he and Vladimir Putin spent the afternoon in talks.
January 25: Foreign Minister Kono Taro called on his Ukrainian counterpart in Kyiv.
"""


def test_a_treaty_year_is_never_the_document_year():
    """The only four-digit year is 1956: office-holders bound the year, and the guess is flagged."""
    r = extract_document(BULLETIN_1956, "notes.txt")
    years = {e.date_start[:4] for e in r.events}
    assert years and years <= {"2018", "2019"}
    assert any("weak evidence" in w for w in r.warnings)


def test_a_file_name_settles_what_office_holders_leave_open():
    r = extract_document(BULLETIN_1956, "notes_2019_01.txt")
    assert {e.date_start[:7] for e in r.events} == {"2019-01"} and r.warnings == []


def test_weekdays_fix_the_year_within_a_term():
    text = ("Przegląd\n\n14 lutego (czwartek): premier Shinzo Abe przyjął w Tokio ambasadora Rosji.\n"
            "15 lutego (piątek): Ambasador Rosji spotkał się w Osace z gubernatorem.\n")
    r = extract_document(text, "b.txt")
    # Thursday 14 February: 2013 and 2019 within Abe's second term; the guess says so
    assert {e.date_start[:4] for e in r.events} <= {"2013", "2019"}
    assert r.reading.parts[0].date.sureness == "weak"


def test_given_date_wins():
    r = extract_document(BULLETIN_1956, "notes.txt", date="2018-01")
    assert {e.date_start[:7] for e in r.events} == {"2018-01"}
    assert r.reading.parts[0].date.sureness == "given"


def test_an_undated_document_is_a_problem_not_a_guess():
    r = extract_document("January 22: talks in Moscow.\nJanuary 24: a visit to Kyiv.\n", "x.txt")
    assert r.events == [] and r.problems[0].field == "date"


NEWS_FILE = """date 2024-06 Władimir Putin przyleciał do Pjongjangu na rozmowy z Kim Dzong Unem.

Wizyta trwała dwa dni.

 date 2025-07 Do Wonsanu przyjechał minister Siergiej Ławrow.

Rozmawiał tam z Choe Son Hui.
"""


def test_each_article_keeps_its_own_date_and_header():
    r = extract_document(NEWS_FILE, "news.txt")
    assert [p.date.value for p in r.reading.parts] == ["2024-06", "2025-07"]
    leads = [e for e in r.events if not e.in_passing]
    assert [e.date_start for e in leads] == ["2024-06", "2025-07"]
    assert not any("date 20" in e.headline for e in r.events)


def test_articles_under_publication_lines():
    text = ("Putin w Pjongjangu\n\nPrezydent Rosji przyleciał do stolicy KRLD.\n\nPublikacja: 19.06.2024 08:00\n\n"
            "Rozmowy trwały cały dzień.\n\nŁawrow w Wonsanie\n\nSzef rosyjskiej dyplomacji przyleciał do Wonsanu.\n\n"
            "Publikacja: 12.07.2025 10:00\n\nSpotkał się z Kim Dzong Unem.\n")
    r = extract_document(text, "two.txt")
    assert [p.date.value for p in r.reading.parts] == ["2024-06-19", "2025-07-12"]
    assert [e.date_start[:7] for e in r.events if not e.in_passing] == ["2024-06", "2025-07"]


def test_an_empty_result_says_what_was_found():
    r = extract_document("ANALYSIS\n\nNothing happened this month, and we say so at length.\n", "a.txt")
    assert r.events == [] and any(w.startswith("no events") for w in r.warnings)


@pytest.mark.parametrize("head, want", [
    ("Seoul and Moscow hold talks\nMarch 14, 2024\n", (2024, 3, 14)),
    ("Rozmowy w Seulu\n14.03.2024 09:30\n", (2024, 3, 14)),
    ("SEOUL, March 14, 2024 (Yonhap) -- South Korea summoned the ambassador.", (2024, 3, 14)),
    ("MOSKWA, 14 marca 2024 (PAP) – Ławrow przyjął ministra.", (2024, 3, 14)),
])
def test_date_lines_and_datelines_in_an_article_head(head, want):
    e = header_evidence(head)[0]
    assert (e.year, e.month, e.day) == want
