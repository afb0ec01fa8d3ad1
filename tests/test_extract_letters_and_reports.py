"""Forms the nineteenth sealed set showed us, each in text of our own: a letter in running prose that
dates its paragraphs by bare ordinals of its month, a press review whose entries carry the day their
report came out, a weekday named by its Polish adjective, and 'zająć' that takes up room."""
from __future__ import annotations

import importlib

from geomap.extract import extract_text
from geomap.extract.mentions.dates import Anchor, find_dates


def _own(events):
    return sorted((e.date_start, e.date_end, e.venue) for e in events if not e.in_passing)


LETTER = """EASTERN DESK -- LETTER TO READERS
March 2014

Friends,

a month of talks rather than deeds. The numbers without a month below ("the 5th") are days of March.

TOKYO

The first caller was a Russian deputy minister. Grigory Karasin came on the 5th to Tokyo and sat
down with Japan's vice foreign minister for three hours of talks on the peace treaty [1].

Business followed. A team of Rosneft managers spent the 11th and 12th in Niigata, where they toured
the port and met the prefecture's governor about a storage terminal [2].

SEOUL

Earlier still, on the 3rd, the Russian ambassador Konstantin Vnukov called on the Korean first vice
minister in Seoul about the Nakhodka container line [3].

The Belarusian economy minister was in Seoul from the 18th to the 20th for the joint commission on
trade, which had not met for two years and agreed on little beyond its next date [4].

The sour news came on the 26th. Speaking in Sochi, the Kremlin's spokesman denied a newspaper report
that Putin would go to Tokyo in May [7]. Then on the 29th the two foreign ministers spoke by telephone
and agreed that their deputies would meet in Moscow in April [8].

KIEV

A Japanese grant for school buses was signed in Kiev on the 24th by the ambassador and the mayor's
deputy, the first such paper since the change of government there [5].

Odessa marked the 25th anniversary of its port's twinning with Yokohama on the 27th, with a concert
in the opera house and a Japanese delegation from the city council in the front row [6].

SOURCES
[1] https://example.org/a
[2] https://example.org/b
[3] https://example.org/c
[4] https://example.org/d
[5] https://example.org/e
[6] https://example.org/f
[7] https://example.org/g
[8] https://example.org/h
"""


def test_a_letter_dates_its_paragraphs_by_bare_ordinals_of_its_month_wherever_they_stand():
    events = extract_text(LETTER, "letter_2014_03.txt")
    own = _own(events)
    assert ("2014-03-05", "2014-03-05", "Tokyo") in own
    assert ("2014-03-11", "2014-03-12", "Niigata") in own
    assert ("2014-03-03", "2014-03-03", "Seoul") in own
    assert ("2014-03-18", "2014-03-20", "Seoul") in own
    assert ("2014-03-27", "2014-03-27", "Odesa") in own
    # a paragraph's first sentence that names no act leaves its headline to the next; a note mark
    # before a sentence that names its own day starts an entry; what was denied was never planned
    by_day = {e.date_start: e for e in events if not e.in_passing}
    assert (by_day["2014-03-26"].venue, by_day["2014-03-26"].event_type) == ("Sochi", "statement")
    assert by_day["2014-03-29"].event_type == "meeting"
    assert not any(e.date_start == "2014-05" for e in events)
    # 'the 25th anniversary' counts years, not a day
    assert not any(e.date_start == "2014-03-25" for e in events)


REVIEW = """PRZEGLĄD AGENCJI — MARZEC 2019

Każdy wpis otwiera nazwa agencji, a w nawiasie dzień, w którym podała wiadomość.

JAPONIA

TASS (5 marca): Wiceminister Igor Morgułow przyjął w poniedziałek w Moskwie ambasadora Japonii
Toyohisę Kozukiego i omówił z nim przygotowania do wizyty premiera.

Jiji (9 marca): Wczoraj w Sapporo gubernator Hokkaido rozmawiał z konsulem generalnym Rosji
o wymianie bezwizowej z wyspami.

KOREA

Yonhap (14 marca): Ambasador Rosji Andriej Kułik przedstawił na środowym spotkaniu w Seulu plan
połączenia kolejowego przez Koreę Północną.

KCNA (20 marca): Od piątku do niedzieli w Pjongjangu przebywała delegacja rosyjskiej Dumy.

Interfax (22 marca): W Chabarowsku 19 i 20 marca obradowała komisja z udziałem KRLD.
"""


