"""Tables of contacts in HTML, notes dated at their end, press reviews by edition day: the rules
learned from the open set tests/open2, each checked on text of our own."""
from __future__ import annotations

from geomap.extract import extract_document, extract_file


def _events(text: str, name: str):
    return extract_document(text, name).events


def _one(events, start: str, word: str = ""):
    hits = [e for e in events if e.date_start == start and word in e.headline]
    assert hits, f"no event on {start} with {word!r}: {[(e.date_start, e.headline[:40]) for e in events]}"
    return hits[0]


CALENDAR = """<html><head><title>Contacts, March 2021</title></head>
<body><nav><a href="/">Home</a> · <a href="/2021-02/">February</a></nav>
<h1>Contacts by day, March 2021</h1>
<p>One row per contact; the place column gives the town, the parties column the states.</p>
<table><thead><tr><th>Day</th><th>City</th><th>States</th><th>Summary</th><th>Link</th></tr></thead>
<tbody>
<tr class="wk"><td colspan="5">Week 10</td></tr>
<tr><td>Tue 9 March</td><td>Moscow</td><td>RU JP</td>
<td>Japan's ambassador was called to the Russian Foreign Ministry and handed a note about fishing boats held off Sakhalin.</td>
<td><a href="https://example.org/c/1">r1</a></td></tr>
<tr><td>Thu 11 March</td><td>Khabarovsk</td><td>RU KP</td>
<td>The regional tourism office and visitors from Pyongyang held a round table on summer tours to the coast.</td>
<td><a href="https://example.org/c/2">r2</a></td></tr>
<tr><td>Mon 15 March</td><td>Sapporo</td><td>JP RU</td>
<td>Hokkaido's governor received the Russian consul general and talked about the ferry to Korsakov.</td>
<td><a href="https://example.org/c/3">r3</a></td></tr>
<tr><td>Fri 19 March</td><td>Tongchang-ri</td><td>KP</td>
<td>A rocket carrying a satellite broke up minutes after lift-off, Seoul's military said.</td>
<td><a href="https://example.org/c/4">r4</a></td></tr>
</tbody></table></body></html>
"""


def test_a_table_of_contacts_reads_by_its_rows_and_columns(tmp_path):
    path = tmp_path / "contacts_2021-03.html"
    path.write_text(CALENDAR, encoding="utf-8")
    events = extract_file(path)
    summons = _one(events, "2021-03-09")
    assert summons.event_type == "meeting" and summons.venue == "Moscow"
    # the row's place and parties cells are columns, not the headline
    assert summons.headline.startswith("Japan's ambassador was called")
    table = _one(events, "2021-03-11")
    assert table.venue == "Khabarovsk" and table.event_type == "ceremony_forum"   # tours talked of, not made
    assert _one(events, "2021-03-15").venue == "Sapporo"
    assert _one(events, "2021-03-19").venue_id == "sohae"   # a place column may name a site


NOTES = """Przegląd wschodni nr 3/2019
Notatki miesiąca; daty zdarzeń podajemy w nawiasie na końcu (miesiące cyframi rzymskimi).

JAPONIA

Wicegubernator Hokkaido odwiedził Jużnosachalińsk i omówił z władzami obwodu rozkład rejsów promu
do Korsakowa na sezon letni. (4–5 III) [1]

Przedstawiciele japońskich spółdzielni rybackich z Nemuro spotkali się z rosyjskimi armatorami w
sprawie połowów wodorostów przy wyspie Kunaszyr.
(12 III) [2]

KOREA

Burmistrz Ulsanu przyjął w ratuszu konsula generalnego Rosji i rozmawiał o dostawach gazu. Dwa dni
później konsul odwiedził stocznię w Geoje. (18 III) [3][4]

[1] https://example.org/p/1
[2] https://example.org/p/2
[3] https://example.org/p/3
[4] https://example.org/p/4
"""


def test_notes_dated_at_their_end_in_roman_months_with_footnote_marks():
    events = _events(NOTES, "przeglad.txt")
    visit = _one(events, "2019-03-04")
    assert visit.date_end == "2019-03-05" and visit.venue == "Yuzhno-Sakhalinsk"
    # a date alone on the paragraph's last line closes it, and the headline keeps its first words
    talks = _one(events, "2019-03-12")
    assert talks.headline.startswith("Przedstawiciele japońskich spółdzielni")


def test_a_town_s_mayor_receives_in_that_town():
    assert _one(_events(NOTES, "przeglad.txt"), "2019-03-18").venue == "Ulsan"


