"""Layouts and references a ninth round of unseen documents brought, each in text of our own:
dates in a column of their own, weekdays with English ordinals, 'Source:' under each entry,
a gathering named in one entry and placed in another, the arrival before the talks, a town
located by its island, a later event's city, a host named in the passive, and short names declined."""
from __future__ import annotations

from geomap.extract import extract_text
from geomap.extract.document.datelines import parse_date_line
from geomap.extract.document.entries import date_marks


def _own(text: str, name: str):
    return [e for e in extract_text(text, name) if not e.in_passing]


def test_dates_in_a_column_of_their_own_open_entries_whatever_their_width():
    text = ("KRONIKA WSCHODNIA\nNumer 10/2016\n\n>>> JAPONIA\n\n"
            "3 X     Wicepremier Rosji Jurij Trutniew gościł w Sapporo. Rozmawiał\n"
            "        z gubernatorem o lotach czarterowych.\n\n"
            "11–13 X Delegacja Kraju Nadmorskiego przebywała w Niigacie, gdzie\n"
            "        omawiano połączenia promowe.\n\n"
            "20 X    Minister Kishida przyjął w Tokio ambasadora Rosji.\n")
    events = _own(text, "kronika_2016_10.txt")
    assert [(e.date_start, e.date_end, e.venue) for e in events] == [
        ("2016-10-03", "2016-10-03", "Sapporo"), ("2016-10-11", "2016-10-13", "Niigata"),
        ("2016-10-20", "2016-10-20", "Tokyo")]


def test_a_single_date_before_a_gap_makes_no_column():
    lines = ["3 X     Wizyta w Tokio.", "Rozmowy dotyczyły rybołówstwa."]
    assert date_marks(lines)[0] is None
    lines = ["3 X     Wizyta w Tokio.", "4 X     Rozmowy w Osace.", "12–14 X Forum w Kobe."]
    assert [m.start for m in date_marks(lines)] == [(10, 3), (10, 4), (10, 12)]


def test_weekdays_with_english_ordinals_and_a_span_into_the_next_month():
    assert parse_date_line("- **Tuesday 14th** — text").start == (0, 14)
    line = parse_date_line("Sunday 26th to Tuesday 28th — The frigate called at Otaru.")
    assert (line.start, line.end, line.weekday) == ((0, 26), (0, 28), 6)
    line = parse_date_line("Wednesday 29th to Saturday 2 March — A delegation stayed in Seoul.")
    assert (line.start, line.end) == ((2, 29), (3, 2))
    assert parse_date_line("28 – 3 marca: posiedzenie komisji").start == (2, 28)
    assert parse_date_line("Friday 10th of the month was quiet") is None


def test_a_source_label_under_each_entry_is_no_section_heading():
    text = ("# Northern Notes\n\n*Issue 2016/03, all dates March 2016*\n\n## Japan and Russia\n\n"
            "- **Tuesday 8th** — The Japanese and Russian deputy foreign ministers met in Tokyo.\n"
            "  Source: <https://example.org/one>\n\n"
            "- **Friday 18th** — A trade fair of Japanese food opened in Khabarovsk.\n"
            "  Source: <https://example.org/two>\n")
    events = _own(text, "northern_notes_2016-03.md")
    assert [(e.date_start, e.venue) for e in events] == [("2016-03-08", "Tokyo"), ("2016-03-18", "Khabarovsk")]
    assert list(events[1].source_urls) == ["https://example.org/two"]


def test_a_gathering_placed_by_one_entry_places_the_other_that_only_names_it():
    text = ("Przegląd 7/2016\n\n"
            "24 lipca – W Wientianie, podczas spotkania ministrów spraw zagranicznych ASEAN, Fumio Kishida "
            "rozmawiał z Siergiejem Ławrowem.\n\n"
            "25 lipca – Przy okazji spotkania ministrów spraw zagranicznych ASEAN minister Korei Południowej "
            "Yun Byung-se rozmawiał z Siergiejem Ławrowem.\n")
    events = {e.date_start: e for e in _own(text, "przeglad_2016_07.txt")}
    assert events["2016-07-24"].venue == "Vientiane" and events["2016-07-24"].venue_basis == "explicit"
    assert events["2016-07-25"].venue == "Vientiane" and events["2016-07-25"].venue_basis == "implied"


