"""An English HTML tracker of dated paragraphs ('Mar 3: …'): what its entries tell by the way. A gift
to a town's own administration, a host named by title before 'after', a launch qualified by a
participle after a comma, a summit 'to be held' in a later month, an exhibition in a parliament
named without its state. The rules learned from the opened set tests/sealed17, each checked on text
of our own."""
from __future__ import annotations

from geomap.extract import extract_file

TRACKER = """<html><head><title>Northeast Asia tracker: March 2023</title></head><body>
<h1>Northeast Asia tracker: March 2023</h1>
<h2>Japan and the war</h2>
<p>Mar 3: The Japanese embassy delivered forty diesel generators, bought with a grant from Tokyo's
emergency fund for winter relief, to the Kharkiv city administration. The mayor thanked Japan for the
help with hospitals.</p>
<p>Mar 9: Foreign Minister Hayashi said Japan would invite President Zelensky to the G7 summit to be
held in Hiroshima in May.</p>
<h2>Korean Peninsula and Russia</h2>
<p>Mar 14: Russian Ambassador Andrey Kulik was called in by Vice Foreign Minister Park Sung-jin after the
Russian embassy had mocked Seoul's aid to Ukraine. Park asked the embassy to respect Korean law.</p>
<p>Mar 20: The UN Security Council debated North Korea's launch of a Hwasong-17 missile, fired on
16 March from an airfield near Pyongyang, and Russia's envoy blamed American drills for the tension.</p>
<p>Mar 24: An exhibition of children's drawings from Ukraine opened at the National Assembly. Ukraine's
ambassador thanked the lawmakers for their support.</p>
</body></html>
"""


def _events(tmp_path):
    path = tmp_path / "tracker_2023_03.html"
    path.write_text(TRACKER, encoding="utf-8")
    return extract_file(path)


def _on(events, day):
    return [e for e in events if e.date_start == day]


def test_a_gift_to_a_towns_administration_is_in_that_town(tmp_path):
    assert [e.venue for e in _on(_events(tmp_path), "2023-03-03")] == ["Kharkiv"]


def test_a_summit_to_be_held_later_is_in_this_year(tmp_path):
    assert [e.venue for e in _on(_events(tmp_path), "2023-05")] == ["Hiroshima"]
    assert not _on(_events(tmp_path), "2022-05")


def test_a_host_named_before_after_is_the_host(tmp_path):
    # 'called in by Vice Foreign Minister Park … after the Russian embassy …': Russia is the guest's
    called = _on(_events(tmp_path), "2023-03-14")
    assert [(e.venue, e.venue_basis) for e in called] == [("Seoul", "implied")]


def test_a_launch_qualified_after_a_comma_is_its_own_event(tmp_path):
    events = _events(tmp_path)
    council = _on(events, "2023-03-20")
    assert [e.venue for e in council] == ["New York"]
    launch = _on(events, "2023-03-16")
    assert [(e.event_type, e.venue_country) for e in launch] == [("military", "KP")]


def test_an_exhibition_in_a_national_assembly_named_alone_is_in_seoul(tmp_path):
    assert [e.venue for e in _on(_events(tmp_path), "2023-03-24")] == ["Seoul"]


MONITOR = """NORTHEAST ASIA MONITOR - MAY 2024

B. KOREAN PENINSULA

B.1  On 3 May Vice Foreign Minister Kim Hong-kyun called in Russian Ambassador Georgy Zinoviev over
the Russian veto that on 28 March had ended the work of the Security Council's expert panel on
sanctions against North Korea.

B.2  On 8 May the General Assembly debated the veto, as the Assembly must now do after every veto;
Japan recalled that the Assembly had condemned Russia's invasion on 2 March 2022.

B.3  On 14 May the governor of Khabarovsk Krai received the DPRK consul general, whose post is in
Nakhodka, at the regional government building in Khabarovsk.

B.4  On 20 May a delegation of the Korean Red Cross visited Kyiv and handed blankets to a city
hospital.

B.5  On 23 May North Korea fired two short-range missiles from Sunan into the sea east of the
peninsula.

B.6  On 28 May the Russian embassy in Seoul held a reception for the anniversary of the friendship
treaty with Belarus.

B.7  On 30 May the Security Council, with China abstaining, issued a press statement deploring the
launch of 23 May.
"""