REVIEW = """PRZEGLĄD PRASY: ROSJA I KOREA, MAJ 2021
Opracowanie zespołu monitoringu. Pod datą wydania streszczamy teksty kilku gazet; dni tygodnia liczymy
od daty wydania. W nawiasie podajemy miasto redakcji.

==================================================
WYDANIA ZE ŚRODY 12 MAJA
==================================================

>> Gazeta Nadmorska (Władywostok)
   Gubernator Kraju Nadmorskiego zapewnił wczoraj we Władywostoku, że przejście graniczne w Chasanie zostanie
   otwarte dla ciężarówek jeszcze przed latem.
   https://example.org/r/1

>> Dziennik Seulski (Seul)
   Krótka wzmianka o planach gubernatora; gazeta nie komentuje.
   https://example.org/r/2

==================================================
WYDANIA Z PIĄTKU 14 MAJA
==================================================

>> Dziennik Seulski (Seul)
   Ambasador Rosji spotkał się w czwartek z przewodniczącym Zgromadzenia Narodowego Republiki Korei i rozmawiał
   o kolei transkoreańskiej. Tego samego dnia ministrowie spraw zagranicznych obu państw rozmawiali przez
   telefon o sankcjach.
   https://example.org/r/3
"""


def test_a_press_review_dates_its_items_by_the_edition_and_skips_items_with_no_day():
    events = _events(REVIEW, "przeglad_prasy.txt")
    said = _one(events, "2021-05-11")
    assert said.event_type == "statement" and said.venue == "Vladivostok"
    assert said.headline.startswith("Gubernator Kraju Nadmorskiego")   # not the outlet's line
    # the preamble and the item that only comments name no event of their own
    assert {e.date_start for e in events} == {"2021-05-11", "2021-05-13"}


def test_a_same_day_call_told_after_the_lead_is_an_event_of_its_own():
    events = [e for e in _events(REVIEW, "przeglad_prasy.txt") if e.date_start == "2021-05-13"]
    met = _one(events, "2021-05-13", "Ambasador")
    assert met.event_type == "meeting" and met.venue == "Seoul"   # received at the National Assembly
    call = _one(events, "2021-05-13", "telefon")
    assert call.event_type == "meeting" and call.venue is None


def test_a_person_shot_is_other_and_a_recognition_is_a_statement():
    text = ("Kronika, lipiec 2022\n\n8 lipca – Były premier został postrzelony podczas wiecu wyborczego w Narze.\n\n"
            "13 lipca – W Moskwie KRLD uznała „republiki” na wschodzie Ukrainy; noty przekazał jej ambasador.\n")
    events = _events(text, "kronika.txt")
    assert _one(events, "2022-07-08").event_type == "other"
    assert _one(events, "2022-07-13").event_type == "statement"


FORWARDED = """From: Ola Nowak <ola@example.org>
Sent: Monday, 2 March 2020 09:00
To: desk <desk@example.org>
Subject: FW: region watch, issues 7-8

Colleagues, the two February issues below, oldest first. Weekdays count from the day each went out.

> ================================================
> WATCH no. 7 | sent Friday 14 February 2020
> ================================================
>
> [JP-RU] Foreign Minister Motegi and Sergei Lavrov talked by telephone on Monday
> about the visa-free trips to the islands.
> https://example.org/w/7/1
>
> [KR-RU] Talks at the foreign ministry in Seoul on Wednesday between the deputy
> ministers. They agreed on a new round of consultations on the Arctic.
> https://example.org/w/7/2
>
> ================================================
> WATCH no. 8 | sent Friday 21 February 2020
> ================================================
>
> [RU-KP / RU-JP] A Duma delegation reached Pyongyang on Tuesday and met the
> head of the Supreme People's Assembly.
> https://example.org/w/8/1
"""


def test_a_forwarded_mail_of_tagged_items_dates_each_by_its_issue():
    events = _events(FORWARDED, "watch_fw.txt")
    call = _one(events, "2020-02-10")
    assert call.event_type == "meeting" and call.venue is None
    talks = _one(events, "2020-02-12")   # a note without a verb looks back, like the sentence after it
    assert talks.venue == "Seoul"
    trip = _one(events, "2020-02-18")
    assert trip.venue == "Pyongyang" and trip.headline.startswith("A Duma delegation")


def test_a_day_named_by_its_hour_and_a_weekday_that_owns_a_noun():
    from geomap.extract.mentions.dates import Anchor, find_dates
    anchor = Anchor(2019, 2, 14)   # a Thursday
    found = {d.text.split("'")[0].strip(): (d.when.start, d.attribute) for d in find_dates(
        "The envoy landed in Seoul this morning. Slogans heard at last Thursday's rally were criticised, "
        "and after Friday's Trump-Putin meeting nothing changed.", anchor)}
    assert found["this morning"] == ("2019-02-14", False)
    assert found["last Thursday"] == ("2019-02-07", True)
    assert found["Friday"] == ("2019-02-08", True)


