"""Layouts a tenth round of unseen documents brought, each in text of our own: day/month dates set
off by a middle dot, review prose whose note marks close each thing it tells, items dated by
counting from the one before ('Dwa dni później'), a month's last day, and a heading over the first
dated paragraph."""
from __future__ import annotations

from geomap.extract import extract_text
from geomap.extract.document.datelines import parse_date_inside, parse_date_line
from geomap.extract.mentions.dates import Anchor


def _own(text: str, name: str):
    return [e for e in extract_text(text, name) if not e.in_passing]


def test_day_month_dates_set_off_by_a_middle_dot():
    line = parse_date_line("- **12/3** · The two ministers spoke by telephone.")
    assert (line.start, line.end) == ((3, 12), (3, 12))
    line = parse_date_line("- **29/2 – 2/3** · A delegation toured the port.")
    assert (line.start, line.end) == ((2, 29), (3, 2))
    line = parse_date_line("* **14–15/3** · Talks in Seoul.")
    assert (line.start, line.end) == ((3, 14), (3, 15))


def test_a_log_of_day_month_bullets_gives_one_event_per_bullet():
    text = ("# Desk log, March 2016\n\n_All dates day/month, 2016._\n\n## Japan and Russia\n\n"
            "- **3/3** · Deputy foreign ministers of Japan and Russia held talks in Tokyo on a peace treaty.\n"
            "  ([example.org](https://example.org/a))\n"
            "- **9–10/3** · A Hokkaido business mission visited Yuzhno-Sakhalinsk.\n"
            "  ([example.org](https://example.org/b))\n"
            "- **21/3** · Ambassador Harada met the governor of Khabarovsk Krai in Khabarovsk.\n")
    events = _own(text, "desk_log_2016-03.md")
    assert [(e.date_start, e.date_end, e.venue) for e in events] == [
        ("2016-03-03", "2016-03-03", "Tokyo"), ("2016-03-09", "2016-03-10", "Yuzhno-Sakhalinsk"),
        ("2016-03-21", "2016-03-21", "Khabarovsk")]


_REVIEW = (
    "Przegląd wschodni 4/2017\nkwiecień 2017\n\n"
    "JAPONIA I ROSJA\n"
    "Miesiąc otworzyła wizyta w Moskwie. We wtorek 4 kwietnia wicepremier\n"
    "Rosji rozmawiał z delegacją japońskich przedsiębiorców o inwestycjach\n"
    "na Dalekim Wschodzie.[1] Dwa dni później w Tokio obradowała wspólna\n"
    "komisja do spraw handlu.[2]\n\n"
    "Od 12 do 14 kwietnia w Chabarowsku gościła delegacja prefektury\n"
    "Niigata, która omawiała połączenia lotnicze.[3] Dzień po zakończeniu\n"
    "tej wizyty konsul generalny Japonii spotkał się w Władywostoku z\n"
    "gubernatorem Kraju Nadmorskiego.[4]\n\n"
    "PÓŁWYSEP KOREAŃSKI\n"
    "Po zakończonym 11 kwietnia posiedzeniu parlamentu KRLD Rosja zabiegała\n"
    "o kontakty. W Pjongjangu ambasador Rosji spotkał się 19 kwietnia z\n"
    "wiceministrem spraw zagranicznych KRLD.[5] Tydzień później, 26\n"
    "kwietnia, delegacja z Seulu odwiedziła Irkuck.[6]\n\n"
    "Ostatniego dnia miesiąca w Mińsku ambasador Korei otworzył wystawę\n"
    "grafiki koreańskiej, na której pokazano prace studentów akademii sztuk\n"
    "pięknych z Seulu i z Mińska.[7]\n\n"
    "UKRAINA\n"
    "W czwartek 20 kwietnia w Kijowie ambasador Japonii przekazał sprzęt\n"
    "medyczny szpitalowi dziecięcemu; dar sfinansowano z programu grantów\n"
    "dla projektów oddolnych.[8]\n\n"
    "Źródła\n[1] https://example.org/1\n[2] https://example.org/2\n[3] https://example.org/3\n"
    "[4] https://example.org/4\n[5] https://example.org/5\n[6] https://example.org/6\n[7] https://example.org/7\n[8] https://example.org/8\n")


