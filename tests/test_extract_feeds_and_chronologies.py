"""Layouts we met only in documents of our own, written to probe what no sealed set had shown yet: a
feed exported as records of fields, a channel's posts stamped with date and time, a chronology of
day numbers under month headings, and a memo that tells its month's days in running prose."""
from __future__ import annotations

import pytest

from geomap.extract import extract, extract_document
from geomap.extract.document.datelines import parse_date_lead, parse_date_line
from geomap.read import read_document

_FEED = (
    "Feed export: Koreas and Russia\n"
    "Items: 3\n\n"
    "Title: Seoul and Moscow hold security dialogue\n"
    "Date: Wed, 06 Nov 2019 08:10:00 GMT\n"
    "Link: https://www.example.org/feed/2019/11/06/dialogue\n"
    "Description: Deputy foreign ministers of South Korea and Russia held a strategic dialogue in Seoul on Tuesday.\n\n"
    "Title: North Korean trade officials in Khabarovsk\n"
    "Date: Mon, 18 Nov 2019 06:45:00 GMT\n"
    "Link: https://www.example.org/feed/2019/11/18/khabarovsk\n"
    "Description: A delegation of North Korean trade officials arrived in Khabarovsk on Sunday for talks on timber.\n\n"
    "Title: Japan and Russia review fisheries quotas\n"
    "Date: Fri, 29 Nov 2019 10:00:00 GMT\n"
    "Link: https://www.example.org/feed/2019/11/29/fisheries\n"
    "Description: Japanese and Russian fisheries officials met in Moscow on Thursday to review quotas.\n"
)


def test_a_feed_of_records_gives_one_event_per_record_dated_by_its_date_field():
    events = extract_document(_FEED, "feed_2019-11.txt").events
    assert sorted((e.date_start, e.venue) for e in events) == [
        ("2019-11-05", "Seoul"), ("2019-11-17", "Khabarovsk"), ("2019-11-28", "Moscow")]
    # the field labels are no part of what the event says
    assert not [e for e in events if "Description:" in e.headline or "Title:" in e.headline]


_CHANNEL = (
    "Kanał: dyplomacja wschodnia, listopad 2019\n\n"
    "[05.11.2019 10:02] MSZ Rosji: Wiceminister Igor Morgułow przyjął w Moskwie ambasadora Japonii Toyohisę Kozukiego.\n\n"
    "[14.11.2019 18:30] Kreml: Władimir Putin rozmawiał telefonicznie z prezydentem Republiki Korei Moon Jae-inem.\n\n"
    "[21.11.2019 08:15] Kreml: Przewodniczący Dumy spotkał się w Seulu z przewodniczącym Zgromadzenia Narodowego.\n"
)


def test_posts_stamped_with_date_and_time_are_entries_and_the_poster_is_no_place():
    events = extract_document(_CHANNEL, "kanal_2019-11.txt").events
    days = sorted((e.date_start, e.venue) for e in events)
    # 'Kreml:' names who posted: a call has no place, and the Duma's chairman met in Seoul
    assert days == [("2019-11-05", "Moscow"), ("2019-11-14", None), ("2019-11-21", "Seoul")]


def test_day_numbers_under_month_headings_take_the_heading_month(tmp_path):
    path = tmp_path / "chronology_2018.md"
    path.write_text(
        "# Japan and Russia: a chronology, spring 2018\n\n"
        "## April 2018\n\n"
        "- 9: Deputy foreign ministers meet in Tokyo on joint projects on the islands.\n"
        "- 26–27: A Japanese business mission visits Yuzhno-Sakhalinsk.\n\n"
        "## May 2018\n\n"
        "- 26: Shinzo Abe and Vladimir Putin hold talks in Moscow.\n"
        "- 29: North Korea fires two short-range missiles from Wonsan.\n", encoding="utf-8")
    events = [e for e in extract(read_document(path)).events if not e.in_passing]
    assert sorted((e.date_start, e.date_end, e.venue) for e in events) == [
        ("2018-04-09", "2018-04-09", "Tokyo"), ("2018-04-26", "2018-04-27", "Yuzhno-Sakhalinsk"),
        ("2018-05-26", "2018-05-26", "Moscow"), ("2018-05-29", "2018-05-29", "Wonsan")]