def test_a_review_that_dates_entries_by_their_reports_gives_each_event_the_day_its_text_counts_back_to():
    events = extract_text(REVIEW, "przeglad_2019_03.txt")
    own = _own(events)
    assert ("2019-03-04", "2019-03-04", "Moscow") in own      # Tuesday's report of 'w poniedziałek'
    assert ("2019-03-08", "2019-03-08", "Sapporo") in own     # 'wczoraj'
    assert ("2019-03-13", "2019-03-13", "Seoul") in own       # 'na środowym spotkaniu'
    assert ("2019-03-15", "2019-03-17", "Pyongyang") in own   # 'od piątku do niedzieli'
    assert ("2019-03-19", "2019-03-20", "Khabarovsk") in own  # its own days, named
    moscow = next(e for e in events if e.venue == "Moscow")
    assert "report" in moscow.why["date"] or "report" in str(moscow.why)


def test_a_bulletin_whose_entries_name_their_own_days_keeps_its_dates():
    # one 'wczoraj' among entries of their own days is no press review
    text = ("Kronika, marzec 2019\n\n"
            "4 marca: Wiceminister Morgułow przyjął w Moskwie ambasadora Japonii.\n\n"
            "8 marca: W Sapporo gubernator Hokkaido rozmawiał z konsulem Rosji, który wczoraj przyleciał.\n\n"
            "13 marca: Ambasador Rosji w Seulu przedstawił plan połączenia kolejowego.\n\n"
            "19 marca: W Chabarowsku obradowała komisja.\n")
    assert [d for d, _e, _v in _own(extract_text(text, "kronika_2019_03.txt"))] == \
        ["2019-03-04", "2019-03-08", "2019-03-13", "2019-03-19"]


def test_a_weekday_named_by_its_polish_adjective_dates_the_act_it_qualifies():
    found = [(d.text.strip(), d.when.start) for d in find_dates(
        "Rzeczniczka skrytykowała na czwartkowym briefingu decyzję Tokio.", Anchor(2019, 3, 16))]
    assert found == [("czwartkowym", "2019-03-14")]


def test_zajac_seizes_only_what_follows_it_at_once():
    text = ("Moskwa, 26 kwietnia 2019 (PAP) – Putin i Kim rozmawiali we Władywostoku. "
            "Najwięcej czasu w czwartkowych rozmowach zajął program atomowy Pjongjangu.")
    events = extract_text(text, "pap_2019.txt")
    assert events and all(e.venue != "Pyongyang" for e in events)
    from geomap.extract.mentions.places import find_candidates
    assert [c.place.name for c in find_candidates(text, 0, len(text), ("RU", "KP"))] == ["Vladivostok"]


def test_a_perfective_verb_in_its_present_form_puts_a_month_ahead_even_after_a_past_one():
    text = ("W Chabarowsku gubernator przyjął konsula Japonii. Konsul oznajmił, że we wrześniu do\n"
            "Chabarowska przyleci samolotem delegacja Niigaty.² – W Mińsku minister spotkał się z ambasadorem.")
    found = [(d.text, d.when.start) for d in find_dates(text, Anchor(2016, 6, 3))]
    assert found == [("wrześniu", "2016-09")]


def test_a_month_told_of_as_it_stands_now_is_the_nearest_one():
    text = "Komentatorzy uznali, że sierpniowe spotkanie ministrów w Wientianie stoi teraz pod znakiem zapytania."
    found = [(d.text.strip(), d.when.start) for d in find_dates(text, Anchor(2016, 6, 3))]
    assert found == [("sierpniowe", "2016-08")]


NEWSLETTER = """Far East Letter
Issue 4/2015 · April 2015

Each item ends with the outlet we took it from and the day it came out; count 'on Monday' back from that day.

JAPAN AND RUSSIA

Deputies compare notes on the islands

Deputy foreign ministers of Japan and Russia sat down together in Tokyo on Friday for a round of
consultations on fishing near the disputed islands. Neither side gave ground on the legal framework.

— Source: Jiji Press, 12/04/2015 · https://example.org/jiji-1

Governor in Niigata

The governor of Primorye was in Niigata on 14 and 15 April, where he signed a port agreement with the
prefecture and toured the container terminal.

— Source: Niigata Nippo, 16/04/2015 · https://example.org/nippo-1

Restraint urged after the launches

On 14 April North Korea fired two missiles from near Wonsan. In Moscow the next day, the Kremlin
spokesman asked all sides for restraint and said the launches did not help.

— Source: TASS, 15/04/2015 · https://example.org/tass-1

Ambassador in Sendai

Ukraine's ambassador spoke on Tuesday at a business seminar in Sendai about farm exports, with some
forty firms listening.

— Source: Kahoku Shimpo, 23/04/2015 · https://example.org/kahoku-1
"""


