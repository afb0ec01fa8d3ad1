"""Forms that new writers use and the extractor once got wrong, each in text of our own: wire
headers with a zone and a note, titles set above a header after a rule, months and weekdays read
by the tense of their sentence, and a clause's own place when it holds two dates."""
from __future__ import annotations

import pytest

from geomap.extract import extract_file, extract_text


def _lead_and_passing(text: str, name: str):
    """A news text's lead event and its in-passing events in date order."""
    events = extract_text(text, name)
    lead = next(e for e in events if not e.in_passing)
    return lead, sorted((e for e in events if e.in_passing), key=lambda e: (e.date_start, e.venue or ""))


def _leads(text: str, name: str):
    """The events a text gives as its own (entries, leads), not those mentioned in passing."""
    return [e for e in extract_text(text, name) if not e.in_passing]


def _by_day(events):
    return sorted((e.date_start, e.venue, e.in_passing) for e in events)


def test_a_wire_header_with_zone_and_note_dates_its_story_and_a_title_after_a_rule_stays_its_own():
    text = ("DESK FILE\n\n======\n\nLEADERS MEET IN HANOI\n\nMar 2 2024 — 08:15 (Hanoi time) · pool copy\n\n"
            "The Russian and Vietnamese presidents met in Hanoi on Friday to talk about energy.\n\n"
            "======\n\nMINISTERS TALK IN SEOUL\n\nDate: 2024-03-05 | Updated 06/03/2024 09:00 KST\n\n"
            "The foreign ministers of Japan and South Korea held talks in Seoul on Tuesday.\n")
    events = _leads(text, "desk.txt")
    assert [(e.date_start, e.venue) for e in events] == [("2024-03-01", "Hanoi"), ("2024-03-05", "Seoul")]
    assert [e.headline for e in events] == ["LEADERS MEET IN HANOI", "MINISTERS TALK IN SEOUL"]


def test_a_month_told_in_the_past_is_the_last_one_before_the_bulletin():
    text = ("Przegląd nr 12/2016\n\n10.12 – Premier Abe przyjął w Tokio ministra Ławrowa. Ostatnio rozmawiali "
            "we wrześniu we Władywostoku, a wcześniej w maju w Soczi.\n")
    passing = [(e.date_start, e.venue) for e in extract_text(text, "przeglad_2016_12.txt") if e.in_passing]
    assert ("2016-05", "Sochi") in passing and ("2016-09", "Vladivostok") in passing


def test_two_dates_in_one_clause_each_keep_their_own_place_and_year():
    text = ("Published: 20 June 2018\n\nThe presidents of Russia and South Korea held talks in Moscow on "
            "Wednesday. They first met in July last year in Hamburg and met again in Vladivostok in "
            "September. A year ago, in October, Putin visited Ankara.\n")
    passing = [(e.date_start, e.venue) for e in extract_text(text, "n.txt") if e.in_passing]
    assert ("2017-07", "Hamburg") in passing
    assert ("2017-09", "Vladivostok") in passing
    assert ("2017-10", "Ankara") in passing


def test_a_weekday_in_the_present_tense_lies_ahead_and_one_in_the_past_behind():
    text = ("Published: 21 June 2018\n\nMoon Jae-in arrived in Moscow on Wednesday for a state visit. "
            "On Saturday he travels to Rostov-on-Don for a football match.\n")
    events = _by_day(extract_text(text, "n.txt"))
    assert ("2018-06-20", "Moscow", False) in events
    assert ("2018-06-23", "Rostov-on-Don", True) in events


def test_a_where_clause_is_placed_at_the_name_before_it():
    text = ("Published: 4 May 2024\n\nPutin held talks with Xi Jinping in Beijing on Friday.\n\nHe came to "
            "Beijing from Harbin, where he opened a trade fair on Thursday.\n")
    passing = [(e.date_start, e.venue) for e in extract_text(text, "n.txt") if e.in_passing]
    assert passing == [("2024-05-02", "Harbin")]


def _entry(text: str, lang: str = "pl"):
    """One bulletin entry of March 2019, as (venue, type); a second entry makes the file a bulletin."""
    head = "Przegląd miesięczny nr 3/2019\n\n" if lang == "pl" else "Monthly review, March 2019\n\n"
    tail = "\n\n30.03 – W Tokio otwarto wystawę.\n" if lang == "pl" else "\n\n30 March – An exhibition opened in Tokyo.\n"
    events = [e for e in extract_text(head + text + tail, "review_2019_03.txt") if not e.in_passing]
    assert len(events) == 2 and events[1].date_start == "2019-03-30", events
    return events[0].venue, events[0].event_type


def test_a_phone_call_has_no_venue_even_when_a_host_minister_is_named():
    assert _entry("5.03 – Minister Kono odbył rozmowę telefoniczną z ministrem spraw zagranicznych "
                  "Białorusi Władimirem Makiejem o sytuacji na półwyspie.") == (None, "meeting")


def test_an_ambassador_received_in_the_active_voice_meets_in_the_hosts_capital():
    assert _entry("6.03 – Ambasadora Japonii przyjął minister ds. zjednoczenia Korei Południowej. "
                  "Rozmawiano o pomocy dla Północy.") == ("Seoul", "meeting")
    assert _entry("7.03 – Wiceminister spraw zagranicznych Białorusi przyjął ambasadora Japonii. "
                  "Białoruska strona zaapelowała o nowe inwestycje.") == ("Minsk", "meeting")


def test_a_national_security_council_is_not_the_uns_and_keeps_its_city():
    assert _entry("8.03 – Prezydent Moon, otwierając w Seulu posiedzenie Rady Bezpieczeństwa Narodowego, "
                  "zapowiedział nowe sankcje.") == ("Seoul", "statement")


def test_the_margins_of_the_general_assembly_are_in_new_york():
    venue, kind = _entry("9 March – Foreign Minister Kono met his Belarusian counterpart on the margins of the "
                         "UN General Assembly.", lang="en")
    assert (venue, kind) == ("New York", "meeting")


def test_a_capital_named_as_what_was_visited():
    assert _entry("10.03 – Minister obrony Rosji odwiedził stolicę Korei Północnej.")[0] == "Pyongyang"


def test_signing_in_more_forms_and_not_what_is_only_to_be_signed():
    assert _entry("11.03 – W Kijowie ambasador Japonii i minister infrastruktury Ukrainy podpisali wymianę "
                  "not o pomocy.") == ("Kyiv", "agreement")
    assert _entry("12 March – A fisheries arrangement for the season was signed in Nemuro by the two sides.",
                  lang="en") == ("Nemuro", "agreement")
    assert _entry("13.03 – W Moskwie minister gospodarki Japonii rozmawiał z wicepremierem Rosji. Ustalono "
                  "listę porozumień przewidzianych do podpisania w maju.")[1] == "meeting"


def test_a_summit_that_only_dates_something_else_does_not_make_it_a_summit():
    assert _entry("14.03 – Na Iturupie odbyły się ćwiczenia wojskowe z użyciem rakiet. Tokio wyraziło "
                  "ubolewanie, że stało się to tuż po szczycie.") == ("Iturup", "military")


def test_a_missile_launched_is_military_and_a_reception_an_occasion():
    assert _entry("15 March – A North Korean missile launched from Sunan, near Pyongyang, fell into the sea.",
                  lang="en")[1] == "military"
    assert _entry("16 March – The Russian ambassador gave a reception in Tokyo for Russia Day; the foreign "
                  "minister recalled what the two leaders had agreed.", lang="en") == ("Tokyo", "ceremony_forum")


def test_a_source_list_keyed_by_entry_dates_gives_addresses_not_events():
    text = ("Biuletyn, marzec 2019\n\n1. JAPONIA\n\n4 marca: w Tokio minister Kono spotkał się z ambasadorem "
            "Białorusi.\n\n12 marca: w Mińsku otwarto wystawę japońskiej grafiki.\n\n2. ŹRÓDŁA (według dat)\n\n"
            "4 marca – https://example.org/jp/2019/03/04/kono.html\n"
            "12 marca – https://example.org/by/2019-03-12-exhibition\n")
    events = extract_text(text, "biuletyn_2019_03.txt")
    assert [(e.date_start, e.venue, e.source_urls) for e in events] == [
        ("2019-03-04", "Tokyo", ("https://example.org/jp/2019/03/04/kono.html",)),
        ("2019-03-12", "Minsk", ("https://example.org/by/2019-03-12-exhibition",))]


def test_a_region_named_after_a_far_towns_other_name_is_not_the_venue():
    """GeoNames knows Konsoy (Tajikistan) also as Kansai; in a text about Japan the demonstration
    in Osaka is the venue, not a region of Tajikistan."""
    assert _entry("17.03 – Kilkuset Ukraińców mieszkających w regionie Kansai demonstrowało w Osace przed "
                  "konsulatem Rosji.")[0] == "Osaka"


def test_ministers_who_met_in_a_city_meet_there_whatever_position_they_took():
    assert _entry("18 March – Deputy Foreign Ministers Mori and Morgulov met in Moscow to draft rules that "
                  "would not prejudice either side's position.", lang="en") == ("Moscow", "meeting")


def test_a_flight_over_one_island_and_later_off_another_is_an_event_at_each():
    text = ("Monthly review, March 2019\n\n19 March – Two Russian bombers violated Japanese airspace, first over "
            "Minamidaito island and about an hour later off Hachijojima.\n\n30 March – An exhibition opened "
            "in Tokyo.\n")
    events = [e for e in extract_text(text, "review_2019_03.txt") if e.date_start == "2019-03-19"]
    assert sorted(e.venue for e in events) == ["Hachijō", "Minamidaito"]
    assert {e.event_type for e in events} == {"military"}


def test_talks_over_a_place_put_nothing_there():
    venue, _ = _entry("20 March – The two ministers held talks in Tokyo over Crimea and the islands.", lang="en")
    assert venue == "Tokyo"


def test_a_two_day_visit_that_moves_on_the_next_day_has_a_second_stop_on_that_day():
    text = ("Przegląd miesięczny nr 3/2019\n\n14–15.03 – Wizyta premiera Japonii w Rosji. Pierwszego dnia rozmowy "
            "odbyły się w Soczi. Nazajutrz obaj przywódcy przenieśli się do Moskwy.\n\n30.03 – W Tokio otwarto "
            "wystawę.\n")
    got = sorted((e.date_start, e.venue) for e in extract_text(text, "p.txt") if e.date_start < "2019-03-30")
    assert got == [("2019-03-14", "Sochi"), ("2019-03-15", "Moscow")]


def test_a_further_stop_under_a_one_day_entry_keeps_that_day():
    text = ("Monthly review, March 2019\n\n23 March – Former islanders visited family graves on Kunashir. A "
            "second group went on to Iturup, where they prayed at the cemetery.\n\n30 March – An exhibition opened in Tokyo.\n")
    got = sorted((e.date_start, e.venue) for e in extract_text(text, "r.txt") if e.date_start != "2019-03-30")
    assert got == [("2019-03-23", "Iturup"), ("2019-03-23", "Kunashir")]


def test_news_told_in_passing_a_port_named_with_its_country_an_arrival_and_a_relative_clause():
    text = ("MOON IN MOSCOW\n\nPosted Jun 22, 2018 · 18:05 MSK\n\nPresident Moon Jae-in and President Vladimir "
            "Putin held talks in the Kremlin on Friday.\n\nMoon arrived in Moscow on Thursday and spoke in the "
            "State Duma. Kim had held talks with Xi Jinping in the Chinese port of Dalian in early May.\n\n"
            "The talks coincided with a state visit to Tokyo by the Mongolian president, which began on "
            "Wednesday.\n")
    lead, passing = _lead_and_passing(text, "desk.txt")
    assert (lead.date_start, lead.date_end, lead.venue_country) == ("2018-06-21", "2018-06-22", "RU")
    assert [(e.date_start, e.venue) for e in passing] == [("2018-05", "Dalian"), ("2018-06-20", "Tokyo")]


def test_a_byline_with_a_time_is_furniture_and_a_treaty_in_the_locative_was_signed():
    text = ("Szojgu znowu w Pjongjangu\n\nAnna Nowak · 17 czerwca 2025, 17:42 · aktualizacja 19:05\n\n"
            "Sekretarz Rady Bezpieczeństwa Rosji Siergiej Szojgu przyleciał we wtorek do Pjongjangu.\n\n"
            "Współpraca opiera się na traktacie o partnerstwie, który obaj przywódcy podpisali w czerwcu "
            "ubiegłego roku w Pjongjangu. Nowy prezydent Korei Południowej, zaprzysiężony 4 czerwca w Seulu, "
            "milczy.\n")
    lead, passing = _lead_and_passing(text, "szojgu.html")
    assert (lead.date_start, lead.venue, lead.event_type) == ("2025-06-17", "Pyongyang", "visit")
    assert [(e.date_start, e.venue, e.event_type) for e in passing] == [
        ("2024-06", "Pyongyang", "agreement"), ("2025-06-04", "Seoul", "ceremony_forum")]


def test_a_place_seized_is_where_a_military_event_happened():
    text = ("Biuletyn, luty 2022\n\n7 lutego: w Tokio premier przypomniał, że Rosja zajęła Krym w marcu 2014 roku.\n\n"
            "9 lutego: w Seulu otwarto wystawę.\n")
    passing = [(e.date_start, e.venue, e.event_type) for e in extract_text(text, "b_2022_02.txt") if e.in_passing]
    assert passing == [("2014-03", "Crimea", "military")]


def test_words_said_on_a_weekday_in_a_named_city_are_a_statement_there():
    text = ("Published: 17 June 2025\n\nSzojgu przyleciał we wtorek do Pjongjangu i rozmawiał z Kim Dzong Unem.\n\n"
            "Rzecznik ukraińskiego MSZ powiedział we wtorek w Kijowie, że Rosja nie walczy już sama. "
            "Mówił też w maju rzecznik Kremla, że rozmowy trwają.\n")
    passing = [(e.date_start, e.venue, e.event_type) for e in extract_text(text, "n.txt") if e.in_passing]
    assert passing == [("2025-06-17", "Kyiv", "statement")]   # the May remark names no place: it dates a report


def test_a_wire_file_of_datelines_without_years_is_split_dated_and_placed_by_its_datelines():
    text = ("ASIA WIRE — selected items\n\n"
            "VLADIVOSTOK, Russia, Sept. 12 (Reuters) - The Russian and Japanese leaders held talks on Wednesday "
            "about joint projects.\n\nThe two leaders last met in Moscow in May.\n\n---\n\n"
            "SEOUL, Sept 14 (Yonhap) -- South Korea's foreign minister met the Russian ambassador on Friday.\n\n"
            "---\n\nMOSKWA, 15 wrz. (PAP) – Rosyjskie MSZ skrytykowało w sobotę japońskie sankcje.\n")
    events = extract_text(text, "wire_asia_2018-09.txt")
    leads = [(e.date_start, e.venue, e.venue_basis) for e in events if not e.in_passing]
    assert leads == [("2018-09-12", "Vladivostok", "implied"), ("2018-09-14", "Seoul", "implied"),
                     ("2018-09-15", "Moscow", "implied")]
    assert not any("ASIA WIRE" in e.headline for e in events)
    assert [(e.date_start, e.venue) for e in events if e.in_passing] == [("2018-05", "Moscow")]


def test_a_numbered_list_item_that_opens_with_a_date_is_an_entry():
    text = ("# Kalendarium, styczeń 2020\n\n1. 28 stycznia: w Pjongjangu ambasador Rosji spotkał się z ministrem.\n"
            "2. 30 stycznia: w Mińsku otwarto wystawę.\n")
    assert [(e.date_start, e.venue) for e in extract_text(text, "kalendarium.md")] == [
        ("2020-01-28", "Pyongyang"), ("2020-01-30", "Minsk")]


def test_agency_lines_split_a_polish_news_file_and_a_ministry_s_protest_places_nothing():
    text = ("SERWIS ŚWIAT — wybór depesz\n\nPutin przyjął na Kremlu prezydenta Korei Południowej\n"
            "PAP, 22 czerwca 2018, 16:10\n\nPrezydent Rosji Władimir Putin przyjął w piątek na Kremlu "
            "prezydenta Korei Południowej. Rozmawiano o kolei.\n\nJaponia protestuje przeciw manewrom\n"
            "Warszawa, 25.06.2018 (PAP)\n\nJapońskie MSZ zaprotestowało w poniedziałek przeciwko ćwiczeniom "
            "wojsk rosyjskich na Iturupie.\n")
    events = _leads(text, "serwis.txt")
    assert [(e.date_start, e.venue, e.event_type) for e in events] == [
        ("2018-06-22", "Moscow Kremlin", "summit"), ("2018-06-25", None, "statement")]
    assert [e.headline for e in events] == ["Putin przyjął na Kremlu prezydenta Korei Południowej",
                                            "Japonia protestuje przeciw manewrom"]


@pytest.mark.parametrize("suffix", [".md", ".txt"])   # a Markdown table, read as one or as plain text
def test_a_table_bulletin_keeps_ranks_offices_and_speakers_apart(tmp_path, suffix):
    text = ("# North-East Asia Monitor — May 2017\n\n| Date | What happened |\n|---|---|\n"
            "| 3 May | Foreign Minister Kishida met Sergei Lavrov in Moscow to prepare the leaders' meeting. |\n"
            "| 14 May | North Korea launched a Hwasong-12 missile from near Kusong. |\n"
            "| 20 May | Russia deployed coastal missile systems on Iturup, Tokyo said. |\n"
            "| 29 May | Moon Jae-in's envoy Song Young-gil met President Putin at the Kremlin. |\n")
    path = tmp_path / f"monitor_2017_05{suffix}"
    path.write_text(text, encoding="utf-8")
    got = [(e.date_start, e.venue_country, e.event_type) for e in extract_file(path)]
    assert got == [("2017-05-03", "RU", "meeting"), ("2017-05-14", "KP", "military"),
                   ("2017-05-20", "RU", "military"), ("2017-05-29", "RU", "meeting")]