def test_review_prose_split_at_its_note_marks_dates_items_from_the_one_before():
    events = _own(_REVIEW, "przeglad_2017_04.pdf.txt")
    got = [(e.date_start, e.date_end, e.venue) for e in events]
    assert got == [
        ("2017-04-04", "2017-04-04", "Moscow"),
        ("2017-04-06", "2017-04-06", "Tokyo"),            # two days after 4 April
        ("2017-04-12", "2017-04-14", "Khabarovsk"),
        ("2017-04-15", "2017-04-15", "Vladivostok"),      # the day after the visit of 12-14 April ended
        ("2017-04-19", "2017-04-19", "Pyongyang"),        # not the session of 11 April the sentence starts after
        ("2017-04-26", "2017-04-26", "Irkutsk"),          # a week later, and named
        ("2017-04-30", "2017-04-30", "Minsk"),            # the month's last day
        ("2017-04-20", "2017-04-20", "Kyiv"),
    ]
    assert [list(e.source_urls) for e in events][1] == ["https://example.org/2"]


def test_a_note_mark_without_a_day_after_it_keeps_the_text_with_its_item():
    text = _REVIEW.replace("Dwa dni później w Tokio obradowała", "W Tokio obradowała")
    got = [(e.date_start, e.venue) for e in _own(text, "przeglad_2017_04.pdf.txt")]
    assert len(got) == 7 and all(day != "2017-04-06" for day, _venue in got)


def test_the_last_day_of_a_month_and_a_date_the_sentence_starts_after():
    assert parse_date_inside("On the last day of February the envoy left Seoul for Minsk.").resolve(
        Anchor(2016, 2)).start == "2016-02-29"
    assert parse_date_inside("Ostatniego dnia grudnia ambasador wręczył listy.").resolve(Anchor(2019, 12)).start \
        == "2019-12-31"
    line = parse_date_inside("Po zakończonym 9 maja zjeździe partii ambasador spotkał się 17 maja z ministrem.")
    assert line.start == (5, 17)


_READING_LIST = (
    "MY CLIPPINGS -- East Asia folder\nExported 4 October 2019, 2 items\n"
    "==============================\n\n"
    "ITEM SAVED 17 September 2019\n"
    "Source:  Example Herald, World desk\n"
    "Link:    https://example.org/herald/20190917\n"
    "Posted:  Tuesday 17 September 2019, 18:10 KST\n\n"
    "Lukashenko's wife hands Moon a gift of flax\n\n"
    "SEOUL -- Belarus's first lady Galina Lukashenko met President Moon Jae-in at the\n"
    "Blue House on Tuesday and passed on a letter from President Alexander Lukashenko about trade.\n\n"
    "Galina Lukashenko, who arrived on Sunday for a week in South Korea, later toured a textile\n"
    "factory. Officials said Seoul would study the proposals.\n\n"
    "In Minsk on Monday, Foreign Minister Vladimir Makei told reporters that the visit showed the\n"
    "two countries were growing closer.\n\n"
    "------------------------------\n\n"
    "ITEM SAVED 24 September 2019\n"
    "Source:  Example Wire\n"
    "Link:    https://example.org/wire/20190924\n"
    "Posted:  Tuesday 24 September 2019, 09:00 JST\n\n"
    "In Vladivostok, Abe pushes island projects\n\n"
    "VLADIVOSTOK -- Economy officials of Japan left Vladivostok on Monday night after two days of talks\n"
    "with regional authorities on joint projects for the Kuril islands.\n\n"
    "Japan last sent such a mission to Sakhalin in March 2018, when it studied fish farms there; the\n"
    "visit ended without a deal.\n")


def test_a_reading_list_dates_each_item_by_its_posted_line_not_by_the_export():
    events = extract_text(_READING_LIST, "clippings_2019-09.txt")
    got = {(e.date_start, e.date_end, e.venue, e.in_passing) for e in events}
    assert ("2019-09-15", "2019-09-17", "Seoul", False) in got      # the arrival told by its country opens the stay
    assert ("2019-09-22", "2019-09-23", "Vladivostok", False) in got  # left on Monday after two days of talks
    assert ("2019-09-16", "2019-09-16", "Minsk", True) in got        # 'In Minsk on Monday, … told reporters'
    assert ("2018-03", "2018-03", "Yuzhno-Sakhalinsk", True) in got or \
        any(e.date_start == "2018-03" and e.venue_country == "RU" for e in events)
    assert not any(e.date_start.startswith("2019-10") for e in events)   # the export's date is nobody's
    assert not any(h in e.headline for e in events for h in ("ITEM SAVED", "Source:", "Posted:"))


