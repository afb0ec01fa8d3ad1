"""Polish notes whose dates carry their own full stop ('18.11.'), an ambassador received at a
ministry's seat, and events named in passing by a month's adjective or after 'since … when'. The
rules learned from the opened set tests/sealed17, each checked on text of our own."""
from __future__ import annotations

from geomap.extract import extract_document

NOTE = """Notatka z monitoringu, listopad 2021

Wtorek, 9 listopada

9–11.11. – Delegacja prefektury Tottori przebywała w Kraju Nadmorskim. W dniach 9–10.11. we Władywostoku omawiała z władzami regionu wznowienie rejsów towarowych. 11.11. delegacja pojechała do Nachodki, gdzie obejrzała terminal kontenerowy.

Piątek, 12 listopada

Ambasador Japonii w Rosji Kozuki Toyohisa został przyjęty w siedzibie rosyjskiego MSZ przez wiceministra Igora Morgułowa. Tokio, jak powtórzył ambasador, ocenia sierpniowy przylot wicepremiera Marata Chusnullina na Szykotan jako sprzeczny z duchem rozmów.

Poniedziałek, 15 listopada

Wiceminister spraw zagranicznych Japonii odwiedził Chabarowsk. Od wrześniowego spotkania ministrów gospodarki we Władywostoku strony co miesiąc uzgadniają nowe projekty.
"""

NEWS = """Rail freight, Korea and Russia
<p>Feb 8: Russian Railways said freight over the Tumen river rose again in January. Trade has been growing
since November, when a train carrying forty tonnes of flour crossed the bridge and arrived at Tumangang.</p>
"""


def _events(text: str, name: str):
    return extract_document(text, name).events


def test_a_date_with_its_own_full_stop_dates_a_stop_of_the_trip():
    events = _events(NOTE, "notatka_2021_11.txt")
    stop = [e for e in events if e.date_start == "2021-11-11"]
    assert [(e.venue, e.event_type) for e in stop] == [("Nakhodka", "visit")]


def test_an_ambassador_received_at_the_ministrys_seat_meets_there():
    events = _events(NOTE, "notatka_2021_11.txt")
    received = [e for e in events if e.date_start == "2021-11-12"]
    assert [(e.event_type, e.venue) for e in received] == [("meeting", "Moscow")]


def test_a_months_adjective_names_a_trip_in_passing():
    events = _events(NOTE, "notatka_2021_11.txt")
    flight = [e for e in events if e.date_start == "2021-08"]
    assert [(e.event_type, e.venue, e.in_passing) for e in flight] == [("visit", "Shikotan", True)]


def test_since_a_named_meeting_that_meeting_is_an_event():
    events = _events(NOTE, "notatka_2021_11.txt")
    assert [e.venue for e in events if e.date_start == "2021-09"] == ["Vladivostok"]


def test_since_a_month_when_goods_arrived_is_a_delivery():
    events = _events(NEWS, "rail_2022_02.html")
    train = [e for e in events if e.date_start == "2021-11"]
    assert [(e.event_type, e.venue) for e in train] == [("other", "Tumangang")]


REVIEW = """Przegląd miesiąca, marzec 2019 r.

5 III Rząd Japonii z uznaniem przyjął wyniki rozmów w sprawie Donbasu. Minister Kono Taro stwierdził w komunikacie, że ustalenia poczynione w Berlinie podczas długich rozmów przywódców Niemiec, Francji, Rosji i Ukrainy (3–4 III) pozwalają liczyć na trwały rozejm.

20 III Tokio zaprotestowało przeciwko rosyjskim ćwiczeniom na Kurylach. Wiceminister wezwał do ministerstwa ambasadora Rosji i wręczył mu notę protestacyjną w sprawie manewrów artylerii, przeprowadzonych na początku marca na Kunaszyrze z udziałem kilkuset żołnierzy.
"""