def test_dated_paragraphs_under_plain_section_titles_a_swearing_in_and_a_trip_that_moves_on():
    text = ("East Asia Desk — May 2022\n\nJapan\n\nOn 5 May the Japanese prime minister met the British prime "
            "minister in London.\n\nOn 10 May Japan announced new sanctions in Tokyo.\n\nKorea\n\nOn 10 May Yoon Suk "
            "Yeol was sworn in as President in Seoul.\n\nOn 21 May President Biden arrived in Seoul; he then "
            "travelled on to Tokyo.\n")
    got = [(e.date_start, e.venue, e.event_type) for e in extract_text(text, "desk_2022_05.txt")]
    assert got == [("2022-05-05", "London", "summit"), ("2022-05-10", "Tokyo", "statement"),
                   ("2022-05-10", "Seoul", "ceremony_forum"), ("2022-05-21", "Seoul", "visit"),
                   ("2022-05-21", "Tokyo", "visit")]


def test_a_bulletin_of_paragraphs_dated_inside_their_first_sentence():
    paragraphs = [
        "Przez trzy dni, od 5 do 7 czerwca, w Petersburgu obradowało forum gospodarcze z udziałem japońskich firm "
        "i przedstawicieli rosyjskich regionów.",
        "Berlin gościł 11 czerwca konferencję o odbudowie Ukrainy, w której uczestniczyła delegacja Japonii z "
        "wiceministrem spraw zagranicznych na czele.",
        "Rząd japoński 14 czerwca zatwierdził nowy pakiet sankcji wobec firm pośredniczących w dostawach do Rosji "
        "towarów podwójnego zastosowania.",
        "Reakcja Moskwy była szybka. Rosyjskie MSZ wezwało 17 czerwca ambasadora Japonii i wręczyło mu notę "
        "protestacyjną w sprawie nowych restrykcji.",
        "W Mińsku 20 czerwca wiceminister spraw zagranicznych Białorusi przyjął japońskiego chargé d'affaires i "
        "rozmawiał z nim o wymianie studentów.",
        "Korea Północna 26 czerwca wystrzeliła z okolic Pjongjangu pocisk balistyczny, który spadł do morza u "
        "wybrzeży półwyspu.",
    ]
    text = "Przegląd, zeszyt czerwcowy 2024\n\n" + "\n\n".join(p + " [1]" for p in paragraphs) + "\n"
    events = _leads(text, "przeglad_2024_06.txt")
    assert [(e.date_start, e.venue) for e in events] == [
        ("2024-06-05", "St Petersburg"), ("2024-06-11", "Berlin"), ("2024-06-14", None), ("2024-06-17", "Moscow"),
        ("2024-06-20", "Minsk"), ("2024-06-26", "Pyongyang")]
    assert events[3].headline.startswith("Rosyjskie MSZ wezwało")   # the sentence that holds the date


def test_story_counters_are_no_dates_and_a_dateline_under_a_header_opens_no_second_story():
    text = ("DIGEST — week 37\n\n[1/2]\nPutin offers Abe a treaty\nPublished: 12 September 2018\nDesk: Russia\n\n"
            "VLADIVOSTOK, Sept 12 (Reuters) - Putin on Wednesday proposed a peace treaty to Abe at the forum.\n\n"
            "[2/2]\nMoon back in Seoul\nPublished: 20 September 2018\n\nSEOUL, Sept 20 (Yonhap) -- Moon Jae-in came "
            "back to Seoul on Thursday after three days in Pyongyang.\n")
    events = _leads(text, "digest.txt")
    assert [(e.date_start, e.venue) for e in events] == [("2018-09-12", "Vladivostok"), ("2018-09-20", "Seoul")]


def test_firms_border_cities_missiles_and_a_statement_placed_by_its_opening_words():
    assert _entry("21 March – Biden began his trip at the Samsung semiconductor plant in Pyeongtaek.",
                  lang="en")[0] == "Pyeongtaek"
    assert _entry("22 March – In the Polish border city of Rzeszów, embassy staff handed over medicines.",
                  lang="en")[0] == "Rzeszów"
    assert _entry("23 March – North Korea launched three short-range ballistic missiles towards the sea.",
                  lang="en")[1] == "military"
    assert _entry("24.03 – W Pekinie wiceminister spraw zagranicznych Rosji i przedstawiciel Chin uzgodnili "
                  "wspólne stanowisko.")[0] == "Beijing"


def test_a_city_state_a_speech_in_a_legislature_and_a_named_day_for_the_next_stop():
    text = ("Mun na Kremlu\n\nPublikacja: 22.06.2018\n\nPrezydent Korei Płd. Mun Dze In rozmawiał w piątek na Kremlu "
            "z prezydentem Rosji.\n\nW czwartek Mun jako pierwszy prezydent Korei Płd. przemawiał w Dumie "
            "Państwowej. Na początku maja sekretarz stanu USA poleciał do Pjongjangu, a 31 maja w Pjongjangu "
            "gościł szef rosyjskiej dyplomacji. Dwa tygodnie temu Trump i Kim spotkali się 12 czerwca w Singapurze.\n\n"
            "W sobotę Mun uda się do Rostowa nad Donem.\n")
    events = extract_text(text, "mun.txt")
    got = sorted((e.date_start, e.venue) for e in events)
    assert ("2018-06-21", "Moscow") in got        # Thursday before the Friday of publication: told in the past
    assert ("2018-05-31", "Pyongyang") in got and ("2018-05", "Pyongyang") in got
    assert ("2018-06-23", "Rostov-on-Don") in got
    assert ("2018-06-12", "Singapore") in got      # a city-state named is its city


def test_the_same_city_is_the_main_events_city():
    text = ("Published: 12 September 2018\n\nVLADIVOSTOK, Sept 12 (Reuters) - Putin proposed a peace treaty to Abe "
            "on Wednesday at the forum.\n\nThe two leaders had held talks in the same city on Monday.\n")
    passing = [(e.date_start, e.venue, e.venue_basis) for e in extract_text(text, "w.txt") if e.in_passing]
    assert passing == [("2018-09-10", "Vladivostok", "implied")]


def test_types_of_things_proposed_hosted_agreed_and_recalled():
    assert _entry("25 March – Putin proposed that Russia and Japan sign a peace treaty by the end of the year.",
                  lang="en")[1] == "statement"                      # to sign is not to have signed
    assert _entry("26.03 – 31 marca w Pjongjangu gościł szef rosyjskiej dyplomacji.")[1] == "visit"
    assert _entry("27.03 – W Pekinie wiceminister spraw zagranicznych Rosji i przedstawiciel Chin uzgodnili "
                  "wspólne stanowisko.")[1] == "meeting"
    text = ("Published: 12 September 2018\n\nVLADIVOSTOK, Sept 12 (Reuters) - Putin offered Abe a peace treaty "
            "on Wednesday.\n\nThe two leaders had held talks in the same city on Monday.\n")
    assert [e.event_type for e in _lead_and_passing(text, "w.txt")[1]] == ["summit"]


def test_where_people_live_is_not_where_it_happened_and_a_night_spans_two_days():
    assert _entry("28.03 – Kilkuset Ukraińców mieszkających w Nagoi demonstrowało w Osace.")[0] == "Osaka"
    text = ("Przegląd miesięczny nr 3/2019\n\nW nocy z 18 na 19 marca prezydent Rosji przyleciał do Pjongjangu.\n\n"
            "30.03 – W Tokio otwarto wystawę.\n")
    assert [(e.date_start, e.date_end) for e in extract_text(text, "p.txt")][:1] == [("2019-03-18", "2019-03-19")]


def test_officials_preparing_a_summit_meet_a_conference_keeps_its_deals_and_a_far_envoy_is_summoned():
    assert _entry("12.03 – W Tokio wiceministrowie spraw zagranicznych Japonii i Rosji odbyli rundę rozmów. "
                  "Przygotowują spotkanie premiera Abe z prezydentem Putinem.") == ("Tokyo", "meeting")
    assert _entry("14.03 – W Osace odbyło się forum gospodarcze Japonia–Rosja, na którym firmy obu krajów "
                  "podpisały kilka umów.")[1] == "ceremony_forum"
    assert _entry("16.03 – Korea Południowa wezwała wczoraj w trybie pilnym do resortu ambasadora Rosji.") \
        == ("Seoul", "meeting")
    assert _entry("18 March – In Manila, Kishida had met Prime Minister Marcos before he flew on.",
                  lang="en")[1] == "summit"


@pytest.mark.parametrize("text, lang", [
    ("12.03 – Ministrowie siedmiu państw obradowali nad sytuacją na Ukrainie.", "pl"),
    ("12.03 – W alpejskim kurorcie Qwertzstock przywódcy spotkali się na szczycie w sprawie pokoju na Ukrainie.", "pl"),
    ("12 March – Envoys of forty states discussed the war in Ukraine behind closed doors.", "en"),
])
def test_the_state_a_meeting_is_about_is_not_its_venue(text, lang):
    assert _entry(text, lang=lang)[0] is None


@pytest.mark.parametrize("text, lang, stop, goal", [
    ("20–21.03 – Po krótkim postoju w Irkucku minister Ławrow przyleciał do Ułan Bator.", "pl", "Irkutsk", "Ulaanbaatar"),
    ("20–21 March – After a stopover in Khabarovsk, Foreign Minister Lavrov arrived in Tokyo.", "en", "Khabarovsk", "Tokyo"),
])
def test_a_stop_on_the_way_is_a_visit_on_the_first_day_and_not_the_trips_venue(text, lang, stop, goal):
    head = "Przegląd miesięczny nr 3/2019\n\n" if lang == "pl" else "Monthly review, March 2019\n\n"
    tail = "\n\n30.03 – W Tokio otwarto wystawę.\n" if lang == "pl" else "\n\n30 March – An exhibition opened in Seoul.\n"
    events = [e for e in extract_text(head + text + tail, "review_2019_03.txt") if not e.in_passing]
    assert [(e.venue, e.date_start, e.date_end, e.event_type) for e in events][:2] == [
        (goal, "2019-03-20", "2019-03-21", "visit"), (stop, "2019-03-20", "2019-03-20", "visit")]


@pytest.mark.parametrize("text, lang", [
    ("20.03 – Pierwszy wiceminister spraw zagranicznych Cho Hyun Dong wezwał do resortu ambasadora Rosji "
     "i zażądał wyjaśnień w sprawie umowy z KRLD. Stanowisko Seulu jest jednoznaczne.", "pl"),
    ("20 March – Seoul did not wait long. First Vice Foreign Minister Cho summoned the Russian ambassador "
     "over the pact with North Korea.", "en"),
])
def test_a_summoner_named_by_its_capital_elsewhere_in_the_entry(text, lang):
    assert _entry(text, lang=lang) == ("Seoul", "meeting")


def test_a_later_day_of_a_trip_in_another_city_is_a_stop_of_its_own():
    text = ("Monthly review, March 2019\n\n4–6 March – Kishida went on to Europe. In Paris he talked with "
            "Emmanuel Macron on 4 March and on 5 March toured Versailles; on 6 March he met Olaf Scholz in "
            "Berlin, where the two agreed to talk again.\n\n30 March – An exhibition opened in Seoul.\n")
    events = [(e.venue, e.date_start, e.date_end, e.event_type) for e in extract_text(text, "r.txt") if not e.in_passing]
    # (Paris keeps the days before the last leg began: GOLD 2.2, each venue from its first to its last day)
    assert events[:2] == [("Paris", "2019-03-04", "2019-03-05", "visit"), ("Berlin", "2019-03-06", "2019-03-06", "visit")]
    assert len(events) == 3                       # Versailles lies by Paris: the same stop


def test_a_stop_close_to_an_earlier_stop_is_that_stop_and_a_far_town_inside_a_longer_name_is_none():
    text = ("Monthly review, April 2019\n\n24–26 April – Kim Jong Un came to Russia. His train stopped in "
            "Khasan on 24 April, and by evening he had reached Vladivostok. Then he went to Russky Island for "
            "talks. Later he visited the Pacific Fleet museum.\n\n30 April – An exhibition opened in Seoul.\n")
    venues = [e.venue for e in extract_text(text, "r.txt") if not e.in_passing]
    assert venues[:-1] == ["Khasan", "Vladivostok"]


@pytest.mark.parametrize("text, lang", [
    ("10 March – Foreign Minister Hayashi led the Japanese delegation at the inauguration of the new South "
     "Korean president and was received by him afterwards.", "en"),
    ("10.03 – Minister Hayashi reprezentował Japonię podczas zaprzysiężenia nowego prezydenta Korei Południowej.", "pl"),
    ("10 March – Ambassadors from forty states attended the South Korean presidential inauguration.", "en"),
])
def test_an_inauguration_is_held_in_the_capital_of_the_state_whose_president_takes_office(text, lang):
    assert _entry(text, lang=lang)[0] == "Seoul"


@pytest.mark.parametrize("text", [
    "Published: 14 March 2019\n\nTOKYO, March 14 -- Prime Minister Abe flew back to Tokyo on Thursday after a "
    "four-day visit to Moscow, where he held talks with Putin.\n",
    "Opublikowano: 14 marca 2019\n\nPremier Abe wrócił w czwartek 14 marca do Tokio po czterodniowej wizycie w Moskwie, "
    "gdzie rozmawiał z Putinem.\n",
])
def test_coming_home_after_a_visit_of_some_days_is_that_visit_from_its_first_day(text):
    lead, _ = _lead_and_passing(text, "n.txt")
    assert (lead.venue, lead.date_start, lead.date_end) == ("Moscow", "2019-03-11", "2019-03-14")


def test_a_bare_family_name_is_the_one_person_of_that_name_the_document_names_in_full():
    def last(second: str):
        text = ("Przegląd miesięczny nr 5/2018\n\n2.05 – Kim Dzong Un przyjął w Pjongjangu ministra Ławrowa. "
                + second + "\n\n27.05 – Kim spotkał się z prezydentem Mun Dze Inem w Panmundżomie.\n")
        e = [e for e in extract_text(text, "r.txt") if not e.in_passing][-1]
        return e.date_start, e.event_type, e.persons
    date, kind, persons = last("Rozmawiali o kolei.")
    assert (date, kind, sorted(persons)) == ("2018-05-27", "summit", ["Kim Jong Un", "Moon Jae-in"])
    # with a second Kim named in full, the bare name is nobody in particular
    assert last("Wcześniej wiceminister Kim Hong Gi rozmawiał z ambasadorem Rosji.")[2] == ("Moon Jae-in",)


def test_days_written_as_ordinal_words_and_from_to_spans_open_dated_paragraphs():
    body = ("Siódmego marca w Tokio minister spraw zagranicznych Japonii przyjął ambasadora Ukrainy i rozmawiał "
            "z nim o pomocy dla szpitali.",
            "Od 12 do 14 marca na Sachalinie trwały manewry floty, w których wzięło udział kilka tysięcy żołnierzy "
            "i kilkadziesiąt okrętów różnych klas.",
            "Dwudziestego pierwszego marca w Seulu otwarto wystawę grafiki rosyjskiej, na którą przyszło wielu "
            "gości z obu krajów oraz dyplomaci.")
    text = "KRONIKA MARCA 2019\n\n" + "\n\n".join(body) + "\n"
    got = [(e.date_start, e.date_end, e.venue) for e in extract_text(text, "kronika_2019-03.txt") if not e.in_passing]
    assert got == [("2019-03-07", "2019-03-07", "Tokyo"), ("2019-03-12", "2019-03-14", "Sakhalin"),
                   ("2019-03-21", "2019-03-21", "Seoul")]


def test_a_sentence_on_the_entrys_own_day_elsewhere_is_an_event_of_its_own():
    text = ("Przegląd miesięczny nr 9/2021\n\n28.09 – KRLD wystrzeliła z prowincji Czagang nowy pocisk. Tego samego "
            "dnia przedstawiciel KRLD przy ONZ zażądał w Nowym Jorku zniesienia sankcji.\n\n"
            "30.09 – W Tokio otwarto wystawę.\n")
    got = [(e.date_start, e.venue, e.event_type) for e in extract_text(text, "p.txt") if not e.in_passing]
    assert got[:2] == [("2021-09-28", "Chagang Province", "military"), ("2021-09-28", "New York", "statement")]


def test_launch_sites_listed_one_after_another_are_each_on_the_map():
    text = ("Przegląd miesięczny nr 6/2022\n\n5.06 – KRLD wystrzeliła sześć pocisków z trzech miejsc: z Kaechon, "
            "z Hamhung oraz z Wonsanu.\n\n30.06 – W Tokio otwarto wystawę.\n")
    venues = [e.venue for e in extract_text(text, "p.txt") if e.date_start == "2022-06-05"]
    assert {"Hamhung", "Wonsan"} <= set(venues) and len(venues) == 3