def test_items_closed_by_their_outlet_and_day_are_stories_dated_by_that_day():
    events = extract_text(NEWSLETTER, "far_east_letter_2015_04.docx")
    by_venue = {e.venue: e for e in events}
    assert (by_venue["Tokyo"].date_start, by_venue["Tokyo"].event_type) == ("2015-04-10", "meeting")   # Friday before Sunday the 12th
    assert (by_venue["Niigata"].date_start, by_venue["Niigata"].date_end, by_venue["Niigata"].event_type) == \
        ("2015-04-14", "2015-04-15", "visit")
    assert by_venue["Moscow"].date_start == "2015-04-15"   # 'the next day' after 14 April, a place before it
    assert by_venue["Sendai"].date_start == "2015-04-21"   # the last item is closed by its source line too
    assert not any(e.in_passing for e in events if e.venue in ("Tokyo", "Niigata", "Sendai"))


CHRONICLE = """Kronika tygodniowa · marzec 2017

Tydzień 10 · 6–12 marca

7 marca (wt.) W Tokio premier Shinzō Abe przyjął delegację rosyjskiej Dumy Państwowej.

Nazajutrz MSZ Rosji w Moskwie skrytykowało japońskie plany rozmieszczenia systemu Aegis Ashore.

9 marca (czw.) Premier Shinzō Abe wygłosił przemówienie programowe przed obiema izbami parlamentu i wspomniał o Rosji.

10 marca (pt.) W Kijowie ambasador Japonii otworzył wystawę drzeworytów.
"""


def test_a_paragraph_that_counts_its_day_from_the_entry_above_is_an_entry_placed_where_its_speaker_is():
    events = extract_text(CHRONICLE, "kronika_2017_03.html")
    own = _own(events)
    assert ("2017-03-08", "2017-03-08", "Moscow") in own     # 'Nazajutrz', a ministry in Moscow
    assert ("2017-03-09", "2017-03-09", "Tokyo") in own      # the premier addresses his own parliament
    assert ("2017-03-07", "2017-03-07", "Tokyo") in own


CALENDAR = """KALENDARIUM — WRZESIEŃ 2016

5 IX (pn.)

– We Władywostoku premier Shinzō Abe spotkał się z prezydentem Władimirem Putinem na marginesie
Wschodniego Forum Ekonomicznego.¹

– W Mińsku minister spraw zagranicznych Białorusi przyjął nowo przybyłego ambasadora Japonii, który
wręczył mu kopie listów uwierzytelniających.²

8 IX (czw.)

– Ambasador Ukrainy w Japonii przebywał w mieście Sendai, gdzie rozmawiał z burmistrzem.³

– Premier Shinzō Abe, wypowiadając się w Tokio, potępił próbę jądrową, przeprowadzoną poprzedniego
dnia na poligonie Punggye-ri, i zapowiedział nowe sankcje.⁴
"""


def test_points_under_one_day_are_entries_of_their_own_and_a_participle_dates_its_own_act():
    events = extract_text(CALENDAR, "kalendarium_2016_09.pdf")
    own = {(e.date_start, e.venue): e for e in events if not e.in_passing}
    assert ("2016-09-05", "Vladivostok") in own and ("2016-09-05", "Minsk") in own
    assert own[("2016-09-05", "Minsk")].event_type == "meeting"   # 'nowo przybyły' qualifies the envoy
    assert ("2016-09-08", "Sendai") in own                        # 'w mieście Sendai'
    assert ("2016-09-08", "Tokyo") in own                         # 'wypowiadając się w Tokio'
    test = next(e for e in events if e.in_passing and e.date_start == "2016-09-07")
    assert (test.venue, test.event_type) == ("Punggye-ri Nuclear Test Site", "military")