def test_a_date_in_brackets_dates_the_words_before_it_and_leaders_talks_are_a_summit():
    events = _events(REVIEW, "przeglad_2019_03.txt")
    talks = [e for e in events if e.date_start == "2019-03-03"]
    assert [(e.event_type, e.venue, e.date_end) for e in talks] == [("summit", "Berlin", "2019-03-04")]


def test_a_place_inside_what_a_statement_says_is_not_where_it_was_said():
    said = [e for e in _events(REVIEW, "przeglad_2019_03.txt") if e.date_start == "2019-03-05"]
    assert [(e.event_type, e.venue) for e in said] == [("statement", None)]


def test_a_month_named_inside_a_days_entry_dates_another_event():
    events = _events(REVIEW, "przeglad_2019_03.txt")
    drills = [e for e in events if e.date_start == "2019-03" and e.venue == "Kunashir"]
    assert [e.event_type for e in drills] == ["military"]
    assert [e.venue for e in events if e.date_start == "2019-03-20"] == ["Tokyo"]


def test_two_leaders_noted_together_or_joined_by_a_dash_hold_a_summit():
    note = ("Kalendarium, grudzień 2016\n\n15 grudnia: Japonia–Rosja: Shinzo Abe i Władimir Putin w Nagato.\n\n"
            "20 grudnia: Minister Kishida odwiedził Seul.\n")
    events = _events(note, "kalendarium_2016_12.txt")
    assert [e.event_type for e in events if e.date_start == "2016-12-15"] == ["summit"]
    log = ("Desk log, June 2021\n\n16 June: The Biden-Putin meeting in Geneva lasted under four hours.\n\n"
           "18 June: Foreign Minister Motegi visited Seoul.\n")
    events = _events(log, "desk_log_2021_06.txt")
    assert [e.event_type for e in events if e.date_start == "2021-06-16"] == ["summit"]


def test_a_year_after_a_participle_dates_its_noun_not_the_entry():
    note = ("Raport, marzec 2022\n\nDnia 3 marca w Tokio zebrała się rada przyjaźni japońsko-ukraińskiej, "
            "założonej w 1992 roku przez parlamentarzystów obu krajów.\n\n"
            "Dnia 9 marca minister Hayashi odwiedził Warszawę.\n")
    events = _events(note, "raport_2022_03.txt")
    assert [e.venue for e in events if e.date_start == "2022-03-03"] == ["Tokyo"]


def test_a_trip_recalled_by_its_months_adjective_is_that_trip_not_the_recalling():
    note = ("Przegląd, październik 2019\n\n4 października: Ambasador Rosji został wezwany do MSZ Japonii. "
            "Strona japońska przypomniała przy tym wrześniową wizytę wicepremiera Jurija Trutniewa na Kunaszyrze.\n\n"
            "9 października: Minister Motegi odwiedził Seul.\n")
    events = _events(note, "przeglad_2019_10.txt")
    assert [(e.event_type, e.venue) for e in events if e.date_start == "2019-09"] == [("visit", "Kunashir")]


def test_a_closing_date_may_cross_a_months_end_in_numbers():
    note = ("Przegląd, sierpień 2021\n\n1. Minister Motegi odwiedził Warszawę. (20.08)\n\n"
            "2. Fregata Floty Bałtyckiej złożyła wizytę w Inczonie; załoga zwiedziła port. (29.08–1.09)\n\n"
            "3. Ambasador Japonii spotkał się w Kijowie z ministrem zdrowia. (25.08)\n")
    events = _events(note, "przeglad_2021_08.txt")
    call = [e for e in events if e.venue == "Incheon"]
    assert [(e.date_start, e.date_end) for e in call] == [("2021-08-29", "2021-09-01")]
    assert call[0].headline.startswith("Fregata")   # the item's number is no part of its headline


def test_a_tour_named_by_its_noun_places_its_day():
    note = ("Zestawienie, marzec 2019\n\n3 III Delegacja prefektury Niigata: 3–4 III rozmowy we Władywostoku z władzami "
            "kraju, 5 III objazd portu Nachodka.\n\n8 III Minister Kono odwiedził Mińsk.\n")
    events = _events(note, "zestawienie_2019_03.txt")
    assert [(e.event_type, e.venue) for e in events if e.date_start == "2019-03-05"] == [("visit", "Nakhodka")]


