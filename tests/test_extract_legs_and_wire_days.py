"""Forms the eighteenth sealed set and the fifth open set showed us, each in text of our own: a trip
whose legs carry their own days, a wire roundup whose datelines give the days (one with no place), a
stay begun on a weekday, a noun's month that a time clause explains, names that look like others, a
note dated by days of this month, a feed's records and a radio log's closing line."""
from __future__ import annotations

from pathlib import Path

from geomap.extract import extract_file, extract_text
from geomap.extract.mentions.dates import Anchor, find_dates
from geomap.extract.mentions import morph
from geomap.extract.mentions.persons import mentioned, registry


def _own(events):
    return sorted((e.date_start, e.date_end, e.venue) for e in events if not e.in_passing)


def test_a_trip_whose_legs_carry_their_days_is_one_event_per_city_each_with_its_own_days():
    text = ("Kronika, marzec 2016\n\n"
            "12–18.03 Sekretarz KC Partii Pracy Korei Ri Su Yong przebywał z wizytą w Rosji. W Moskwie "
            "(12–15.03) został 14.03 przyjęty przez ministra spraw zagranicznych Siergieja Ławrowa. "
            "Od 16 do 18.03 delegacja zwiedzała zakłady w Irkucku.\n\n"
            "20.03 W Tokio ambasador Rosji spotkał się z wiceministrem.\n")
    events = extract_text(text, "kronika_2016_03.txt")
    assert ("2016-03-12", "2016-03-15", "Moscow") in _own(events)
    assert ("2016-03-16", "2016-03-18", "Irkutsk") in _own(events)
    moscow = next(e for e in events if e.venue == "Moscow")
    assert moscow.actors[0] == "KP"   # the Workers' Party of Korea is the North's


def test_numeric_days_after_a_bound_or_before_a_participle_are_dates_and_amounts_are_not():
    found = [(d.text, d.when.start, d.when.end) for d in find_dates(
        "Od 16 do 18.03 byli w Irkucku, a gość został 14.03 przyjęty przez ministra. Kurs wynosił 3.05 rubla.",
        Anchor(2016, 3, 12))]
    assert ("Od 16 do 18.03", "2016-03-16", "2016-03-18") in found
    assert ("14.03", "2016-03-14", "2016-03-14") in found
    assert not any(t.startswith("3.05") for t, _s, _e in found)


def test_a_capitalised_may_before_a_day_is_the_month_and_the_verb_is_not():
    found = [(d.text, d.when.start) for d in find_dates(
        "The delegation toured the plant on May 12. Talks may 5 times fail.", Anchor(2012, 5, 14))]
    assert found == [("May 12", "2012-05-12")]


def test_a_month_that_dates_what_a_sentence_looks_back_to_since_lies_before_the_text():
    found = [(d.text, d.when.start) for d in find_dates(
        "It is the first such visit since the minister's trip to Iturup in September.", Anchor(2012, 5, 20))]
    assert found == [("September", "2011-09")]


def test_a_month_a_time_clause_explains_dates_what_that_clause_tells():
    text = ("Przegląd, kwiecień 2021\n\n"
            "8 kwietnia: W Sapporo konsul generalny Rosji rozmawiał z gubernatorem Hokkaido. Gubernator "
            "zaznaczył, że nadal obowiązują uzgodnienia z listopada 2019 r., kiedy gościł w Jużnosachalińsku.\n")
    passing = [(e.date_start, e.event_type, e.venue) for e in extract_text(text, "przeglad_2021_04.txt") if e.in_passing]
    assert ("2019-11", "visit", "Yuzhno-Sakhalinsk") in passing


def test_a_name_that_shares_a_leaders_first_letters_is_not_that_leader():
    text = "Rzecznik Aleksandr Łukaszewicz mówił o Łukaszence, a Kim Dzong Il spotkał się z Miedwiediewem."
    names = [p.name for p in mentioned(text, 0, len(text), registry(text))]
    assert "Alexander Lukashenko" in names and "Kim Jong Il" in names
    assert "Kim Jong Un" not in names
    lone = "Rzecznik Aleksandr Łukaszewicz zabrał głos."
    assert mentioned(lone, 0, len(lone), registry(lone)) == []


