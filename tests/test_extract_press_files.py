"""Layouts and phrasings a twelfth round of unseen documents brought, each in text of our own: a
press file drawn with box-drawing characters whose item headers give the day of publication, boxed
clipping headers with a long address, a desk's closing comment, envoys called in where the section
or the dateline says, and months that lie ahead of a past-tense sentence."""
from __future__ import annotations

from geomap.extract import extract, extract_document
from geomap.read import read_document

_PRESS_FILE = (
    "ZESTAWIENIE PRASOWE: JAPONIA I ROSJA\n"
    "zbiór: marzec 2016 · oprac. zespół wschodni\n\n"
    "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
    "nr 1 ┃ czw 10.03.2016, 14:20\n"
    "tytuł ┃ Morgułow w Tokio: rozmowy o kwietniowej wizycie\n"
    "link ┃ https://example.org/prasa/2016/03/10/morgulow-tokio\n"
    "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
    "Rosyjski wiceminister spraw zagranicznych Igor Morgułow rozmawiał w środę w Tokio\n"
    "z japońskim wiceministrem Shinsuke Sugiyamą. Dyplomaci omówili przygotowania do\n"
    "kwietniowej wizyty ministra Fumio Kishidy w Moskwie oraz sprawę wspólnych projektów\n"
    "gospodarczych na wyspach.\n\n"
    "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
    "nr 2 ┃ pn 21.03.2016, 09:05\n"
    "tytuł ┃ Gubernator Chabarowska odwiedził Niigatę\n"
    "link ┃ https://example.org/prasa/2016/03/21/szport-niigata\n"
    "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
    "Gubernator Kraju Chabarowskiego Wiaczesław Szport spotkał się w sobotę w Niigacie\n"
    "z gubernatorem prefektury Hirohiko Izumidą. Rozmawiali o połączeniach lotniczych\n"
    "i o dostawach drewna.\n"
)


def test_a_press_file_drawn_with_box_characters_is_read_story_by_story():
    result = extract_document(_PRESS_FILE, "prasa_2016-03.txt")
    events = result.events
    assert result.reading.kind == "news"
    # the bar after 'tytuł' marks a field: the title is no event of its own
    assert not [e for e in events if "tytuł" in e.headline or "┃" in e.headline]
    tokyo = [e for e in events if e.venue == "Tokyo"]
    # 'w środę' counts back from Thursday 10.03.2016, the day in the item's header
    assert [e.date_start for e in tokyo] == ["2016-03-09"]
    niigata = [e for e in events if e.venue == "Niigata"]
    assert [e.date_start for e in niigata] == ["2016-03-19"]


def test_a_visit_being_prepared_lies_ahead_of_the_past_tense_sentence():
    events = extract_document(_PRESS_FILE, "prasa_2016-03.txt").events
    moscow = [e for e in events if e.venue == "Moscow"]
    # 'omówili przygotowania do kwietniowej wizyty' in March 2016: April 2016, not April 2015
    assert [e.date_start for e in moscow] == ["2016-04"]
    assert all(e.in_passing for e in moscow)


_CLIPS = (
    "EAST ASIA DESK - CLIPS\n"
    "Period: May 2019\n\n"
    "==[ 01 ]=======================================================\n"
    "filed 13/05/2019 | link https://www.example.org/politics/2019/05/10/kono-lavrov-moscow-talks-peace-treaty-round/\n"
    "KONO AND LAVROV KEEP TREATY TALKS GOING\n"
    "===============================================================\n"
    "MOSCOW -- Foreign Minister Taro Kono held talks with Sergey Lavrov in Moscow on Friday, their\n"
    "first meeting since January. The two ministers reviewed joint projects on the islands.\n\n"
    "Lavrov is expected in Tokyo in June for a ministerial meeting with his Japanese counterpart.\n\n"
    "==[ 02 ]=======================================================\n"
    "filed 20/05/2019 | link https://www.example.org/regions/2019/05/18/sakhalin-delegation-hokkaido-ferry/\n"
    "SAKHALIN TEAM IN HOKKAIDO\n"
    "===============================================================\n"
    "SAPPORO -- A trade delegation from Sakhalin held talks with Hokkaido officials in Sapporo on\n"
    "Saturday on ferry links and liquefied gas.\n\n"
    "---------------------------------------------------------------\n"
    "DESK COMMENT\n"
    "Watch the forum in Vladivostok in September, where Tokyo will be asked for money again.\n"
    "---------------------------------------------------------------\n"
)


