"""Date lines, in-text dates, relative phrases and the year of a bulletin that never prints it."""
from __future__ import annotations

from pathlib import Path

import pytest

from geomap.events import read_text
from geomap.extract import extract_file, extract_text
from geomap.extract.document.datelines import parse_date_line
from geomap.extract.mentions.dates import Anchor, find_dates

NOV_2018 = Anchor(2018, 11)


@pytest.mark.parametrize("line, start, end", [
    ("7-8 listopada: ambasador odbył wizytę", "2018-11-07", "2018-11-08"),
    ("30 października – 1 listopada: delegacja", "2018-10-30", "2018-11-01"),
    ("1 grudnia: przywódcy spotkali się", "2018-12-01", "2018-12-01"),
    (" 28 listopada: współpraca", "2018-11-28", "2018-11-28"),
    ("16-20 listopada: Rosja i KRLD", "2018-11-16", "2018-11-20"),
    ("14 November: ministers met", "2018-11-14", "2018-11-14"),
    ("November 14-15: talks in Tokyo", "2018-11-14", "2018-11-15"),
    ("November 30 – December 2: a delegation", "2018-11-30", "2018-12-02"),
    ("Nov. 9: a phone call", "2018-11-09", "2018-11-09"),
    ("7 listopada 2017 r.: wizyta", "2017-11-07", "2017-11-07"),
    ("January 3, 2019: reception", "2019-01-03", "2019-01-03"),
    ("5 stycznia: wizyta", "2019-01-05", "2019-01-05"),       # a January entry of a November bulletin
    # more of the forms writers use: Roman months, slashes, brackets, ISO, ordinals, bars
    ("7 XI – delegacja odwiedziła Mińsk", "2018-11-07", "2018-11-07"),
    ("7.XI.2018: rozmowy w Seulu", "2018-11-07", "2018-11-07"),
    ("7/11 – rozmowy w Seulu", "2018-11-07", "2018-11-07"),
    ("(7.11) Ambasador spotkał się z ministrem", "2018-11-07", "2018-11-07"),
    ("[7–8.11] Delegacja w Tokio", "2018-11-07", "2018-11-08"),
    ("2018-11-07: talks in Seoul", "2018-11-07", "2018-11-07"),
    ("7-go listopada: wizyta", "2018-11-07", "2018-11-07"),
    ("Nov 7 | talks in Seoul", "2018-11-07", "2018-11-07"),
    ("November 7. The ministers met in Tokyo.", "2018-11-07", "2018-11-07"),
    ("07.11 Ambasador spotkał się z ministrem", "2018-11-07", "2018-11-07"),
    ("**Japan–Russia.** 7 November: talks in Tokyo", "2018-11-07", "2018-11-07"),   # a topic label first
    ("Japan/Russia, 7 November: talks in Tokyo", "2018-11-07", "2018-11-07"),
    ("On 7 November: talks in Tokyo", "2018-11-07", "2018-11-07"),
    ("7th of November: talks in Tokyo", "2018-11-07", "2018-11-07"),
])
def test_date_lines(line, start, end):
    dl = parse_date_line(line)
    assert dl is not None
    when = dl.resolve(NOV_2018)
    assert (when.start, when.end, when.precision) == (start, end, "day")


@pytest.mark.parametrize("line", [
    "Obie strony spotkały się 7 listopada w Tokio.",
    "30 czerwca 2019 r. doszło do spotkania",
    "14 listopada ambasador spotkał się",       # no colon: a sentence, not an entry
    "Nie oznacza to, że przywódcy zaprzestaną spotkań: premier",
    "II. JAPONIA – ROSJA, UKRAINA, BIAŁORUŚ",
    "2.1 Bulletins: one event per entry",        # a numbered section, not 2 January
    "### 1.2 Japonia i Rosja",
    "3 June the minister said",                 # no separator after a day and month: a sentence
])
def test_not_date_lines(line):
    assert parse_date_line(line) is None


def test_month_placed_around_the_bulletin_month():
    dec = Anchor(2019, 12)
    assert parse_date_line("January 3:").resolve(dec).start == "2020-01-03"
    assert parse_date_line("30 listopada:").resolve(dec).start == "2019-11-30"
    assert parse_date_line("30 grudnia – 2 stycznia:").resolve(Anchor(2019, 12)).end == "2020-01-02"