def test_a_leaders_wife_is_not_the_leader_and_his_letter_does_not_bring_him():
    events = [e for e in extract_text(_READING_LIST, "clippings_2019-09.txt") if e.venue == "Seoul"]
    assert [e.event_type for e in events] == ["visit"]
    assert "UZ" not in events[0].actors and set(events[0].actors) <= {"BY", "KR"}


def test_a_surname_is_no_town_in_a_list_of_places():
    from geomap.extract.mentions.persons import person_named
    assert person_named("Zelensky") and person_named("Zełenskiego") and person_named("Zelenska")
    assert not person_named("Zelenograd") and not person_named("Osaka")
    text = ("Dispatches 5/2023\n\n21 May – In Hiroshima, Zelensky held talks with the Japanese prime minister.\n\n"
            "22 May – Officials met in Tokyo.\n")
    assert {e.venue for e in _own(text, "dispatches_2023-05.txt")} == {"Hiroshima", "Tokyo"}


def test_satellite_launches_are_told_apart_from_missiles_and_by_who_launches():
    from geomap.extract.events.types import classify
    assert classify([("South Korea launched a rocket from Goheung that placed a satellite in orbit.", 3.0)]).type \
        == "other"
    assert classify([("North Korea launched a rocket carrying a reconnaissance satellite from Sohae.", 3.0)]).type \
        == "military"
    assert classify([("Japan launched an H-IIA rocket with a weather satellite from Tanegashima.", 3.0)]).type == "other"
    # ('the Security Council met over the satellite launch' stays the council's)
    assert classify([("The UN Security Council met over the launch of the satellite.", 3.0)]).type == "statement"


def test_a_trip_announced_for_a_later_month_is_a_visit_in_that_month():
    text = ("# Desk log, April 2016\n\n_All dates day/month._\n\n"
            "- **5/4** · Kishida and Lavrov talked in Moscow; Kishida said he will travel to Sochi in May "
            "for the talks of the leaders' aides.\n"
            "- **12/4** · Officials of both ministries met in Tokyo.\n")
    events = extract_text(text, "desk_log_2016-04.md")
    later = [e for e in events if e.in_passing]
    assert [(e.date_start, e.venue) for e in later] == [("2016-05", "Sochi")]
    text = ("Przegląd 3/2016\n\n"
            "4 marca – Minister Kishida rozmawiał w Tokio z ambasadorem Rosji. Premier obiecał gospodarzom, "
            "że we wrześniu przyleci znów do Władywostoku na forum gospodarcze.\n\n"
            "9 marca – W Moskwie obradowała komisja międzyrządowa.\n")
    later = [e for e in extract_text(text, "przeglad_2016_03.txt") if e.in_passing]
    assert [(e.date_start, e.venue, e.event_type) for e in later] == [("2016-09", "Vladivostok", "visit")]


def test_day_month_spans_inside_an_entry_split_a_trip_into_its_stops():
    text = ("# Desk log, August 2016\n\n_Dates day/month, 2016._\n\n"
            "- **1/8 – 5/8** · A group of Japanese scholars spent 1–2/8 on Shikotan (schools, a clinic) "
            "and 3/8 – 5/8 on Iturup (a geothermal plant).\n"
            "- **20/8** · The two ministers met in Tokyo.\n")
    events = extract_text(text, "desk_log_2016-08.md")
    assert [(e.date_start, e.date_end, e.venue, e.event_type) for e in events][:2] == [
        ("2016-08-01", "2016-08-02", "Shikotan", "visit"), ("2016-08-03", "2016-08-05", "Iturup", "visit")]


def test_what_a_speaker_tells_is_a_statement_not_the_trip_it_speaks_of():
    from geomap.extract.events.types import classify
    told = "The government spokesman told reporters that the foreign minister's visit to Moscow would go ahead."
    assert classify([(told, 3.0)]).type == "statement"
    said = "Rzecznik rządu oświadczył, że wizyta ministra w Seulu odbędzie się zgodnie z planem."
    assert classify([(said, 3.0)]).type == "statement"
    # a trip framed before what is said stays the trip
    assert classify([("During his visit to Seoul the minister told reporters that talks went well.", 3.0)]).type \
        == "visit"