def test_a_numbered_list_with_no_month_heading_is_no_calendar():
    text = ("Points for the meeting\n\n"
            "- 1: Review the fisheries talks held in Moscow.\n"
            "- 2: Prepare the visit to Tokyo.\n"
            "- 3: Agree the next date.\n")
    assert extract_document(text, "points.txt").reading.kind == "news"


_MEMO = (
    "NOTATKA\n"
    "Rosja a Korea i Japonia we wrześniu 2018 r.\n\n"
    "Wrzesień przyniósł ożywienie kontaktów na wszystkich kierunkach. Już 4 września w Seulu odbyły się\n"
    "konsultacje wiceministrów spraw zagranicznych Rosji i Republiki Korei. Kilka dni później, 11 września,\n"
    "prezydent Putin przyjął we Władywostoku przewodniczącego Zgromadzenia Narodowego.\n\n"
    "Dla relacji z Japonią najważniejszy był udział premiera Abe we Wschodnim Forum Ekonomicznym we\n"
    "Władywostoku. W dniach 10–12 września szef japońskiego rządu kilkakrotnie rozmawiał z Putinem.\n"
)


def test_a_memo_tells_its_days_in_prose_and_its_opening_is_no_event():
    events = extract_document(_MEMO, "notatka_2018-09.txt").events
    # the opening names neither a day nor a place: no event of its own, nor one swallowing the days
    assert not [e for e in events if e.date_start == "2018-09" and e.venue is None]
    days = sorted((e.date_start, e.date_end, e.venue) for e in events)
    assert ("2018-09-04", "2018-09-04", "Seoul") in days
    assert ("2018-09-11", "2018-09-11", "Vladivostok") in days
    # the days of the stay take the place of the undated sentence before them, and stay an event of
    # their own beside the meeting of the 11th in the same city
    assert ("2018-09-10", "2018-09-12", "Vladivostok") in days


def test_a_spreadsheet_saved_as_tab_separated_text_is_read_row_by_row(tmp_path):
    path = tmp_path / "export_2015-10.txt"
    path.write_text(
        "Event log export, October 2015\n"
        "date\tplace\tsummary\tsource\n"
        "08-Oct-2015\tMoscow\tJapanese and Russian deputy foreign ministers discussed a peace treaty.\thttps://www.example.org/c/1\n"
        "21-Oct-2015\tSeoul\tRussian and South Korean officials reviewed the Rajin-Khasan rail project.\thttps://www.example.org/c/2\n"
        "29-Oct-2015\tMinsk\tA Japanese trade mission held talks with Belarusian ministries.\thttps://www.example.org/c/3\n",
        encoding="utf-8")
    document = read_document(path)
    assert "tab-separated" in " ".join(document.notes)
    events = extract(document).events
    assert sorted((e.date_start, e.venue) for e in events) == [
        ("2015-10-08", "Moscow"), ("2015-10-21", "Seoul"), ("2015-10-29", "Minsk")]
    assert all(e.source_urls for e in events)


def test_a_launch_from_an_airfield_named_in_passing_is_placed_there():
    text = ("Monitor, listopad 2022\n\n"
            "18 listopada – Pocisk Hwasong-17 wystartował z Sunan i spadł do morza. Premier Japonii, przebywający\n"
            "na szczycie w Bangkoku, zwołał naradę z udziałem przywódców USA i Korei. Ten sam typ pocisku\n"
            "wystartował z lotniska Sunan już 24 marca.\n\n"
            "21 listopada – Rada Bezpieczeństwa ONZ obradowała w Nowym Jorku w sprawie tej próby.\n")
    events = extract_document(text, "monitor_2022-11.txt").events
    march = [e for e in events if e.date_start == "2022-03-24"]
    assert [e.venue for e in march] == ["Sunan"]


