"""Digests by week with weekday labels, briefing notes typed on a typewriter, and news files cut by
rules: the rules learned from the fifteenth sealed set, each checked on text of our own."""
from __future__ import annotations

from geomap.extract import extract_document
from geomap.extract.mentions.persons import registry


def _events(text: str, name: str = "note.txt"):
    return extract_document(text, name).events


def _one(events, start: str):
    hits = [e for e in events if e.date_start == start]
    assert hits, f"no event on {start}: {[(e.date_start, e.headline[:40]) for e in events]}"
    return hits[0]


WEEKLY = """# Region watch: a weekly digest

*January 2020, gathered from the Monday issues.*

## Week 3 · Mon 13 – Sun 19 Jan 2020

**Wednesday.** Deputy Foreign Minister Igor Morgulov held talks in Tokyo with his Japanese counterpart on fisheries quotas.

**Friday to Sunday.** A Belarusian trade delegation toured Busan and signed two contracts for potash deliveries.

## Week 4 · Mon 20 – Sun 26 Jan 2020

**Tuesday.** The Japanese embassy in Kyiv opened its annual Days of Japanese Cinema, which drew many visitors.
"""


def test_a_weekday_label_takes_its_day_from_the_week_heading_above():
    events = _events(WEEKLY, "digest.md")
    talks = _one(events, "2020-01-15")
    assert talks.venue == "Tokyo" and talks.event_type == "meeting"
    trip = _one(events, "2020-01-17")
    assert trip.date_end == "2020-01-19" and trip.venue == "Busan"


def test_visitors_counted_at_a_festival_make_no_trip():
    cinema = _one(_events(WEEKLY, "digest.md"), "2020-01-21")
    assert cinema.event_type == "ceremony_forum" and cinema.venue == "Kyiv"


def test_a_weekday_label_without_markup_closes_with_a_full_stop():
    text = WEEKLY.replace("**", "")
    assert _one(_events(text, "digest.txt"), "2020-01-15").venue == "Tokyo"


BRIEFING = """STATUS NOTE 4/2021
==================

Subject:   Korea and Russia in February 2021
Prepared:  2 March 2021


DEVELOPMENTS

(1) 3 Feb -- Consultations.
    A Russian vice-minister consulted in the morning with the Republic of Korea's Foreign
    Ministry; a new consulate in Busan was also on the table. [1]

(2) 9 Feb -- A letter for the president.
    A former Japanese prime minister saw Vladimir Putin at his Moscow residence, then handed
    over a handwritten letter from the prime minister. [2]

(3) 15 Feb -- A call.
    The two leaders spoke by phone and agreed to keep working on a visit, and to meet at
    the G20 summit in Rome in October. [3]

(4) 18 Feb -- Envoys in New York.
    The North Korean envoy spoke at a closed meeting of the Security Council. Officials in
    Washington expect him in Beijing at the start of March for talks with Wang Yi. [4]

(5) 24 Feb -- Fishing talks.
    Russian and Japanese officials met in Sapporo on quotas and the rules for the spring
    season, and on the support given to the fleets since 2015. [5]
"""


def test_a_typed_double_hyphen_is_the_dash_of_a_numbered_entry():
    events = [e for e in _events(BRIEFING) if not e.in_passing]
    assert [e.date_start for e in events] == ["2021-02-03", "2021-02-09", "2021-02-15", "2021-02-18", "2021-02-24"]


def test_talks_with_a_foreign_ministry_sit_in_its_capital_before_a_place_after_a_semicolon():
    talks = _one(_events(BRIEFING), "2021-02-03")
    assert talks.venue == "Seoul" and talks.venue_basis == "implied"


def test_a_letter_handed_over_is_no_ceremony():
    assert _one(_events(BRIEFING), "2021-02-09").event_type != "ceremony_forum"


def test_a_second_thing_agreed_takes_the_nearest_year_and_its_own_place():
    later = _one(_events(BRIEFING), "2021-10")
    assert later.venue == "Rome" and later.event_type == "summit" and later.in_passing


def test_whoever_expects_a_trip_is_not_where_it_goes():
    trip = _one(_events(BRIEFING), "2021-03")
    assert trip.venue == "Beijing" and trip.event_type == "visit"


def test_a_season_or_a_span_since_a_year_does_not_unplace_the_talks():
    talks = _one(_events(BRIEFING), "2021-02-24")
    assert talks.venue == "Sapporo" and talks.event_type == "meeting"


def test_a_body_after_of_the_is_no_leader_and_a_stand_in_makes_no_summit():
    text = ("Choe Ryong Hae, president of the Presidium, stood in for Kim Jong Un at the Moscow parade "
            "and held talks with the speaker of the Federation Council.")
    assert "presidium" not in {k.lower() for k in registry(text)}
    doc = "DIGEST — MAY 2015\n\n7 May 2015: " + text + "\n\n20 May 2015: Nothing else happened in Tokyo.\n"
    assert _one(_events(doc), "2015-05-07").event_type != "summit"


