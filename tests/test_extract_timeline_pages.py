"""More of what the eleventh round of unseen documents brought, each in text of our own: a timeline
whose dates stand in a narrow gutter with the parties' codes beside them, hosts and gatherings that
place an entry without naming its city, and words that place or date a mention by pointing back."""
from __future__ import annotations

import datetime as dt

from geomap.extract import extract, extract_text
from geomap.extract.document.datelines import parse_date_line
from geomap.extract.document.entries import is_heading
from geomap.extract.mentions.clauses import foreign_spans
from geomap.extract.mentions.dates import Anchor, When, find_dates
from geomap.read import read_document

_TIMELINE = (
    "Eurasia Desk Timeline\n"
    "Issue 2016/09 · September 2016\n\n"
    "JAPAN AND RUSSIA\n\n"
    "Fri 2 Sep JP · RU\n"
    "Prime Minister Shinzo Abe held talks with Vladimir Putin in Vladivostok on an eight-point\n"
    "economic plan.\n\n"
    "Wed 7 Sep RU · KR\n"
    "Russia's ambassador Alexander Timonin was called in by First Vice Minister Lim Sung-nam\n"
    "over the North's test.\n"
    "Thu 15 – Sat\n"
    "17 Sep\n"
    "RU · KP\n"
    "A delegation of the Amur region paid a working visit to Pyongyang and toured a textile mill.\n\n"
    "KOREAN PENINSULA\n\n"
    "Fri 9 Sep KP · RU · JP\n"
    "North Korea conducted its fifth nuclear test near Kilju; Russia's foreign ministry called on\n"
    "Pyongyang to stop.\n\n"
    "Tue 20 Sep UA · KR · JP\n"
    "The General Assembly opened its general debate, where the Ukrainian president spoke on Crimea.\n"
)


def test_a_gutter_date_with_the_parties_codes_beside_it_opens_an_entry():
    line = parse_date_line("Wed 7 Sep RU · KR")
    assert (line.start, line.weekday) == ((9, 7), 2)
    assert not is_heading("RU · KP") and is_heading("KOREAN PENINSULA")


def test_a_timeline_of_gutter_dates_gives_one_event_per_date():
    events = [e for e in extract_text(_TIMELINE, "timeline_2016-09.txt") if not e.in_passing]
    got = [(e.date_start, e.date_end, e.venue) for e in events]
    assert ("2016-09-02", "2016-09-02", "Vladivostok") in got
    # called in by a South Korean official: a meeting in Seoul
    assert ("2016-09-07", "2016-09-07", "Seoul") in got
    assert next(e for e in events if e.date_start == "2016-09-07").event_type == "meeting"
    # 'Thu 15 – Sat' over '17 Sep': one span of days, wrapped in the gutter
    assert ("2016-09-15", "2016-09-17", "Pyongyang") in got
    # a nuclear test is not where a ministry reacted to it
    assert next(e for e in events if e.date_start == "2016-09-09").venue != "Moscow"
    # 'The General Assembly' sits in New York
    assert ("2016-09-20", "2016-09-20", "New York") in got


def test_hosts_and_gatherings_that_fix_a_city():
    text = ("12 kwietnia: Kończący misję ambasador Japonii złożył pożegnalną wizytę u ministra spraw\n"
            "zagranicznych Ukrainy.\n\n"
            "14 kwietnia: The envoy of Korea was received by Premier Arseniy Yatsenyuk on his first day.\n\n"
            "1 kwietnia: On the sidelines of the Nuclear Security Summit, Park Geun-hye met Shinzo Abe.\n")
    events = [e for e in extract_text(text, "przeglad_2016-04.txt") if not e.in_passing]
    assert [(e.date_start, e.event_type, e.venue) for e in events] == [
        ("2016-04-12", "meeting", "Kyiv"), ("2016-04-14", "meeting", "Kyiv"), ("2016-04-01", "summit", "Washington")]


def test_an_english_preposition_takes_no_polish_case_ending():
    text = "5 May: The embassy held a requiem at the Holy Spirit Cathedral in Minsk for the victims of the war.\n"
    [e] = [e for e in extract_text(text, "notes_2016-05.txt") if not e.in_passing]
    assert e.venue == "Minsk"