def test_a_boxed_clipping_header_with_a_long_address_dates_the_story_under_it():
    events = extract_document(_CLIPS, "clips_2019-05.txt").events
    moscow = [e for e in events if e.venue == "Moscow"]
    # the 'filed' line's address is long, yet the header above the rule is still the story's
    assert [e.date_start for e in moscow] == ["2019-05-10"]
    sapporo = [e for e in events if e.venue == "Sapporo"]
    assert [e.date_start for e in sapporo] == ["2019-05-18"]


def test_expected_in_a_month_looks_ahead():
    text = ("filed 13/05/2019\n\n"
            "MOSCOW -- Foreign Minister Taro Kono held talks with Sergey Lavrov in Moscow on Friday. The two\n"
            "reviewed joint projects on the islands.\n\n"
            "Lavrov is expected in Tokyo in June for a ministerial meeting with his Japanese counterpart.\n")
    events = extract_document(text, "clip_2019-05.txt").events
    tokyo = [e for e in events if e.venue == "Tokyo"]
    assert [e.date_start for e in tokyo] == ["2019-06"]


def test_a_desk_comment_gives_no_events():
    events = extract_document(_CLIPS, "clips_2019-05.txt").events
    assert not [e for e in events if e.venue == "Vladivostok" or "Watch the forum" in e.headline]


def test_an_envoy_called_in_is_placed_by_the_dateline_not_by_the_matter():
    text = ("filed 04/03/2017\n\n"
            "TOKYO -- Evgeny Afanasiev, Russia's ambassador, was summoned to the Foreign Ministry on Friday over\n"
            "reports that North Korean workers are still arriving in Russian ports despite UN sanctions.\n\n"
            "Officials said the talks lasted an hour.\n")
    events = extract_document(text, "clip_2017-03.txt").events
    assert [(e.date_start, e.venue) for e in events] == [("2017-03-03", "Tokyo")]


def test_an_envoy_called_in_is_placed_by_the_section_heading(tmp_path):
    path = tmp_path / "log_2017-03.md"
    path.write_text(
        "# Koreas and Russia: March 2017 log\n\n"
        "## 2. South Korea with Russia\n\n"
        "- **Mar. 8** — A deputy foreign minister called in Russian Ambassador Alexander Timonin over the\n"
        "  transit of DPRK coal through Vladivostok. [MOFA][n1]\n"
        "- **Mar. 14** — Russian and Korean shipbuilders met in Busan to discuss ice-class tankers. [KITA][n2]\n\n"
        "[n1]: https://www.example.org/mofa/2017/03/08\n"
        "[n2]: https://www.example.org/kita/2017/03/14\n", encoding="utf-8")
    events = extract(read_document(path)).events
    called = [e for e in events if e.date_start == "2017-03-08"]
    assert [(e.venue, e.event_type) for e in called] == [("Seoul", "meeting")]


def test_a_protest_lodged_with_an_ambassador_is_a_meeting_in_the_protesting_capital():
    text = ("Kronika, lipiec 2016\n\n"
            "12 July: Deputy Minister Ko Yuichiro lodged a protest with Ambassador Evgeny Afanasiev over the\n"
            "Kunashir visit of a Russian minister.\n"
            "https://www.example.org/mofa/2016/07/12\n\n"
            "14 July: Japanese and Russian officials met in Moscow to prepare a round of security talks.\n"
            "https://www.example.org/mofa/2016/07/14\n")
    events = extract_document(text, "kronika_2016-07.txt").events
    protest = [e for e in events if e.date_start == "2016-07-12"]
    assert [(e.venue, e.event_type) for e in protest] == [("Tokyo", "meeting")]


def test_the_region_talks_covered_is_not_where_the_envoy_was_received():
    text = ("Belarus and Japan, June 2018\n\n"
            "21 June: Vladimir Makei, the foreign minister, received Japan's ambassador; the talks covered trade\n"
            "and the future of Japanese medical aid projects in the Mogilev region.\n"
            "https://www.example.org/mfa/2018/06/21\n\n"
            "26 June: A Japanese business mission toured the Great Stone park near Minsk.\n"
            "https://www.example.org/mfa/2018/06/26\n")
    events = extract_document(text, "belarus_2018-06.txt").events
    received = [e for e in events if e.date_start == "2018-06-21"]
    assert [(e.venue, e.event_type) for e in received] == [("Minsk", "meeting")]