def test_a_resort_named_after_osrodek_and_the_g8_of_2010_in_huntsville_ontario():
    from geomap.extract.mentions.places import find_candidates
    text = ("Turyści z Władywostoku jeździli na nartach w ośrodku Masikryŏng. At Huntsville, the G8 leaders met. "
            "W szwajcarskim kurorcie Bürgenstock obradował szczyt pokojowy.")
    found = {c.place.name: c.place.country for c in find_candidates(text, 0, len(text), ("RU", "KP"))}
    assert found == {"Masikryong": "KP", "Huntsville": "CA", "Bürgenstock": "CH"}
    from geomap.extract.mentions.summits import host
    assert host("G8", 2010) == "Huntsville"


def test_bare_ordinals_after_a_preposition_are_days_of_the_month_and_from_alone_opens_no_event():
    found = [(d.text, d.when.start, d.when.end) for d in find_dates(
        "In Minsk on the 14th they signed; on the 15th they saw the port. The talks ran from the 8th to the 12th, "
        "the forum on the 20th–21st. Visas are needed from the 4th. It was the 25th anniversary.", Anchor(2012, 5))]
    assert found == [("the 14th", "2012-05-14", "2012-05-14"), ("the 15th", "2012-05-15", "2012-05-15"),
                     ("from the 8th to the 12th", "2012-05-08", "2012-05-12"), ("the 20th–21st", "2012-05-20", "2012-05-21")]


TIMELINE = """# Russia and Northeast Asia: May 2012

### 10 May

Seoul formally took the matter of the satellite launch to the Security Council. Its envoy handed the
council a letter the same afternoon.

### 21 May

In Minsk, the foreign minister received Japan's ambassador, who said Tokyo would give more to the fund
before the donors' conference that the Belarusian capital is to host in March next year. Putin said he
looked forward to coming to Vladivostok for the leaders' meeting in September.

### 28–29 May

A delegation of the Japanese Diet went to Ukraine. In Kiev on the 28th the speaker received them; on the
29th they saw the port of Odessa and its new oil jetty.
"""


def test_a_timeline_takes_a_case_to_new_york_a_wish_ahead_and_a_leg_by_its_ordinal_day():
    events = extract_text(TIMELINE, "timeline_2012_05.md")
    got = {(e.date_start, e.date_end, e.venue) for e in events}
    assert ("2012-05-10", "2012-05-10", "New York") in got          # taken to the Security Council
    assert ("2013-03", "2013-03", "Minsk") in got                   # the capital as host, next year
    assert ("2012-09", "2012-09", "Vladivostok") in got             # 'looked forward to coming'
    assert ("2012-05-28", "2012-05-28", "Kyiv") in got and ("2012-05-29", "2012-05-29", "Odesa") in got


def test_go_and_come_take_their_goal():
    from geomap.extract.mentions.places import find_candidates
    text = "The premier said he will go to Moscow in the spring; Ryzhenkov intends to come to Pyongyang."
    assert [c.place.name for c in find_candidates(text, 0, len(text), ("JP", "RU"))] == ["Moscow", "Pyongyang"]


def test_a_committee_briefed_sits_in_its_legislature_and_a_towns_own_body_is_in_the_town():
    text = ("Przegląd, marzec 2019\n\n"
            "4 marca: Narodowa Służba Wywiadu poinformowała Komisję Wywiadu Zgromadzenia Narodowego, że Rosja dostała od KRLD nowe pociski.\n\n"
            "6 marca: Ambasador Ukrainy przemawiał na seminarium zorganizowanym przez Nagoya Chamber of Commerce.\n")
    own = _own(extract_text(text, "przeglad_2019_03.txt"))
    assert ("2019-03-04", "2019-03-04", "Seoul") in own and ("2019-03-06", "2019-03-06", "Nagoya") in own


def test_a_unit_that_took_its_post_where_a_ministry_says_is_a_deployment_there():
    text = ("Kronika, listopad 2020\n\n"
            "3 listopada: Ministerstwo Obrony Rosji podało, że na wyspie Paramuszyr stanął batalion obrony wybrzeża.\n")
    (ev,) = [e for e in extract_text(text, "kronika_2020_11.txt") if not e.in_passing]
    assert (ev.event_type, ev.venue) == ("military", "Paramushir")