def test_a_saying_with_its_place_and_day_is_an_event_beside_a_doing_of_the_same_month():
    doc = ("MONITOR — APRIL 2016\n\n5 April 2016: The foreign minister of North Korea arrived in Moscow. "
           "The Kremlin spokesman had said in Moscow on 11 March that the visit was being prepared.\n\n"
           "12 April 2016: Officials met in Tokyo. The same minister had spoken at a security conference "
           "in Moscow in mid-March and met defence officials there.\n")
    passing = [e for e in _events(doc) if e.in_passing]
    assert {(e.date_start, e.event_type) for e in passing} >= {("2016-03-11", "statement")}
    assert ("2016-03", "ceremony_forum") in {(e.date_start, e.event_type) for e in passing}


def test_an_agreement_reached_is_an_agreement_and_one_in_principle_is_not():
    doc = ("BULLETIN — JUNE 2019\n\n4 June 2019: Japanese and North Korean officials met in Ulaanbaatar, "
           "where the panel created under the deal reached in Stockholm in May 2014 was reviewed.\n\n"
           "12 June 2019: The minister flew to Berlin; both sides there reached agreement in "
           "principle on a supply deal.\n")
    events = _events(doc)
    assert _one(events, "2014-05").event_type == "agreement"
    assert _one(events, "2019-06-12").event_type != "agreement"


NEWS = """PRZEGLĄD PRASY – EUROPA WSCHODNIA
Wybór tekstów z marca 2022 r.

############################################

[1]
Wydanie miesięczne: 2022-03
Dział: Świat / Białoruś

Konsultacje w Mińsku

MIŃSK – Wiceministrowie spraw zagranicznych Białorusi i Japonii spotkali się w Mińsku na rozmowach o handlu. Rozmowy trwały dwa dni. Strony nie wydały komunikatu.

############################################

[2]
Publikacja: 19.03.2022, 10:15
Dział: Świat / Japonia

Próbny zrzut

TOKIO – W elektrowni jądrowej Fukushima Daiichi rozpoczęto w czwartek próbny zrzut wody do morza.

Rosyjska służba graniczna poinformowała w piątek w Moskwie, że zaostrza kontrole statków z Japonii.
"""


def test_a_news_file_cut_by_rules_keeps_its_first_story_and_drops_counters_and_fields():
    events = _events(NEWS, "przeglad.txt")
    talks = _one(events, "2022-03")
    assert talks.venue == "Minsk" and talks.headline == "Konsultacje w Mińsku"
    assert not any(e.headline.startswith(("[", "Wydanie", "Dział")) for e in events)


def test_an_impersonal_past_looks_back_and_a_plant_named_after_its_noun_is_the_venue():
    release = _one(_events(NEWS, "przeglad.txt"), "2022-03-17")
    assert release.venue == "Fukushima Daiichi Nuclear Power Plant"


def test_a_service_that_informed_in_a_city_on_a_day_said_it_there():
    said = _one(_events(NEWS, "przeglad.txt"), "2022-03-18")
    assert said.event_type == "statement" and said.venue == "Moscow"


REVIEW = """PRZEGLĄD – LISTOPAD 2017

7–10.11 – Wyspy odwiedziła grupa japońskich przedsiębiorców, która bada projekty wspólnej
działalności gospodarczej w rybołówstwie i turystyce.
Na Szikotanie (7–8.11) rozmawiali z władzami rejonu o przetwórniach,
natomiast na Iturupie (9–10.11) zwiedzili nowy port rybacki. [1]

14–15.11 – Wysłannicy prezydenta rozjechali się po regionie. 14.11 jeden z nich został
przyjęty w Pekinie, a 15.11 rozmawiał w Moskwie z doradcą Kremla. Tego samego dnia drugi
wysłannik zrelacjonował w Tokio przebieg rozmów premierowi. [2]

21.11 – Minister ds. zjednoczenia Republiki Korei przyjął ambasadora Federacji Rosyjskiej;
rozmawiano o projektach kolejowych. [3]

24.11 – Premier Japonii rozmawiał telefonicznie z prezydentem Rosji. Obaj zgodzili się, że
premier przyjedzie do Rosji w styczniu. [4]
"""


def test_days_in_brackets_after_a_place_make_a_stop_and_a_governed_place_opens_no_entry():
    events = _events(REVIEW, "przeglad.txt")
    own = [(e.date_start, e.date_end, e.venue) for e in events if not e.in_passing]
    assert ("2017-11-07", "2017-11-08", "Shikotan") in own   # up to the day the next leg began (GOLD 2.2)
    assert ("2017-11-09", "2017-11-10", "Iturup") in own
    assert not any(e.headline.startswith("Na Szikotanie") for e in events)