def test_the_clause_of_the_time_places_what_was_agreed_then():
    text = ("Kronika 10/2014\n\n"
            "2 października – W Pekinie minister Kishida rozmawiał z ministrem Wangiem. Na taki tryb prezydent "
            "Xi Jinping i premier Abe Shinzo zgodzili się w lipcu, gdy Abe przebywał w Hanoi.\n\n"
            "9 października – W Tokio obradowała komisja.\n")
    later = [(e.date_start, e.venue) for e in extract_text(text, "kronika_2014_10.txt") if e.in_passing]
    assert later == [("2014-07", "Hanoi")]


def test_days_written_day_dot_month_inside_an_entry_date_its_stops():
    from geomap.extract.mentions.dates import find_dates
    found = [(d.text, d.when.start) for d in find_dates("3.06 w Osace podpisał umowę, a 4.06 pojechał do Kobe",
                                                          Anchor(2015, 6))]
    assert found == [("3.06", "2015-06-03"), ("4.06", "2015-06-04")]
    assert find_dates("kredyt 3.05 mln zł i wzrost o 1.10 proc.", Anchor(2015, 6)) == []
    text = ("Kronika 6/2015\n\n"
            "pt.–sob., 5–6.06 Gubernator Kraju Chabarowskiego na Hokkaido. 5.06 w Sapporo podpisał program "
            "wymiany, a 6.06 pojechał do Asahikawy na rozmowy o lotach.\n\n"
            "wt., 9.06 W Tokio obradowała komisja.\n")
    got = [(e.date_start, e.venue, e.event_type) for e in _own(text, "kronika_2015_06.txt")]
    assert ("2015-06-06", "Asahikawa", "visit") in got
    assert got[0][2] == "visit"   # a governor noted on an island, the verb left out


def test_a_note_of_who_is_where_is_a_visit_unless_two_leaders_meet():
    from geomap.extract.events.types import classify
    assert classify([("[BY/JP] Wiceminister spraw zagranicznych Białorusi w Tokio: konsultacje polityczne.", 3.0)]
                    ).type == "visit"
    assert classify([("Delegacja obwodu amurskiego w Harbinie.", 3.0)]).type == "visit"
    assert classify([("Prezydent Putin i premier Abe w Nagato: rozmowy o wyspach.", 3.0)]).type == "summit"
    assert classify([("Ambasador Japonii rozmawiał w Kijowie z wiceministrem.", 3.0)]).type == "meeting"


def test_month_first_dates_are_read_so_when_said_or_when_only_that_reading_fits():
    from geomap.extract.document.entries import date_marks
    said = ["Dates are month/day.", "- **7/2** — Talks in Tokyo.", "- **7/5–7/6** — A forum in Seoul."]
    assert [(m.text, m.start, m.end) for m in date_marks(said) if m] == [("7/2", (7, 2), (7, 2)),
                                                                       ("7/5–7/6", (7, 5), (7, 6))]
    shown = ["7/2 — Talks in Tokyo.", "7/13/2018 — A forum in Seoul.", "7/20 — Talks in Minsk."]
    assert [m.start for m in date_marks(shown)] == [(7, 2), (7, 13), (7, 20)]
    one_month = ["7/2 — Talks in Tokyo.", "7/9 — A forum in Seoul.", "7/11 — Talks in Minsk."]
    assert [m.start for m in date_marks(one_month)] == [(7, 2), (7, 9), (7, 11)]
    # day first stays the rule: said so, or as coherent either way
    assert [m.start for m in date_marks(["4/7 — Talks in Tokyo.", "5/7 — A forum in Seoul."])] == [(7, 4), (7, 5)]
    assert [m.start for m in date_marks(["Dates: day/month.", "7/2 — Talks.", "7/9 — Forum."]) if m] == [(2, 7), (9, 7)]
    text = ("# Desk notes, July 2018\n\nDates below are month/day.\n\n"
            "- **7/2** — Japanese and Russian deputy ministers held talks in Moscow.\n"
            "- **7/16–7/18** — South Korea's trade minister was in Vladivostok for port talks.\n")
    assert [(e.date_start, e.date_end, e.venue) for e in _own(text, "desk_notes_2018-07.md")] == [
        ("2018-07-02", "2018-07-02", "Moscow"), ("2018-07-16", "2018-07-18", "Vladivostok")]


