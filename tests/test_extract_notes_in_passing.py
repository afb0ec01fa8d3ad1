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