@pytest.mark.parametrize("text, anchor, start, precision", [
    ("we wrześniu 2017 roku odwiedził", NOV_2018, "2017-09", "month"),
    ("wizyta w październiku tego roku", NOV_2018, "2018-10", "month"),
    ("znalezione w styczniu br. w okolicach", Anchor(2024, 6), "2024-01", "month"),
    ("spotkanie w kwietniu 2019 r. w Rosji", Anchor(2023, 9), "2019-04", "month"),
    ("30 czerwca 2019 r. doszło do spotkania", Anchor(2023, 9), "2019-06-30", "day"),
    ("Przed dwoma miesiącami w Pjongjangu", Anchor(2023, 9), "2023-07", "month"),
    ("poparł umowę w ubiegłym tygodniu", Anchor(2024, 11, 12), "2024-11", "month"),
    ("We wtorek agencja podała", Anchor(2024, 11, 12), "2024-11-12", "day"),
    ("we wtorek", Anchor(2024, 6), "2024-06", "month"),           # month-only header: no day
    ("We wtorek minister przyjął", Anchor(2019, 3, 14), "2019-03-12", "day"),
    ("pod koniec lutego w Hanoi", Anchor(2019, 3), "2019-02", "month"),
    ("In July, the minister visited", Anchor(2023, 9), "2023-07", "month"),
    ("in April 2019 the two leaders", Anchor(2023, 9), "2019-04", "month"),
    ("on 30 June 2019 they met", Anchor(2023, 9), "2019-06-30", "day"),
    ("last month the talks", Anchor(2023, 9), "2023-08", "month"),
    ("12.11.2024 08:08", None, "2024-11-12", "day"),
])
def test_dates_in_text(text, anchor, start, precision):
    hits = find_dates(text, anchor)
    assert hits, text
    assert (hits[0].when.start, hits[0].when.precision) == (start, precision)


@pytest.mark.parametrize("text", [
    "Spotkanie odbyło się, a nie w Seulu, bo nie było czasu",   # 'się' and 'nie' are not dates
    "wiosną tego roku odwiedziła Seul",
    "od 2000 roku",
    "Kim may visit Russia",
])
def test_no_false_dates(text):
    assert [h for h in find_dates(text, NOV_2018) if h.when.precision != "year"] == []


def test_corpus_bulletin_year_comes_from_its_addresses_and_references(corpus: Path):
    events = extract_file(corpus / "000_b95ef6c076320980.txt")
    main = [e for e in events if not e.in_passing]
    assert {e.date_start[:4] for e in main} == {"2018"}
    assert any(e.date_start == "2018-12-01" for e in main)           # '1 grudnia' after November entries
    assert any((e.date_start, e.date_end) == ("2018-10-30", "2018-11-01") for e in main)


def test_year_without_addresses_from_a_later_reference(corpus: Path):
    """Strip every address: 'do czerwca 2019 roku' in the commentary still dates the November entries."""
    text = read_text(corpus / "000_b95ef6c076320980.txt")
    bare = "\n".join(line for line in text.split("\n") if not line.startswith("http"))
    events = extract_text(bare, "bare.txt")
    assert {e.date_start[:7] for e in events if not e.in_passing} <= {"2018-10", "2018-11", "2018-12"}


def test_news_weekday_resolved_against_publication_day():
    from geomap.extract import extract_text
    text = ("Ministrowie spotkali się w Moskwie\n\nSzefowie dyplomacji Rosji i Japonii rozmawiali w Moskwie.\n\n"
            "Publikacja: 14.03.2019 09:30\n\nWe wtorek Ławrow przyjął w Moskwie ministra Taro Kono.\n")
    lead = extract_text(text, "n.txt")[0]
    assert (lead.date_start, lead.date_precision) == ("2019-03-12", "day")
    month_only = " date 2019-03 Szefowie dyplomacji Rosji i Japonii spotkali się we wtorek w Moskwie.\n"
    lead = extract_text(month_only, "m.txt")[0]
    assert (lead.date_start, lead.date_precision) == ("2019-03", "month")


@pytest.mark.parametrize("text, start, end", [
    ("Od środy do piątku przebywał w Warszawie.", "2023-07-12", "2023-07-14"),
    ("From Monday to Wednesday he stayed in Oslo.", "2023-07-10", "2023-07-12"),
])
def test_weekday_spans_in_an_article(text, start, end):
    (hit,) = find_dates(text, Anchor(2023, 7, 15))
    assert (hit.when.start, hit.when.end) == (start, end)


def test_a_month_used_as_an_attribute_dates_a_past_event():
    (hit,) = find_dates("after the failure of the February summit in Hanoi", Anchor(2019, 4))
    assert hit.when.start == "2019-02"