def test_a_capitalised_weekday_before_a_numeric_date_and_dotted_iso_dates():
    line = parse_date_line("Tuesday 4/3 — talks in Tokyo")
    assert (line.start, line.weekday) == ((3, 4), 1)
    assert parse_date_line("Wt. 4.03 – rozmowy w Tokio").start == (3, 4)
    line = parse_date_line("2019.03.04 Talks in Tokyo")
    assert (line.start, line.year) == ((3, 4), 2019)
    from geomap.extract.mentions.dates import find_dates
    assert [d.when.start for d in find_dates("met on 2019.03.04 in Seoul", Anchor(2019, 3))] == ["2019-03-04"]


def test_headlines_that_close_on_their_day_in_english_order_are_entries():
    text = ("NORTHERN DESK — MARCH 2018\n\n"
            "Kono and Lavrov review joint projects by phone (Mar 2)\nThe ministers spoke for half an hour.\n"
            "https://example.org/p\n\n"
            "Hokkaido officials in Khabarovsk for air links (Mar 14–15)\nThey met the regional government.\n"
            "https://example.org/q\n\n"
            "Ukrainian envoy opens a photo show in Sendai (Mar 28)\nThe show runs for a month.\n")
    events = _own(text, "northern_desk_2018-03.txt")
    assert [(e.date_start, e.date_end, e.venue) for e in events] == [
        ("2018-03-02", "2018-03-02", None), ("2018-03-14", "2018-03-15", "Khabarovsk"), ("2018-03-28", "2018-03-28", "Sendai")]
    assert [list(e.source_urls) for e in events][:2] == [["https://example.org/p"], ["https://example.org/q"]]
    assert events[2].event_type == "ceremony_forum"   # 'opens a photo show'


def test_a_story_counts_two_days_later_from_the_last_day_it_named():
    text = ("Northeast Asia and the post-Soviet states: a look back at May 2015\n\n"
            "On 5 May the Korean vice foreign minister arrived in Kyiv and met the Ukrainian foreign minister. "
            "Three days later he was in Minsk for consultations with the Belarusian side.\n\n"
            "Later in the month trade officials met in Tokyo.\n")
    got = {(e.date_start, e.venue) for e in extract_text(text, "review_2015_05.txt")}
    assert ("2015-05-05", "Kyiv") in got and ("2015-05-08", "Minsk") in got
    from geomap.extract.mentions.dates import chained_days, find_dates
    t = "On 5 May they met. Nazajutrz delegacja była w Mińsku. The day after the talks nothing."
    dates = find_dates(t, Anchor(2015, 5))
    assert [(d.text, d.when.start) for d in chained_days(t, dates, 0, len(t))] == [("Nazajutrz", "2015-05-06")]


def test_statements_issued_visits_planned_and_summits_that_only_date_a_remark():
    from geomap.extract.events.types import classify
    assert classify([("In Beijing, the two presidents issued a joint statement calling for a halt to missile tests "
                      "and to large exercises.", 3.0)]).type == "statement"
    assert classify([("Prime Minister Abe and President Putin talked for half an hour in Lima, agreeing to keep "
                      "preparing a Putin visit to Japan.", 3.0)]).type == "summit"
    assert classify([("Dzień po zakończeniu szczytu rzecznik MSZ ocenił, że deklaracja niczego nie zmienia.", 3.0)]
                    ).type == "statement"
    # a group noted on an island, no verb; an exhibition opened, with its verb, stays a ceremony
    assert classify([("[JP/RU] Pierwsza w sezonie grupa byłych mieszkańców na Iturupie.", 3.0)]).type == "visit"
    assert classify([("W muzeum w Kijowie otwarto wystawę o Hiroszimie w Kijowie.", 3.0)]).type == "ceremony_forum"


def test_a_date_line_with_a_bar_dates_its_story_and_tells_no_event():
    text = ("Seoul and Minsk agree on visa waiver\n\nSEOUL | 18 June 2019\n\n"
            "South Korea and Belarus signed an agreement in Seoul on Tuesday that lets their citizens travel "
            "without visas for up to thirty days.\n\nThe ministers last met in Minsk in March.\n")
    got = [(e.date_start, e.venue, e.in_passing) for e in extract_text(text, "wire_2019.txt")]
    assert got == [("2019-06-18", "Seoul", False), ("2019-03", "Minsk", True)]