CARDS = """Pacific Desk Cards

Envoys compare notes by telephone

14.03.2019, Seoul

The foreign minister spoke with her Russian counterpart by phone the day before, the ministry said.

Governor spends two days in Sapporo

12.03.2019, Sapporo

The governor of Sakhalin spent Monday and Tuesday in Sapporo, where he signed a ferry plan.

Forum opens in Minsk

8.03.2019, Minsk

Some thirty Korean companies came to an investment forum in Minsk on Friday.

Culture plan signed

7.03.2019, Pyongyang

The Russian ambassador and the culture minister signed a plan of exchanges in Pyongyang on Thursday.
"""


def test_cards_dated_by_their_reports_count_their_days_back_and_keep_the_city_off_the_headline():
    events = extract_text(CARDS, "pacific_cards_2019_03.html")
    got = {(e.date_start, e.date_end, e.venue, e.event_type) for e in events if not e.in_passing}
    assert ("2019-03-13", "2019-03-13", None, "meeting") in got            # 'by phone the day before'
    assert ("2019-03-11", "2019-03-12", "Sapporo", "visit") in got        # 'Monday and Tuesday', one stay
    assert not any(e.headline.startswith(("Seoul ", "Sapporo ")) for e in events)


MEMO = """NOTATKA Z NARADY ZESPOŁU WSCHODNIEGO

Narada w dniu 14 marca 2019 r. (czwartek)

Ad 1) Korea

Referent przypomniał, że wcześniej, w dniach 4–6 marca, wiceminister Kim przebywał w Moskwie na konsultacjach z wiceministrem Morgułowem.

Przedwczoraj w porcie Wonsan odbyła się uroczystość przekazania rosyjskiej mąki w ramach pomocy żywnościowej dla KRLD.

Od wczoraj w Genewie przebywa delegacja KRLD, która rozmawia z przedstawicielami agend ONZ o pomocy żywnościowej dla prowincji północnych.

Ad 2) Japonia

W dniach 8–9 marca w Sapporo obradowała mieszana komisja do spraw połowów z udziałem delegacji rosyjskiej i japońskiej.

Minister spraw zagranicznych Japonii przyjął 11 marca w Tokio ambasadora Rosji i rozmawiał z nim o przygotowaniach do wizyty premiera.

Ad 3) Ukraina i Białoruś

Ambasador Japonii otworzył 5 marca w Kijowie wystawę fotografii poświęconą odbudowie Fukushimy po katastrofie z 2011 roku.

Delegacja Republiki Korei podpisała 7 marca w Mińsku protokół o współpracy w dziedzinie nauki i techniki z białoruskim komitetem.
"""


def _padded(memo: str) -> str:
    """The memo with each paragraph of events told at greater length, as a full note would."""
    return "\n\n".join(p + " Sprawa była omawiana szerzej w dyskusji, a zespół uznał ją za wartą dalszej obserwacji."
                       if len(p) > 80 else p for p in memo.split("\n\n"))


def test_a_memo_counts_yesterday_from_its_own_day_and_a_recalled_stay_keeps_its_place():
    extraction = importlib.import_module("geomap.extract").extract_document(_padded(MEMO), "notatka_2019_03.docx")
    got = {(e.date_start, e.date_end, e.venue) for e in extraction.events if not e.in_passing}
    assert ("2019-03-12", "2019-03-12", "Wonsan") in got      # 'Przedwczoraj', two days before the 14th
    assert ("2019-03-13", "2019-03-14", "Geneva") in got      # 'Od wczoraj', a stay that goes on
    assert ("2019-03-04", "2019-03-06", "Moscow") in got      # 'wcześniej, w dniach 4–6 marca': the day is named
    assert any("counted from the document's own day, 2019-03-14" in g for g in extraction.reading.guesses)


def test_a_document_whose_date_lines_open_no_entry_is_read_as_a_story_not_dropped():
    extraction = importlib.import_module("geomap.extract").extract_document(MEMO, "notatka_2019_03.docx")
    assert extraction.reading.kind == "news"
    assert {e.venue for e in extraction.events} >= {"Moscow", "Sapporo", "Tokyo", "Kyiv", "Minsk"}


def test_a_bare_span_of_english_weekdays_is_one_stay():
    found = [(d.text, d.when.start, d.when.end) for d in find_dates(
        "The envoy landed in Tokyo this morning after spending Tuesday to Thursday in Seoul.", Anchor(2019, 3, 16))]
    assert ("Tuesday to Thursday", "2019-03-12", "2019-03-14") in found