def test_consultations_at_a_states_ministry_of_foreign_affairs_and_a_next_day_stop():
    assert _entry("17 March – The Belarusian deputy foreign minister held consultations at Japan's Ministry of "
                  "Foreign Affairs.", lang="en")[0] == "Tokyo"
    text = ("Przegląd miesięczny nr 6/2022\n\n28–29.06 – Prezydent Rosji rozmawiał w Duszanbe z prezydentem "
            "Tadżykistanu. Następnego dnia w Aszchabadzie uczestniczył w szczycie państw kaspijskich.\n\n"
            "30.06 – W Tokio otwarto wystawę.\n")
    got = [(e.date_start, e.venue) for e in extract_text(text, "p.txt") if not e.in_passing]
    assert ("2022-06-29", "Ashgabat") in got and got[0] == ("2022-06-28", "Dushanbe")


@pytest.mark.parametrize("text, lang, expected", [
    ("11 March – Vladimir Putin phoned Moon Jae-in to congratulate him on his victory.", "en", (None, "meeting")),
    ("12.03 – We Władywostoku trwało Wschodnie Forum Ekonomiczne, z częścią gości łączących się zdalnie.", "pl",
     ("Vladivostok", "ceremony_forum")),
    ("13.03 – Władimir Putin przyjął Aleksandra Łukaszenkę w Petersburgu. Zapowiedział przekazanie Białorusi "
     "systemów rakietowych.", "pl", ("St Petersburg", "summit")),
    ("14 March – The president's special envoy stayed in Moscow, handing a letter to a Kremlin aide.", "en",
     ("Moscow", "visit")),
    ("15 March – North Korea fired two projectiles from a super-large multiple rocket launcher near Kaechon.", "en",
     ("Kaechon", "military")),
])
def test_calls_forums_with_remote_guests_hosts_receiving_stays_and_projectiles(text, lang, expected):
    venue, kind = _entry(text, lang=lang)
    assert ((venue or "").replace("’ŏ", "o") or None, kind) == expected


def test_the_first_trip_since_a_month_is_still_this_months_trip_and_goes_on():
    text = ("Przegląd miesięczny nr 6/2022\n\n28 i 29 czerwca: Władimir Putin odbył pierwszą od lutego podróż "
            "zagraniczną. W Duszanbe rozmawiał z prezydentem Tadżykistanu. Następnego dnia w Aszchabadzie "
            "uczestniczył w szczycie.\n\n30 czerwca: W Tokio otwarto wystawę.\n")
    got = [(e.date_start, e.venue, e.event_type) for e in extract_text(text, "p.txt") if not e.in_passing]
    assert got[:2] == [("2022-06-28", "Dushanbe", "visit"), ("2022-06-29", "Ashgabat", "summit")]


def test_a_place_after_its_states_possessive_and_a_port_people_were_escorted_to():
    assert _entry("18 March – A drone launched by Russian forces hit a warehouse in Ukraine's Kharkiv region.",
                  lang="en")[0] == "Kharkiv Oblast"
    assert _entry("19 March – Border guards detained a fishing boat; its crew of twelve were escorted to the port "
                  "of Nakhodka.", lang="en")[0] == "Nakhodka"


@pytest.mark.parametrize("text, expected", [
    ("Minister przyleciał 3 IV 2019 r. do Tokio.", [("2019-04-03", "2019-04-03")]),
    ("Rozmowy trwały 5–7 IV w Seulu.", [("2019-04-05", "2019-04-07")]),
    ("Dnia 3.04 ambasador złożył listy.", [("2019-04-03", "2019-04-03")]),
    ("W dn. 5-7.04 trwały manewry.", [("2019-04-05", "2019-04-07")]),
    ("The talks were held on the 3rd of April.", [("2019-04-03", "2019-04-03")]),
    ("Zgodnie z art. 3 V ustawy i rozdziałem 5 IX nic się nie zmieniło.", []),
    ("At 3 I went home.", []),
])
def test_roman_months_announced_numeric_days_and_ordinals_with_of_inside_sentences(text, expected):
    from geomap.extract.mentions.dates import Anchor, find_dates
    assert [(d.when.start, d.when.end) for d in find_dates(text, Anchor(2019, 4))] == expected


def test_a_bulletin_whose_entries_open_with_a_roman_month_and_a_year():
    text = ("Przegląd 4/2019\n\n3 IV 2019 r. – W Tokio minister Kono przyjął ambasadora Rosji.\n\n"
            "12 IV 2019 r. – W Seulu otwarto wystawę.\n")
    assert [(e.date_start, e.venue) for e in extract_text(text, "p.txt")] == [("2019-04-03", "Tokyo"),
                                                                              ("2019-04-12", "Seoul")]


def test_a_labelled_date_line_dates_a_news_file_and_a_collection_title_is_no_story():
    text = ("Serwis prasowy, 20.06.2024\n\nPutin w Pjongjangu\n\nWładimir Putin przybył w środę do Pjongjangu, "
            "gdzie powitał go Kim Dzong Un.\n")
    assert [(e.date_start, e.venue) for e in _leads(text, "serwis.txt")] == [("2024-06-19", "Pyongyang")]
    text = ("Press clippings — week of 8 July 2024\n\n* * *\n\nKishida in Vilnius\nBy Adam Writer | 11 July 2024\n\n"
            "VILNIUS (AP) — Prime Minister Kishida met NATO leaders in Vilnius on Thursday.\n")
    assert [(e.date_start, e.venue) for e in _leads(text, "clips.txt")] == [("2024-07-11", "Vilnius")]


def test_a_tables_place_column_is_the_rows_venue(tmp_path):
    import docx
    doc = docx.Document()
    doc.add_heading("Monitoring, maj 2023", 0)
    table = doc.add_table(rows=1, cols=3)
    for cell, word in zip(table.rows[0].cells, ("Data", "Opis", "Miejsce")):
        cell.text = word
    for row in (("2.05.2023", "Minister rozmawiał z ambasadorem Ukrainy.", "Tokio"),
                ("26.05.2023", "Rosja zakazała wjazdu 52 obywatelom Japonii.", "Moskwa")):
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value
    doc.save(tmp_path / "monitoring_2023-05.docx")
    md = tmp_path / "kalendarium_2023-05.md"
    md.write_text("# Kalendarium, maj 2023\n\n| Data | Opis | Miejsce |\n|---|---|---|\n"
                  "| 2.05 | Minister rozmawiał z ambasadorem Ukrainy. | Tokio |\n"
                  "| 26.05 | Rosja zakazała wjazdu 52 obywatelom Japonii. | Moskwa |\n", encoding="utf-8")
    for path in (tmp_path / "monitoring_2023-05.docx", md):
        got = [(e.date_start, e.venue, e.why["venue"]["rule"]) for e in extract_file(path)]
        assert got == [("2023-05-02", "Tokyo", "place column"), ("2023-05-26", "Moscow", "place column")], path


@pytest.mark.parametrize("text", [
    "REGIONAL DIGEST — APRIL 2019\n\n3 April (Osaka) – Foreign Minister Kono received the Russian ambassador.\n"
    "10 April, Niigata – A delegation from Khabarovsk Krai met the prefectural governor.\n"
    "25 April | Vladivostok | Kim Jong Un and Vladimir Putin held their first summit.\n",
    "Kronika – kwiecień 2019\n\n3 kwietnia, Osaka. Minister Kono przyjął ambasadora Rosji.\n"
    "10 kwietnia, Niigata. Delegacja z Chabarowska spotkała się z gubernatorem prefektury.\n"
    "25 kwietnia, Władywostok. Kim Dzong Un i Władimir Putin odbyli pierwszy szczyt.\n",
])
def test_a_place_set_before_an_entrys_text_is_its_venue(text):
    got = [(e.date_start, e.venue, e.why["venue"]["rule"]) for e in extract_text(text, "digest.txt")]
    assert got == [("2019-04-03", "Osaka", "place label"), ("2019-04-10", "Niigata", "place label"),
                   ("2019-04-25", "Vladivostok", "place label")]


def test_a_press_release_dated_by_its_date_line_and_a_publication_time_before_the_date():
    text = ("Ministry of Foreign Affairs\nPress Releases\n\nApril 3, 2019\n\nJapan-Russia Foreign Ministers' Meeting\n\n"
            "1. On April 3, Foreign Minister Kono held a meeting with Foreign Minister Lavrov in Tokyo.\n\n"
            "2. The two ministers discussed the peace treaty.\n")
    assert [(e.date_start, e.venue) for e in extract_text(text, "release.txt")] == [("2019-04-03", "Tokyo")]
    text = ("Missiles fired as Kim watches drills\n\nSEOUL (AP) — North Korea fired two missiles from near Kusong "
            "on Thursday, the military said.\n\nPublished 4:12 AM GMT+9, May 9, 2019\n")
    assert [e.date_start for e in _leads(text, "ap.txt")] == ["2019-05-09"]


@pytest.mark.parametrize("text, lang, venue", [
    ("5.03 – W japońskiej stolicy minister Ławrow rozmawiał z Kono.", "pl", "Tokyo"),
    ("5.03 – W stolicy Białorusi odbyło się forum regionów.", "pl", "Minsk"),
    ("5 March – In the South Korean capital, Lavrov met Kang.", "en", "Seoul"),
])
def test_a_capital_named_by_its_state_at_the_head_of_a_sentence(text, lang, venue):
    assert _entry(text, lang=lang)[0] == venue


@pytest.mark.parametrize("text, expected", [
    ("Minister przebywał w Tokio w dniach 3 i 4 kwietnia.", [("2019-04-03", "2019-04-04")]),
    ("Talks were held between 3 and 5 April.", [("2019-04-03", "2019-04-05")]),
    ("The delegation stayed on April 3 and 4.", [("2019-04-03", "2019-04-04")]),
    ("The forum ran from April 3 to 5.", [("2019-04-03", "2019-04-05")]),
    ("The drills ran April 3–5, 2019.", [("2019-04-03", "2019-04-05")]),
    ("Manewry trwały 3–4.04.2019.", [("2019-04-03", "2019-04-04")]),
    ("The next round is expected in mid-April.", [("2019-04", "2019-04")]),
])
def test_spans_of_days_joined_by_and_or_to_and_a_month_in_its_middle(text, expected):
    from geomap.extract.mentions.dates import Anchor, find_dates
    assert [(d.when.start, d.when.end) for d in find_dates(text, Anchor(2019, 4))] == expected


def test_a_name_joined_to_a_found_one_is_a_person_and_a_summit_being_prepared_is_not_this_meeting():
    from geomap.extract.mentions.persons import find_persons
    for text in ("Igor Morgulov and Kenji Kanasugi held consultations.",
                 "Wiceminister Igor Morgułow i Kenji Kanasugi przeprowadzili konsultacje."):
        assert "Kenji Kanasugi" in find_persons(text, 0, len(text))
    assert _entry("3 March – Taro Kono and Sergei Lavrov met in Moscow to prepare the summit.",
                  lang="en") == ("Moscow", "meeting")
    assert _entry("3.03 – Kono i Ławrow spotkali się w Moskwie, by przygotować szczyt przywódców.") == ("Moscow", "meeting")


@pytest.mark.parametrize("line, day", [("12.06.2024 r.", 12), ("Posted on 12th June 2024", 12)])
def test_header_date_lines_with_the_year_mark_or_an_ordinal_day(line, day):
    from geomap.extract.document.dating import header_evidence
    assert [(e.year, e.month, e.day) for e in header_evidence(line)] == [(2024, 6, day)]


def test_a_meeting_recalled_by_speakers_and_a_visit_here_before_are_events_in_passing():
    text = ("Monthly digest, September 2019\n\n20th September — A forum held its annual session in Seoul. The "
            "co-chairs recalled Kim Jong Un's first meeting with Putin in Vladivostok in April and urged new "
            "projects.\n\n25th September — An exhibition opened in Tokyo.\n")
    assert [(e.date_start, e.venue, e.event_type) for e in extract_text(text, "d.txt") if e.in_passing] == [
        ("2019-04", "Vladivostok", "summit")]   # two leaders: a summit by rank
    text = ("Opublikowano: 3 września 2025\n\nKim Dzong Un przyjechał w środę do Pekinu na paradę. Dla Kima to "
            "pierwsza od sześciu lat podróż do Pekinu – ostatnio był tu w styczniu 2019 roku.\n")
    assert [(e.date_start, e.venue) for e in extract_text(text, "n.txt") if e.in_passing] == [("2019-01", "Beijing")]


@pytest.mark.parametrize("text, lang, expected", [
    ("13 March – In Bishkek, ahead of the summit of the regional organisation, Putin and Xi Jinping compared "
     "notes on Korea.", "en", ("Bishkek", "summit")),
    ("14.03 – W Hanoi odbyło się spotkanie Donalda Trumpa i Kim Dzong Una. Rozmowy przerwano przed planowanym "
     "obiadem, nie podpisano żadnego dokumentu.", "pl", ("Hanoi", "summit")),
    ("15 March – A forum opened in Seoul. Its co-chairs recalled the meeting of Kim Jong Un and Putin in "
     "Vladivostok in April 2018.", "en", ("Seoul", "ceremony_forum")),
    ("16 March – One missile fired by Russian forces landed in a field in Ukraine's Kharkiv region.", "en",
     ("Kharkiv Oblast", "military")),
])
def test_leaders_met_now_or_then_a_denied_signing_and_a_missile_that_came_down(text, lang, expected):
    assert _entry(text, lang=lang) == expected


def test_a_stop_named_for_a_summit_is_that_summit():
    text = ("Przegląd miesięczny nr 6/2022\n\n28–29.06 – Prezydent Rosji rozmawiał w Duszanbe z prezydentem "
            "Tadżykistanu. Następnego dnia w Aszchabadzie uczestniczył w szczycie państw kaspijskich.\n\n"
            "30.06 – W Tokio otwarto wystawę.\n")
    got = [(e.venue, e.event_type) for e in extract_text(text, "p.txt") if not e.in_passing]
    assert ("Ashgabat", "summit") in got


def test_a_sentences_place_is_not_lent_to_a_past_act_it_mentions():
    text = ("Monthly desk, May 2022\n\n17th May — In Nemuro, former islanders held a rally demanding that Moscow "
            "restore the visa-free visits, which Russia suspended in March.\n\n25th May — An exhibition opened "
            "in Tokyo.\n")
    assert [(e.date_start, e.venue) for e in extract_text(text, "desk.txt")] == [("2022-05-17", "Nemuro"),
                                                                               ("2022-05-25", "Tokyo")]


def test_an_arrival_for_a_visit_of_some_days_spans_them_and_either_korea_in_either_order():
    text = ("Published: 19 June 2024\n\nPYONGYANG -- Russian President Vladimir Putin arrived in Pyongyang early on "
            "Wednesday for a two-day state visit.\n")
    lead, _ = _lead_and_passing(text, "n.txt")
    assert (lead.date_start, lead.date_end, lead.venue) == ("2024-06-19", "2024-06-20", "Pyongyang")
    from geomap.extract.mentions.countries import find_countries
    assert [m.iso for m in find_countries("Delegacja z Północnej Korei spotkała się z ambasadorem Południowej Korei.")] \
        == ["KP", "KR"]


def test_the_entrys_own_day_after_a_semicolon_or_named_again_opens_an_event_elsewhere():
    text = ("Przegląd miesięczny nr 3/2019\n\n12.03 – Ławrow odwiedził Tokio; tego samego dnia Kim Dzong Un przyjął "
            "delegację chińską w Pjongjangu.\n\n14.03 – Minister Kono rozmawiał w Seulu z Kang Kyung-wha. Również "
            "14 marca w Moskwie Ławrow spotkał się z ambasadorem KRLD.\n\n30.03 – W Tokio otwarto wystawę.\n")
    assert [(e.date_start, e.venue) for e in extract_text(text, "p.txt")] == [
        ("2019-03-12", "Tokyo"), ("2019-03-12", "Pyongyang"), ("2019-03-14", "Seoul"), ("2019-03-14", "Moscow"),
        ("2019-03-30", "Tokyo")]


@pytest.mark.parametrize("text, lang, expected", [
    ("5 March – The Russian ambassador to Japan presented his credentials to Emperor Naruhito.", "en",
     ("Tokyo", "meeting")),
    ("5.03 – Nowy ambasador Rosji w Japonii złożył listy uwierzytelniające cesarzowi.", "pl", ("Tokyo", "meeting")),
    ("5 March – The National Assembly in Seoul adopted a resolution on Ukraine.", "en", ("Seoul", "statement")),
])
def test_credentials_are_presented_in_the_host_capital_and_a_resolution_is_adopted_where_its_house_sits(
        text, lang, expected):
    assert _entry(text, lang=lang) == expected