def test_the_same_day_is_the_day_named_last_in_the_entry():
    told = [e for e in _events(REVIEW, "przeglad.txt") if e.venue == "Tokyo"]
    assert [(e.date_start, e.date_end) for e in told] == [("2017-11-15", "2017-11-15")]


def test_a_minister_for_unification_receiving_an_ambassador_sits_in_his_capital():
    talks = _one(_events(REVIEW, "przeglad.txt"), "2017-11-21")
    assert talks.venue == "Seoul" and talks.venue_basis == "implied"


def test_a_plan_with_a_month_and_a_country_is_an_event_in_passing():
    plan = _one(_events(REVIEW, "przeglad.txt"), "2018-01")
    assert plan.venue == "Russia" and plan.event_type == "visit" and plan.in_passing


def test_an_ordinal_since_dates_only_the_earlier_visit_and_an_invitation_looks_ahead():
    doc = ("NEWSLETTER — SEPTEMBER 2019\n\n"
           "Sept 4 — The two leaders talked in Vladivostok during the forum, their second encounter "
           "since the visit to Osaka in June. The guest accepted an invitation to Tokyo in November.\n\n"
           "Sept 20 — Officials met in Seoul.\n")
    events = _events(doc)
    assert _one(events, "2019-09-04").venue == "Vladivostok"
    assert _one(events, "2019-06").venue == "Osaka"
    invited = _one(events, "2019-11")
    assert invited.venue == "Tokyo" and invited.event_type == "visit"


def test_who_is_noted_at_a_place_without_a_verb_is_on_a_trip_and_a_pair_or_a_setting_is_not():
    doc = ("DESK NOTES — JUNE 2016\n\n"
           "3 June — Hayashi in Khabarovsk. The minister saw the governor about timber exports.\n\n"
           "8 June — Uljanow w Seulu: rozmowy o kolei i o porcie.\n\n"
           "12 June — A Belarusian vice-minister in Tokyo, meets the foreign minister on trade.\n\n"
           "17 June — Kono and Lavrov in Vienna. The two ministers compared notes on the talks.\n\n"
           "21 June — At a ceremony in Kyiv, the Japanese ambassador presented medical equipment.\n")
    types = {e.date_start: e.event_type for e in _events(doc)}
    assert types["2016-06-03"] == types["2016-06-08"] == types["2016-06-12"] == "visit"
    assert types["2016-06-17"] != "visit" and types["2016-06-21"] == "ceremony_forum"


def test_more_ways_to_write_an_entry_date_and_a_parties_tag_kept_out_of_the_headline():
    doc = ("Regional notes, April 2021\n\n"
           "12.–14.04.2021 - A Ukrainian delegation toured shipyards in Ulsan.\n\n"
           "The 23rd: The Belarusian foreign minister met his Korean counterpart in Minsk.\n\n"
           "26 bm. w Tokio wiceministrowie Japonii i Rosji rozmawiali o połowach.\n\n"
           "28 April 2021: RU / KP; The deputy foreign minister received the North Korean ambassador.\n")
    events = _events(doc)
    assert [(e.date_start, e.date_end) for e in events] == [
        ("2021-04-12", "2021-04-14"), ("2021-04-23", "2021-04-23"), ("2021-04-26", "2021-04-26"),
        ("2021-04-28", "2021-04-28")]
    assert events[3].headline.startswith("The deputy foreign minister") and events[3].venue == "Moscow"


def test_a_day_then_its_past_verb_looks_back_and_a_summons_sits_where_it_was_made():
    doc = ("Tokyo and Kyiv sign a demining deal\n\nPublished: 9 March 2023\n\n"
           "KYIV — Japan and Ukraine on Wednesday signed a grant under which Tokyo will supply demining "
           "machines, the embassy said.\n\n==========\n\n"
           "Moscow protests drills near the Kurils\n\nPublished: 14 March 2023\n\n"
           "MOSCOW — The Russian foreign ministry on Monday summoned the Japanese ambassador to protest "
           "against joint exercises near Hokkaido.\n")
    events = _events(doc, "wires.txt")
    assert (events[0].date_start, events[0].venue) == ("2023-03-08", "Kyiv")
    assert (events[1].date_start, events[1].venue) == ("2023-03-13", "Moscow")


def test_a_date_set_in_bold_or_italics_alone_opens_its_entry():
    doc = ("KRONIKA – LISTOPAD 2019\n\n**14.11.2019** Minister spraw zagranicznych Japonii przyjął w Tokio "
           "ambasadora Ukrainy.\n\n*20 listopada* Delegacja z Chabarowska odwiedziła Niigatę.\n")
    assert [(e.date_start, e.venue) for e in _events(doc)] == [("2019-11-14", "Tokyo"), ("2019-11-20", "Niigata")]