def test_rules_of_percent_signs_part_a_wire_file():
    text = ("WIRE FILE, MARCH 2016\nKept in filing order.\n\n" + "%" * 60 + "\n\nTOKYO, March 3 (Desk) — Kishida met "
            "the Russian ambassador at the foreign ministry on Thursday.\n\n" + "%" * 60 + "\n\nMINSK, March 9 (Desk) — "
            "A Japanese delegation toured a hospital in Gomel on Wednesday.\n")
    events = _events(text, "wire_2016_03.txt")
    assert [e.date_start for e in events] == ["2016-03-03", "2016-03-09"]
    assert not any("%" in e.headline for e in events)


def test_a_lead_s_day_is_not_that_of_an_act_told_after_after_nor_of_what_is_said():
    text = ("MOSCOW, February 14, 2019 (Desk) — Russia's Foreign Ministry said on Wednesday that the slogans "
            "heard at Thursday's rally in Tokyo did not help the talks.\n\n"
            "SEOUL, February 9, 2019 (Desk) — The envoy landed in Seoul on Saturday after spending Wednesday "
            "in Pyongyang, and briefed his Korean counterpart.\n")
    events = _events(text, "wire.txt")
    said = _one(events, "2019-02-13")
    assert said.date_end == "2019-02-13" and said.event_type == "statement"
    assert _one(events, "2019-02-09").venue == "Seoul"


WEEKS = """Kronika tygodni, marzec 2019

Tydzień 4 – 10 marca

Wtorek–środa (5–6 III). Szef MSZ Ukrainy Pawło Klimkin, który dwa poprzednie dni spędził w Pekinie, gościł w Tokio i rozmawiał z ministrem Taro Kono.

Czwartek. Przewodniczący Izby Reprezentantów Tadamori Oshima przyjął ambasadora Białorusi Rusłana Jesina.

Piątek. Ambasador Republiki Korei złożył wizytę pierwszemu wicepremierowi Ukrainy. Seulskie MSZ podniosło tego dnia travel warning dla Kijowa.

Sobota. W Moskwie Putin zaprosił premiera Abe na forum we wrześniu do Władywostoku; premier zaproszenie przyjął.
"""


def test_a_week_s_entries_place_their_own_acts():
    events = _events(WEEKS, "kronika.txt")
    stay = _one(events, "2019-03-05")
    assert stay.venue == "Tokyo" and stay.headline.startswith("Szef MSZ")   # not the days before, in Beijing
    received = _one(events, "2019-03-07")
    assert received.event_type == "meeting" and received.venue == "Tokyo"   # the Speaker's name is Japanese
    assert _one(events, "2019-03-08").event_type == "meeting"   # a call paid on an official
    assert [e.date_start for e in events if e.venue == "Vladivostok"] == ["2019-09"]   # invited to, ahead


def test_a_travel_warning_is_no_trip():
    text = ("Ledger, February 2014\n\n20 February 2014 – The foreign ministry in Seoul raised its travel warning for Kyiv "
            "and opened a hotline for citizens.\n\n21 February 2014 – The ambassador met the mayor in Lviv.\n")
    assert _one(_events(text, "ledger.txt"), "2014-02-20").event_type != "visit"


def test_a_wire_story_s_headline_drops_its_dateline_and_an_act_years_ago_places_nothing():
    text = ("KYIV, March 3, 2020 (Desk) — Japan's ambassador and the infrastructure minister signed a grant "
            "agreement for fire engines today. The grant goes back to a promise made when the president went to "
            "Tokyo three years ago.\n")
    (event,) = [e for e in _events(text, "wire.txt") if not e.in_passing]
    assert event.venue == "Kyiv" and event.event_type == "agreement"
    assert event.headline.startswith("Japan's ambassador")


def test_signatures_put_to_a_paper_a_contract_signed_and_works_marked_or_switched_on():
    text = ("Ledger, June 2016\n\n"
            "3 June 2016 – In Lviv the Korean ambassador and the mayor put their signatures to a memorandum on trams.\n\n"
            "8 June 2016 – Japan's embassy and the Belarusian health ministry signed a grant contract in Minsk for scanners.\n\n"
            "14 June 2016 – In the port of Rajin, engineers of both sides marked the completion of the new quay.\n\n"
            "20 June 2016 – In Odesa, the Japanese ambassador and the governor switched on new cargo scanners.\n")
    events = _events(text, "ledger.txt")
    assert [_one(events, d).event_type for d in ("2016-06-03", "2016-06-08", "2016-06-14", "2016-06-20")] == [
        "agreement", "agreement", "ceremony_forum", "ceremony_forum"]