# The type an entry's own words give it: rounds held, entry bans, handings over, flights, offers,
# press conferences, decisions, presentations, meetings framed so, arms and warships.
TYPE_CASES = [
    ("18.03 – W Tokio wiceministrowie Japonii i Rosji przeprowadzili kolejną rundę konsultacji.", "pl", "meeting"),
    ("18 March – In Tokyo the deputy ministers held the next round of consultations.", "en", "meeting"),
    ("4 March – Russia barred 40 Japanese lawmakers and reporters from entering the country.", "en", "statement"),
    ("4.03 – Rosja zakazała wjazdu 40 japońskim parlamentarzystom.", "pl", "statement"),
    ("5 March – In Lublin, Korean diplomats handed a load of generators to Ukrainian mayors.", "en", "ceremony_forum"),
    ("6.03 – Sekretarz stanu USA po raz drugi poleciał do Pjongjangu.", "pl", "visit"),
    ("7 March – Putin surprised Abe with an offer of a peace treaty on the forum's stage in Vladivostok.", "en",
     "statement"),
    ("8.03 – Premier Abe zaproponował prezydentowi Putinowi wspólne projekty na wyspach.", "pl", "statement"),
    ("5 March – At the press conference closing the G20 summit in Osaka, Putin said sanctions were useless.",
     "en", "statement"),
    ("6.03 – Rzecznik rządu zapowiedział zmiany w przepisach. Zaprzeczył też, jakoby na szczycie omawiano wyspy.",
     "pl", "statement"),
    ("7.03 – W Singapurze premier Abe i prezydent Putin postanowili przyspieszyć negocjacje.", "pl", "summit"),
    ("8.03 – Ambasada Białorusi przedstawiła w Osace możliwości inwestycyjne swojego kraju.", "pl",
     "ceremony_forum"),
    ("9.03 – Rząd ogłosił w Seulu sankcje: statki, które zawinęły do portów KRLD, nie wpłyną do Korei.", "pl",
     "statement"),
    ("10.03 – Na Kremlu prezydent Putin udzielił wywiadu japońskiej telewizji.", "pl", "statement"),
    ("11 March – Foreign Minister Kono met his Russian counterpart in New York. Kono asked Moscow to enforce the "
     "sanctions; Lavrov warned against force.", "en", "meeting"),
    ("5 March – Russia handed over a batch of rifles to Belarus in Minsk.", "en", "military"),
    ("5.03 – Rosyjski niszczyciel zawinął do portu w Wonsanie.", "pl", "military"),
    ("5 March – A Russian destroyer called at the port of Wonsan.", "en", "military"),
    ("5 March – A Russian cargo ship docked in Nampo with wheat.", "en", "other"),
]


@pytest.mark.parametrize("text, lang, expected", TYPE_CASES)
def test_the_type_an_entrys_own_words_give_it(text, lang, expected):
    assert _entry(text, lang=lang)[1] == expected


def test_this_year_and_this_month_written_short():
    from geomap.extract.mentions.dates import Anchor, find_dates
    assert [d.when.start for d in find_dates("Minister przyleciał 5 bm. do Tokio.", Anchor(2019, 3))] == ["2019-03-05"]
    text = "Przegląd 3/2019\n\n• 5 marca br. – W Tokio otwarto wystawę.\n• 7 marca br. – W Seulu obradowało forum.\n"
    assert [(e.date_start, e.venue) for e in extract_text(text, "p.txt")] == [("2019-03-05", "Tokyo"),
                                                                              ("2019-03-07", "Seoul")]


# A file of clippings whose headers are boxed between rules, each story years from the next: the
# stories are news, each dated by its own box, whatever the header's shape.
_BOXED = """CLIPPINGS KEPT FOR THE FILE

++++++++++++++++++++++++++++++++++++++++
Tuesday, March 3, 2020
Kono and Lavrov talk fishing quotas, no deal
By Jan Kowalczyk
++++++++++++++++++++++++++++++++++++++++

NAGOYA — Foreign ministers Taro Kono and Sergei Lavrov talked for two hours on Tuesday on the edge of the Group of 20 ministers' meeting.

Prime Minister Shinzo Abe flies to Osaka later on Tuesday to open a trade fair there.

++++++++++++++++++++++++++++++++++++++++
SEOUL/TOKYO, Friday 9 June 2023 (filed 08:10 KST)
Ukrainian envoy opens a photo exhibition
Staff and wire reports
++++++++++++++++++++++++++++++++++++++++

Ukraine's ambassador Dmytro Ponomarenko, who came to Seoul on Thursday, opened an exhibition on the war on Friday.

A Polish trade delegation led by Marek Lis also arrived in the capital on Friday.

Observers in Tokyo said the show was timely two years after Zelensky met President Yoon Suk Yeol in Vilnius in July 2023.

Earlier this week the ambassador attended the OSCE meeting in Vienna.
"""


def test_boxed_headers_years_apart_head_news_stories_not_a_bulletin():
    events = extract_text(_BOXED, "clippings.txt")
    days = {(e.date_start, e.venue) for e in events}
    assert ("2020-03-03", "Nagoya") in days            # the dateline places a lead that names no town
    assert ("2023-06-08", "Seoul") in days             # the second box dates its own story
    assert not any(e.date_start.startswith("2020-06") or e.date_start.startswith("2023-03") for e in events)
    heads = [e.headline for e in events if not e.in_passing]
    assert heads == ["Kono and Lavrov talk fishing quotas, no deal", "Ukrainian envoy opens a photo exhibition"]
    assert not any("Staff" in p for e in events for p in e.persons)


def test_a_wire_dateline_without_a_date_places_its_lead():
    text = ("Tokyo desk, 4 March 2020\n\nKono and Lavrov meet\n\nSAPPORO — The two foreign ministers met on "
            "Wednesday and spoke about the islands.\n")
    assert [(e.date_start, e.venue) for e in _leads(text, "desk.txt")] == [("2020-03-04", "Sapporo")]


def test_someone_elses_flight_is_no_further_stop_of_the_lead():
    events = extract_text(_BOXED, "clippings.txt")
    osaka = [e for e in events if e.venue == "Osaka"]
    assert len(osaka) == 1 and osaka[0].why["type"]["rule"] != "a further stop of the same trip"
    assert osaka[0].persons == ("Abe Shinzo",)


def test_the_capital_and_the_city_are_the_main_events_and_other_visitors_stay_their_own():
    events = extract_text(_BOXED, "clippings.txt")
    seoul = sorted((e.date_start, e.origin) for e in events if e.venue == "Seoul")
    assert seoul == [("2023-06-08", None), ("2023-06-09", "PL")]
    text = ("PYONGYANG, 12 May 2022 (Desk) — Russian envoy Igor Morgulov arrived in Pyongyang on Thursday for talks. "
            "A Chinese delegation also landed in the capital on Thursday.\n")
    got = {(e.date_start, e.venue, e.origin) for e in extract_text(text, "w.txt")}
    assert ("2022-05-12", "Pyongyang", "CN") in got and ("2022-05-12", "Pyongyang", "RU") in got


def test_what_observers_said_is_dated_by_the_act_after_its_conjunction():
    events = extract_text(_BOXED, "clippings.txt")
    vilnius = [e for e in events if e.venue == "Vilnius"]
    assert [(e.date_start, e.event_type) for e in vilnius] == [("2023-07", "summit")]
    assert not any(e.venue == "Tokyo" for e in events)


def test_earlier_this_week_is_the_articles_month():
    events = extract_text(_BOXED, "clippings.txt")
    assert [(e.date_start, e.event_type) for e in events if e.venue == "Vienna"] == [("2023-06", "meeting")]


@pytest.mark.parametrize("title, text, venue", [
    ("Moon visits Ukraine after NATO summit", "Moon arrived in Kyiv on Wednesday.", "Kyiv"),
    ("Title line", "Kishida spoke on the sidelines of the Group of 20 summit on Wednesday.", "Osaka"),
])
def test_a_summit_that_only_dates_a_trip_does_not_place_it(title, text, venue):
    doc = f"NEWS, 26 June 2019\n\n{title}\n\n{text}\n"
    assert [e.venue for e in _leads(doc, "n.txt")] == [venue]


_CHRONICLE = """Far East desk — November 2022

Nov. 2 — Kishida Fumio was re-elected party leader and was voted in as prime minister by both houses of the Diet.
Nov. 4 — Kishida and Yoon Suk Yeol spoke by telephone. Kishida said he hoped for visits by business leaders.
Nov. 7 — Officials recalled the understanding Xi Jinping and Putin reached in Beijing in February 2022, as talks resumed in Moscow.
Nov. 9 — Japan's consul general in Khabarovsk travelled to Birobidzhan, where he met the governor.
Nov. 10 — Ukraine's ambassador Sergiy Korsunsky was received at the Gaimusho by the vice-minister; they spoke of a later visit.
Nov. 14 — North Korea test-fired a missile off Sinpo, its first such launch since a Pukguksong-3 was fired off Wonsan in October 2019.
Nov. 16 — Six Russian and Chinese naval vessels sailed through the Tsugaru Strait.
Nov. 18 — Ukrainian arms makers exhibited at Indo Defence in Jakarta.
Nov. 21 — At the Russian Foreign Ministry, Deputy Minister Rudenko received the Japanese ambassador; in Pyongyang, the Russian ambassador gave a reception.
"""


@pytest.mark.parametrize("day, venue, kind", [
    ("2022-11-02", "Tokyo", None),                      # the Diet, in the passive
    ("2022-11-04", None, "meeting"),                    # a call in the headline; 'visits' in the next sentence is no trip
    ("2022-11-09", "Birobidzhan", "visit"),             # a consul's post is not where he went
    ("2022-11-10", "Tokyo", "meeting"),                 # the Gaimusho is Japan's; received there
    ("2022-11-14", "Sinp’o", "military"),               # the other launch's clause starts at 'since'
    ("2022-11-16", "Tsugaru Strait", "military"),       # a passage through a strait
    ("2022-11-18", "Jakarta", "ceremony_forum"),        # a stand at a show is the show
    ("2022-11-21", "Moscow", "meeting"),                # 'At the Russian Foreign Ministry', capitalised
])
def test_chronicle_entries(day, venue, kind):
    events = [e for e in extract_text(_CHRONICLE, "desk_2022-11.txt") if not e.in_passing and e.date_start == day]
    assert events[0].venue == venue
    if kind is not None:
        assert events[0].event_type == kind, events[0].why["type"]


def test_chronicle_passing_and_second_clauses():
    events = extract_text(_CHRONICLE, "desk_2022-11.txt")
    got = {(e.date_start, e.venue, e.event_type) for e in events}
    assert ("2022-02", "Beijing", "summit") in got             # what two leaders reached together
    assert ("2019-10", "Wonsan", "military") in got            # a missile family named alone
    assert ("2022-11-21", "Pyongyang", "ceremony_forum") in got  # a semicolon clause with its own place


_PARAGRAPHS = """Przegląd wschodni – marzec 2023

# 1. Półwysep i reakcje Tokio

Japoński wywiad wojskowy ujawnił 20 marca, że między 3 a 6 marca rosyjskie transportowce przewiozły z Nachodki do Wonsanu ładunek amunicji.

W środę (15.03) wiceminister spraw zagranicznych wezwał do siedziby resortu ambasadora Chin i zaprotestował przeciw współpracy wojskowej z Pekinem.

Minister Jan Kowal, który 2 marca objął urząd, rozmawiał 9 marca przez telefon z szefem dyplomacji Litwy. Zmiana rządu w Wilnie nie wpłynie na współpracę.

Doradca prezydenta do spraw bezpieczeństwa narodowego odbył (27 marca) długą rozmowę telefoniczną z kolegą z Seulu o wymianie danych wywiadowczych.

# 2. Azja Centralna

Następnie, w dniach 21–23 marca, premier przebywał w Biszkeku. Rozmowy z prezydentem Kirgistanu zakończyły się podpisaniem umów; obaj przywódcy potępili też przemyt broni.

Ostatnim etapem podróży był Kazachstan. W Astanie 24 marca premier i prezydent Tokajew podpisali porozumienie gospodarcze, a następnego dnia, 25 marca, obaj przywódcy odwiedzili Ałmaty.
"""


def _paragraph_events():
    return extract_text(_PARAGRAPHS, "przeglad_2023-03.txt")


@pytest.mark.parametrize("day, venue, kind", [
    ("2023-03-03", "Wonsan", "military"),        # the report's own date and 'wywiad' (intelligence) do not count
    ("2023-03-15", "Tokyo", "meeting"),          # a day in brackets; the heading's 'Tokio' summons, not 'z Pekinem'
    ("2023-03-09", None, "meeting"),             # not the relative clause's day; a call has no place from later sentences
    ("2023-03-27", None, "meeting"),             # '(27 marca)' before the object
    ("2023-03-21", "Bishkek", "visit"),          # a stay whose talks come later is a visit
    ("2023-03-24", "Astana", None),              # an entry dated in its second sentence
])
def test_paragraph_dates_in_brackets_clauses_and_reports(day, venue, kind):
    events = [e for e in _paragraph_events() if e.date_start == day and not e.in_passing]
    assert events and events[0].venue == venue
    if kind:
        assert events[0].event_type == kind


def test_the_next_day_after_an_entry_dated_in_its_second_sentence_is_kept():
    assert any(e.date_start == "2023-03-25" and e.venue == "Almaty" for e in _paragraph_events())


def test_a_stay_with_the_talks_in_its_own_sentence_is_the_leaders_meeting():
    text = ("Serwis, marzec 2023\n\n3 marca – W poniedziałek Kishida przebywał jeszcze w New Delhi, gdzie omawiał "
            "z premierem Narendrą Modim przygotowania do szczytu.\n5 marca – W Tokio otwarto wystawę.\n")
    got = [(e.venue, e.event_type) for e in extract_text(text, "serwis_2023-03.txt")]
    assert ("Delhi", "summit") in got or ("New Delhi", "summit") in got


_BRIEF = """Pacific Notes, April 2024

On 3 April Vladimir Putin visited a command post in the Belgorod region and heard the Chief of the General Staff, Valery Gerasimov.

5 April: Sergei Shoigu, secretary of Russia's Security Council, flew to Pyongyang and was received by Kim Jong Un.

8 April: Foreign Minister Yoko Kamikawa welcomed the outcome of the talks held in Riyadh the previous day between the two delegations.

10 April: Kim Jong Un watched the test of a new anti-aircraft missile, state media said.

12 April: Seoul hosted the first meeting of the three ministers since November 2023.

15 April: The Belarusian embassy staged a day of Belarusian culture in Osaka.
"""


@pytest.mark.parametrize("day, venue, kind", [
    ("2024-04-03", "Belgorod Oblast", "visit"),   # a paragraph that opens 'On 3 April' among date lines
    ("2024-04-05", "Pyongyang", "visit"),         # Russia's Security Council is no UN organ; 'flew to'
    ("2024-04-08", None, "statement"),            # welcomed an outcome; the talks' own day is another
    ("2024-04-10", None, "military"),             # a missile test watched
    ("2024-04-15", "Osaka", "ceremony_forum"),    # a day of culture
])
def test_brief_entries(day, venue, kind):
    events = [e for e in extract_text(_BRIEF, "notes_2024-04.txt") if e.date_start == day and not e.in_passing]
    assert [(e.venue, e.event_type) for e in events][:1] == [(venue, kind)]


def test_brief_counted_days_records_and_titles():
    events = extract_text(_BRIEF, "notes_2024-04.txt")
    got = {(e.date_start, e.venue, e.event_type) for e in events}
    assert ("2024-04-07", "Riyadh", "meeting") in got          # 'the previous day', counted from the entry
    assert not any(e.date_start == "2023-11" for e in events)  # 'the first … since November 2023' names no place
    assert not any("Staff" in p for e in events for p in e.persons)


_WEEKLY = """# Przegląd tygodniowy – maj 2021

- **od 3 do 5 maja** — Wysłannik USA przebywał w Seulu, gdzie rozmawiał z wiceministrem. W Seulu był ostatnio w marcu.[^1]
- **10 i 11 maja** — Prezydent w poniedziałek spotkał się w Pekinie z przywódcą Chin, a we wtorek w Szanghaju wziął udział w forum.[^2]
- **12–13 maja** — Gubernator złożył wizytę w Japonii. Pierwszego dnia w Tokio spotkał się z wiceministrem, drugiego dnia w Osace rozmawiał z władzami portu.
- **14 maja** — Grupa przedsiębiorców z Hokkaido przyjechała do Chabarowska na rozmowy o dostawach gazu.
- **17 maja** — Premier pogratulował prezydentowi Mongolii zwycięstwa w wyborach.
- **18–19 maja** — Kim odwiedził Władywostok, a 19–20 maja premier uczestniczył w Pekinie w forum gospodarczym.

[^1]: https://example.org/a/2021-05-03
[^2]: https://example.org/b/2021-05-10
"""


def test_weekly_spans_weekdays_nth_days_and_footnote_marks(tmp_path):
    path = tmp_path / "tydzien_2021-05.md"
    path.write_text(_WEEKLY, encoding="utf-8")
    events = extract_file(path)
    got = {(e.date_start, e.venue, e.event_type) for e in events}
    assert ("2021-05-03", "Seoul", "visit") in got            # 'od 3 do 5 maja' opens an entry
    assert ("2021-03", "Seoul", "visit") in got               # 'W Seulu był ostatnio w marcu'
    assert any(d == "2021-05-11" and v == "Shanghai" for d, v, _t in got)   # 'we wtorek' within 10–11 May
    assert any(d == "2021-05-13" and v == "Osaka" for d, v, _t in got)      # 'drugiego dnia'
    assert ("2021-05-14", "Khabarovsk", "visit") in got       # supplies talked about are no delivery
    assert ("2021-05-17", None, "statement") in got           # congratulations
    assert any(d == "2021-05-19" and v == "Beijing" for d, v, _t in got)    # a span running past the entry's
    assert not any("^" in e.headline for e in events)
    assert next(e for e in events if e.date_start == "2021-05-03").source_urls == ("https://example.org/a/2021-05-03",)


_MONTHLY = """Monitoring, październik 2024

3 października – Ambasador Ukrainy w Republice Korei Dmytro Ponomarenko został przyjęty 3 października przez przewodniczącego Zgromadzenia Narodowego; rozmawiali o obecności wojsk KRLD w Rosji.
7 października – Armia KRLD wysadziła odcinek drogi w pobliżu Kaesongu.
9 października – Wywiad ustalił, że rosyjskie statki przewiozły z portów w rejonie Czongdzinu do Władywostoku grupę żołnierzy.
24 października – Duma Państwowa ratyfikowała traktat z KRLD. Dokument podpisano 19 czerwca w Pjongjangu podczas wizyty Władimira Putina; Rada Federacji zatwierdziła ustawę ratyfikacyjną 6 listopada.
"""