def test_the_arrival_the_day_before_talks_is_the_same_trip():
    text = ("Przegląd 4/2016\n\n"
            "15 kwietnia – Siergiej Ławrow podejmował w Moskwie wiceminister z KRLD Choe Son Hui, która "
            "przybyła do Rosji dzień wcześniej. Omawiano sankcje.\n\n"
            "17 kwietnia – Ambasador Rosji odwiedził Hamhung.\n")
    events = extract_text(text, "przeglad_2016_04.txt")
    assert [(e.date_start, e.venue) for e in events] == [("2016-04-15", "Moscow"), ("2016-04-17", "Hamhung")]


def test_a_town_located_by_its_island_is_not_the_venue_of_its_delegation():
    text = ("Przegląd 8/2016\n\n"
            "9 sierpnia – Delegacja władz Korsakowa na Sachalinie przebywała w Otaru na rozmowach o promie.\n")
    assert [e.venue for e in _own(text, "przeglad_2016_08.txt")] == ["Otaru"]


def test_the_city_of_a_later_event_and_a_host_named_in_the_passive():
    text = ("Przegląd 11/2016\n\n"
            "22 listopada – Doradcę premiera Japonii Yachiego Shotaro przyjął sekretarz Rady Bezpieczeństwa "
            "Rosji Nikołaj Patruszew. Mówiono o bezpieczeństwie przed "
            "igrzyskami olimpijskimi w Tokio.\n")
    events = _own(text, "przeglad_2016_11.txt")
    assert [(e.venue, e.venue_basis) for e in events] == [("Moscow", "implied")]


def test_a_short_foreign_name_declined_in_polish_is_its_person():
    text = ("Przegląd 12/2016\n\n"
            "20 grudnia – Ławrow przypomniał rozmowy Putina i Abego, do których doszło we wrześniu we "
            "Władywostoku.\n")
    mention = next(e for e in extract_text(text, "przeglad_2016_12.txt") if e.date_start == "2016-09")
    assert "Abe Shinzo" in mention.persons and mention.event_type == "summit"


def test_leaders_who_held_a_meeting_at_a_named_summit_hold_a_summit_whatever_trip_a_later_sentence_tells():
    text = ("# Notes 2016/11\n\n- **Saturday 19th** — Putin and Abe held their fifteenth meeting, in the margins "
            "of the APEC Economic Leaders' Meeting. Islanders who left will fly back to visit graves.\n"
            "- **Monday 21st** — A Japanese business mission arrived in Khabarovsk.\n")
    events = _own(text, "notes_2016-11.md")
    assert [(e.date_start, e.venue, e.event_type) for e in events][0] == ("2016-11-19", "Lima", "summit")


def test_officials_of_two_sides_who_discussed_something_met():
    text = ("Przegląd 6/2016\n\n"
            "7 czerwca – W Niigacie urzędnicy prefektury i wicegubernator Kraju Nadmorskiego omówili nowe "
            "połączenie lotnicze. Strona rosyjska zaproponowała dopłaty dla przewoźnika.\n")
    assert [e.event_type for e in _own(text, "przeglad_2016_06.txt")] == ["meeting"]


def test_names_after_a_region_or_a_short_word_are_not_taken_for_people():
    from geomap.extract.mentions.persons import find_persons, mentioned, registry
    text = "Szef komitetu ludowego prowincji Pyongan Północny omówił z nim dostawy."
    assert find_persons(text, 0, len(text)) == []
    text = "Ławrow przyjął ministra spraw zagranicznych KRLD Ri Su Yonga."
    assert "Ri Yong Ho" not in {p.name for p in mentioned(text, 0, len(text), registry(text))}


def test_an_envoys_state_told_by_the_shape_of_names_places_the_call_on_a_host():
    from geomap.extract.mentions.persons import state_by_shape
    assert state_by_shape("Kawano Taro", ("JP", "RU")) == "JP"
    assert state_by_shape("Pavel Ivanov", ("JP", "RU")) == "RU"
    assert state_by_shape("Oleksandr Shevchenko", ("JP", "RU", "UA")) == "UA"
    assert state_by_shape("Pavel Ivanov", ("JP", "RU", "UA")) is None
    assert state_by_shape("Moon Jae-in", ("KR", "RU")) == "KR"
    text = ("Japan – Russia\n\nDate: Development\n\n"
            "2016-05-10: Ambassador Hara Haruo called on Deputy Foreign Minister Pavel Ivanov. He also spoke "
            "for Japanese fishermen who had been fined in Kamchatka.\n\n"
            "2016-05-12: Ambassador Nikolai Petrov was received by the North Korean Minister of External "
            "Economic Relations. They discussed goods stuck at the border crossing at Khasan.\n")
    events = _own(text, "tracker_2016-05.txt")
    assert [(e.venue, e.venue_basis) for e in events] == [("Moscow", "implied"), ("Pyongyang", "implied")]


