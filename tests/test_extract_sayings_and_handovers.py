"""Who says what and where, goods handed over or unloaded, leaders who only look on, and wire files
whose datelines stand on lines of their own: the rules learned from the sixteenth sealed set, each
checked on text of our own."""
from __future__ import annotations

from geomap.extract import extract_document


def _events(text: str, name: str = "note.txt"):
    return extract_document(text, name).events


def _one(events, start: str, word: str = ""):
    hits = [e for e in events if e.date_start == start and word in e.headline]
    assert hits, f"no event on {start} with {word!r}: {[(e.date_start, e.headline[:40]) for e in events]}"
    return hits[0]


WIRE = """PRZEGLĄD AGENCYJNY – KOREA I ROSJA, WRZESIEŃ 2024 R.
Redakcja zagraniczna. Depesze w kolejności nadania.

----------------------------------------
[01] SEUL, 11 września 2024 r.
Wiceminister wzywa rosyjskiego dyplomatę

W środę wiceszef dyplomacji Kim Hong-kyun wezwał rosyjskiego ambasadora, by zaprotestować przeciw dostawom technologii rakietowej dla Pjongjangu.

----------------------------------------
[02] KIJÓW, 13 września 2024 r.
Koreańskie wykrywacze dla saperów

Ambasador Republiki Korei w Kijowie przekazał w piątek Państwowej Służbie Ratowniczej Ukrainy z obwodu kijowskiego nowe wykrywacze min i kombinezony.

----------------------------------------
[03] TOKIO, 16 września 2024 r.
Kamikawa rozmawiała z Sybihą

Minister spraw zagranicznych Kamikawa Yoko przeprowadziła w poniedziałek rozmowę telefoniczną z Andrijem Sybihą, który opisał jej atak na Połtawę, jaki 3 września spadł na tamtejszy instytut wojskowy.
"""


def test_a_dateline_on_a_line_of_its_own_dates_the_story_to_the_day():
    events = _events(WIRE, "wire.txt")
    assert [e.date_start for e in events if not e.in_passing][:3] == ["2024-09-11", "2024-09-13", "2024-09-16"]


def test_a_summons_is_at_the_ministry_of_the_state_whose_official_summons():
    summons = _one(_events(WIRE, "wire.txt"), "2024-09-11")
    assert summons.event_type == "meeting" and summons.venue == "Seoul"


def test_goods_handed_over_on_a_named_day_are_a_handover_not_a_report():
    gift = _one(_events(WIRE, "wire.txt"), "2024-09-13")
    assert gift.event_type == "ceremony_forum" and gift.venue == "Kyiv"


def test_a_day_in_a_relative_clause_is_not_the_lead_s_span():
    call = _one(_events(WIRE, "wire.txt"), "2024-09-16")
    assert call.date_end == "2024-09-16" and call.event_type == "meeting" and call.venue is None


BULLETIN = """Przegląd wschodni nr 3/2014 (marzec)

Japonia – Rosja

4 marca – Szef japońskiej dyplomacji Kishida przeprowadził z Ławrowem rozmowę telefoniczną, której tematem była poranna próba jądrowa KRLD.

6 marca – Resort obrony Rosji ogłosił, że na wyspie Iturup rozmieszczono nową baterię wyrzutni rakietowych.

7 marca – Ambasador Rosji Jewgienij Afanasjew powiedział dziennikarzom w Tokio, że przekazanie Ukrainie japońskiej broni zaszkodziłoby stosunkom.

12 marca – Rzeczniczka MSZ Rosji skrytykowała w Moskwie nowy dokument japońskiego rządu. Koncepcję obronną rząd przyjął 10 marca w Tokio i wskazał w niej Rosję jako zagrożenie.

14 marca – Przedstawiciele Kolei Rosyjskich obejrzeli wraz z gospodarzami postęp prac przy budowie terminalu w Rason.

17–18 marca – Delegacja Rosji z wicepremierem Trutniewem uczestniczyła w Seulu w obchodach rocznicy. Następnego dnia przyjął ją minister handlu, któremu Trutniew przekazał zaproszenie do Rosji.

20 marca – Na placu w Mińsku przeszła defilada, którą z trybuny oglądali prezydent Białorusi Aleksandr Łukaszenka i przewodniczący ChRL Xi Jinping.

24 marca – Otwarcie mostu na Tumenie uczczono uroczystością w Chasanie; premierzy Miszustin i Pak Thae Song brali w niej udział przez łącze wideo.
"""


def test_a_phone_call_about_a_test_is_the_call():
    call = _one(_events(BULLETIN, "przeglad.txt"), "2014-03-04")
    assert call.event_type == "meeting" and call.venue is None


def test_a_deployment_announced_at_a_place_is_the_deployment():
    moved = _one(_events(BULLETIN, "przeglad.txt"), "2014-03-06")
    assert moved.event_type == "military" and moved.venue == "Iturup"