def test_type_cues_for_stays_conversations_and_inspections():
    from geomap.extract.events.types import classify
    def kind(text: str) -> str:
        return classify([(text, 2.0)]).type
    assert kind("Eksperci konsorcjum byli w Rajinie w lutym.") == "visit"
    assert kind("Goście z prefektury oglądali strefę zamkniętą w obwodzie homelskim.") == "visit"
    assert kind("Inżynierowie przeprowadzili drugą inspekcję terminalu w Rajinie.") == "visit"
    assert kind("The idea goes back to the conversation the two ministers had in Vladivostok.") == "meeting"
    assert kind("Zakharova rejected the Japanese protest over the boat inspection.") != "visit"


DIGEST = """# Przegląd: kwiecień 2016

## Zestawienie

| Data | Zdarzenie |
|------|-----------|
| 5 kwietnia | Wiceministrowie Rosji i Japonii rozmawiali w Tokio o traktacie pokojowym |
| 8 kwietnia | Ambasador Ukrainy otworzył wystawę w Osace |

## Rozwinięcia

### 5 kwietnia — rozmowy w Tokio

W Tokio wiceministrowie Japonii i Rosji omówili przygotowania do wizyty premiera i sprawę połowów.

## Korea

5 kwietnia: W Tokio wiceminister Korei Południowej rozmawiał z wiceministrem Rosji o kolei transkoreańskiej.
"""


def test_a_row_told_again_at_length_in_a_later_section_is_one_event_and_other_parties_that_day_stay():
    events = [e for e in extract_text(DIGEST, "przeglad_2016_04.md") if not e.in_passing]
    tokyo = sorted(tuple(sorted(e.actors)) for e in events if (e.date_start, e.venue) == ("2016-04-05", "Tokyo"))
    assert tokyo == [("JP", "RU"), ("KR", "RU")]


def test_the_third_committee_acts_in_new_york():
    text = ("Kronika, listopad 2019\n\n"
            "20 listopada: Zgromadzenie Ogólne ONZ przyjęło rezolucję o prawach człowieka w KRLD. "
            "Trzeci Komitet przyjął ten sam tekst 14 listopada.\n")
    third = [e for e in extract_text(text, "kronika_2019_11.txt") if e.date_start == "2019-11-14"]
    assert [(e.venue, e.event_type) for e in third] == [("New York", "statement")]


def test_a_relative_clause_of_the_same_day_tells_its_subjects_other_happening():
    text = ("Kronika, luty 2019\n\n"
            "7 lutego: W Tokio odbył się doroczny wiec z okazji Dnia Terytoriów Północnych. Premier Shinzō Abe, "
            "który tego samego dnia był w Waszyngtonie na rozmowie z Donaldem Trumpem, nadesłał list.\n")
    got = {(e.date_start, e.venue, e.event_type) for e in extract_text(text, "kronika_2019_02.txt")}
    assert ("2019-02-07", "Tokyo", "ceremony_forum") in got and ("2019-02-07", "Washington", "summit") in got


def test_a_city_that_holds_a_ceremony_is_its_place():
    from geomap.extract.mentions.places import find_candidates
    text = "Nagasaki holds a separate ceremony of remembrance on the 9th; Tokyo held talks with Moscow."
    assert [c.place.name for c in find_candidates(text, 0, len(text), ("JP",))] == ["Nagasaki"]


def test_a_paper_named_by_its_city_was_signed_there():
    from geomap.extract.mentions.places import find_candidates
    text = "The two leaders signed the Singapore Joint Statement, and the North promised to dismantle a site at Tongchang-ri."
    assert [c.place.name for c in find_candidates(text, 0, len(text), ("KP", "US"))][0] == "Singapore"


DIGEST_ISO = """# Eastern digest — May 2015

Each bullet ends on the day of what it tells, in bold ISO.

## Korea and Russia

- The Korean embassy in Minsk handed the Belarusian Red Cross blankets for flood victims, part of a
  package announced in Seoul ([MOFA](https://example.org/a)). **2015-05-12**
  - The package had been agreed in Vienna in April at a donors' meeting.
- North Korea fired two short-range projectiles from the Wonsan area toward the sea; Japan protested
  through its embassy in Beijing ([Kyodo](https://example.org/b)). **2015-05-20/21**
- The Russia–DPRK commission met in Vladivostok; the ministry gave no day ([Minvr](https://example.org/c)). **2015-05**

## Diary

| when | what | where | parties |
| --- | --- | --- | --- |
| 2015-06-18 | opening of a rebuilt pier of the port | Rajin (Rason) | RU, KP |
"""


