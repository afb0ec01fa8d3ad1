"""Files of agency dispatches: stories numbered '[2/3]' over their headlines, each under a dateline
with its full date, a trip told stop by stop, a plan announced for the next month, a closing line.
The rules learned from the opened set tests/sealed17, each checked on text of our own."""
from __future__ import annotations

from geomap.extract import extract_document


def _events(text: str, name: str = "serwis_marzec.txt"):
    return extract_document(text, name).events


def _on(events, start: str):
    return [e for e in events if e.date_start == start]


DISPATCHES = """WYBÓR DEPESZ AGENCYJNYCH
Zestawienie z marca 2019 r., w kolejności nadania.

==============================================

[1/3] Gubernator Kraju Nadmorskiego na wyspie Honsiu

TOYAMA, 13.03.2019 (AGW) – Gubernator Kraju Nadmorskiego Oleg Kożemiako przyleciał w poniedziałek do Niigaty, gdzie z prefektem rozmawiał o połączeniach lotniczych z Władywostokiem. We wtorek gubernator spotkał się w Toyamie z szefami miejscowej izby handlowej; obie strony podpisały list intencyjny w sprawie wymiany studentów.

----------------------------------------------

[2/3] Seul i Moskwa o kolejnej rundzie rozmów

SEUL, 7.03.2019 (AGW) – Wiceszefowie dyplomacji Korei Południowej i Rosji rozmawiali w czwartek w Seulu o sytuacji na Półwyspie Koreańskim. Dyplomaci ustalili, że 16 kwietnia w Moskwie odbędą się konsultacje ekspertów obu resortów.

----------------------------------------------

[3/3] Mińsk gości delegację z Kobe

MIŃSK, 21.03.2019 (AGW) – Delegacja władz miasta Kobe przybyła w środę do Mińska na rozmowy o współpracy portów rzecznych i szkół zawodowych.

==============================================
Koniec wyboru.
"""


def test_story_counters_over_headlines_are_no_dates():
    events = _events(DISPATCHES)
    # '[1/3]' … '[3/3]' number the stories: nothing is dated 1, 2 or 3 March, nor in 2018
    assert not [e for e in events if e.date_start in ("2019-03-01", "2019-03-02", "2019-03-03")]
    assert all(e.date_start.startswith("2019") for e in events)
    assert all(not e.headline.startswith("[") for e in events)


def test_a_plan_told_after_that_takes_the_coming_month():
    events = _events(DISPATCHES)
    plan = [e for e in events if e.venue == "Moscow"]
    # 'ustalili, że 16 kwietnia … odbędą się': the past verb is the agreeing, the date is ahead of it
    assert [e.date_start for e in plan] == ["2019-04-16"]


def test_a_trip_told_day_by_day_is_its_stops():
    events = _events(DISPATCHES)
    monday, tuesday = _on(events, "2019-03-11"), _on(events, "2019-03-12")
    assert [e.venue for e in monday] == ["Niigata"] and monday[0].event_type == "visit"
    assert [e.venue for e in tuesday] == ["Toyama"] and tuesday[0].event_type == "visit"
    # the trip over both days is not an event beside its stops, and its dateline is none either
    assert not [e for e in events if e.date_start != e.date_end]
    assert not _on(events, "2019-03-13")


def test_a_closing_line_is_no_story():
    events = _events(DISPATCHES)
    assert not [e for e in events if e.date_precision == "year" or "Koniec" in e.headline]
    assert [e.venue for e in _on(events, "2019-03-20")] == ["Minsk"]