def test_a_trip_outside_a_city_goes_elsewhere():
    text = ("Tracker, May 2016\n\n2016-05-10: The new ambassador made his first trip outside Tokyo, to Sendai.\n\n"
            "2016-05-20: A trade fair opened in Osaka.\n")
    assert [e.venue for e in _own(text, "tracker_2016-05.txt")][0] == "Sendai"


def test_goods_by_rail_and_a_record_since_a_state_began():
    text = ("Tracker, May 2016\n\n2016-05-10: A freight train with Russian timber reached the port of Rajin, the "
            "first on that line since the crossing was closed in February.\n\n"
            "2016-05-20: A trade fair opened in Osaka.\n")
    events = extract_text(text, "tracker_2016-05.txt")
    assert [(e.date_start, e.venue, e.event_type) for e in events][0] == ("2016-05-10", "Rason", "other")
    assert all(e.date_start != "2016-02" for e in events)


def test_messages_exchanged_by_leaders_are_a_statement_and_a_later_year_agreed_is_no_other_time():
    text = ("Tracker, October 2016\n\n2016-10-05: President Park Geun-hye and President Vladimir Putin exchanged "
            "greetings to mark the date and agreed to hold a year of cultural exchange in 2017.\n\n"
            "2016-10-20: A trade fair opened in Osaka.\n")
    first = _own(text, "tracker_2016-10.txt")[0]
    assert first.event_type == "statement"
    assert set(first.persons) == {"Park Geun-hye", "Vladimir Putin"}


_WIRE_HEAD = "ASIA DESK PICK-UP\nDispatches filed in March 2016\n\n"
_RULE = "=" * 60 + "\n"


def _dispatch(slug: str, title: str, body: str) -> str:
    return f"{_RULE}{slug}\n{title}\n\n{body}\n(ends)\n\n"


def test_a_dateline_day_anchors_weekdays_under_a_file_dated_only_to_its_month():
    text = _WIRE_HEAD + _dispatch(
        "DESK-0309-011 | POL", "Putin sends Kim a rifle",
        "SEOUL, March 9 (Desk) - President Vladimir Putin has sent North Korean leader Kim Jong Un a hunting "
        "rifle, North Korean state media said on Wednesday.\n\nKim Yo Jong received the rifle from Russian "
        "diplomats in Pyongyang on Monday and passed on her brother's thanks to Putin.") + _dispatch(
        "DESK-0311-020 | POL", "Premier vows to keep up claim",
        "TOKYO, March 11 (Desk) - Prime Minister Abe Shinzo said on Friday that Japan would keep pressing its "
        "claim to the islands off Hokkaido, speaking to a rally of former residents in Tokyo.")
    events = _own(text, "desk_2016-03.txt")
    assert [(e.date_start, e.venue, e.event_type) for e in events] == [
        ("2016-03-07", "Pyongyang", "other"), ("2016-03-11", "Tokyo", "statement")]


def test_a_wire_lead_near_a_port_city_and_a_town_in_capitals_on_its_dateline():
    text = _WIRE_HEAD + _dispatch(
        "DESK-0310-005 | MIL", "Missiles fired off east coast",
        "SEOUL, March 10 (Desk) - North Korea fired two short-range missiles into the sea near the port "
        "city of Hamhung on Thursday, South Korea's military said.") + _dispatch(
        "DESK-0315-044 | ECON", "Ukrainian operator visits plant",
        "CHANGWON, South Korea, March 15 (Desk) - A delegation of Ukraine's state nuclear operator visited "
        "the KHNP plant on Tuesday.\n\nDuring the same trip the delegation met officials in Sejong, a company "
        "official said.")
    got = [(e.date_start, e.venue) for e in _own(text, "desk_2016-03.txt")]
    assert got == [("2016-03-10", "Hamhung"), ("2016-03-15", "Changwon"), ("2016-03", "Sejong")]


