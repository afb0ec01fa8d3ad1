"""Two layouts the thirteenth sealed set showed us, written again in our own words: a press review
whose date lines are the days its items came out (the items count their days from them), and a
desk page of weeks whose items are dated by weekday and ordinal day alone. Also the sentence forms
met in them: a city that hosts, an official's possessive country, a message sent, a weekday that
owns its event, and a place told in a relative clause."""
from __future__ import annotations

from geomap.extract import extract, extract_document
from geomap.extract.document.datelines import parse_date_line
from geomap.extract.document.entries import publication_days
from geomap.read import read_document

_RULE = "=" * 40

_REVIEW = (
    "PRZEGLĄD MEDIÓW — KOREE I ROSJA, październik 2019\n\n"
    f"{_RULE}\nczwartek, 10 października 2019\n{_RULE}\n\n"
    "(1) Gazeta Portowa — „Rozmowy w Tokio”\n"
    "Wczoraj w Tokio rosyjski wiceminister Igor Morgułow omawiał z japońskimi dyplomatami sprawę traktatu.\n"
    "Link: https://gazetaportowa.example/2019/10/10/tokio\n\n"
    "(2) Kurier Północny — „Rybacy wracają”\n"
    "We wtorek w Nemuro wylądowała grupa rybaków zwolnionych przez Rosjan.\n"
    "Link: https://kurierpolnocny.example/2019/10/10/nemuro\n\n"
    f"{_RULE}\nponiedziałek, 21 października 2019\n{_RULE}\n\n"
    "(3) Gazeta Portowa — „Delegacja w Pjongjangu”\n"
    "W sobotę do Pjongjangu przyleciała delegacja rosyjskiego ministerstwa transportu.\n"
    "Link: https://gazetaportowa.example/2019/10/21/pjongjang\n"
)


def test_date_lines_that_the_items_count_days_from_are_publication_days():
    assert publication_days(_REVIEW)
    ex = extract_document(_REVIEW, "przeglad_2019-10.txt")
    assert ex.reading.kind == "news"
    assert sorted((e.date_start, e.venue) for e in ex.events) == [
        ("2019-10-08", "Nemuro"), ("2019-10-09", "Tokyo"), ("2019-10-19", "Pyongyang")]
    # the reading is a guess by fit, so it is said
    assert any("came out" in w for w in ex.warnings)


_BULLETIN = (
    "Biuletyn, październik 2019\n\n"
    "czwartek, 10 października 2019\n"
    "W Tokio wiceminister Morgułow rozmawiał z japońskimi dyplomatami o traktacie.\n\n"
    "poniedziałek, 21 października 2019\n"
    "Do Pjongjangu przyleciała delegacja rosyjskiego ministerstwa transportu.\n"
)


def test_date_lines_whose_entries_tell_their_own_day_stay_a_bulletin():
    assert not publication_days(_BULLETIN)
    ex = extract_document(_BULLETIN, "biuletyn_2019-10.txt")
    assert ex.reading.kind == "bulletin"
    assert sorted((e.date_start, e.venue) for e in ex.events) == [("2019-10-10", "Tokyo"), ("2019-10-21", "Pyongyang")]


def test_a_weekday_and_ordinal_alone_on_its_line_is_a_date_line():
    one = parse_date_line("Tuesday 2nd")
    span = parse_date_line("Saturday 30th – Sunday 31st")
    assert (one.start, one.end, one.weekday) == ((0, 2), (0, 2), 1)
    assert (span.start, span.end) == ((0, 30), (0, 31))
    assert parse_date_line("Tuesday 2nd and then some words") is None