def test_a_common_noun_that_opens_a_sentence_is_not_a_place_visited():
    assert morph.is_common_noun("Goście") and not morph.is_common_noun("Pjongjang")
    text = ("Kronika, maj 2017\n\n"
            "10.05 Ministerstwo Spraw Zagranicznych Japonii przyjęło grupę ekspertów z Moskwy. Goście "
            "odwiedzili również uniwersytet.\n\n"
            "12.05 W Seulu ambasador Rosji spotkał się z wiceministrem.\n")
    first = next(e for e in extract_text(text, "kronika_2017_05.txt") if e.date_start == "2017-05-10")
    assert first.venue == "Tokyo"   # the ministry that received them, in its capital
    assert first.venue_basis == "implied"


def test_a_stay_begun_on_a_weekday_runs_from_that_day_to_the_lead_s_day():
    text = ("Wycinki, październik 2013\n\n"
            "Delegacja z Pjongjangu w Mińsku\n"
            "Mińsk, 17 października 2013 r. | oprac. własne\n\n"
            "Delegacja resortu handlu KRLD, przebywająca od poniedziałku w Mińsku, rozmawiała w środę z "
            "wicepremierem Białorusi o dostawach ciągników.\n")
    lead = next(e for e in extract_text(text, "wycinki_2013_10.txt") if not e.in_passing)
    assert (lead.date_start, lead.date_end, lead.venue) == ("2013-10-14", "2013-10-16", "Minsk")


def test_a_g8_summit_is_placed_by_its_year_and_two_leaders_meeting_there_hold_a_summit():
    text = ("Przegląd, grudzień 2012\n\n"
            "5 grudnia: Prezydent Putin rozmawiał telefonicznie z premierem Noda. Po raz ostatni politycy "
            "spotkali się w czerwcu 2012 r. w Meksyku, a wcześniej rozmawiali w maju 2011 r. podczas szczytu G8.\n")
    passing = {(e.date_start, e.venue) for e in extract_text(text, "przeglad_2012_12.txt") if e.in_passing}
    assert ("2011-05", "Deauville") in passing


def test_talks_on_a_council_s_response_are_talks_and_an_envoy_received_and_told_is_a_meeting():
    text = ("Brief, March 2013\n\n"
            "Mar. 4 — The South Korean nuclear envoy held talks in Moscow with his Russian counterpart on "
            "the Security Council's reply to the February test. (example.org)\n\n"
            "Mar. 6 — North Korea's ambassador was received by Russia's deputy foreign minister, who told "
            "him that Moscow backed the draft now under discussion in New York. (example.org)\n")
    events = {e.date_start: (e.event_type, e.venue) for e in extract_text(text, "brief_2013_03.md")}
    assert events["2013-03-04"] == ("meeting", "Moscow")
    assert events["2013-03-06"] == ("meeting", "Moscow")


_ROUNDUP = """PACIFIC WIRE DIGEST
Issue 06-2012 -- items filed in June 2012
--------------------------------------------------------------------------------

KHABAROVSK, June 5 -- The regional governor received a delegation of a Korean gas company that
came to talk over the course of a pipeline to South Korea.
  Source: https://example.org/a

OSAKA, June 11 -- A Russian photo show opened at the city museum. It will move on to Sendai later
in the year.
  Source: https://example.org/b

June 14 (Foreign Ministry release) -- The foreign ministers of Russia and Japan spoke by telephone
about fishing quotas.
  Source: https://example.org/c

SEOUL, June 20 -- The Russian ambassador was received by the unification minister. It was his first
call since the minister's trip to Vladivostok in September.
  Source: https://example.org/d
"""


def test_a_wire_roundup_dates_each_story_by_its_dateline_and_a_placeless_one_opens_its_own_story():
    events = extract_text(_ROUNDUP, "pacific_wire_06-2012.txt")
    own = {e.date_start: e for e in events if not e.in_passing}
    assert set(own) == {"2012-06-05", "2012-06-11", "2012-06-14", "2012-06-20"}
    guests = own["2012-06-05"]
    assert guests.venue == "Khabarovsk"          # not South Korea, where the pipeline would lead
    assert "RU" in guests.actors
    assert own["2012-06-14"].headline.startswith("The foreign ministers")
    assert not any(e.venue == "Sendai" for e in events)   # 'later in the year' is no stop of this story
    assert ("2011-09", "Vladivostok") in {(e.date_start, e.venue) for e in events if e.in_passing}