def test_a_veto_and_the_assembly_named_again_are_the_uns(tmp_path):
    path = tmp_path / "monitor_2024_05.txt"
    path.write_text(MONITOR, encoding="utf-8")
    events = extract_file(path)
    assert [e.venue for e in _on(events, "2024-03-28")] == ["New York"]
    assert [e.venue for e in _on(events, "2022-03-02")] == ["New York"]


def test_a_consuls_post_is_not_where_he_was_received(tmp_path):
    path = tmp_path / "monitor_2024_05.txt"
    path.write_text(MONITOR, encoding="utf-8")
    assert [e.venue for e in _on(extract_file(path), "2024-05-14")] == ["Khabarovsk"]


def test_a_council_that_issues_a_statement_is_in_new_york(tmp_path):
    path = tmp_path / "monitor_2024_05.txt"
    path.write_text(MONITOR, encoding="utf-8")
    assert [e.venue for e in _on(extract_file(path), "2024-05-30")] == ["New York"]


def test_men_named_by_where_they_were_sent_do_not_place_or_type_the_ceremony():
    log = ("Desk log, September 2025\n\n8 September: Kim Jong Un handed state awards to the families of soldiers "
           "sent to the Kursk region, at a hall in Pyongyang. The Russian ambassador attended.\n\n"
           "12 September: Foreign Minister Iwaya visited Kyiv.\n")
    from geomap.extract import extract_document
    awards = [e for e in extract_document(log, "desk_log_2025_09.txt").events if e.date_start == "2025-09-08"]
    assert [(e.event_type, e.venue) for e in awards] == [("ceremony_forum", "Pyongyang")]


DIGEST = """From: seoul-desk@example.org
Subject: Cruise missiles fired
Date: Wed, 12 Oct 2022 09:30:00 +0900

North Korea fired two long-range cruise missiles from Onchon, South Pyongan Province, toward the Yellow
Sea early on Wednesday, the Joint Chiefs of Staff in Seoul said. The launch came ahead of naval drills
that South Korean forces start next Monday.

Link: https://example.org/jcs-1012
"""


def test_a_launch_stays_on_its_day_and_its_town_not_its_province_or_the_speakers_city(tmp_path):
    path = tmp_path / "digest_2022_10.txt"
    path.write_text(DIGEST, encoding="utf-8")
    launches = [e for e in extract_file(path) if e.event_type == "military"]
    assert [(e.date_start, e.date_end, e.venue) for e in launches] == [("2022-10-12", "2022-10-12", "Onchon")]


SAME_MORNING = """From: pyongyang-desk@example.org
Subject: Liberation Day
Date: Tue, 15 Aug 2023 17:00:00 +0900

Kim Jong Un and Vladimir Putin exchanged greetings on Tuesday, the anniversary of Korea's liberation,
KCNA said. In Pyongyang, the Russian chargé d'affaires laid flowers at the Friendship Tower the same
morning.
"""


def test_something_done_the_same_morning_elsewhere_in_the_lead_is_an_event_of_its_own(tmp_path):
    path = tmp_path / "digest_2023_08.txt"
    path.write_text(SAME_MORNING, encoding="utf-8")
    flowers = [e for e in extract_file(path) if e.venue == "Pyongyang"]
    assert [(e.date_start, e.event_type) for e in flowers] == [("2023-08-15", "ceremony_forum")]


def test_ministers_meeting_at_the_asean_regional_forum_are_in_that_years_host_city():
    from geomap.extract import extract_document
    log = ("Contact log, August 2019\n\n2019-08-02 — Kono Taro and Sergey Lavrov talked on the sidelines of the "
           "ASEAN Regional Forum about the islands. [https://example.org/1]\n\n"
           "2019-08-09 — Kang Kyung-wha visited Moscow. [https://example.org/2]\n")
    events = extract_document(log, "contact_log_2019_08.txt").events
    assert [e.venue for e in events if e.date_start == "2019-08-02"] == ["Bangkok"]


def test_drills_opened_are_military_and_a_commission_on_trade_held_earlier_is_a_meeting():
    from geomap.extract import extract_document
    log = ("Contact log, July 2024\n\n2024-07-03 — Coastal units of the Pacific Fleet opened five days of live-fire "
           "drills on Kunashir. [https://example.org/1]\n\n2024-07-09 — The Russian ambassador called on the DPRK trade "
           "minister about the decisions of the fifth session of the joint commission on fisheries, held in Pyongyang in March 2024. "
           "[https://example.org/2]\n")
    events = extract_document(log, "contact_log_2024_07.txt").events
    assert [e.event_type for e in events if e.date_start == "2024-07-03"] == ["military"]
    assert [(e.event_type, e.venue) for e in events if e.date_start == "2024-03"] == [("meeting", "Pyongyang")]