def test_a_trip_named_by_its_country_is_its_stops():
    text = _WIRE_HEAD + _dispatch(
        "DESK-0314-077 | SOC", "Tourists back from North Korea",
        "VLADIVOSTOK, March 14 (Desk) - Forty Russian holidaymakers came back to Vladivostok on Monday from "
        "an organised trip to North Korea.\n\nThey flew to Pyongyang on Thursday, March 10, and saw its "
        "monuments. On Saturday and Sunday they skied near Wonsan.")
    got = sorted((e.date_start, e.date_end, e.venue, e.event_type, e.in_passing) for e in extract_text(text, "d_2016-03.txt"))
    assert got == [("2016-03-10", "2016-03-10", "Pyongyang", "visit", False),
                   ("2016-03-12", "2016-03-13", "Wonsan", "visit", False)]


def test_a_minister_who_told_a_meeting_something_made_a_statement():
    text = _WIRE_HEAD + _dispatch(
        "DESK-0316-203 | POL", "Kishida raises arms trade at G7",
        "HIROSHIMA, March 16 (Desk) - Japanese Foreign Minister Kishida Fumio told a G7 foreign ministers' "
        "meeting in Hiroshima on Wednesday that arms from North Korea threatened Europe and Asia.")
    assert [(e.venue, e.event_type) for e in _own(text, "d_2016-03.txt")] == [("Hiroshima", "statement")]


def test_paragraphs_under_a_day_heading_that_each_close_on_a_note_are_items_of_that_day():
    text = ("Monitor Azji, kwiecień 2016\n\nŚroda, 6.04\n\n"
            "Korea Północna wystrzeliła pocisk z okolic Wonsanu. [1]\n\n"
            "W Seulu prezydent Park Geun-hye rozmawiała z premierem Japonii Abe Shinzo, który przyjechał do "
            "Korei z wizytą roboczą. [2]\n\n"
            "Poniedziałek, 11.04 – piątek, 15.04\n\n"
            "W Chabarowsku trwało szkolenie japońskich lekarzy. [3]\n\n"
            "Wtorek, 19.04\n\nRada Bezpieczeństwa ONZ omawiała kwietniowe próby rakietowe KRLD. [4]\n\n"
            "[1] https://example.org/1\n[2] https://example.org/2\n[3] https://example.org/3\n[4] https://example.org/4\n")
    events = _own(text, "monitor_2016_04.pdf.txt")
    assert [(e.date_start, e.date_end, e.venue, e.event_type) for e in events] == [
        ("2016-04-06", "2016-04-06", "Wonsan", "military"), ("2016-04-06", "2016-04-06", "Seoul", "summit"),
        ("2016-04-11", "2016-04-15", "Khabarovsk", "other"), ("2016-04-19", "2016-04-19", "New York", "statement")]
    assert [list(e.source_urls) for e in events][:2] == [["https://example.org/1"], ["https://example.org/2"]]


def test_months_named_by_their_side_of_the_date():
    import datetime as dt
    from geomap.extract.mentions.dates import Anchor, find_dates
    got = [(d.text, d.when.start) for d in find_dates("They met last September and meet again next March; "
                                                       "zeszłego listopada było inaczej.", Anchor(2016, 2, 10))]
    assert got == [("last September", "2015-09"), ("next March", "2016-03"), ("zeszłego listopada", "2015-11")]


def test_notes_exchanged_a_goodwill_call_and_leaders_recalled_where_they_spoke():
    text = ("Kalendarium 6/2015\n\n"
            "3.06. – W Kijowie japoński ambasador i ukraiński minister finansów wymienili noty o pożyczce.\n\n"
            "10–12.06. – W Otaru cumował rosyjski żaglowiec szkolny „Pałłada”; urządzono na nim dzień otwarty.\n\n"
            "15.06. – W Berlinie premier Abe przemawiał na forum gospodarczym. Przypomniał, że przywódcy G7 w "
            "marcu w Brukseli wspólnie potępili aneksję Krymu.\n")
    got = sorted((e.date_start, e.venue, e.event_type) for e in extract_text(text, "kalendarium_2015_06.txt"))
    assert ("2015-06-03", "Kyiv", "agreement") in got
    assert ("2015-06-10", "Otaru", "visit") in got
    assert ("2015-03", "Brussels", "statement") in got