def test_paragraphs_under_a_day_heading_that_each_name_their_place_are_items_of_that_day():
    text = ("# Desk daily, April 2019\n\n## Tuesday, 9 April\n\n"
            "Japanese and Russian officials held fisheries talks in Sapporo.\n\n"
            "In Kyiv, the Korean ambassador met the deputy economy minister.\n\n"
            "## Friday, 12 April\n\nA trade mission from Minsk visited Busan.\n\n"
            "They also toured the port.\n")
    got = [(e.date_start, e.venue) for e in _own(text, "desk_daily_2019-04.md")]
    assert got == [("2019-04-09", "Sapporo"), ("2019-04-09", "Kyiv"), ("2019-04-12", "Busan")]


def test_dates_with_a_two_digit_year():
    line = parse_date_line("04.03.19 – Wiceministrowie rozmawiali w Tokio.")
    assert (line.start, line.year) == ((3, 4), 2019)
    assert parse_date_line("4.03.19 r. – rozmowy").year == 2019
    assert parse_date_line("12.02 Rozmowy w Seulu").start == (2, 12)    # no year, as before
    from geomap.extract.document.entries import date_marks
    assert [(m.start, m.year) for m in date_marks(["7/13/19 — Talks in Tokyo.", "7/16/19 — A forum in Seoul."])] == [
        ((7, 13), 2019), ((7, 16), 2019)]


def test_a_closing_bracket_with_a_place_and_a_day_dates_and_places_its_item():
    text = ("WSCHODNI PRZEGLĄD, LISTOPAD 2021\n\nJAPONIA\n"
            "• Delegacja prefektury Niigata rozmawiała o połączeniach promowych (Chabarowsk, 9 listopada).\n"
            "• Ambasador Japonii wręczył nagrody laureatom konkursu (Lwów, 18 listopada).\n"
            "• Wiceministrowie omówili współpracę w energetyce (Tokio, 25.11).\n")
    got = [(e.date_start, e.venue) for e in _own(text, "przeglad_2021_11.txt")]
    assert got == [("2021-11-09", "Khabarovsk"), ("2021-11-18", "Lviv"), ("2021-11-25", "Tokyo")]


def test_paragraphs_that_open_on_a_weekday_under_a_weeks_heading():
    text = ("PRZEGLĄD TYGODNIA\nTydzień 20 (13–19 maja 2019)\n\n"
            "We wtorek wiceministrowie Japonii i Rosji rozmawiali w Tokio o wspólnych projektach.\n\n"
            "W czwartek delegacja Kraju Nadmorskiego odwiedziła Niigatę.\n\n"
            "W sobotę ambasador Białorusi otworzył w Osace wystawę grafiki.\n")
    got = [(e.date_start, e.venue) for e in _own(text, "przeglad_tygodnia.txt")]
    assert got == [("2019-05-14", "Tokyo"), ("2019-05-16", "Niigata"), ("2019-05-18", "Osaka")]
    # without a week's heading a weekday opens no entry: the text is one story, its lead and what it recalls
    story = text.replace("Tydzień 20 (13–19 maja 2019)", "Opublikowano: 20.05.2019")
    assert [e.in_passing for e in extract_text(story, "przeglad_tygodnia.txt")] == [False, True, True]


def test_a_month_day_reading_chosen_by_fit_is_warned_about_and_one_the_writer_states_is_not():
    from geomap.extract import extract_document
    guessed = "# Desk notes\n\n- **7/2** — Talks in Moscow on fisheries.\n- **7/13** — A delegation visited Sapporo.\n"
    warned = extract_document(guessed, "desk_notes_2018-07.md").warnings
    assert any("'7/2'" in w and "month/day" in w for w in warned)
    said = guessed.replace("# Desk notes\n", "# Desk notes\n\nDates are month/day.\n")
    assert not any("month/day" in w for w in extract_document(said, "desk_notes_2018-07.md").warnings)
    plain = "# Notes\n\n- **4/7** — Talks in Moscow.\n- **5/7** — Talks in Sapporo.\n"
    assert not any("month/day" in w for w in extract_document(plain, "notes_2018-07.md").warnings)