def test_what_was_announced_or_would_be_done_lies_ahead():
    text = ("Zestawienie: kwiecień 2022\n\n"
            "12 kwietnia: Premier Fumio Kishida zapowiedział udział Japonii w szczycie G7 w Elmau pod koniec\n"
            "czerwca.\n"
            "https://www.example.org/kantei/2022/04/12\n\n"
            "19 kwietnia: Rzecznik rządu powiedział w Tokio, że szczegóły pakietu pomocy zostaną omówione\n"
            "w Warszawie w maju.\n"
            "https://www.example.org/kantei/2022/04/19\n")
    events = extract_document(text, "zestawienie_2022-04.txt").events
    # the summit at Elmau is placed at its municipality, Garmisch-Partenkirchen
    elmau = [e for e in events if e.in_passing and "Elmau" in e.headline]
    assert [(e.date_start, e.venue_country) for e in elmau] == [("2022-06", "DE")]
    english = ("Weekly notes, July 2021\n\n"
               "20 July: The Russian government said the new tax rules for the islands would be presented at the\n"
               "forum in Vladivostok that opens on 2-4 September.\n"
               "https://www.example.org/gov/2021/07/20\n\n"
               "22 July: Japanese and Russian officials met in Tokyo on fisheries.\n"
               "https://www.example.org/gov/2021/07/22\n")
    forum = [e for e in extract_document(english, "notes_2021-07.txt").events if e.venue == "Vladivostok"]
    assert [e.date_start for e in forum] == ["2021-09-02"]


def test_a_relative_clause_with_its_own_date_leaves_the_entry_its_place(tmp_path):
    path = tmp_path / "log_2023-11.md"
    path.write_text(
        "# Ukraine and the Koreas: November 2023 log\n\n"
        "## 1. Missiles\n\n"
        "- **Nov. 9** — At a press conference in Odesa, port officials displayed parts of the drone that hit the\n"
        "  grain terminal on Nov. 3 and said its engine came from abroad. [Port][p1]\n"
        "- **Nov. 20** — Director-General for European Affairs Kato Hiroshi summoned the Russian embassy's\n"
        "  counsellor to protest the drills that Russian troops held on Iturup earlier in the month. [MOFA][p2]\n"
        "- **Nov. 24** — Foreign Minister Choe Son Hui met Sergey Lavrov in Moscow; Lavrov called it a return\n"
        "  visit for his own April trip to Pyongyang. [MID][p3]\n\n"
        "[p1]: https://www.example.org/port/2023/11/09\n"
        "[p2]: https://www.example.org/mofa/2023/11/20\n"
        "[p3]: https://www.example.org/mid/2023/11/24\n", encoding="utf-8")
    events = extract(read_document(path)).events
    by_day = {(e.date_start, e.in_passing): e for e in events}
    assert by_day[("2023-11-09", False)].venue == "Odesa"
    summons = by_day[("2023-11-20", False)]
    assert (summons.venue, summons.event_type) == ("Tokyo", "meeting")
    assert by_day[("2023-04", True)].venue == "Pyongyang"


_PRASA_2017 = (
    "PRZEGLĄD: KOREA PÓŁNOCNA I UKRAINA\n"
    "teczka: marzec 2016\n\n"
    "----------------------------------------\n"
    "poz. 1 | pt 18.03.2016, 10:15\n"
    "tytuł | Kijów odpiera zarzuty w sprawie rakiet\n"
    "adres | https://example.org/prasa/2016/03/18/kijow-rakiety\n"
    "----------------------------------------\n"
    "Minister spraw zagranicznych Ukrainy Pawło Klimkin oświadczył w czwartek w Kijowie, że jego kraj\n"
    "przestrzega sankcji ONZ wobec KRLD. Przypomniano, że w marcu KRLD dwukrotnie wystrzeliła pociski:\n"
    "10 marca z prowincji Hamgyong Południowy, a 18 marca, późnym wieczorem, z prowincji Hamgyong Północny.\n\n"
    "Ambasador Japonii Shigeki Sumi, który mówi po ukraińsku, w lutym jako specjalny wysłannik odwiedził\n"
    "Charków i przekazał tamtejszym szpitalom sprzęt medyczny. Ambasador Rosji powiedział w piątek\n"
    "dziennikarzom w Tokio, że Moskwa nie zmieni stanowiska.\n"
)


def test_launch_sites_listed_under_one_verb_and_what_a_speaker_of_a_language_did():
    events = extract_document(_PRASA_2017, "prasa_2016-03.txt").events
    launches = sorted((e.date_start, e.venue) for e in events if e.in_passing and e.date_start.startswith("2016-03-1")
                      and e.venue and "Hamgyong" in e.venue)
    # the second site shares the first one's verb; 'późnym wieczorem' is the evening of the 18th
    assert launches == [("2016-03-10", "South Hamgyong Province"), ("2016-03-18", "North Hamgyong Province")]
    # 'który mówi po ukraińsku' speaks a language: the February trip is told, not a report's date
    assert [e.venue for e in events if e.date_start == "2016-02"] == ["Kharkiv"]
    # 'powiedział w piątek dziennikarzom w Tokio': the audience stands between the day and the place
    assert [e.event_type for e in events if e.venue == "Tokyo" and e.date_start == "2016-03-18"] == ["statement"]