def test_monthly_types_years_and_places():
    got = {(e.date_start, e.venue, e.event_type) for e in extract_text(_MONTHLY, "monitoring_2024-10.txt")}
    assert ("2024-10-03", "Seoul", "meeting") in got            # received, the date between verb and agent
    assert ("2024-10-07", "Kaesong", "military") in got         # blown up
    assert any(d == "2024-10-09" and v == "Vladivostok" for d, v, _t in got)   # where they were carried to
    assert ("2024-06-19", "Pyongyang", "agreement") in got      # signed during a visit
    assert any(d == "2024-11-06" and t == "agreement" for d, _v, t in got)     # the month after, same year


def test_a_weeklys_weekday_and_day_take_the_titles_month():
    text = ("Far East Weekly — 26 June to 2 July 2023\n\nMon 26 — Foreign Minister Hayashi arrived in Hanoi for talks.\n"
            "Wed 28 — North Korea fired a ballistic missile from Sunan.\nSat 1 — A Russian delegation visited Pyongyang.\n")
    assert [(e.date_start, e.venue) for e in extract_text(text, "weekly.txt")] == [
        ("2023-06-26", "Hanoi"), ("2023-06-28", "Sunan"), ("2023-07-01", "Pyongyang")]   # Sat 1 is July's


def test_a_filed_line_dates_its_story():
    text = ("Filed: 2023-05-03T10:15:00Z\nKishida and Yoon meet in Seoul\n\nJapanese Prime Minister Fumio Kishida "
            "met South Korean President Yoon Suk Yeol in Seoul on Sunday.\n\nFiled: 2023-06-12T08:00:00Z\nLavrov in "
            "Pyongyang\n\nRussian Foreign Minister Sergei Lavrov arrived in Pyongyang on Monday for talks.\n")
    assert [(e.date_start, e.venue) for e in extract_text(text, "wire.txt")] == [
        ("2023-04-30", "Seoul"), ("2023-06-12", "Pyongyang")]


def test_a_date_in_brackets_closing_each_line_dates_the_entry():
    text = ("Biuletyn – maj 2023\n\nJaponia\nMinister Hayashi rozmawiał z ministrem Kułebą w Kijowie (12.05).\n"
            "Premier Kishida odwiedził Hiroszimę (19–20 maja).\n\nKorea Płd.\nPrezydent Jun przyjął w Seulu "
            "delegację z Ukrainy (22.05).\n")
    assert [(e.date_start, e.date_end, e.venue) for e in extract_text(text, "biuletyn_2023-05.txt")] == [
        ("2023-05-12", "2023-05-12", "Kyiv"), ("2023-05-19", "2023-05-20", "Hiroshima"),
        ("2023-05-22", "2023-05-22", "Seoul")]


def test_an_ordinal_day_line_takes_the_documents_month():
    text = ("Monthly note, April 2019\n\n3rd-5th: A Japanese trade delegation toured Khabarovsk.\n"
            "8th: The Russian ambassador presented credentials in Tokyo.\n")
    assert [(e.date_start, e.date_end, e.venue) for e in extract_text(text, "note.txt")] == [
        ("2019-04-03", "2019-04-05", "Khabarovsk"), ("2019-04-08", "2019-04-08", "Tokyo")]


def test_a_tables_place_cell_right_after_the_date(tmp_path):
    page = tmp_path / "ties-may.html"
    page.write_text("<html><body><main><h1>Eastern Ties — May 2022</h1><table>"
                    "<tr><td>May 20</td><td>Seoul</td><td>A Ukrainian deputy minister held consultations.</td></tr>"
                    "<tr><td>May 24</td><td>Tokyo</td><td>Quad leaders met; Kishida hosted Biden.</td></tr>"
                    "</table></main></body></html>", encoding="utf-8")
    assert [(e.date_start, e.venue) for e in extract_file(page)] == [("2022-05-20", "Seoul"), ("2022-05-24", "Tokyo")]


def test_a_place_left_and_a_launch_site_named_first():
    text = ("Biuletyn, czerwiec 2022\n\n21 czerwca – Z Centrum Kosmicznego Naro wystartowała rakieta Nuri.\n"
            "30 czerwca – Rosyjski garnizon opuścił Wyspę Węży po serii ostrzałów.\n"
            "28 czerwca – Przywódcy USA, Japonii i Korei Płd. spotkali się w Camp David.\n")
    got = {(e.date_start, e.venue) for e in extract_text(text, "biuletyn_2022-06.txt")}
    assert ("2022-06-21", "Naro Space Center") in got and ("2022-06-30", "Snake Island") in got
    assert any(v == "Camp David" for _d, v in got)


_DESK_NOTE = """Desk note, August 2021

# Japan

On 2 August the trade ministry announced new export rules in Tokyo.

On the 5th, officials of both ministries met in Seoul for four hours.

Between the 9th and the 11th a group of former islanders sailed from Nemuro to Kunashir.

On Friday (August 13) the chief cabinet secretary told reporters in Tokyo that Japan had protested over the previous day's flights.

# Korea

| 16 August | In Nakhodka, border guards brought in a fishing boat that they had stopped earlier in the day. |

| 18 August | A Russian bomber entered the air defence zone over Dokdo. In Seoul the foreign ministry called in the Russian deputy chief of mission. |

| 20/08 | Two missiles of a new type were launched at dawn near Wonsan; Kim watched the launch. |

# Ukraine

A trade mission from the Hi-Tech Park in Minsk spent two days in Daejeon from the 23rd.

The ambassador took part in a ceremony in Kharkiv on the 25th, handing over ambulances.
"""


@pytest.mark.parametrize("day, venue, kind", [
    ("2021-08-05", "Seoul", None),            # 'On the 5th,'
    ("2021-08-09", None, None),               # 'Between the 9th and the 11th' (its place below)
    ("2021-08-13", "Tokyo", "statement"),     # 'On Friday (August 13)'; 'the previous day's' qualifies a noun
    ("2021-08-16", "Nakhodka", None),         # 'earlier in the day' is the entry's own day
    ("2021-08-20", "Wonsan", "military"),     # missiles launched, whoever watched
    ("2021-08-25", "Kharkiv", None),          # 'on the 25th' inside the paragraph
])
def test_desk_note_mixed_date_styles(day, venue, kind):
    events = [e for e in extract_text(_DESK_NOTE, "desk_2021-08.txt") if e.date_start == day and not e.in_passing]
    assert events, day
    if venue:
        assert events[0].venue == venue
    if kind:
        assert events[0].event_type == kind


def test_desk_note_summons_and_visiting_bodies():
    events = extract_text(_DESK_NOTE, "desk_2021-08.txt")
    got = {(e.date_start, e.venue, e.event_type) for e in events}
    assert ("2021-08-18", "Seoul", "meeting") in got               # a later sentence about a summons elsewhere
    assert not any(e.venue == "Minsk" for e in events)             # where the mission came from


_WIRE_ITEMS = """Missile crosses northern Japan
Filed 2022-10-04 13:10 JST | Security

TOKYO, Oct. 4 (Desk Wire) -- North Korea launched a ballistic missile over Japan on Tuesday morning, setting off alerts in Hokkaido and Aomori prefecture.

The missile took off at 7:23 a.m. from Mupyong-ri in Jagang province and fell into the Pacific.

In the afternoon the National Security Council met in Tokyo to discuss the response.

The previous missile to cross Japan was fired from Pyongyang's Sunan district in September 2017.

* * *

Liaison office blown up
Filed 2020-06-16 17:05 KST | North Korea

SEOUL, June 16 (Desk Wire) -- North Korea demolished the joint liaison office in Kaesong on Tuesday afternoon.

The office opened in September 2018, after the two sides agreed in April that year to share a building in Panmunjom.

* * *

Prisoners taken
Filed 2025-01-11 21:30 EET | War

KYIV, Jan. 11 (Desk Wire) -- Ukrainian forces captured two North Korean soldiers in Russia's Kursk region, President Volodymyr Zelensky said on Saturday.
"""


def test_wire_items_launch_sites_same_day_and_filing_dates():
    events = extract_text(_WIRE_ITEMS, "wire.txt")
    got = {(e.date_start, e.venue, e.event_type) for e in events}
    assert ("2022-10-04", "Chagang Province", "military") in got       # where it took off, not where alerts sounded
    assert not any(e.venue in ("Hokkaido", "Aomori") for e in events)
    assert ("2022-10-04", "Tokyo", "meeting") in got                   # 'In the afternoon … met in Tokyo'
    assert ("2017-09", "Pyongyang", "military") in got                 # "Pyongyang's Sunan district"
    assert ("2020-06-16", "Kaesong", "military") in got                # demolished
    assert any(d == "2018-04" for d, _v, _t in got)                    # 'in April that year'
    assert any(d == "2025-01" and t == "military" for d, _v, t in got) # the dateline's day is the filing's


_LIST_MD = """# Zestawienie – październik 2023

**4 października** – Minister Kamikawa przyjechała do Kijowa i rozmawiała z Kułebą.

Ambasador Ukrainy odwiedził Daegu; burmistrz obiecał mu pomoc szpitali i stypendia dla studentów
politechniki (9 października).

**21 X, późnym wieczorem** – KRLD wystrzeliła z kosmodromu Sohae rakietę z satelitą. Dwie wcześniejsze
próby z tego samego kosmodromu, w maju i w sierpniu, zakończyły się awarią.

**27 października** – Rada Bezpieczeństwa ONZ zebrała się w sprawie wystrzelenia satelity.
"""


def test_a_list_with_a_closing_bracket_date_a_time_of_day_and_the_same_site(tmp_path):
    path = tmp_path / "zestawienie_2023-10.md"
    path.write_text(_LIST_MD, encoding="utf-8")
    got = {(e.date_start, e.venue) for e in extract_file(path)}
    assert ("2023-10-09", "Daegu") in got                     # the paragraph closes with its day
    assert any(d == "2023-10-21" and v and v.startswith("Sohae") for d, v in got)   # ', późnym wieczorem'
    assert {d for d, v in got if v and v.startswith("Sohae")} >= {"2023-05", "2023-08"}  # 'z tego samego kosmodromu'
    assert ("2023-10-27", "New York") in got                  # the Council met


def test_a_bracketed_day_alone_on_a_paragraphs_last_line_dates_that_paragraph(tmp_path):
    path = tmp_path / "zestawienie_2023-10.md"
    path.write_text(_LIST_MD.replace("politechniki (9 października).", "politechniki\n(9 października)."),
                    encoding="utf-8")
    events = extract_file(path)
    assert [(e.date_start, e.venue) for e in events if e.date_start == "2023-10-09"] == [("2023-10-09", "Daegu")]


@pytest.mark.parametrize("entry, kind", [
    ("Ambasador Ukrainy zakończył dwudniowy pobyt w Kagoshimie; gubernator obiecał leczenie rannych żołnierzy.", "visit"),
    ("Burmistrz Nemuro powiedział mieszkańcom, że miasto domaga się wznowienia wizyt na grobach na Iturupie.", "statement"),
    ("Prezydent Yoon przejechał pociągiem z Polski na Ukrainę i w Kijowie rozmawiał z prezydentem Zełenskim.", "visit"),
    ("Moon Jae-in and Vladimir Putin, both in Da Nang for APEC, talked for some forty minutes.", "summit"),
    ("Shinzo Abe and Vladimir Putin held about an hour of talks in Da Nang.", "summit"),
])
def test_types_of_stays_demands_journeys_and_talks(entry, kind):
    text = f"Kronika, lipiec 2023\n\n5 lipca – {entry}\n6 lipca – W Tokio otwarto wystawę.\n"
    assert extract_text(text, "kronika_2023-07.txt")[0].event_type == kind


_KRONIKA = """KRONIKA – LIPIEC 2023

========================================
A. JAPONIA
========================================

12 VII – KRLD wystrzeliła z okolic Pjongjangu pocisk balistyczny. Kilka godzin później minister obrony
Japonii oświadczył w Tokio, że próba stanowi zagrożenie.

20–23 VII – Rosja i Chiny przeprowadziły ćwiczenia morskie. Chińskie okręty zawinęły najpierw do
Władywostoku, gdzie dowódcy uzgodnili plan manewrów.

========================================
B. REPUBLIKA KOREI
========================================

Rosyjskiego konsula generalnego w Pusanie przyjął w ratuszu burmistrz; mówili o kutrach rybackich
zatrzymanych w porcie (10 lipca). [8]
"""


def test_a_chronicle_with_ruled_headings_a_few_hours_later_and_a_port_call():
    got = {(e.date_start, e.venue, e.event_type) for e in extract_text(_KRONIKA, "kronika_2023-07.txt")}
    assert ("2023-07-12", "Tokyo", "statement") in got       # 'Kilka godzin później … oświadczył w Tokio'
    assert any(d == "2023-07-20" and v == "Vladivostok" for d, v, _t in got)   # 'zawinęły do Władywostoku'
    assert ("2023-07-10", "Busan", "meeting") in got         # a paragraph under a ruled heading, its day closing it


def test_what_was_blown_up_and_a_council_sitting_by_the_evening():
    text = ("Biuletyn, maj 2018\n\n24.05 — Wysadzono tunele poligonu atomowego Punggye-ri w prowincji Hamgyong "
            "Północny.\n29.05 — KRLD wystrzeliła pocisk spod Pjongsongu. By the evening the UN Security Council met "
            "in New York.\n")
    got = {(e.date_start, e.venue) for e in extract_text(text, "biuletyn_2018-05.txt")}
    assert any(d == "2018-05-24" and v and v.startswith("Punggye-ri") for d, v in got)
    text = ("Watch, November 2017\n\nNov. 29 — The North fired a Hwasong-15 from near Pyongsong. By the evening "
            "Japan had asked for a sitting of the UN Security Council, held the same day in New York.\n"
            "Nov. 30 — Nothing else.\n")
    got = {(e.date_start, e.venue) for e in extract_text(text, "watch.txt")}
    assert ("2017-11-29", "New York") in got


def test_an_act_dated_before_an_after_clause_is_typed_by_its_own_words():
    text = ("Seoul desk, 16 June 2020\n\nLiaison office destroyed\n\nSEOUL, June 16 (Desk Wire) -- North Korea "
            "demolished the liaison office in Kaesong on Tuesday.\n\nThe office opened in Kaesong in September 2018, "
            "after the leaders of the two Koreas agreed in April that year to share one building.\n")
    passing = {(e.date_start, e.event_type) for e in extract_text(text, "desk.txt") if e.in_passing}
    assert ("2018-09", "ceremony_forum") in passing


def test_a_named_missile_fired_is_military_whatever_the_launch_word():
    text = ("Watch, November 2017\n\nNov. 29 — After 75 days without a launch, the North fired a new Hwasong-15 "
            "from near Pyongsong.\nNov. 30 — Nothing else happened.\n")
    assert extract_text(text, "watch.txt")[0].event_type == "military"


def test_a_clause_that_only_sets_the_scene_is_not_the_events():
    text = ("Rosyjskie bombowce nad Morzem Japońskim\nData publikacji: 24.05.2022, 15:40\n\nDwa rosyjskie bombowce "
            "Tu-95 przeleciały we wtorek nad Morzem Japońskim, gdy w Tokio trwał szczyt Quad. Japonia poderwała "
            "myśliwce.\n")
    lead = extract_text(text, "n.txt")[0]
    assert (lead.event_type, lead.venue) == ("military", None)


def test_a_record_since_another_trip_leaves_the_leads_own_place():
    text = ("Lavrov arrives in North Korea\nOctober 18, 2023 | Pyongyang\n\nRussian Foreign Minister Sergei Lavrov "
            "arrived in Pyongyang on Wednesday for a two-day visit, the first since Kim Jong Un's trip to Russia's "
            "Far East last month.\n")
    lead = extract_text(text, "n.txt")[0]
    assert (lead.date_start, lead.venue) == ("2023-10-18", "Pyongyang")


@pytest.mark.parametrize("text", [
    "Digest – November 2023\n\nEarly November – Japanese envoys toured Sakhalin.\n"
    "Mid-November – A Russian delegation visited Pyongyang.\n",
    "Przegląd – listopad 2023\n\nNa początku listopada – Delegacja japońska odwiedziła Sachalin.\n"
    "W połowie listopada – Rosyjska delegacja przebywała w Pjongjangu.\n",
])
def test_a_part_of_a_month_opens_an_entry_of_that_month(text):
    got = [(e.date_start, e.date_precision, e.venue) for e in extract_text(text, "digest.txt")]
    assert got == [("2023-11", "month", "Sakhalin"), ("2023-11", "month", "Pyongyang")]


def test_a_weekday_in_a_clause_about_what_is_to_come_lies_ahead():
    text = ("Moskwa gości delegację z Pjongjangu\nAktualizacja: 16.01.2024 09:12\n\nMinister spraw zagranicznych KRLD "
            "Czoe Son Hui przyleciała w poniedziałek do Moskwy z trzydniową wizytą. We wtorek rozmawiała z "
            "Siergiejem Ławrowem, a w środę ma ją przyjąć Władimir Putin.\n")
    lead = extract_text(text, "n.txt")[0]
    assert (lead.date_start, lead.date_end, lead.venue) == ("2024-01-15", "2024-01-17", "Moscow")