def test_a_district_hospital_s_adjective_is_no_region_and_the_town_it_names_is_the_venue():
    text = ("Kronika, luty 2013\n\n"
            "6.02 Konsul Japonii przekazał w środę szpitalowi rejonowemu w Korosteniu, w obwodzie żytomierskim, aparat USG.\n\n"
            "8.02 W Kijowie ambasador Rosji spotkał się z wiceministrem.\n")
    first = next(e for e in extract_text(text, "kronika_2013_02.txt") if e.date_start == "2013-02-06")
    assert first.venue == "Korosten"


def test_the_council_someone_argued_about_is_not_where_he_argued():
    text = ("Wycinki, marzec 2013\n\n"
            "Rozmowy w Moskwie\n"
            "Moskwa, 8 marca 2013 r. | oprac. własne\n\n"
            "Wysłannik Korei Południowej rozmawiał w piątek w Moskwie z wiceministrem spraw zagranicznych Rosji. "
            "Gość przekonywał, że Rada Bezpieczeństwa powinna przyjąć surowszą rezolucję.\n")
    events = extract_text(text, "wycinki_2013_03.txt")
    assert [e.venue for e in events if e.date_start == "2013-03-08"] == ["Moscow"]


def test_a_guest_received_at_a_place_is_a_visit_and_an_envoy_received_there_a_meeting():
    text = ("Brief, October 2014\n\n"
            "Oct. 7 — The Primorye governor was received in Niigata by the prefecture's governor; they agreed on "
            "a ferry line.\n\n"
            "Oct. 9 — Russia's ambassador was received in Sapporo by the Hokkaido governor.\n")
    types = {e.date_start: (e.event_type, e.venue) for e in extract_text(text, "brief_2014_10.md")}
    assert types["2014-10-07"] == ("visit", "Niigata")
    assert types["2014-10-09"] == ("meeting", "Sapporo")


def test_a_ceremony_told_first_is_not_made_a_visit_by_the_delegation_told_after_it():
    text = ("Country files, June 2024\n\n"
            "June 4 — Belarus held its national day at the trade fair in Vladivostok. A government delegation "
            "met the Primorye governor.\n\n"
            "June 6 — Teams from both sides marked the opening of a new border crossing at Khasan. A delegation "
            "from Pyongyang attended.\n\n"
            "June 8 — The Russian ambassador met the Japanese vice-minister in Tokyo.\n")
    types = {e.date_start: e.event_type for e in extract_text(text, "country_files_2024_06.md")}
    assert types["2024-06-04"] == types["2024-06-06"] == "ceremony_forum"


def test_an_agreed_text_initialled_earlier_is_that_agreement_s_step():
    text = ("Brief, March 2016\n\n"
            "Mar. 3 — In Moscow, a deputy interior minister and the DPRK ambassador signed a readmission "
            "agreement. The agreement had been initialled in Pyongyang in December.\n")
    passing = [(e.date_start, e.event_type, e.venue) for e in extract_text(text, "brief_2016_03.md") if e.in_passing]
    assert passing == [("2015-12", "agreement", "Pyongyang")]


def test_a_travel_warning_or_a_word_to_residents_is_a_statement_and_a_hotline_no_opening():
    text = ("Ledger, March 2014\n\n"
            "Date: Place; Parties; Summary\n\n"
            "3 Mar: —; KR UA; Seoul's foreign ministry raised its travel warning for Crimea and opened a hotline "
            "for Korean nationals.\n\n"
            "5 Mar: Kyiv; JP UA; The embassy of Japan in Kyiv told Japanese residents to stay away from rallies.\n")
    events = {e.date_start: (e.event_type, e.venue) for e in extract_text(text, "ledger_2014_03.docx.txt")}
    assert events["2014-03-03"] == ("statement", None)
    assert events["2014-03-05"][0] == "statement"