@pytest.mark.parametrize("line, start, end, year", [
    ("**Sapporo, 3 October.** Governors of Hokkaido and Sakhalin met.", (10, 3), (10, 3), None),
    ("2015-10-03T09:30 Governors of Hokkaido and Sakhalin met", (10, 3), (10, 3), 2015),
    ("[03.10.2015 09:30] Governors of Hokkaido and Sakhalin met", (10, 3), (10, 3), 2015),
    ("03-Oct-2015: Governors of Hokkaido and Sakhalin met", (10, 3), (10, 3), 2015),
    ("30 IX – 2 X Delegation of Sakhalin in Sapporo", (9, 30), (10, 2), None),
    ("Poniedziałek (5.10)", (10, 5), (10, 5), None),
    ("Monday (October 5)", (10, 5), (10, 5), None),
    ("October 5, 10:00 – Governors of Hokkaido and Sakhalin met", (10, 5), (10, 5), None),
    ("5.10, godz. 10:00 – Gubernatorzy Hokkaido i Sachalinu spotkali się", (10, 5), (10, 5), None),
])
def test_entry_date_lines_of_exports_stamps_and_bold_leads(line, start, end, year):
    parsed = parse_date_line(line)
    assert parsed is not None and (parsed.start, parsed.end, parsed.year) == (start, end, year)


def test_a_publication_line_that_gives_the_time_first_dates_the_story():
    text = ("Japan and Russia hold security talks in Moscow\n"
            "09:15 JST, March 22, 2017\n"
            "The Daily Desk\n\n"
            "MOSCOW — The foreign and defense ministers of Japan and Russia held talks in Moscow on Monday.\n")
    events = extract_document(text, "desk_article.txt").events
    assert [(e.date_start, e.venue) for e in events] == [("2017-03-20", "Moscow")]


def test_a_list_of_country_items_dated_at_the_end_or_inside(tmp_path):
    path = tmp_path / "tracker_2016-11.md"
    path.write_text(
        "# Russia and Northeast Asia: November 2016\n\n"
        "## Key developments\n\n"
        "- **Japan:** On 8 Nov, deputy foreign ministers of Japan and Russia met in Tokyo on joint projects.\n"
        "- **South Korea:** A Russian trade mission held talks in Busan on fisheries (16 Nov).\n"
        "- **Belarus:** Japanese and Belarusian officials held consultations in Minsk (24 Nov).\n", encoding="utf-8")
    events = extract(read_document(path)).events
    # the item dated inside, before the first one dated at its end, is an item too
    assert sorted((e.date_start, e.venue) for e in events) == [
        ("2016-11-08", "Tokyo"), ("2016-11-16", "Busan"), ("2016-11-24", "Minsk")]
    assert parse_date_lead("Japonia: 14 listopada minister Kishida spotkał się z Ławrowem.").text == "14 listopada"
    # a record's field is no topic label before a date in running text
    assert parse_date_lead("Published: 14 November the ministers met.") is None


def test_weekday_items_under_a_week_named_by_its_first_day():
    text = ("EAST ASIA WEEKLY\n\n"
            "Week of 7 October 2019\n\n"
            "Wednesday: Japanese and Russian officials met in Moscow to review fisheries quotas.\n\n"
            "Friday: A South Korean trade mission held talks in Vladivostok.\n\n"
            "Week of 14 October 2019\n\n"
            "Tuesday: Belarusian and Japanese diplomats held consultations in Minsk.\n")
    events = extract_document(text, "weekly_2019-10.txt").events
    assert sorted((e.date_start, e.venue) for e in events) == [
        ("2019-10-09", "Moscow"), ("2019-10-11", "Vladivostok"), ("2019-10-15", "Minsk")]
    polish = ("TYDZIEŃ W DYPLOMACJI\n\nTydzień od 7 października 2019 r.\n\n"
              "Czwartek: Wiceminister Igor Morgułow przyjął w Moskwie ambasadora Republiki Korei.\n\n"
              "Sobota: Delegacja Kraju Nadmorskiego rozmawiała w Niigacie o promach.\n")
    assert sorted((e.date_start, e.venue) for e in extract_document(polish, "tydzien_2019-10.txt").events) == [
        ("2019-10-10", "Moscow"), ("2019-10-12", "Niigata")]