def test_a_roman_month_and_year_in_the_title_date_the_bulletin():
    text = "Przegląd (XI 2023)\n\n2.XI – Ławrow spotkał się z Czoe w Moskwie.\n6.XI – Kishida odwiedził Manilę.\n"
    assert [(e.date_start, e.venue) for e in extract_text(text, "przeglad.txt")] == [
        ("2023-11-02", "Moscow"), ("2023-11-06", "Manila")]


def test_a_place_set_before_the_entry_date_is_its_venue():
    text = ("Monthly review, September 2024\n\nSeoul – 3 September: The Russian ambassador was summoned over the arms "
            "trade.\nPyongyang – 9 September: A Russian delegation attended the anniversary celebrations.\n")
    assert [(e.date_start, e.venue, e.why["venue"]["rule"]) for e in extract_text(text, "review.txt")] == [
        ("2024-09-03", "Seoul", "place label"), ("2024-09-09", "Pyongyang", "place label")]


@pytest.mark.parametrize("entry", [
    "Ławrow przybył z wizytą do Seulu po raz pierwszy od 2013 roku.",
    "Lavrov arrived in Seoul for the first time since 2013.",
])
def test_a_record_leaves_the_rest_of_its_clause_to_the_event(entry):
    text = f"Biuletyn, marzec 2021\n\n22 marca – {entry}\n23 marca – W Tokio otwarto wystawę.\n"
    first = extract_text(text, "b.txt")[0]
    assert (first.venue, first.event_type) == ("Seoul", "visit")


# --- forms met in the seventh sealed set, each in text of our own -----------------------------------

def _one_entry(line: str, head: str, tail: str):
    """The first event of a bulletin made of a title, `line` and a placeless `tail` entry."""
    return extract_text(f"{head}\n\n{line}\n\n{tail}\n", "bulletin.txt")[0]


def _markdown(text: str):
    """The events of a Markdown file, read as `geomap extract` reads one."""
    from geomap.extract import extract
    from geomap.read import read_text
    return extract(read_text(text, "log.md")).events


def test_wrapped_list_items_closing_with_their_day_in_brackets_are_dated_from_their_first_line():
    text = ("KRONIKA REGIONU\nNumer październikowy 2017\n\n"
            "* Wicepremier Japonii Taro Aso spotkał się w Osace z rosyjskim\n"
            "wicepremierem Igorem Szuwałowem; rozmawiano o inwestycjach\n"
            "w portach Kraju Nadmorskiego (4.10)\n\n"
            "* W Niigacie otwarto wystawę o historii połączeń promowych z Rosją,\n"
            "przygotowaną przez tamtejszy urząd miasta (9–11.10)\n\n"
            "* Ambasador Japonii przekazał szpitalowi w Czernihowie dwa aparaty\n"
            "rentgenowskie (17.10), a dzień później odwiedził w Połtawie\n"
            "miejscową szkołę z nauką japońskiego (18.10)\n")
    got = [(e.date_start, e.date_end, e.venue) for e in extract_text(text, "kronika.txt")]
    assert got[:3] == [("2017-10-04", "2017-10-04", "Osaka"), ("2017-10-09", "2017-10-11", "Niigata"),
                       ("2017-10-17", "2017-10-17", "Chernihiv")]
    assert ("2017-10-18", "2017-10-18", "Poltava") in got


def test_a_test_site_after_na_poligonie_is_the_venue_and_a_same_day_statement_elsewhere_is_its_own():
    text = ("Przegląd, styczeń 2016\n\n"
            "* Na poligonie Punggye-ri władze KRLD przeprowadziły czwarty test jądrowy. Tego samego dnia\n"
            "rzecznik MSZ Rosji oświadczył w Moskwie, że Rosja jest zaniepokojona (6.01)\n\n"
            "* W Tokio premier Abe przyjął delegację z Ukrainy (14.01)\n")
    got = {(e.date_start, e.venue, e.event_type) for e in extract_text(text, "p.txt")}
    assert ("2016-01-06", "Punggye-ri Nuclear Test Site", "military") in got
    assert ("2016-01-06", "Moscow", "statement") in got


def test_a_consulate_is_no_persons_title():
    ev = extract_text("Kronika, marzec 2019\n\n12 marca: W Irkucku otwarto wystawę przygotowaną przez konsulat "
                      "generalny KRLD w Nachodce.\n\n14 marca: wpis bez miejsca.\n", "k.txt")[0]
    assert not ev.persons


def test_the_same_city_as_the_entry_before_is_an_implied_venue():
    text = ("Kronika, wrzesień 2017\n\n19 września: Premier Abe rozmawiał w Nowym Jorku z prezydentem Poroszenką.\n\n"
            "20 września: Ministrowie Kono i Ławrow spotkali się w tym samym mieście, by omówić sprawę Kuryli.\n")
    second = extract_text(text, "k.txt")[1]
    assert (second.venue, second.venue_basis, second.venue_text) == ("New York", "implied", "w tym samym mieście")


def test_the_house_a_visitor_comes_from_is_not_the_venue():
    ev = extract_text("Kronika, maj 2018\n\n7 maja: Lekarze ze Szpitala Uniwersyteckiego w Sapporo przeprowadzili "
                      "w Mohylewie badania dzieci.\n\n9 maja: wpis bez miejsca.\n", "k.txt")[0]
    assert ev.venue == "Mogilev"


@pytest.mark.parametrize("line, venue", [
    # a deadline is not when the order was given
    ("**Thu 6** — The Foreign Ministry in Seoul told a Russian attaché to leave the country by 20 October.", "Seoul"),
    # a count since a month dates the record, not the launch
    ("**Thu 6** — A missile blew up shortly after launch near Hamhung, the third such failure since March.", "Hamhung"),
    # what was agreed runs next year; the talks were now
    ("**Thu 6** — The joint fisheries commission met in Gangneung and agreed catch limits for next year.", "Gangneung"),
])
def test_a_bound_in_time_does_not_move_the_clause_to_another_time(line, venue):
    ev = _markdown(f"# Weekly log — October 2016\n\n{line}\n\n**Fri 7** — Talks in Kyoto.\n")[0]
    assert ev.venue == venue


@pytest.mark.parametrize("line, event_type", [
    ("5 października: Służby rosyjskie zatrzymały w Chabarowsku japońskiego dziennikarza i oskarżyły go o szpiegostwo.",
     "other"),
    ("5 October: Tokyo declared a Russian trade official persona non grata.", "other"),
    ("5 October: Japan called for the release of the detained fishermen.", "statement"),
    ("5 October: Marines of the Pacific Fleet rehearsed a beach landing as part of large manoeuvres.", "military"),
    ("5 października: Premier Miedwiediew podpisał w Moskwie dekret o strefie ekonomicznej na Kurylach.", "statement"),
    ("5 October: Deputy ministers held talks in Tokyo, the first since the Lima summit.", "meeting"),
    ("5 October: Prime Minister Abe flew to Sochi for an informal summit with President Putin.", "summit"),
])
def test_types_of_new_forms(line, event_type):
    ev = _one_entry(line, "Monthly note, October 2016", "9 October: a note with no place.")
    assert ev.event_type == event_type


def test_an_entry_that_reports_a_quiet_day_gives_no_event_and_is_listed():
    from geomap.extract import extract
    from geomap.read import read_text
    text = ("# Weekly log — October 2016\n\n**Mon 3** — Nothing of note from Pyongyang today.\n\n"
            "**Tue 4** — The Russian ambassador met the speaker in Seoul.\n")
    out = extract(read_text(text, "w.md"))
    assert [e.date_start for e in out.events] == ["2016-10-04"]
    assert any("nothing happened" in p.reason and p.line == 3 for p in out.problems)


def test_a_village_in_a_named_province_falls_back_to_the_province_not_a_namesake_abroad():
    # Unjon is on no list; Taechon has a namesake in South Korea (Daecheon, Boryeong), and the
    # gazetteer now holds the North's own Taechon
    ev = _markdown("# Log — June 2019\n\n**Tue 4** — Two rockets were launched from near Unjon in "
                   "North Pyongan province.\n\n**Wed 5** — Talks in Kyoto.\n")[0]
    assert (ev.venue_country, ev.geo_precision) == ("KP", "admin1")
    ev = _markdown("# Log — June 2019\n\n**Tue 4** — Two rockets were launched from near Taechon in "
                   "North Pyongan province.\n\n**Wed 5** — Talks in Kyoto.\n")[0]
    assert (ev.venue, ev.venue_country) == ("Taechon", "KP")


def test_a_place_described_in_apposition_is_not_the_venue():
    ev = extract_text("Chronicle, May 2016\n\nMay 12: Pupils from Malokurilskoye, the main village on Shikotan, "
                      "were welcomed in Nemuro.\n\nMay 14: a note with no place.\n", "c.txt")[0]
    assert ev.venue == "Nemuro"


def test_the_leaders_of_a_group_imply_its_host_city():
    ev = extract_text("Chronicle, May 2016\n\nMay 27: Leaders of the Group of Seven, gathered at a seaside hotel, "
                      "said sanctions on Russia would stay.\n\nMay 29: a note with no place.\n", "c.txt")[0]
    assert (ev.venue, ev.venue_basis) == ("Toba", "implied")


def test_the_same_campus_in_passing_takes_the_entrys_place():
    events = extract_text("Chronicle, September 2022\n\n7 September: Officials met at the forum on Russky "
                          "Island in Vladivostok; a Japanese premier last came to the same campus in "
                          "September 2019 for talks with Putin.\n\n9 September: a note with no place.\n", "c.txt")
    assert [(e.date_start, e.venue, e.venue_basis) for e in events if e.in_passing] == [
        ("2019-09", events[0].venue, "implied")]


def test_a_paragraph_after_a_footnote_mark_opens_an_entry_of_its_own():
    text = ("Monitor, październik 2022\n\n4 października – Korea Północna wystrzeliła pocisk z okolic Wonsanu. [1]"
            "\n\nZ Władywostoku wypłynął pierwszy od dwóch lat prom do Rason (4 października). [2]\n\n"
            "Od 6 do 7 października na forum w Chabarowsku rozmawiano o handlu przygranicznym. [3]\n\n"
            "9 października – Minister Hayashi rozmawiał w Tokio z ambasadorem Ukrainy. [4]\n\n"
            "[1] https://example.org/a\n[2] https://example.org/b\n[3] https://example.org/c\n[4] https://example.org/d\n")
    got = [(e.date_start, e.venue) for e in extract_text(text, "monitor.txt") if not e.in_passing]
    assert ("2022-10-06", "Khabarovsk") in got
    assert len([d for d, _v in got if d == "2022-10-04"]) == 2


@pytest.mark.parametrize("line, venue", [
    # the launch as a noun, and where fire came from far after its verb
    ("15 listopada – Kim Dzong Un nadzorował start rakiety Hwasong-15 z Sunan.", "Sunan"),
    ("15 listopada – KRLD wystrzeliła w ciągu godziny kilkanaście pocisków różnych typów, głównie z okolic Hamhungu.",
     "Hamhung"),
    # goods brought to a city, and what was handed over for the winter
    ("15 listopada – Ambasador Japonii przywiózł do Chersonia ciężarówki z generatorami.", "Kherson"),
    ("15 listopada – Ambasador Korei przekazał władzom miasta w Dnieprze 30 generatorów na zimę.", "Dnipro"),
])
def test_launch_sites_and_handovers_in_polish(line, venue):
    ev = _one_entry(line, "Monitor, listopad 2022", "20 listopada – wpis bez miejsca.")
    assert ev.venue == venue


def test_goods_handed_over_are_a_ceremony_however_the_sentence_runs():
    for line in ("15 listopada – Ambasador Japonii przekazał władzom obwodu zaporoskiego w Zaporożu czterdzieści "
                 "nowych generatorów prądu.",
                 "15 listopada – Ambasador Korei przywiózł do Odessy ciężarówki z kocami, które przekazał merowi."):
        ev = _one_entry(line, "Monitor, listopad 2022", "20 listopada – wpis bez miejsca.")
        assert ev.event_type == "ceremony_forum", line


def test_a_country_named_after_a_legislatures_speaker_is_not_the_legislatures():
    ev = extract_text("Monitor, listopad 2022\n\nIV. Republika Korei\n\n22 listopada – Przewodniczący Zgromadzenia "
                      "Narodowego Kim Jin-pyo przyjął ambasadora Ukrainy Dmytra Ponomarenkę; rozmawiano o odbudowie "
                      "miast.\n\n"
                      "24 listopada – wpis bez miejsca.\n", "m.txt")[0]
    assert ev.venue == "Seoul"


def test_a_village_the_place_list_knows_stays_itself_inside_its_province():
    ev = _markdown("# Log — May 2017\n\n**Sun 14** — A missile was test-fired from near Kusong in North Pyongan "
                   "province.\n\n**Mon 15** — Talks in Kyoto.\n")[0]
    assert (ev.venue_country, ev.geo_precision) == ("KP", "city")


def test_the_next_morning_somewhere_else_is_the_next_days_event():
    text = ("Ledger, March 2022\n\nMarch 21: The Russian foreign ministry said in Moscow that it was ending the talks. "
            "Speaking in the Diet in Tokyo the next morning, Prime Minister Kishida called the step unjust.\n\n"
            "March 23: a note with no place.\n")
    got = {(e.date_start, e.venue) for e in extract_text(text, "ledger.txt")}
    assert {("2022-03-21", "Moscow"), ("2022-03-22", "Tokyo")} <= got


@pytest.mark.parametrize("line, venue", [
    # an address to listeners, even by video, is a statement placed where they sat
    ("March 23: President Zelensky spoke by video link to members of parliament gathered in Tokyo.", "Tokyo"),
    # a list published is a position taken where it was published
    ("March 23: The Russian government published in Moscow a list of states it called unfriendly.", "Moscow"),
])
def test_addresses_and_published_positions_are_statements_where_they_were_made(line, venue):
    ev = _one_entry(line, "Ledger, March 2022", "March 25: a note with no place.")
    assert (ev.event_type, ev.venue) == ("statement", venue)


def test_an_invitation_handed_in_a_month_is_an_act_then_not_a_report():
    text = ("SEUL, 19 października 2023 – Minister Ławrow rozmawiał w czwartek w Pjongjangu z Kim Dzong Unem.\n\n"
            "Zaproszenie Kim przekazał we wrześniu, kiedy spotkał się z prezydentem Rosji na kosmodromie "
            "Wostocznyj.\n")
    passing = [(e.date_start, e.venue) for e in extract_text(text, "depesza.txt") if e.in_passing]
    assert ("2023-09", "Vostochny Cosmodrome") in passing


def test_a_stay_of_n_days_that_ended_on_the_leads_day_began_before_it():
    text = ("WIZYTA W TOKIO\n\nFiled: 2019-05-31T18:00:00+09:00\n\nMinister Ławrow zakończył w piątek trzydniową "
            "wizytę w Tokio rozmową z premierem Abe.\n")
    lead = next(e for e in extract_text(text, "depesza.txt") if not e.in_passing)
    assert (lead.date_start, lead.date_end, lead.venue) == ("2019-05-29", "2019-05-31", "Tokyo")


def test_a_summit_held_on_bali_is_placed_in_indonesia():
    ev = extract_text("Monitor, listopad 2022\n\n15 listopada – Na szczycie G20 premier Kishida spotkał się z "
                      "prezydentem Jun Suk Jeolem.\n\n17 listopada – wpis bez miejsca.\n", "m.txt")[0]
    assert ev.venue_country == "ID" and ev.venue_basis == "implied"
    named = extract_text("Monitor, listopad 2022\n\n15 listopada – Premier Kishida przebywał na Bali.\n\n"
                         "17 listopada – wpis bez miejsca.\n", "m.txt")[0]
    assert named.venue_country == "ID"


@pytest.mark.parametrize("line, event_type", [
    # posts given are statements (GOLD 2.5: an appointment)
    ("5 października: Premier Abe powierzył Toshimitsu Motegiemu dodatkowo tekę ministra do spraw gospodarki.",
     "statement"),
    ("5 października: Parlament w Tokio wybrał go na szefa rządu.", "statement"),
    ("5 October: At the congress Kim Jong Un was named party chairman.", "statement"),
    # a lecture is a presentation, not a position
    ("5 października: Ambasador Ukrainy wygłosił w Sapporo wykład o odbudowie kraju.", "ceremony_forum"),
    # a group showing up somewhere for talks is on a trip
    ("5 października: Grupa przedsiębiorców z Niigaty zjawiła się w Chabarowsku na rozmowy o handlu.", "visit"),
])
def test_appointments_lectures_and_arrivals(line, event_type):
    ev = _one_entry(line, "Monthly note, October 2016", "9 October: a note with no place.")
    assert ev.event_type == event_type


@pytest.mark.parametrize("line, venue", [
    ("5 października: Władze obwodu w Jużnosachalińsku skrytykowały decyzję rządu Japonii.", "Yuzhno-Sakhalinsk"),
    ("5 October: The city council in Niigata condemned the missile launch.", "Niigata"),
])
def test_a_statement_is_placed_at_the_seat_set_after_its_speaker(line, venue):
    ev = _one_entry(line, "Monthly note, October 2016", "9 October: a note with no place.")
    assert (ev.event_type, ev.venue) == ("statement", venue)