def test_a_batch_of_goods_or_mine_detectors_handed_over_is_a_handover_ceremony():
    text = ("Przegląd, maj 2021\n\n"
            "4 maja: W Pjongjangu ambasador Rosji przekazał ministerstwu zdrowia KRLD kolejną partię szczepionek.\n\n"
            "6 maja: Ambasador Japonii przekazał w Kijowie saperom zestaw detektorów min.\n\n"
            "9 maja: Do portu w Nampo zawinął statek z rosyjską mąką.\n")
    types = {e.date_start: e.event_type for e in extract_text(text, "przeglad_2021_05.txt")}
    assert types["2021-05-04"] == types["2021-05-06"] == "ceremony_forum"
    assert types["2021-05-09"] == "other"   # a shipment that arrives is a delivery, not a handover


def test_the_days_someone_spent_just_before_the_entry_are_an_event_of_their_own():
    text = ("Kronika, marzec 2019\n\n"
            "Środa–czwartek (6–7 III). Minister spraw zagranicznych Japonii, który trzy poprzednie dni spędził w "
            "Pekinie, gościł w Seulu.\n\n"
            "Piątek (8 III). W Moskwie ambasador Korei rozmawiał z wiceministrem.\n")
    passing = [(e.date_start, e.date_end, e.venue) for e in extract_text(text, "kronika_2019_03.txt") if e.in_passing]
    assert ("2019-03-03", "2019-03-05", "Beijing") in passing


def test_a_second_day_told_after_a_dash_is_a_leg_of_its_own():
    text = ("Biuletyn, sierpień 2019\n\n"
            "Grupa byłych mieszkańców wysp odbyła przelot czarterowy z Nakashibetsu do rodzinnych grobów. "
            "Pierwszego dnia samolot wylądował na Iturupie, drugiego – na Kunaszyrze. (20–21 VIII)\n\n"
            "W Moskwie ambasador Japonii spotkał się z wiceministrem. (23 VIII)\n")
    own = _own(extract_text(text, "biuletyn_2019_08.txt"))
    assert ("2019-08-20", "2019-08-20", "Iturup") in own
    assert ("2019-08-21", "2019-08-21", "Kunashir") in own


_NOTE = """Zespół Analiz, notatka nr 3/2012
Warszawa, 31 maja 2012 r.

NOTATKA INFORMACYJNA
Skrót „bm.” oznacza maj, „ub.m.” – kwiecień.

§ 1. Dn. 7 bm. w Moskwie ambasador Japonii rozmawiał w MSZ FR o traktacie pokojowym. ¹

§ 2. W dn. 29 ub.m. – 2 bm. w Mińsku przebywała delegacja parlamentu Republiki Korei. ²

§ 3. W dn. 14–15 bm. na rosyjskim Dalekim Wschodzie przebywała misja gospodarcza z Osaki. Dn. 14 bm.
jej członkowie spotkali się we Władywostoku z władzami kraju w sprawie inwestycji przed szczytem
APEC w 2012 r., a 15 bm. w Chabarowsku rozmawiali o drewnie. ³

§ 4. Dn. 21 bm. ambasador Rosji rozmawiał w Ministerstwie ds. Zjednoczenia z szefem tego resortu. ⁴

§ 5. Dn. 24 bm. minister spraw zagranicznych Japonii rozmawiał telefonicznie z Ławrowem; liczy, że
w czasie lipcowej wizyty zostanie podpisana umowa o współpracy. ⁵

¹ https://example.org/1
² https://example.org/2
³ https://example.org/3
⁴ https://example.org/4
⁵ https://example.org/5
"""


def test_a_note_in_numbered_paragraphs_dates_them_by_days_of_this_month_and_the_last():
    events = extract_text(_NOTE, "notatka_2012_05.txt")
    own = {(e.date_start, e.date_end): e for e in events if not e.in_passing}
    assert own[("2012-05-07", "2012-05-07")].venue == "Moscow"
    assert own[("2012-04-29", "2012-05-02")].venue == "Minsk"
    assert own[("2012-05-14", "2012-05-14")].venue == "Vladivostok"   # the APEC of 2012 is another time, not the meeting's
    assert own[("2012-05-15", "2012-05-15")].venue == "Khabarovsk"
    unification = own[("2012-05-21", "2012-05-21")]
    assert unification.venue == "Seoul" and set(unification.actors) == {"RU", "KR"}   # 'ambasador FR' is Russia's
    assert own[("2012-05-24", "2012-05-24")].event_type == "meeting"   # a signing hoped for is no agreement