def test_a_saying_placed_beside_its_verb_is_a_statement_whatever_it_tells():
    said = _one(_events(BULLETIN, "przeglad.txt"), "2014-03-07")
    assert said.event_type == "statement" and said.venue == "Tokyo"


def test_a_paper_adopted_is_a_statement_where_it_was_adopted():
    adopted = _one(_events(BULLETIN, "przeglad.txt"), "2014-03-10")
    assert adopted.in_passing and adopted.event_type == "statement" and adopted.venue == "Tokyo"


def test_a_site_looked_over_is_a_visit():
    assert _one(_events(BULLETIN, "przeglad.txt"), "2014-03-14").event_type == "visit"


def test_the_place_of_an_invitation_is_no_further_stop():
    events = _events(BULLETIN, "przeglad.txt")
    assert not [e for e in events if e.venue == "Russia"]


def test_leaders_who_look_on_or_join_by_video_make_no_summit():
    events = _events(BULLETIN, "przeglad.txt")
    assert _one(events, "2014-03-20").event_type == "ceremony_forum"
    assert _one(events, "2014-03-24").event_type == "ceremony_forum"


DESK = """PACIFIC DESK CHRONOLOGY -- MAY 2019

02 May   JAPAN / RUSSIA -- Ministry reacts
         Tokyo's foreign ministry said on its website that it regretted the drills Russian troops had staged on Kunashir on 29 April.

06 May   ROK / RUSSIA -- Ambassador in Khabarovsk
         Kim Sang-il, who represents Seoul in Moscow, met the Khabarovsk governor in Khabarovsk to talk about flights.

09 May   JAPAN -- Paper for the cabinet
         Foreign Minister Kono presented the annual diplomatic report to the cabinet in Tokyo. It calls the southern Kurils Japanese again.

20 May   DPRK / RUSSIA -- Flour in Nampo
         A freighter with Russian flour donated under the aid scheme agreed earlier in the month was unloaded in Nampo.

24 May   JAPAN / RUSSIA -- Abe to meet Putin
         Officials in Tokyo confirmed that Abe will travel to Osaka next month for a meeting with Vladimir Putin.
"""


def test_a_ministry_that_speaks_places_no_statement_and_keeps_its_saying():
    said = _one(_events(DESK, "desk.txt"), "2019-05-02")
    assert said.event_type == "statement" and said.venue is None


def test_where_a_person_is_posted_is_not_where_he_meets():
    assert _one(_events(DESK, "desk.txt"), "2019-05-06").venue == "Khabarovsk"


def test_a_report_presented_to_the_cabinet_is_placed_where_it_was_presented():
    report = _one(_events(DESK, "desk.txt"), "2019-05-09")
    assert report.event_type == "statement" and report.venue == "Tokyo"


def test_goods_described_as_donated_arrive_and_an_earlier_participle_keeps_the_place():
    cargo = _one(_events(DESK, "desk.txt"), "2019-05-20")
    assert cargo.event_type == "other" and cargo.venue == "Nampo"


def test_a_trip_planned_for_a_meeting_of_two_leaders_is_their_summit():
    planned = [e for e in _events(DESK, "desk.txt") if e.venue == "Osaka"]
    assert planned and planned[0].event_type == "summit" and planned[0].date_start == "2019-06"


def test_a_visit_told_as_coming_is_the_trip_not_the_telling():
    text = ("date 2023-09 Kreml przekazał w poniedziałek, że prezydent Korei Południowej Yoon Suk-yeol "
            "w przyszłym tygodniu złoży wizytę we Władywostoku.")
    lead = _events(text, "news.txt")[0]
    assert lead.event_type == "visit" and lead.venue == "Vladivostok"


def test_with_no_state_named_the_places_named_give_the_actors():
    text = DESK + """
28 May   JAPAN / RUSSIA -- Governors by video
         The Hokkaido and Sakhalin governors went over ferry timetables for the summer on a video call.
"""
    talks = _one(_events(text.replace("JAPAN / RUSSIA -- Governors", "REGIONS -- Governors"), "desk.txt"), "2019-05-28")
    assert set(talks.actors) == {"JP", "RU"}


def test_a_call_that_tells_of_an_attack_in_a_relative_clause_stays_an_unplaced_call():
    text = ("Przegląd, wrzesień 2024\n\n16 września – Szefowa japońskiej dyplomacji Kamikawa odbyła rozmowę "
            "telefoniczną z Sybihą, który opowiedział jej o ataku na Połtawę, jaki 3 września zniszczył tamtejszą "
            "uczelnię wojskową.\n\n18 września – W Charkowie doszło do ataku na elektrownię.\n")
    events = _events(text, "przeglad.txt")
    call = _one(events, "2024-09-16")
    assert call.event_type == "meeting" and call.venue is None
    assert _one(events, "2024-09-18").event_type == "military"