def test_a_table_whose_header_names_the_date_and_place_columns_and_a_source_column(tmp_path):
    path = tmp_path / "table_2016-04.html"
    path.write_text(
        "<html><head><meta charset='utf-8'><title>Event table, April 2016</title></head><body>"
        "<table><tr><th>Actors</th><th>Event</th><th>Date</th><th>Location</th><th>Source</th></tr>"
        "<tr><td>JP–RU</td><td>Foreign ministers hold talks on a peace treaty</td><td>15.04.2016</td><td>Moscow</td>"
        "<td><a href='https://www.example.org/e/1'>MID</a></td></tr>"
        "<tr><td>KR–RU</td><td>Deputy ministers hold a strategic dialogue</td><td>26.04.2016</td><td>Seoul</td>"
        "<td><a href='https://www.example.org/e/2'>MOFA</a></td></tr>"
        "<tr><td>BY–JP</td><td>A trade mission holds talks with ministries</td><td>28.04.2016</td><td>Minsk</td>"
        "<td><a href='https://www.example.org/e/3'>BelTA</a></td></tr></table></body></html>", encoding="utf-8")
    events = extract(read_document(path)).events
    # the source cell is an address, not words, yet the rows keep the header's columns
    assert sorted((e.date_start, e.venue, e.source_urls[0][-1]) for e in events) == [
        ("2016-04-15", "Moscow", "1"), ("2016-04-26", "Seoul", "2"), ("2016-04-28", "Minsk", "3")]


def test_a_page_story_with_visits_only_talked_about_and_a_trip_next_week(tmp_path):
    path = tmp_path / "article.html"
    path.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Envoy meets lawmakers</title></head><body>"
        "<article><h1>Russian envoy meets Japanese lawmakers in Tokyo</h1>"
        "<p>By Staff · <time datetime='2020-01-22T10:00:00+09:00'>January 22, 2020</time></p>"
        "<p>TOKYO — Russian Ambassador Mikhail Galuzin met members of a parliamentary friendship league in Tokyo on "
        "Tuesday to discuss the resumption of visa-free visits to the islands.</p>"
        "<p>Galuzin is expected to travel to Sapporo next week.</p></article></body></html>", encoding="utf-8")
    events = extract(read_document(path)).events
    lead = [e for e in events if not e.in_passing]
    # the visits are what was talked about: the envoy's talks in his host capital are a meeting
    assert [(e.date_start, e.venue, e.event_type) for e in lead] == [("2020-01-21", "Tokyo", "meeting")]
    assert [(e.date_start, e.venue) for e in events if e.in_passing] == [("2020-01", "Sapporo")]


def test_wire_stories_each_dated_by_its_date_added_line():
    text = ("Wybór depesz, marzec 2021\n\n"
            "Data dodania: 10.03.2021 12:00\n"
            "Mińsk (PAP) - Ambasador Japonii spotkał się we wtorek w Mińsku z wiceministrem spraw zagranicznych.\n\n"
            "Data dodania: 24.03.2021 08:30\n"
            "Seul (PAP) - Wiceminister spraw zagranicznych Rosji rozmawiał w poniedziałek w Seulu z wiceministrem\n"
            "spraw zagranicznych Republiki Korei.\n")
    events = extract_document(text, "depesze_2021-03.txt").events
    assert sorted((e.date_start, e.venue) for e in events) == [("2021-03-09", "Minsk"), ("2021-03-22", "Seoul")]