def test_sanctions_adopted_are_an_act_and_sanctions_announced_a_statement():
    note = ("Przegląd, luty 2023\n\n10 lutego: Rząd Japonii zatwierdził nowy pakiet sankcji wobec rosyjskich banków.\n\n"
            "17 lutego: Premier Kishida ogłosił w Tokio kolejne sankcje wobec Rosji.\n\n"
            "24 lutego: Rosja zawetowała w Radzie Bezpieczeństwa projekt rezolucji o sankcjach.\n")
    events = {e.date_start: e.event_type for e in _events(note, "przeglad_2023_02.txt")}
    assert (events["2023-02-10"], events["2023-02-17"], events["2023-02-24"]) == ("other", "statement", "statement")


def test_what_a_leader_announces_at_a_gathering_is_a_statement():
    note = ("Przegląd, marzec 2024\n\n5 marca: Na konferencji w Tokio premier Kishida zapowiedział nowe kredyty "
            "dla ukraińskich elektrowni.\n\n12 marca: W Kijowie odbyło się forum biznesowe z udziałem firm z Japonii.\n")
    events = {e.date_start: e.event_type for e in _events(note, "przeglad_2024_03.txt")}
    assert (events["2024-03-05"], events["2024-03-12"]) == ("statement", "ceremony_forum")


def test_one_day_of_a_weeks_entry_told_in_another_country_is_another_event():
    note = ("Kronika tygodni, marzec 2023\n\nTydzień 6 – 12 marca\n\nPoniedziałek–wtorek (6–7 III). Minister Hayashi "
            "przebywał w Seulu i rozmawiał z ministrem Pak Dzinem. We wtorek, gdy Hayashi zwiedzał Pusan, w Moskwie "
            "wiceminister Rudenko przyjmował ambasadora Korei Płd.\n\nCzwartek (9 III). Ambasador Japonii odwiedził Lwów.\n")
    events = _events(note, "kronika_2023_03.txt")
    moscow = [e for e in events if e.venue == "Moscow"]
    assert [(e.date_start, e.event_type) for e in moscow] == [("2023-03-07", "meeting")]


def test_what_happened_hours_earlier_the_same_day_is_an_event_of_that_day():
    note = ("Kronika, kwiecień 2023\n\n13 kwietnia: Minister Hayashi rozmawiał w Karuizawie z ministrem Pak Dzinem. "
            "Kilka godzin wcześniej z okolic Pjongjangu KRLD wystrzeliła pocisk balistyczny, który spadł do morza.\n\n"
            "20 kwietnia: Ambasador Japonii odwiedził Charków.\n")
    events = _events(note, "kronika_2023_04.txt")
    assert [(e.event_type, e.venue) for e in events if e.date_start == "2023-04-13" and e.event_type == "military"] == \
        [("military", "Pyongyang")]


def test_a_trip_a_speaker_judges_is_that_trip_and_the_rally_is_where_he_spoke():
    note = ("Kronika, luty 2019\n\nSiódmego lutego – Na dorocznym zgromadzeniu z okazji Dnia Terytoriów Północnych w "
            "Tokio premier Shinzo Abe nazwał niepotrzebnym pobyt premiera Dmitrija Miedwiediewa na Iturupie w sierpniu "
            "2015 roku. Była to jego druga wizyta na wyspach.\n\nDwunastego lutego – Ambasador Japonii odwiedził Lwów.\n")
    events = _events(note, "kronika_2019_02.txt")
    rally = [e for e in events if e.date_start == "2019-02-07"]
    assert [(e.event_type, e.venue) for e in rally] == [("ceremony_forum", "Tokyo")]
    assert [(e.event_type, e.venue) for e in events if e.date_start == "2015-08"] == [("visit", "Iturup")]