def test_a_weekday_inside_an_entry_of_one_day_is_the_nearest():
    text = ("Mon., Oct. 3: The foreign minister of Japan summoned the Russian ambassador over a bomber flight.\n"
            "On Tuesday the deputy minister flew to Vladivostok for talks with the governor.\n\n"
            "Fri., Oct. 7: A Korean trade mission was in Khabarovsk; on Thursday it had visited Blagoveshchensk.\n")
    got = [(e.date_start, e.venue) for e in extract_text(text, "tracker_2016-10.txt")]
    assert ("2016-10-04", "Vladivostok") in got and ("2016-10-06", "Blagoveshchensk") in got


def test_a_when_clause_tells_the_time_of_the_clause_before_it():
    text = "He had promised the trip in August, when he told reporters in Khabarovsk that he would go."
    dates = find_dates(text, Anchor(2016, 10, None))
    spans = foreign_spans(text, [(0, len(text))], When.day(dt.date(2016, 10, 11)), dates)
    at = text.index("Khabarovsk")
    assert any(a <= at < b for a, b in spans)


def test_here_points_back_to_the_story_s_place():
    text = ("date 2016-07\n"
            "Premier Miedwiediew przyleciał we wtorek na Iturup, gdzie obejrzał nowe lotnisko. Była to jego druga\n"
            "wizyta na wyspie. Poprzednio przyleciał tu w sierpniu 2015 r.\n")
    events = extract_text(text, "kuryle.txt")
    assert ("2015-08", "Iturup") in [(e.date_start, e.venue) for e in events if e.in_passing]


def test_a_list_of_party_codes_names_states():
    from geomap.extract.mentions.countries import find_countries
    assert [m.iso for m in find_countries("KP · RU · JP; The launch was condemned.")] == ["KP", "RU", "JP"]
    assert [m.iso for m in find_countries("The PM spoke on TV.")] == []


def test_the_host_who_summons_or_receives_an_envoy_places_the_meeting():
    text = ("Mon., Oct. 3: JP / RU; Foreign Minister Fumio Kishida summoned Russian Ambassador Evgeny Afanasiev\n"
            "over a bomber flight near Hokkaido.\n\n"
            "Thu., Oct. 6: RU / KR; Deputy Foreign Minister Igor Morgulov received South Korea's ambassador Park\n"
            "Ro-byug to talk about sanctions.\n\n"
            "Fri., Oct. 7: Minister spraw zagranicznych Korei Yun Byung-se przyjął ambasadora Rosji, który omówił\n"
            "wyniki szczytu we Władywostoku.\n")
    events = [e for e in extract_text(text, "tracker_2016-10.txt") if not e.in_passing]
    assert [(e.date_start, e.event_type, e.venue) for e in events] == [
        ("2016-10-03", "meeting", "Tokyo"), ("2016-10-06", "meeting", "Moscow"), ("2016-10-07", "meeting", "Seoul")]


def test_weeks_after_a_named_happening_date_it_back_from_the_story():
    text = ("date 2016-11-20\n"
            "Premier Miedwiediew odwiedził w niedzielę Iturup. Wizyta nastąpiła trzy tygodnie po rozmowie ministrów\n"
            "spraw zagranicznych w Tokio, na której uzgodniono wspólne projekty.\n")
    events = extract_text(text, "kuryle.txt")
    assert ("2016-10", "Tokyo") in [(e.date_start, e.venue) for e in events if e.in_passing]


def test_a_memorial_service_is_a_ceremony():
    text = "Sat., Nov. 26: The embassy held a memorial service in Tokyo for the victims of the famine.\n"
    [e] = [e for e in extract_text(text, "tracker_2016-11.txt") if not e.in_passing]
    assert (e.event_type, e.venue) == ("ceremony_forum", "Tokyo")