def test_types_of_a_stay_for_talks_an_amendment_signed_a_film_week_and_a_working_round():
    text = ("# Notes 2016/10\n\n"
            "- **Monday 3rd** — Khabarovsk governor Vyacheslav Shport was in Niigata for talks with the governor.\n"
            "- **Tuesday 4th** — In Kyiv, JICA and Ukraine's finance ministry signed an amendment to a loan "
            "for a water plant.\n"
            "- **Wednesday 5th** — A week of Japanese cinema opened in Grodno; the screenings tour two more cities.\n"
            "- **Thursday 6th** — In Tokyo, the deputy foreign ministers led a working-level round on fisheries.\n")
    got = [(e.venue, e.event_type) for e in _own(text, "notes_2016-10.md")]
    assert got == [("Niigata", "visit"), ("Kyiv", "agreement"), ("Grodno", "ceremony_forum"), ("Tokyo", "meeting")]


def test_a_paragraph_that_refers_back_goes_on_with_its_days_item():
    text = ("Monitor, kwiecień 2016\n\nŚroda, 6.04\n\n"
            "W Tokio premier Abe rozmawiał z ministrem Ławrowem o traktacie pokojowym. [1]\n\n"
            "Rozmowy dotyczyły także wspólnej działalności gospodarczej na Kurylach. [2]\n\n"
            "Piątek, 8.04\n\nW Seulu otwarto wystawę. [3]\n\n"
            "[1] https://example.org/1\n[2] https://example.org/2\n[3] https://example.org/3\n")
    assert [(e.date_start, e.venue) for e in _own(text, "monitor_2016_04.txt")] == [
        ("2016-04-06", "Tokyo"), ("2016-04-08", "Seoul")]


def test_a_minister_who_hosted_a_guest_met_them():
    text = ("Przegląd 4/2016\n\n15 kwietnia – Premier Abe podejmował w Tokio ministra rozwoju Dalekiego Wschodu "
            "Aleksandra Gałuszkę. Omawiano sankcje i inwestycje.\n\n17 kwietnia – W Osace otwarto wystawę.\n")
    assert [(e.venue, e.event_type) for e in _own(text, "przeglad_2016_04.txt")][0] == ("Tokyo", "meeting")


def test_source_lines_under_other_labels_and_a_notes_heading_close_the_last_item():
    text = ("WATCH\nOctober 2016\n\n"
            "3 Oct     Deputy Prime Minister Yury Trutnev visited Sapporo.\n"
            "          src: https://example.org/a\n"
            "20 Oct    Foreign Minister Kishida received the Russian ambassador in Tokyo.\n"
            "          Read more: https://example.org/b\n")
    events = _own(text, "watch_2016_10.txt")
    assert [e.headline for e in events] == ["Deputy Prime Minister Yury Trutnev visited Sapporo.",
                                            "Foreign Minister Kishida received the Russian ambassador in Tokyo."]
    text = ("Monitor\nJune 2016\n\nWednesday, 22 June\n\n"
            "North Korea launched two missiles from near Wonsan. [1]\n\n"
            "The UN Security Council met in closed session the same day. [2]\n\n"
            "Friday, 24 June\n\nA Korean film week opened in Minsk. [3]\n\n"
            "Notes\n[1] https://example.org/1\n[2] https://example.org/2\n[3] https://example.org/3\n")
    assert [(e.venue, list(e.source_urls)) for e in _own(text, "monitor_2016_06.txt")] == [
        ("Wonsan", ["https://example.org/1"]), ("New York", ["https://example.org/2"]),
        ("Minsk", ["https://example.org/3"])]


def test_what_a_meeting_agreed_for_a_later_month_keeps_its_own_place_and_leaves_the_meeting_its_own():
    text = ("# Desk Digest — November 2019\n\n"
            "**22 November** — Foreign ministers Motegi and Lavrov met in Nagoya and agreed to hold another "
            "round on the peace treaty in December.\n\n"
            "**25 November** — The two deputy ministers met in Seoul and agreed to hold the next session in "
            "Moscow in February.\n")
    got = sorted((e.date_start, e.venue, e.in_passing) for e in extract_text(text, "digest_2019_11.md"))
    assert got == [("2019-11-22", "Nagoya", False), ("2019-11-25", "Seoul", False), ("2020-02", "Moscow", True)]