_DESK = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Korea Watch — monthly notes, April 2019</title></head>
<body>
<header><h1>Korea Watch</h1></header>
<main>
<section><h2>Week 14 · 1–7 April</h2>
<dl>
<dt>Tuesday 2nd</dt>
<dd>Seoul hosted a round of consultations between the foreign ministries of South Korea and Russia on Far Eastern projects.</dd>
<dt>Thursday 4th – Friday 5th</dt>
<dd>A group of North Korean railway engineers spent two days in Khabarovsk studying the repair of rolling stock.</dd>
</dl></section>
<section><h2>Week 15 · 8–14 April</h2>
<dl>
<dt>Wednesday 10th</dt>
<dd>Russia's transport minister Yevgeny Dietrich, who leads the working group on railways with Pyongyang, received the North Korean ambassador.</dd>
<dt>Saturday 13th</dt>
<dd>Kim Jong Un sent the Russian president a message of sympathy after Friday's explosion at a coal mine near Kemerovo.</dd>
</dl></section>
<section><h2>Week 16 · 29 April – 5 May</h2>
<dl>
<dt>Monday 29th</dt>
<dd>Ukraine's first deputy foreign minister was in Tokyo. He met officials of JICA, following up on last month's donors' meeting, which had also taken place in Tokyo.</dd>
</dl></section>
</main>
</body></html>
"""


def test_a_page_of_weeks_dates_its_weekday_items_by_the_week_heading(tmp_path):
    path = tmp_path / "korea_watch.html"
    path.write_text(_DESK, encoding="utf-8")
    doc = read_document(path)
    # the tab's title goes on from the page heading and dates the page
    assert doc.title == "Korea Watch — monthly notes, April 2019"
    ex = extract(doc)
    days = sorted((e.date_start, e.date_end) for e in ex.events if not e.in_passing)
    assert days == [("2019-04-02", "2019-04-02"), ("2019-04-04", "2019-04-05"), ("2019-04-10", "2019-04-10"),
                    ("2019-04-13", "2019-04-13"), ("2019-04-29", "2019-04-29")]
    # a week heading closes the entry above it: its span dates no event
    assert not [e for e in ex.events if e.date_start in ("2019-04-08", "2019-04-29") and e.date_end != e.date_start]


def _entries(*items: tuple[str, str]) -> list:
    # a quiet closing day makes two date lines, and so a bulletin; it gives no event
    items += (("30 April 2019", "Nothing of note to report."),)
    text = "Korea Watch, April 2019\n\n" + "\n\n".join(f"{day}\n\n{body}" for day, body in items) + "\n"
    return extract_document(text, "korea_watch_2019-04.txt").events


def test_a_city_that_hosts_is_the_venue_right_after_its_date_line():
    (ev,) = _entries(("2 April 2019", "Seoul hosted a round of consultations between the foreign ministries of "
                                      "South Korea and Russia on Far Eastern projects."))
    assert (ev.event_type, ev.venue) == ("meeting", "Seoul")


def test_the_state_named_before_a_receiving_ministers_title_gives_the_capital():
    (ev,) = _entries(("10 April 2019", "Russia's transport minister Yevgeny Dietrich, who leads the working group on "
                                       "railways with Pyongyang, received the North Korean ambassador."))
    assert (ev.event_type, ev.venue) == ("meeting", "Moscow")


def test_a_message_sent_is_a_statement_and_the_weekday_owning_an_event_dates_it():
    events = _entries(("13 April 2019", "Kim Jong Un sent the Russian president a message of sympathy after Friday's "
                                        "explosion at a mine near Kemerovo."))
    main = [e for e in events if not e.in_passing]
    assert [(e.date_start, e.event_type, e.venue) for e in main] == [("2019-04-13", "statement", None)]
    assert [(e.date_start, e.venue) for e in events if e.in_passing] == [("2019-04-12", "Kemerovo")]


def test_was_in_a_city_is_a_trip_and_a_relative_clause_places_last_months_meeting():
    events = _entries(("29 April 2019", "Ukraine's first deputy foreign minister was in Tokyo. He met officials of "
                                        "JICA, following up on last month's donors' meeting, which had also taken "
                                        "place in Tokyo."))
    assert [(e.event_type, e.venue) for e in events if not e.in_passing] == [("visit", "Tokyo")]
    assert [(e.date_start, e.venue) for e in events if e.in_passing] == [("2019-03", "Tokyo")]