def test_a_delegation_to_be_taken_and_a_stand_to_be_taken_lie_ahead():
    from geomap.extract import extract_document
    log = ("Contact log, March 2016\n\n2016-03-02 — The Amur governor received the DPRK consul general in Blagoveshchensk; "
           "the governor will take a delegation to Pyongyang in May. [https://example.org/1]\n\n"
           "2016-03-09 — Primorye officials said the krai would open a stand of its own at the Rason trade fair in "
           "August. [https://example.org/2]\n")
    events = {(e.date_start, e.venue) for e in extract_document(log, "contact_log_2016_03.txt").events}
    assert ("2016-05", "Pyongyang") in events and ("2016-08", "Rason") in events


def test_a_host_known_by_his_name_alone_and_a_call_about_a_place_has_no_venue():
    from geomap.extract import extract_document
    log = ("Desk notes, February 2021\n\n2021-02-10 — The Russian Ambassador was received on 10 February by Vice-Minister "
           "for Foreign Affairs Takeo Mori, who protested against new missiles on the islands. [https://example.org/1]\n\n"
           "2021-02-12 — Dmytro Kuleba and Toshimitsu Motegi talked by phone about the Minsk agreements and the "
           "elections in Ukraine. [https://example.org/2]\n")
    events = {e.date_start: e for e in extract_document(log, "desk_notes_2021_02.txt").events}
    assert events["2021-02-10"].venue == "Tokyo"   # received by a minister whose name shows he is Japanese
    assert events["2021-02-12"].venue is None      # a call has no venue, whatever it talks about


def test_a_launch_told_by_an_attributed_source_is_military_where_it_flew_from():
    from geomap.extract import extract_document
    log = ("Wire items, June 2016\n\n* North Korea fired a Musudan missile from near Wonsan, but it broke up in flight, "
           "South Korea's Joint Chiefs of Staff said. Tokyo protested. (SEOUL, June 22)\n\n"
           "* A second Hwasong launch near Wonsan failed hours later, the military said. (SEOUL, June 22)\n\n"
           "* Japan and Ukraine signed a grant in Kyiv for new fire engines. (KYIV, June 24)\n")
    events = [e for e in extract_document(log, "wire_2016_06.txt").events if e.date_start == "2016-06-22"]
    assert {(e.event_type, e.venue) for e in events} == {("military", "Wonsan")}


def test_a_note_mark_after_a_full_stop_ends_the_sentence_and_its_last_year():
    from geomap.extract.mentions.dates import Anchor, find_dates
    # the items of a bulletin run on as one text: '… last year, when … [3] Other The concert …'
    text = ("No launch has been seen since May last year, when missiles flew from Wonsan. [3] Other The "
            "friendship concert took place in Tokyo on 12 March before a small audience.")
    days = [d.when.start for d in find_dates(text, Anchor(2021, 3)) if d.when.precision == "day"]
    assert days == ["2021-03-12"]


def test_a_gift_handed_over_is_where_it_went_and_a_grant_signed_earlier_where_it_was_signed():
    from geomap.extract import extract_document
    log = ("Newsletter, November 2019\n\nOther\n\nOn 4 November the Embassy of Japan in Ukraine handed over dialysis "
           "machines to the regional hospital in Kharkiv. The Embassy of Japan in Belarus handed over scanners to the "
           "Gomel hospital under a grant signed in Minsk in July.\n\n"
           "On 8 November the Korean ambassador opened a photo exhibition in Lviv.\n")
    events = extract_document(log, "wire_2019_11.txt").events
    assert [e.venue for e in events if e.date_start == "2019-11-04"] == ["Kharkiv"]   # 'handed over' is no 'over …' topic
    assert [e.venue for e in events if e.date_start == "2019-07"] == ["Minsk"]


def test_an_event_organised_by_an_embassy_named_with_its_post_is_in_that_capital():
    from geomap.extract import extract_document
    news = ("Newsletter, April 2022\n\nOther\n\nOn 6 April an online Japanese music evening for Belarusian students was "
            "organised by the Embassy of the Republic of Korea in Belarus.\n\n"
            "On 14 April the Korean ambassador visited Lviv.\n")
    events = extract_document(news, "newsletter_2022_04.txt").events
    assert [e.venue for e in events if e.date_start == "2022-04-06"] == ["Minsk"]