def test_what_was_said_in_a_when_clause_is_placed_there():
    text = ("Tue., Oct. 11: Medvedev spent three hours on Shikotan and met the islanders. He had promised the\n"
            "trip in August, when he told reporters in Khabarovsk that he would go.\n")
    events = extract_text(text, "tracker_2016-10.txt")
    assert ("2016-08", "Khabarovsk") in [(e.date_start, e.venue) for e in events if e.in_passing]


def test_bullets_under_a_day_heading_are_items_even_a_call_with_no_place(tmp_path):
    path = tmp_path / "digest_2019-03.md"
    path.write_text("# Desk digest, March 2019\n\n## Monday, 4 March\n\n"
                    "- A Belarusian trade mission arrived in Seoul for talks.\n\n## Tuesday, 12 March\n\n"
                    "- Ukraine's foreign minister spoke by phone with his Japanese counterpart.\n"
                    "- In Vladivostok, the Primorye government received a delegation from Gangwon province.\n",
                    encoding="utf-8")
    events = [e for e in extract(read_document(path)).events if not e.in_passing]
    assert [(e.date_start, e.venue) for e in events] == [
        ("2019-03-04", "Seoul"), ("2019-03-12", None), ("2019-03-12", "Vladivostok")]


def test_weeks_and_months_counted_from_the_story():
    text = ("SEOUL, March 27, 2019 (Yonhap) -- South Korea's vice foreign minister met a Russian deputy foreign\n"
            "minister in Seoul on Tuesday to discuss the North.\n\n"
            "The talks came a month after the Hanoi summit collapsed. The Russian had visited Pyongyang two weeks\n"
            "earlier, sources said. The Korean is expected to travel to Moscow next month.\n")
    got = {(e.date_start, e.venue) for e in extract_text(text, "yonhap.txt") if e.in_passing}
    assert {("2019-02", "Hanoi"), ("2019-03", "Pyongyang"), ("2019-04", "Moscow")} <= got


def test_a_wire_dateline_over_an_entry_places_a_statement_and_a_table_s_place_cell_counts():
    text = ("Wybór depesz, wrzesień 2021\n\n"
            "Władywostok, 03.09.2021 (PAP) – Prezydent Rosji, przemawiając w piątek na forum, zaproponował\n"
            "Japonii wspólne projekty na Kurylach.\n\n"
            "Tokio, 06.09.2021 (PAP) – Rzecznik rządu Japonii oświadczył w poniedziałek, że rozmowy będą kontynuowane.\n\n"
            "19.09.2021: Sinpo; Korea Północna przetestowała pocisk wystrzeliwany z okrętu podwodnego.\n")
    events = [e for e in extract_text(text, "depesze_2021-09.txt") if not e.in_passing]
    assert [(e.date_start, e.venue) for e in events] == [
        ("2021-09-03", "Vladivostok"), ("2021-09-06", "Tokyo"), ("2021-09-19", "Sinp’o")]


def test_numbered_items_dated_in_their_first_words():
    text = ("NOTATKA nr 3/2022\nStosunki z Azją Wschodnią (marzec 2022)\n\n"
            "I. Rosja – Japonia\n"
            "1) W dniach 2–3 marca w Chabarowsku przebywała delegacja prefektury Niigata.\n"
            "2) 9 marca MSZ Japonii wezwało ambasadora Rosji w sprawie sankcji.\n"
            "3) W połowie miesiąca (16 marca) premier Japonii rozmawiał w Tokio z prezydentem Ukrainy przez wideo.\n"
            "II. Ukraina – Korea\n"
            "1) 22 marca w Seulu minister spraw zagranicznych przyjął ambasadora Ukrainy.\n")
    events = [e for e in extract_text(text, "notatka_2022-03.txt") if not e.in_passing]
    assert [(e.date_start, e.date_end) for e in events] == [
        ("2022-03-02", "2022-03-03"), ("2022-03-09", "2022-03-09"), ("2022-03-16", "2022-03-16"),
        ("2022-03-22", "2022-03-22")]


def test_an_iso_date_with_a_slashed_last_day_is_a_span():
    line = parse_date_line("2016-10-18/19 | RU, KP | A deputy minister visited Pyongyang.")
    assert (line.start, line.end, line.year) == ((10, 18), (10, 19), 2016)