def test_a_protest_in_the_present_tense_is_not_placed_where_the_drills_it_names_were():
    text = ("Japonia protestuje przeciw manewrom na Kurylach\n\nData publikacji: 26.04.2018\n\n"
            "Rząd Japonii złożył w środę protest w sprawie ćwiczeń wojsk rosyjskich na Iturupie. Sekretarz "
            "gabinetu Suga Yoshihide mówił dziennikarzom w Tokio, że manewry są nie do przyjęcia.\n")
    assert [(e.venue, e.event_type) for e in _own(text, "notka.txt")] == [("Tokyo", "statement")]


def test_the_matter_of_a_summons_places_nothing_and_a_trip_goes_on_the_next_day():
    text = ("BRIEFING\nIssue 3, March 2015\n\n"
            "Mar. 3 (Tue.) — Japan's Foreign Ministry summoned the Russian ambassador over bomber flights near "
            "the Kurils.\n\n"
            "Mar. 10 (Tue.) — A Russian deputy minister held talks in Seoul with officials; the next day he flew "
            "on to Tokyo.\n")
    got = [(e.date_start, e.venue) for e in _own(text, "briefing_2015_03.txt")]
    assert got == [("2015-03-03", "Tokyo"), ("2015-03-10", "Seoul"), ("2015-03-11", "Tokyo")]


def test_a_place_label_after_a_numbered_date_and_a_stop_after_a_polish_and_then():
    text = ("KRONIKA – MARZEC 2015\n\n"
            "1) 3 marca – Moskwa. Wiceminister Japonii spotkał się z wiceministrem Rosji.\n\n"
            "2) 25 marca – Mińsk. Wicepremier Korei Południowej zwiedził fabrykę ciągników, a następnie "
            "pojechał do Grodna.\n")
    got = [(e.date_start, e.venue) for e in _own(text, "kronika_2015_03.txt")]
    assert got == [("2015-03-03", "Moscow"), ("2015-03-25", "Minsk"), ("2015-03-25", "Grodno")]


def test_who_went_to_a_city_visited_it():
    text = ("Ministers meet in Tokyo\n\nPublished: 18 February 2016\n\nForeign ministers Kishida and Lavrov met in "
            "Tokyo on Tuesday. Kishida went to Moscow last September to prepare the ground.\n")
    mention = next(e for e in extract_text(text, "n.txt") if e.date_start == "2015-09")
    assert (mention.date_start, mention.venue, mention.event_type) == ("2015-09", "Moscow", "visit")


def test_a_weekday_span_in_brackets_after_a_date_and_a_visit_only_talked_about():
    text = ("Przegląd miesięczny – luty 2017\n\n"
            "• 3.02 (pt.) – W Tokio minister Kishida rozmawiał z ambasadorem Rosji o wizycie byłych "
            "mieszkańców wysp.\n"
            "• 7–8.02 (wt.–śr.) – Wiceminister spraw zagranicznych KRLD przebywał w Mińsku.\n")
    got = [(e.date_start, e.date_end, e.venue, e.event_type) for e in _own(text, "przeglad_2017_02.txt")]
    assert got == [("2017-02-03", "2017-02-03", "Tokyo", "meeting"), ("2017-02-07", "2017-02-08", "Minsk", "visit")]


def test_a_table_of_entries_with_source_cells_a_late_same_day_reaction_and_a_meeting_agreed_ahead(tmp_path):
    from geomap.extract import extract_file
    text = ("# Review, September 2016\n\n| Date | Event | Source |\n|---|---|---|\n"
            "| 2–3 Sept | Abe and Putin held talks in Vladivostok; they agreed to meet again in Yamaguchi in "
            "December. | [kremlin.ru](http://example.org/1) |\n"
            "| 9 Sept | North Korea carried out a nuclear test at Punggye-ri; Russia's foreign ministry condemned "
            "it the same day. | [mid.ru](http://example.org/2) |\n")
    path = tmp_path / "review_2016-09.md"
    path.write_text(text, encoding="utf-8")
    events = extract_file(path)
    got = [(e.date_start, e.venue, e.event_type) for e in events]
    assert ("2016-12", "Yamaguchi") in [g[:2] for g in got]
    assert ("2016-09-09", "Punggye-ri Nuclear Test Site", "military") in got
    # the ministry's word is its own event, placed nowhere: a spokesman's ministry is no venue
    assert ("2016-09-09", None, "statement") in got
    assert not any("kremlin.ru" in e.headline for e in events)