def test_separately_opens_another_happening_of_the_day_and_an_english_name_is_not_transliterated():
    doc = ("DIARY — JUNE 2018\n\n7 June 2018: Kim Yong Chol met Lavrov in Moscow. Separately, Japan's "
           "ambassador opened a photo exhibition in Lviv.\n\n"
           "9 June 2018: The embassy held a service at the Holy Trinity Church (Sviato-Troitska) in Kharkiv.\n")
    events = _events(doc)
    assert [(e.date_start, e.venue) for e in events] == [
        ("2018-06-07", "Moscow"), ("2018-06-07", "Lviv"), ("2018-06-09", "Kharkiv")]


def test_a_dashed_list_whose_items_open_with_their_dates_in_running_text_is_a_bulletin():
    doc = ("Przegląd: Japonia i Rosja, wrzesień 2019\n\n"
           "– 5 września we Władywostoku, na marginesie forum, premier Japonii rozmawiał z prezydentem Rosji.\n"
           "– 9–10.09: rosyjski wiceminister przebywał w Tokio na konsultacjach.\n"
           "– W połowie miesiąca (16 IX) Japonia zaprotestowała przeciw ćwiczeniom na Iturupie.\n"
           "– 24 września w Jużnosachalińsku odbyło się forum inwestycyjne firm z Hokkaido.\n")
    events = _events(doc, "przeglad.txt")
    assert [(e.date_start, e.venue) for e in events][:2] == [("2019-09-05", "Vladivostok"), ("2019-09-09", "Tokyo")]
    assert [e.date_start for e in events] == ["2019-09-05", "2019-09-09", "2019-09-16", "2019-09-24"]
    assert events[0].headline.startswith("5 września we Władywostoku")   # the date stays in its sentence, the dash goes


def test_a_part_of_this_month_opens_an_entry_of_the_month_unless_days_follow():
    doc = ("Przegląd: Japonia i Rosja, wrzesień 2019\n\n"
           "– 11 września w Tokio wiceministrowie obu państw rozmawiali o połowach krabów.\n"
           "– 24 września w Jużnosachalińsku odbyło się forum inwestycyjne firm z Hokkaido.\n"
           "– Pod koniec miesiąca delegacja przemysłowców z Osaki odwiedziła Chabarowsk.\n"
           "– Na początku miesiąca, od 3 do 6 września, we Władywostoku trwało forum.\n")
    got = [(e.date_start, e.date_end, e.venue) for e in _events(doc, "przeglad.txt")]
    assert ("2019-09", "2019-09", "Khabarovsk") in got and ("2019-09-03", "2019-09-06", "Vladivostok") in got


def test_paragraphs_that_open_with_a_weekday_and_date_or_count_from_the_one_before():
    polish = ("Notatka miesięczna: Rosja i Korea, listopad 2018\n\n"
              "W poniedziałek 5 listopada w Moskwie rosyjski wiceminister przyjął ambasadora KRLD.\n\n"
              "We wtorek 13 listopada w Singapurze prezydenci Rosji i Korei Południowej rozmawiali o kolei.\n\n"
              "Dwa dni później delegacja z Władywostoku przybyła do Rason.\n\n"
              "Pod koniec miesiąca w Seulu odbyło się rosyjsko-koreańskie forum biznesu.\n")
    english = ("Korea and Russia this month, November 2018\n\n"
               "On Monday (Nov. 5), a Russian deputy minister received the North Korean ambassador in Moscow.\n\n"
               "On Nov. 13, at the summit in Singapore, the two presidents discussed a railway.\n\n"
               "Two days later, a delegation from Vladivostok arrived in Rason.\n\n"
               "At the end of the month, Seoul hosted a business forum.\n")
    for doc in (polish, english):
        events = _events(doc)
        assert [(e.date_start, e.venue) for e in events] == [
            ("2018-11-05", "Moscow"), ("2018-11-13", "Singapore"), ("2018-11-15", "Rason"), ("2018-11", "Seoul")]
    assert _events(english)[1].headline.startswith("On Nov. 13, at the summit")


def test_a_place_after_then_is_the_next_stop_of_a_trip_of_several_days():
    doc = ("CHRONICLE, MAY 2017\n\n"
           "May 3 (Minsk) — The president received a delegation of the Korean parliament.\n"
           "May 10–12 (Tokyo / Osaka) — A Belarusian deputy minister held consultations in Tokyo, then met "
           "business groups in Osaka.\n"
           "May 18 — The Belarusian embassy in Seoul organised a tourism presentation.\n")
    events = _events(doc)
    assert [(e.date_start, e.venue) for e in events] == [
        ("2017-05-03", "Minsk"), ("2017-05-10", "Tokyo"), ("2017-05-10", "Osaka"), ("2017-05-18", "Seoul")]
    assert events[0].headline.startswith("The president received")