_KALENDARIUM = (
    "Kalendarium\n"
    "Rosja a Japonia i Korea · lipiec (VII) 2018\n\n"
    "Daty w zapisie dzień i miesiąc rzymski; wszystkie z 2018 roku.\n\n"
    "28 VI – 2 VII Delegacja byłych mieszkańców wysp przebywała na Iturupie i odwiedziła groby przodków.\n\n"
    "4 VII W Tokio wiceminister Akiba Takeo przyjął ambasadora Michaiła Galuzina.\n\n"
    "9 VII Premier Rosji Dmitrij Miedwiediew odwiedził Kunaszyr. Poprzednio był na wyspie w lipcu 2015 roku.\n\n"
    "12 VII Szefowie dyplomacji Korei i Rosji rozmawiali w Singapurze o incydencie z 3 lipca, kiedy rosyjski\n"
    "samolot naruszył strefę identyfikacji.\n\n"
    "20 VII Zgromadzenie Ogólne ONZ przyjęło rezolucję potępiającą łamanie praw człowieka przez KRLD.\n\n"
    "j.w.: Rząd Japonii ogłosił nowe sankcje wobec rosyjskich banków.\n"
)


def test_a_calendar_with_roman_months_in_its_gutter():
    result = extract_document(_KALENDARIUM, "kalendarium_2018-07.txt")
    events = [e for e in result.events if not e.in_passing]
    assert result.reading.kind != "news"
    days = [(e.date_start, e.date_end, e.venue) for e in events]
    assert ("2018-06-28", "2018-07-02", "Iturup") in days          # a span across the month's end
    assert ("2018-07-04", "2018-07-04", "Tokyo") in days            # '4 VII W Tokio …': no separator after the date
    assert ("2018-07-12", "2018-07-12", "Singapore") in days        # what the talks were about is no other time
    assert ("2018-07-20", "2018-07-20", "New York") in days         # the General Assembly acts in New York
    # 'j.w.' dates its row as the row above
    assert [e.date_start for e in events if "banków" in e.headline] == ["2018-07-20"]
    earlier = [e for e in result.events if e.in_passing and e.date_start == "2015-07"]
    assert [e.venue for e in earlier] == ["Kunashir"]                # 'na wyspie': the island just named


def test_items_under_a_day_heading_each_closing_on_their_source(tmp_path):
    path = tmp_path / "digest_2019-06.html"
    path.write_text(
        "<html><head><title>Weekly digest, June 2019</title></head><body>"
        "<h1>Russia and the Koreas: June 2019</h1>"
        "<h3>Wednesday 12 June</h3><ul>"
        "<li>Vladimir Putin and Kim Jong Un exchanged greetings on Russia Day. "
        "[<a href='https://www.example.org/kremlin/2019/06/12'>kremlin.ru</a>]</li>"
        "<li>In Pyongyang, Ambassador Alexander Matsegora hosted a Russia Day reception at the embassy. "
        "[<a href='https://www.example.org/embassy/2019/06/12'>embassy</a>]</li></ul>"
        "<h3>Friday 14 June</h3><ul>"
        "<li>A Russian trade mission held talks in Rason on a new port terminal. "
        "[<a href='https://www.example.org/trade/2019/06/14'>trade</a>]</li></ul>"
        "</body></html>", encoding="utf-8")
    events = [e for e in extract(read_document(path)).events if not e.in_passing]
    assert sorted((e.date_start, e.venue or "-") for e in events) == [
        ("2019-06-12", "-"), ("2019-06-12", "Pyongyang"), ("2019-06-14", "Rason")]


def test_a_trip_a_speaker_says_he_plans_is_a_visit_in_passing():
    text = ("filed 12/09/2016\n\n"
            "MINSK -- Belarusian and Japanese officials held a round of consultations in Minsk on Friday on\n"
            "trade and investment.\n\n"
            "The Belarusian deputy minister told journalists he planned to travel to Tokyo in November for the\n"
            "next round.\n")
    events = extract_document(text, "clip_2016-09.txt").events
    trip = [e for e in events if e.in_passing and e.venue == "Tokyo"]
    # the date is the trip's, not the telling's: the event is the trip
    assert [(e.date_start, e.event_type) for e in trip] == [("2016-11", "visit")]
