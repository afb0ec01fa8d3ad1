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
            "TOKYO -- Russian Ambassador Evgeny Afanasiev was called in to the Foreign Ministry on Friday over\n"
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
            "21 June: Foreign Minister Vladimir Makei received the Japanese Ambassador; the talks covered trade\n"
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
               "Eastern Economic Forum in Vladivostok on 2-4 September.\n"
               "https://www.example.org/gov/2021/07/20\n\n"
               "22 July: Japanese and Russian officials met in Tokyo on fisheries.\n"
               "https://www.example.org/gov/2021/07/22\n")
    forum = [e for e in extract_document(english, "notes_2021-07.txt").events if e.venue == "Vladivostok"]
    assert [e.date_start for e in forum] == ["2021-09-02"]