def test_a_trip_announced_in_polish_future_forms_is_a_visit_to_its_goal():
    text = ("Rosja i KRLD\n\nOpublikowano: 14.06.2024, 10:21\n\nPrezydent Rosji przyleci w przyszłym tygodniu do "
            "Pjongjangu – zapowiedział we wtorek Kreml.\n")
    lead = next(e for e in extract_text(text, "news.txt") if not e.in_passing)
    assert (lead.event_type, lead.venue) == ("visit", "Pyongyang")


def test_a_wire_dateline_without_a_year_still_gives_its_month():
    text = ("SEOUL, Mar 3 (Wire) - South Korea's Foreign Minister Park Jin met the Ukrainian ambassador in Seoul "
            "on Friday to discuss reconstruction.\n")
    lead = extract_text(text, "wire.txt")[0]
    assert lead.date_start[5:7] == "03"


def _table_files(tmp_path, head, rows):
    """The same table as DOCX, HTML and Markdown."""
    from docx import Document
    d = Document()
    d.add_heading("Przegląd wydarzeń – maj 2021", 1)
    t = d.add_table(rows=0, cols=len(head))
    for row in [head, *rows]:
        for cell, text in zip(t.add_row().cells, row):
            cell.text = text
    d.save(tmp_path / "t.docx")
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in [head, *rows])
    (tmp_path / "t.html").write_text(f"<html><body><h1>Przegląd wydarzeń – maj 2021</h1><table>{cells}</table>"
                                     "</body></html>", encoding="utf-8")
    md = ["# Przegląd wydarzeń – maj 2021", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    md += ["| " + " | ".join(r) + " |" for r in rows]
    (tmp_path / "t.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    return [tmp_path / "t.docx", tmp_path / "t.html", tmp_path / "t.md"]


@pytest.mark.parametrize("head, order", [
    (["Wydarzenie", "Data", "Miejsce"], (0, 1, 2)),   # event first, then its date and place
    (["Miejsce", "Wydarzenie", "Kiedy"], (2, 0, 1)),  # the date column named 'Kiedy', last
])
def test_a_tables_date_and_place_columns_are_found_wherever_they_stand(tmp_path, head, order):
    facts = [("Minister Motegi spotkał się z ambasadorem Ukrainy.", "12.05", "Tokio"),
             ("Delegacja KRLD odwiedziła zakłady lotnicze.", "18 maja", "Komsomolsk nad Amurem"),
             ("Okręty Floty Oceanu Spokojnego rozpoczęły ćwiczenia floty.", "25–27.05", "Władywostok")]
    by_role = {"Wydarzenie": 0, "Data": 1, "Miejsce": 2, "Kiedy": 1}
    rows = [[f[by_role[h]] for h in head] for f in facts]
    for path in _table_files(tmp_path, head, rows):
        got = [(e.date_start, e.venue, e.event_type) for e in extract_file(path)]
        assert got == [("2021-05-12", "Tokyo", "meeting"), ("2021-05-18", "Komsomolsk-on-Amur", "visit"),
                       ("2021-05-25", "Vladivostok", "military")], path.suffix


def test_a_place_cell_after_a_date_in_words_is_the_venue(tmp_path):
    page = tmp_path / "kronika.html"
    page.write_text("<html><body><h1>Kronika – czerwiec 2021</h1><table><tr><th>Data</th><th>Miejsce</th>"
                    "<th>Wydarzenie</th></tr><tr><td>3 czerwca</td><td>Chabarowsk</td><td>Konsul generalny Japonii "
                    "spotkał się z gubernatorem.</td></tr><tr><td>15 czerwca</td><td>Seul</td><td>Wiceminister Rosji "
                    "rozmawiał z ministrem Korei.</td></tr></table></body></html>", encoding="utf-8")
    assert [(e.date_start, e.venue) for e in extract_file(page)] == [("2021-06-03", "Khabarovsk"),
                                                                       ("2021-06-15", "Seoul")]


def test_a_launch_told_with_an_attribution_and_an_earlier_visit_stays_a_launch():
    text = ("SEOUL, June 5 (Wire) - North Korea fired three cruise missiles into the sea on Monday, the South "
            "Korean military said, a week after a Russian delegation visited Wonsan.\n\nPublished June 5, 2023\n")
    lead = next(e for e in extract_text(text, "wire.txt") if not e.in_passing)
    # a military launch, not the delegation's trip; neither the desk's city nor the place of the
    # earlier trip is where the missiles flew from; and the closing 'Published' line opens no story
    assert (lead.event_type, lead.venue, lead.date_start) == ("military", None, "2023-06-05")


def test_a_homecoming_after_a_visit_is_still_the_visit():
    text = ("SEOUL, Oct 4 (Wire) - The South Korean foreign minister returned to Seoul on Wednesday after a "
            "three-day visit to Tashkent.\n\nPublished October 4, 2023\n")
    lead = next(e for e in extract_text(text, "wire.txt") if not e.in_passing)
    assert lead.event_type == "visit"


def test_korean_names_in_polish_transliteration_keep_their_family_name_and_standard_spelling():
    text = ("Biuletyn – listopad 2022\n\n13 listopada – W Phnom Penh prezydent Jun Suk Jeol rozmawiał z premierem "
            "Fumio Kishidą.\n\n16 listopada – Minister Pak Dzin spotkał się w Seulu z ambasadorem Rosji.\n\n"
            "18 listopada – Wiceminister Czo Hjon Dong przyjął w Seulu ambasadora Ukrainy.\n")
    events = extract_text(text, "b.txt")
    assert "Yoon Suk Yeol" in events[0].persons and "KR" in events[0].actors
    assert "Park Jin" in events[1].persons
    assert any(p.startswith("Czo ") for p in events[2].persons)


@pytest.mark.parametrize("line, event_type", [
    ("27 April: Kim Jong Un and President Moon met at Panmunjom and signed a declaration on peace.", "summit"),
    ("27 kwietnia: Prezydent Putin odbył z premierem Abe rozmowy w Soczi; podpisano przy tym trzy umowy.", "summit"),
    # a signing that is the headline's act stays an agreement
    ("27 April: Russia and North Korea signed a treaty on mutual assistance in Pyongyang.", "agreement"),
])
def test_leaders_who_meet_and_sign_hold_a_summit(line, event_type):
    ev = _one_entry(line, "Digest, April 2018", "29 April: a note with no place.")
    assert ev.event_type == event_type


def test_a_trip_announced_for_next_year_stays_a_plan_without_a_venue():
    ev = _one_entry("7 listopada: Ministrowie zapowiedzieli wizytę w Tokio w przyszłym roku.",
                    "Biuletyn, listopad 2018", "9 listopada: wpis bez miejsca.")
    assert ev.venue is None


@pytest.mark.parametrize("text, day", [
    # a wire dateline in the lead under the story's title
    ("Japan protests Russian drills\n\nTOKYO, Jan. 20, 2022 (Kyodo) -- Japan lodged a protest with Russia in Tokyo "
     "on Thursday over drills on the disputed islands.\n", "2022-01-20"),
    # a Polish agency's numeric dateline
    ("Minister Białorusi w Korei Północnej\n\nMińsk, 12.07.2024 (PAP) – Białoruski minister spraw zagranicznych "
     "rozmawiał w piątek w Pjongjangu z szefową MSZ KRLD.\n", "2024-07-12"),
])
def test_a_dateline_under_a_title_dates_the_story(text, day):
    lead = next(e for e in extract_text(text, "story.txt") if not e.in_passing)
    assert lead.date_start == day


def test_an_issue_number_over_a_year_is_no_month():
    text = ("# Tygodnik wschodni nr 12/2023\n\n## Poniedziałek, 20 marca\n\nPremier Kishida przybył do Kijowa.\n\n"
            "## Czwartek, 23 marca\n\nW Mińsku obradowała komisja gospodarcza.\n")
    assert [e.date_start for e in _markdown(text)] == ["2023-03-20", "2023-03-23"]


def test_a_polish_dateline_with_roku_abbreviated_dates_the_story():
    text = ("Nowe połączenie kolejowe\n\nSeul, 3 marca 2025 r. (Yonhap) – Pociąg z Moskwy przyjechał w poniedziałek "
            "do Pjongjangu.\n")
    lead = next(e for e in extract_text(text, "story.txt") if not e.in_passing)
    assert lead.date_start == "2025-03-03"


@pytest.mark.parametrize("words, iso", [("Korea Płn.", "KP"), ("Korei Pn.", "KP"), ("Korea Płd.", "KR"),
                                        ("Korei Pd.", "KR")])
def test_abbreviated_koreas(words, iso):
    from geomap.extract.mentions.countries import find_countries
    assert [m.iso for m in find_countries(f"{words} i Rosja")] == [iso, "RU"]


def test_numbered_items_that_open_with_their_date_are_entries():
    text = ("Notatki wschodnie\n\nPaździernik 2020\n\n1) 6 października minister Kang Kyung-wha rozmawiała "
            "telefonicznie z ministrem Ławrowem.\n2) 13 października w Mińsku ambasador Korei Płd. spotkał się z "
            "wiceministrem.\n3) 27–28 października delegacja z Hokkaido przebywała w Jużnosachalińsku.\n")
    got = [(e.date_start, e.venue, e.in_passing) for e in extract_text(text, "notatki.txt")]
    assert got == [("2020-10-06", None, False), ("2020-10-13", "Minsk", False),
                   ("2020-10-27", "Yuzhno-Sakhalinsk", False)]


def test_weekday_lines_take_their_day_from_the_weeks_heading():
    text = ("WEEKLY LOG — Week 12 (20–26 March 2023)\n\nMon: Premier Kishida arrived in Kyiv.\n"
            "Wed: The Russian ambassador met the foreign minister in Seoul.\n"
            "Fri: A Belarusian trade mission visited Daegu.\n")
    assert [(e.date_start, e.venue) for e in extract_text(text, "log.txt")] == [
        ("2023-03-20", "Kyiv"), ("2023-03-22", "Seoul"), ("2023-03-24", "Daegu")]


def test_a_states_own_security_council_is_not_the_uns():
    ev = _one_entry("4 November: Russian Security Council secretary Nikolai Patrushev met the Korean national "
                    "security adviser in Moscow.", "Digest, November 2019", "9 November: a note with no place.")
    assert (ev.venue, ev.event_type) == ("Moscow", "meeting")


def test_abbreviated_polish_weekdays_under_weeks_that_cross_a_months_end():
    text = ("KRONIKA TYGODNIOWA\nTydzień 12 (20–26 marca 2023)\n\npon. – Premier Kishida przybył do Kijowa.\n"
            "pt. – Delegacja z Mińska odwiedziła Daegu.\n\nTydzień 13 (27 marca – 2 kwietnia 2023)\n\n"
            "wt. – W Tokio odbyły się konsultacje japońsko-ukraińskie.\nndz. – Minister Hayashi przybył do Seulu.\n")
    assert [e.date_start for e in extract_text(text, "kronika.txt")] == [
        "2023-03-20", "2023-03-24", "2023-03-28", "2023-04-02"]


def test_entries_bulleted_with_an_em_dash():
    text = ("Japonia – Rosja: przegląd wydarzeń (luty 2019)\n\n— 4 lutego: wiceministrowie rozmawiali w Moskwie "
            "o traktacie.\n— 22 lutego: ambasador Japonii złożył wizytę w Jużnosachalińsku.\n")
    assert [(e.date_start, e.venue) for e in extract_text(text, "przeglad.txt")] == [
        ("2019-02-04", "Moscow"), ("2019-02-22", "Yuzhno-Sakhalinsk")]


def test_a_chronology_over_years_keeps_every_list_and_reads_as_entries(tmp_path):
    page = tmp_path / "timeline.html"
    page.write_text("<html><head><title>Korea–Belarus timeline</title></head><body><h2>2018</h2><ul>"
                    "<li><b>12.04.2018</b> — The Belarusian foreign minister visited Seoul for talks.</li>"
                    "<li><b>17.07.2018</b> — A Korean trade mission held talks in Minsk on machinery.</li></ul>"
                    "<h2>2019</h2><ul><li><b>03.06.2019</b> — Deputy ministers met in Minsk to discuss flights."
                    "</li></ul></body></html>", encoding="utf-8")
    assert [(e.date_start, e.venue) for e in extract_file(page)] == [
        ("2018-04-12", "Seoul"), ("2018-07-17", "Minsk"), ("2019-06-03", "Minsk")]


def test_timeline_cards_with_topic_tags_and_titles_under_their_dates(tmp_path):
    page = tmp_path / "kronika.html"
    page.write_text(
        "<html><head><title>Kronika: październik 2016</title></head><body><main>"
        "<article><time datetime='2016-10-04'>wt., 4.10</time><div class='tags'><span>JP</span><span>RU</span></div>"
        "<h2>Rozmowy o rybołówstwie</h2><p>Wiceministrowie rolnictwa Japonii i Rosji rozmawiali w Moskwie o kwotach "
        "połowowych.</p><p class='src'>Źródło: <a href='https://example.org/a'>serwis rządowy</a></p></article>"
        "<article><time datetime='2016-10-16'>16 października (niedziela)</time><div class='tags'><span>KR</span></div>"
        "<h2>Delegacja w Irkucku</h2><p>Delegacja z Daegu przyjechała do Irkucka na targi.</p></article>"
        "<article><time datetime='2016-10-20'>czw. 20 – pt. 21 października</time>"
        "<h2>Ćwiczenia na Kunaszyrze</h2><p>Żołnierze ćwiczyli na Kunaszyrze obronę wybrzeża.</p></article>"
        "</main></body></html>", encoding="utf-8")
    events = extract_file(page)
    assert [(e.date_start, e.date_end, e.venue) for e in events] == [
        ("2016-10-04", "2016-10-04", "Moscow"), ("2016-10-16", "2016-10-16", "Irkutsk"),
        ("2016-10-20", "2016-10-21", "Kunashir")]
    assert events[1].headline.startswith("Delegacja w Irkucku")


def test_a_titled_span_heads_the_entries_dated_inside_it():
    text = ("Kronika, marzec 2016\n\n3–6 marca\n\nPierwszy statek przez Nachodkę\n\n3 marca w porcie Nachodka "
            "załadowano węgiel dla odbiorcy w Korei Południowej. W niedzielę 6 marca statek zawinął do Pohangu.\n")
    events = extract_text(text, "kronika.txt")
    assert [(e.date_start, e.venue) for e in events] == [("2016-03-03", "Nakhodka"), ("2016-03-06", "Pohang")]


def test_the_far_east_is_no_town_and_a_town_named_on_an_island_is_nearer_than_the_island():
    text = ("Kronika, marzec 2016\n\n3 marca: Konsulat otworzył na Dalekim Wschodzie, we Władywostoku, szkołę "
            "języka.\n\n8 marca: Gubernator na Sachalinie. Gubernator Hokkaido złożyła wizytę w Jużnosachalińsku.\n")
    assert [e.venue for e in extract_text(text, "kronika.txt")] == ["Vladivostok", "Yuzhno-Sakhalinsk"]


def test_a_minister_receiving_an_ambassador_at_his_ministry_meets_in_his_capital():
    text = ("Kronika, marzec 2016\n\n9 marca: Minister spraw zagranicznych Ukrainy przyjął w siedzibie resortu "
            "ambasadora Japonii.\n")
    assert [(e.venue, e.event_type) for e in extract_text(text, "kronika.txt")] == [("Kyiv", "meeting")]


def test_numbered_wire_items_between_rules_with_their_archive_links_stay_whole():
    text = ("CLIPPINGS ON THE REGION\nKept as filed.\n\n" + "-" * 40 + "\nITEM 1\nPublished: 2019-05-14 10:00 JST\n"
            "Lavrov and Kono meet in Sochi\n\nSOCHI, May 14 (Kyodo) -- The foreign ministers of Russia and Japan "
            "met in Sochi on Tuesday to discuss a peace treaty.\n\nLink: https://example.org/2019/05/14/sochi.html\n\n"
            + "-" * 40 + "\nITEM 2\nPublished: 2019-06-02 09:00 KST\nMoon receives Belarusian minister\n\n"
            "SEOUL, June 2 (Yonhap) -- President Moon Jae-in received the Belarusian foreign minister in Seoul "
            "on Sunday.\n\nLink: https://example.org/2019/06/02/seoul.html\n")
    events = _leads(text, "clips.txt")
    assert [(e.date_start, e.venue) for e in events] == [("2019-05-14", "Sochi"), ("2019-06-02", "Seoul")]
    assert [e.headline for e in events] == ["Lavrov and Kono meet in Sochi", "Moon receives Belarusian minister"]
    assert "example.org/2019/05/14" in events[0].source_urls[0]


def test_reactions_placed_elsewhere_on_the_storys_day_are_statements_of_their_own():
    text = ("Published: 2019-05-09\nN. Korea fires short-range missiles\n\nSEOUL, May 9 (Yonhap) -- North Korea "
            "fired two short-range missiles from Wonsan on Thursday, the South Korean military said.\n\n"
            "Prime Minister Shinzo Abe told reporters in Tokyo that the launch broke Security Council "
            "resolutions.\n\nIn Moscow, Deputy Foreign Minister Igor Morgulov said Russia urged restraint.\n\n"
            "Officials in Beijing said they were watching the situation closely.\n")
    events = extract_text(text, "wire.txt")
    assert [(e.date_start, e.venue, e.event_type) for e in events] == [
        ("2019-05-09", "Wonsan", "military"), ("2019-05-09", "Tokyo", "statement"),
        ("2019-05-09", "Moscow", "statement")]
    assert events[0].actors[0] == "KP"


def test_an_act_dated_inside_a_relative_or_after_clause_is_mentioned_in_passing():
    text = ("Published: 2024-07-31\nBelarus minister ends visit to DPRK\n\nMINSK, July 31 (BelTA) -- Belarusian "
            "Foreign Minister Maxim Ryzhenkov on Wednesday ended a visit to Pyongyang.\n\nThe trip came weeks after "
            "Putin traveled to Vladivostok on June 19 to meet regional governors.\n\nForeign Minister Yoko Kamikawa, "
            "who visited Kyiv in early January, announced that Japan would reopen its office there.\n")
    passing = sorted((e.date_start, e.venue) for e in extract_text(text, "n.txt") if e.in_passing)
    assert passing == [("2024-01", "Kyiv"), ("2024-06-19", "Vladivostok")]


def test_a_next_destination_is_no_future_and_a_conference_on_a_country_is_held_where_it_is():
    text = ("Published: 2023-03-21\nKishida in Kyiv\n\nKYIV, March 21 (Kyodo) -- Prime Minister Fumio Kishida "
            "arrived in Kyiv on Tuesday.\n\nKishida had been in New Delhi on Monday for talks with Narendra Modi "
            "and left without announcing his next destination.\n\nJapan hosted a conference in Tokyo on Ukraine's "
            "recovery on Thursday.\n")
    days = sorted((e.date_start, e.venue) for e in extract_text(text, "n.txt"))
    assert ("2023-03-20", "Delhi") in days            # the Monday before, not the one after
    assert ("2023-03-16", "Tokyo") in days and all(v != "Ukraine" for _d, v in days)


def test_a_review_of_numbered_paragraphs_dated_in_their_text():
    text = ("PRZEGLĄD MIESIĘCZNY\nWrzesień 2016\n\nI. KOREA\n\n"
            "1. Wicepremier Rosji przyleciał w poniedziałek 5 września do Pjongjangu i pozostał w Korei Północnej\n"
            "do czwartku 8 września. Rozmawiał o kolei i o porcie, na co bardzo liczono w Seulu.\n\n"
            "2. Od soboty 10 do wtorku 13 września w Chabarowsku trwały, z przerwami, łącznie ponad\n"
            "dwadzieścia godzin, rozmowy delegacji handlowych obu państw o cłach i kwotach.\n\n"
            "3. W czwartek 15 września prezydent Korei Południowej przemawiał w Seulu o bezpieczeństwie\n"
            "na półwyspie i o sankcjach, które Rada Bezpieczeństwa ma przyjąć jesienią.\n\n"
            "4. Tego samego dnia ambasador Rosji złożył kwiaty pod pomnikiem na wzgórzu w Pjongjangu,\n"
            "upamiętniającym żołnierzy poległych w 1945 r. Była obecna delegacja towarzystwa przyjaźni.\n\n"
            "5. Gubernator Kraju Nadmorskiego odwiedził 20–21 września Pusan, miasto partnerskie\n"
            "Władywostoku, gdzie rozmawiał z burmistrzem o linii promowej i o targach.\n\n"
            "6. W piątek 23 września w Tokio wiceministrowie Japonii i Rosji rozmawiali o wspólnej\n"
            "działalności gospodarczej na wyspach i o wizycie prezydenta Rosji w grudniu.\n")
    assert [(e.date_start, e.venue) for e in extract_text(text, "przeglad.txt") if not e.in_passing] == [
        ("2016-09-05", "Pyongyang"), ("2016-09-10", "Khabarovsk"), ("2016-09-15", "Seoul"),
        ("2016-09-15", "Pyongyang"), ("2016-09-20", "Busan"), ("2016-09-23", "Tokyo")]


def test_weekly_notes_in_english_place_delegations_sidelines_and_briefings():
    text = ("Weekly notes, October 2013\n\n"
            "Oct. 2 — Hokkaido Governor Harumi Takahashi led a delegation of thirty business people to Khabarovsk "
            "to promote ferry services.\n\n"
            "Oct. 7 — Prime Minister Shinzo Abe and Vladimir Putin held talks in Bali, where the APEC leaders met. "
            "They agreed that Putin would visit Japan in December.\n\n"
            "Oct. 7 — On the summit's sidelines, Park Geun-hye and Putin discussed a rail link.\n\n"
            "Oct. 10 — Chief Cabinet Secretary Yoshihide Suga told reporters in Tokyo that talks would resume, "
            "following the preliminary round in Beijing at the end of September.\n\n"
            "Oct. 14 — In Moscow, officials signed a fisheries protocol with a North Korean delegation.\n")
    events = extract_text(text, "notes.txt")
    own = [(e.date_start, e.venue, e.event_type) for e in events if not e.in_passing]
    assert own == [("2013-10-02", "Khabarovsk", "visit"), ("2013-10-07", "Bali", "summit"),
                   ("2013-10-07", "Bali", "summit"), ("2013-10-10", "Tokyo", "statement"),
                   ("2013-10-14", "Moscow", "visit")]
    assert events[4].actors[0] == "KP"
    passing = [(e.date_start, e.venue) for e in events if e.in_passing]
    # a plan with its month and a country for its place is an event (GOLD 2.4: only one lacking either is not)
    assert passing == [("2013-12", "Japan"), ("2013-09", "Beijing")]


@pytest.mark.parametrize("phrase, name", [("w Torżku", "Torzhok"), ("w Krasnojarsku", "Krasnoyarsk")])
def test_a_fleeting_vowel_in_a_polish_locative(phrase, name):
    from geomap.geocode import resolve
    assert resolve(phrase).place.name == name


def test_a_towns_own_name_outweighs_a_larger_town_that_once_bore_it():
    from geomap.geocode import resolve
    # Lazurnyi (13,000 people) lists 'Chornobyl' among its old names; the town of 1,500 is meant
    assert resolve("Chornobyl", ("UA",), whole=True).place.name == "Chornobyl"


def test_sources_cited_resolutions_cited_and_a_visit_called_off_place_nothing():
    text = ("Monitor, październik 2016\n\n"
            "wt. 4.10 – KRLD zapowiedziała nowe próby. Rosyjskie MSZ oceniło, że zapowiedź jest sprzeczna "
            "z rezolucjami Rady Bezpieczeństwa.\n\n"
            "śr. 12.10 – Według źródeł wojskowych w Seulu KRLD ustawiła w rejonie Hamhungu dwie wyrzutnie.\n\n"
            "pn. 17.10 – MSZ Japonii ogłosiło w Tokio, że minister odwołuje zaplanowaną na 24–25 października "
            "wizytę w Seulu.\n")
    assert [(e.date_start, e.venue, e.event_type) for e in extract_text(text, "monitor.txt")] == [
        ("2016-10-04", None, "statement"), ("2016-10-12", "Hamhung", "military"),
        ("2016-10-17", "Tokyo", "statement")]


def test_monitor_items_that_place_speakers_hosts_and_earlier_stops():
    text = ("# Monitor\n\n**May 2019**\n\n## Items\n\n"
            "- **May 6** — Russia's ambassador, speaking to reporters by video link from Pyongyang, said aid "
            "deliveries had stopped. On April 28 two diplomats had left that way, crossing the bridge to Khasan.\n"
            "- **May 9** — North Korea fired two missiles from near Kusong. In Tokyo, Prime Minister Shinzo Abe "
            "told reporters that the launch broke the resolutions.\n"
            "- **May 14** — Speaker Moon Hee-sang received Ukraine's ambassador at the National Assembly.\n"
            "- **May 22** — Lavrov arrived in Seoul from Guilin, where he had spent 20–21 May with Wang Yi.\n")
    events = _markdown(text)
    own = [(e.date_start, e.venue, e.event_type) for e in events if not e.in_passing]
    assert ("2019-05-06", "Pyongyang", "statement") in own
    assert ("2019-05-09", "Tokyo", "statement") in own
    assert ("2019-05-14", "Seoul", "meeting") in own
    passing = {(e.date_start, e.venue) for e in events if e.in_passing}
    assert {("2019-04-28", "Khasan"), ("2019-05-20", "Guilin")} <= passing


@pytest.mark.parametrize("sentence", ["Dwóch żołnierzy zostało rannych w powiecie Yeoncheon.",
                                      "Two soldiers were wounded in Yeoncheon county."])
def test_a_korean_county_is_its_seat(sentence):
    text = f"Kronika, sierpień 2015\n\n20 sierpnia: {sentence}\n\n21 sierpnia: Rozmowy w Seulu.\n"
    assert extract_text(text, "kronika.txt")[0].venue == "Yeoncheon"


def test_a_launch_site_known_by_its_village():
    text = ("Published: 2017-08-29\nMissile over Hokkaido\n\nTOKYO, Aug. 29 (Kyodo) -- North Korea fired a missile "
            "over Hokkaido on Tuesday. It was the first since a Taepodong-1 launched from Musudan-ri flew over "
            "Honshu in August 1998.\n")
    assert ("1998-08", "Tonghae Satellite Launching Ground") in {
        (e.date_start, e.venue) for e in extract_text(text, "n.txt") if e.in_passing}


def test_a_plan_with_a_remark_on_it_and_a_place_named_by_what_some_call_it():
    text = ("Published: 2016-08-29\nMissile test\n\nTOKYO, Aug. 29 (Kyodo) -- North Korea fired a missile from "
            "Sinpo on Monday. Abe is due to meet Putin in Vladivostok on Sept. 2, and officials said North Korea "
            "would top the agenda. It came weeks after a Aug. 15 landing by activists on the islands Japanese call "
            "Takeshima.\n")
    passing = {(e.date_start, e.venue) for e in extract_text(text, "n.txt") if e.in_passing}
    assert ("2016-09-02", "Vladivostok") in passing
    assert ("2016-08-15", "Liancourt Rocks") in passing


def test_the_same_day_after_a_year_abbreviated_before_a_capital():
    text = ("Przegląd, sierpień 2015\n\n1. W sobotę 22 sierpnia premier Rosji przebywał na Iturupie. Była to jego "
            "trzecia podróż na wyspy, po wizytach w 2010 i 2012 r. Jeszcze tego samego dnia sekretarz gabinetu "
            "oświadczył w Tokio, że rząd uważa przyjazd premiera za godny ubolewania.\n\n"
            "2. W poniedziałek 24 sierpnia ambasador Rosji został wezwany do japońskiego MSZ w związku z wizytą "
            "premiera na wyspach; wiceminister wręczył mu notę protestacyjną.\n\n"
            "3. W czwartek 27 sierpnia w Chabarowsku otwarto wystawę japońskiej grafiki, na którą przybyło "
            "wielu gości z regionu i z Japonii, w tym konsul generalny.\n\n"
            "4. W piątek 28 sierpnia w Sapporo gubernator Hokkaido przyjęła delegację z Sachalinu, z którą "
            "rozmawiała o połączeniach promowych i o wymianie młodzieży.\n\n"
            "5. W niedzielę 30 sierpnia byli mieszkańcy wysp odwiedzili Szikotan w ramach wizyt bezwizowych, "
            "składając kwiaty na grobach przodków.\n")
    assert [(e.date_start, e.venue) for e in extract_text(text, "przeglad.txt")][:2] == [
        ("2015-08-22", "Iturup"), ("2015-08-22", "Tokyo")]


@pytest.mark.parametrize("line, event_type", [
    ("14 września: W rocznicę wyzwolenia prezydent w przemówieniu w Seulu odnotowała, że premier Japonii "
     "podtrzymał przeprosiny.", "statement"),
    ("14 września: Ambasador Rosji złożył wieniec pod pomnikiem w Pjongjangu.", "ceremony_forum"),
    ("14 września: Gubernator i konsul wmurowali w Chabarowsku kamień węgielny pod szklarnie.", "ceremony_forum"),
    ("14 września: Ambasador Japonii i minister finansów podpisali w Kijowie wymianę not o pożyczce; to część "
     "pakietu pomocy.", "agreement"),
])
def test_types_of_speeches_wreaths_cornerstones_and_notes(line, event_type):
    assert _one_entry(line, "Kronika, wrzesień 2015", "20 września: Rozmowy w Tokio.").event_type == event_type


@pytest.mark.parametrize("head, records", [
    ("RAPORT – WSCHÓD\nListopad 2019", [("Data: 12.11.2019", "Miejsce: Tokio", "Opis: Wiceministrowie Rosji i Japonii "
                                         "rozmawiali o traktacie."),
                                        ("Data: 19.11.2019", "Miejsce: Mińsk", "Opis: Delegacja parlamentu Korei "
                                         "spotkała się z deputowanymi.")]),
    ("EAST DESK LOG\nNovember 2019", [("Date: Nov. 12", "Location: Tokyo", "Summary: Russian and Japanese deputy "
                                       "ministers discussed the treaty."),
                                      ("Date: Nov. 19", "Location: Minsk", "Summary: A Korean parliamentary "
                                       "delegation met deputies.")]),
])
def test_records_of_labelled_fields(head, records):
    text = head + "\n\n" + "\n\n".join("\n".join(r) for r in records) + "\n"
    assert [(e.date_start, e.venue) for e in extract_text(text, "log.txt")] == [
        ("2019-11-12", "Tokyo"), ("2019-11-19", "Minsk")]


def test_wire_items_whose_datelines_carry_their_leads_are_each_a_story():
    text = ("NEWS DIGEST\n\nSEOUL, Nov. 14 (Yonhap) -- South Korea and Russia held their first strategic dialogue "
            "in two years in Seoul on Thursday, the foreign ministry said.\n\nMOSCOW, Nov. 20 (TASS) -- Russian "
            "Foreign Minister Sergei Lavrov met his North Korean counterpart in Moscow on Wednesday.\n")
    from geomap.extract import extract_document
    events = extract_document(text, "digest.txt", date="2019-11").events
    assert [(e.date_start, e.venue, e.event_type) for e in events] == [
        ("2019-11-14", "Seoul", "meeting"), ("2019-11-20", "Moscow", "meeting")]


def test_a_place_set_before_the_date_of_a_heading_is_the_venue():
    text = ("# Przegląd tygodnia\n\n## Seul, 4 listopada 2019\n\nWicepremier Rosji rozmawiał z premierem Korei "
            "Południowej o inwestycjach.\n\n## Pjongjang, 15 listopada 2019\n\nDelegacja białoruska podpisała "
            "protokół o współpracy w dziedzinie oświaty.\n")
    assert [(e.date_start, e.venue) for e in _markdown(text)] == [("2019-11-04", "Seoul"), ("2019-11-15", "Pyongyang")]


def test_a_date_cell_spanning_two_rows_dates_both(tmp_path):
    page = tmp_path / "chronicle.html"
    page.write_text("<html><head><title>Japan–Russia chronicle, November 2019</title></head><body><main>"
                    "<table><tr><th>Date</th><th>Event</th></tr>"
                    "<tr><td rowspan='2'>14 Nov</td><td>Deputy foreign ministers held consultations in Tokyo.</td></tr>"
                    "<tr><td>A Russian business delegation visited Sapporo.</td></tr>"
                    "<tr><td>21 Nov</td><td>Lavrov and Motegi met in Nagoya.</td></tr></table></main></body></html>",
                    encoding="utf-8")
    assert [(e.date_start, e.venue) for e in extract_file(page)] == [
        ("2019-11-14", "Tokyo"), ("2019-11-14", "Sapporo"), ("2019-11-21", "Nagoya")]


def test_last_and_next_weekdays_and_a_trip_told_stop_by_stop():
    text = ("Rozmowy o rybołówstwie\nOpublikowano: 15.03.2021\n\nWiceminister rolnictwa Japonii przyleciał w ubiegły "
            "czwartek do Moskwy na rozmowy o kwotach połowowych.\n")
    assert extract_text(text, "a.txt")[0].date_start == "2021-03-11"
    text = ("Premier zakończył podróż po Europie\nWarszawa, 3 maja 2023 (PAP)\n\nPremier Japonii, który w niedzielę "
            "rozpoczął podróż od wizyty w Paryżu, we wtorek był w Kijowie, a w środę przyleciał do Warszawy na "
            "rozmowy z premierem Polski.\n")
    days = {(e.date_start, e.venue) for e in extract_text(text, "b.txt")}
    assert {("2023-05-02", "Kyiv"), ("2023-05-03", "Warsaw")} <= days


@pytest.mark.parametrize("line, venue", [
    ("14 May: A Japanese trade mission arrived in the Russian Far East city of Khabarovsk.", "Khabarovsk"),
    ("14 May: The security advisers of both sides met at Cheong Wa Dae.", "Seoul"),
])
def test_english_place_phrases_with_long_descriptions_and_a_seat(line, venue):
    assert _one_entry(line, "Notes, May 2019", "20 May: Talks in Tokyo.").venue == venue


def test_a_month_adjective_before_a_summit_in_the_locative():
    text = ("Ławrow w Pjongjangu\nOpublikowano: 12.07.2024\n\nMinister spraw zagranicznych Rosji przyleciał w czwartek "
            "do Pjongjangu. Wizyta odbywa się miesiąc po czerwcowym szczycie w Pjongjangu.\n")
    assert ("2024-06", "Pyongyang") in {(e.date_start, e.venue) for e in extract_text(text, "a.txt") if e.in_passing}


def test_a_bare_name_typed_at_the_command_line_is_looked_up_as_a_name():
    import json
    from click.testing import CliRunner
    from geomap.cli import main
    import geomap
    out = CliRunner().invoke(main, ["geocode", "--json", "Pohang", "Atlantyda"]).output.splitlines()
    assert [json.loads(line)["name"] for line in out] == ["Pohang", None]
    assert geomap.geocode("Pohang").country == "KR"