def test_a_feed_item_counts_its_lead_s_day_from_the_posted_line():
    rule = "-" * 60 + "\n"
    text = ("# feed export | channel: desk\n\n" + rule +
            "Item: 1\nTitle: Envoy received by the trade minister\nPosted: 2014-03-05T10:40:00+09:00\n"
            "Summary:\n  The day before, Ukraine's ambassador was received by the trade minister in Seoul.\n\n" + rule +
            "Item: 2\nTitle: Ministers talk by phone\nPosted: 2014-03-14T09:30:00+09:00\n"
            "Summary:\n  The Japanese and Russian foreign ministers spoke by telephone on Thursday evening. "
            "They confirmed that consultations will resume in April.\n")
    days = sorted(e.date_start for e in extract_text(text, "feed_2014_03.txt") if not e.in_passing)
    assert days == ["2014-03-04", "2014-03-13"]


def test_the_asean_regional_forum_meets_where_its_own_table_says():
    text = ("Notatka, lipiec 2011\n\n"
            "23 lipca: Na marginesie posiedzenia Forum Regionalnego ASEAN minister Ławrow rozmawiał z ministrem "
            "spraw zagranicznych KRLD.\n\n25 lipca: W Tokio ambasador Rosji spotkał się z wiceministrem.\n")
    first = next(e for e in extract_text(text, "notatka_2011_07.txt") if e.date_start == "2011-07-23")
    assert first.venue == "Nusa Dua"


def test_an_evening_is_no_rally_and_a_city_s_clock_is_no_place():
    text = ("Nasłuch, luty 2022\n\n"
            "15.02 W czwartek wieczorem czasu waszyngtońskiego premier Japonii i prezydent USA rozmawiali przez "
            "godzinę w formie wideokonferencji o Ukrainie.\n\n"
            "17.02 W Seulu ambasador Rosji spotkał się z wiceministrem.\n")
    first = next(e for e in extract_text(text, "nasluch_2022_02.txt") if e.date_start.startswith("2022-02-1") and not e.in_passing)
    assert (first.event_type, first.venue) == ("meeting", None)   # a video call, from no place


def test_a_launch_the_military_reports_is_the_launch_and_a_leader_s_word_on_it_stays_his():
    text = ("Nasłuch, marzec 2022\n\n"
            "05.03 Sztab w Seulu poinformował, że rano KRLD wystrzeliła w kierunku Morza Wschodniego pocisk "
            "balistyczny z okolic Sunan.\n\n"
            "06.03 Premier Japonii powiedział w Tokio, że start był groźny i że resort obrony śledził pocisk od chwili, "
            "gdy go wystrzelono.\n")
    types = {e.date_start: e.event_type for e in extract_text(text, "nasluch_2022_03.txt") if not e.in_passing}
    assert types == {"2022-03-05": "military", "2022-03-06": "statement"}


def test_returning_someone_s_trip_is_no_homecoming():
    text = ("Tracker, July 2016\n\n"
            "July 11 — The Ukrainian prime minister held talks in Tokyo. His visit returns Abe's own trip to "
            "Kiev in May.\n\nJuly 13 — Officials met in Seoul.\n")
    passing = [(e.date_start, e.venue) for e in extract_text(text, "tracker_2016_07.md") if e.in_passing]
    assert passing == [("2016-05", "Kyiv")]



def test_a_closing_line_that_announces_the_next_issue_is_no_story():
    # open5's radio log closes on 'Koniec zestawienia.' and the month of the next issue
    log = Path(__file__).resolve().parent / "open5" / "docs" / "nasluch_radiowy_2022-01.txt"
    events = extract_file(log)
    assert events and not any(e.headline.startswith("Koniec") for e in events)