def test_bullets_closed_by_bold_iso_dates_and_a_diary_row_with_a_place_of_two_names(tmp_path):
    path = tmp_path / "eastern_digest_2015_05.md"
    path.write_text(DIGEST_ISO, encoding="utf-8")
    events = importlib.import_module("geomap.extract").extract_file(path)
    own = {(e.date_start, e.date_end, e.venue, e.event_type) for e in events if not e.in_passing}
    assert ("2015-05-12", "2015-05-12", "Minsk", "ceremony_forum") in own   # not Seoul, where it was announced
    assert ("2015-05-20", "2015-05-21", "Wonsan", "military") in own        # projectiles fired
    assert ("2015-05", "2015-05", "Vladivostok", "meeting") in own
    assert any(e.date_start == "2015-06-18" and e.venue == "Rason" for e in events)
    # the closing date dates its bullet, not the background under it
    assert not any(e.in_passing and e.date_start.startswith("2015-05-12") for e in events)


SITREP = """SITUATION REPORT 04/11

Period covered: 1/4/2011 – 30/4/2011

Dates: written day/month, e.g. 4/3 = the fourth of March.

1. KOREAN PENINSULA

1.1 A North Korean fishing boat capsized and sank off Baengnyeong Island in a storm; the South's coast guard said nine crew were saved. (6 Apr.)

1.2 Ambassador Valery Sukhinin was received on 12/4 in Pyongyang by the vice foreign minister, who asked about food aid.

1.3 The Governor of Primorye was in Niigata on 18/4–19/4 for talks with the prefecture on the ferry line.

1.4 Deputy Foreign Minister Borodavkin received the DPRK ambassador in Moscow for talks on labour migration. (21 Apr.)
"""


def test_a_situation_report_that_writes_day_month_dates_items_inside_and_skips_its_example():
    events = extract_text(SITREP, "sitrep_2011_04.docx")
    own = {(e.date_start, e.date_end, e.venue, e.event_type) for e in events if not e.in_passing}
    assert ("2011-04-06", "2011-04-06", "Baengnyeong Island", "other") in own   # sank off the island
    assert ("2011-04-12", "2011-04-12", "Pyongyang", "meeting") in own
    assert ("2011-04-18", "2011-04-19", "Niigata", "visit") in own
    assert not any(e.date_start == "2011-03-04" for e in events)                  # 'e.g. 4/3 = 4 March'


def test_a_month_before_which_or_for_which_something_is_prepared_lies_ahead_and_kasumigaseki_is_tokyo():
    found = [(d.text.strip(), d.when.start) for d in find_dates(
        "Rozmawiali o przygotowaniu spotkania premiera z prezydentem na forum we Władywostoku 3–4 września. "
        "Szczyt będzie ostatnią okazją do rozmów przed wrześniowym szczytem APEC.", Anchor(2016, 7, 28))]
    assert found == [("3–4 września", "2016-09-03"), ("wrześniowym", "2016-09")]
    text = ("Kronika, lipiec 2016\n\n"
            "28 lipca: Ambasador Rosji był w gmachu MSZ w Kasumigaseki, gdzie przyjął go wiceminister.\n")
    (ev,) = [e for e in extract_text(text, "kronika_2016_07.txt") if not e.in_passing]
    assert ev.venue == "Tokyo"


MARGIN = """PRZEGLĄD KONTAKTÓW · maj 2009 r.

Znak „—”—” na marginesie oznacza ten sam dzień co pozycja wyżej.

dn. 11–12.05.2009 r. W Pekinie przeprowadzono konsultacje japońsko-chińskie w sprawie rozmów
sześciostronnych; delegacji japońskiej przewodniczył dyrektor departamentu Azji.

dn. 26.05.2009 r. W Tokio rząd Japonii potępił próbę jądrową przeprowadzoną przez KRLD.

—”— Rzecznik MSZ Rosji oświadczył w Moskwie, że Rosja jest zaniepokojona próbą.
"""


def test_margin_stamps_dn_and_a_ditto_mark_open_entries():
    own = _own(extract_text(MARGIN, "przeglad_2009_05.pdf"))
    assert own == [("2009-05-11", "2009-05-12", "Beijing"), ("2009-05-26", "2009-05-26", "Moscow"),
                   ("2009-05-26", "2009-05-26", "Tokyo")]
