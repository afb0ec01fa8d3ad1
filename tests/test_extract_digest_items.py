"""A Markdown digest whose items close on their day in emphasised brackets with a weekday
('*(Tue 6 Nov)*'), under week headings that give a span of days; and what such items tell: a
speaker's setting in an opening participle, a host named by his title before 'who', a rocket due to
lift off. The rules learned from the opened set tests/sealed17, each checked on text of our own."""
from __future__ import annotations

from geomap.extract import extract_file

DIGEST = """# Russia, Japan and the Koreas: notes by week, November 2018

*Each item closes on the day it happened.*

## Week 45 (5–11 November)

- **Abe in the Diet.** Answering questions in the upper house, Prime Minister Shinzo Abe said a peace
  treaty with Russia remained his goal. *(Tue 6 Nov)*
- **Visitors at the residence.** Meeting a group of Russian scholars at his Novo-Ogaryovo residence outside
  Moscow, President Vladimir Putin said the islands question needed patience on both sides. *(Wed 7 Nov)*
- **Seoul and Minsk.** Ambassador Lee Jae-gil was received by Foreign Minister Vladimir Makei, who asked
  Korea for help in building a science park and promised a visa-free regime for tourists. *(Fri 9 Nov)*

## Week 46 (12–18 November)

- **Launch window.** Pyongyang warned shipping of a coming space launch. Under its notice to mariners, the
  new rocket is to lift off between 20 and 25 November from the launch pad at Tongchang-ri. *(Mon 12 Nov)*
"""


def _events(tmp_path):
    path = tmp_path / "notes_2018_11.md"
    path.write_text(DIGEST, encoding="utf-8")
    return extract_file(path)


def test_items_close_on_their_day_in_emphasised_brackets(tmp_path):
    days = sorted(e.date_start for e in _events(tmp_path) if not e.in_passing)
    # each item its own day, not the week's span its heading gives
    assert days == ["2018-11-06", "2018-11-07", "2018-11-09", "2018-11-12"]


def test_an_opening_participle_places_the_speaker(tmp_path):
    said = next(e for e in _events(tmp_path) if e.date_start == "2018-11-07")
    assert said.event_type == "statement" and said.venue == "Novo-Ogaryovo"


def test_a_host_named_by_his_title_before_who_is_the_host(tmp_path):
    # 'received by Foreign Minister Makei, who asked Korea …': the state after 'who' is the guest's
    received = next(e for e in _events(tmp_path) if e.date_start == "2018-11-09")
    assert received.venue == "Minsk" and received.venue_basis == "implied"


def test_a_rocket_due_to_lift_off_is_military(tmp_path):
    launch = [e for e in _events(tmp_path) if e.date_start == "2018-11-20"]
    assert [e.event_type for e in launch] == ["military"]


WEEKLY = """# Desk notes, March 2018

## Week 10

### Friday 9 March

- A State Duma group led by Kazbek Taysayev ended in Pyongyang a visit that began on Tuesday; the deputies toured a
  hospital. — [Interfax](https://example.org/a)

### Monday 12 March

- Abe is expected to travel to Russia in May. — [NHK](https://example.org/b)

### Wednesday 14 March

- Song Young-gil visited Vladivostok to talk about the gas pipeline that President Moon Jae-in backed at the forum in
  September. — [Yonhap](https://example.org/c)

### Friday 16 March

- The Sakhalin governor saw his Hokkaido counterpart in Sapporo, following up on the talks Abe and Putin
  held in Da Nang in November. — [Sakhalin](https://example.org/d)
"""


def test_a_visit_that_began_on_a_weekday_runs_from_it_and_its_party_names_its_state(tmp_path):
    path = tmp_path / "desk_notes_2018_03.md"
    path.write_text(WEEKLY, encoding="utf-8")
    events = extract_file(path)
    stay = [e for e in events if e.venue == "Pyongyang"]
    assert [(e.date_start, e.date_end) for e in stay] == [("2018-03-06", "2018-03-09")]
    assert set(stay[0].actors) == {"RU", "KP"}   # the Duma's state, and no Mount Kazbek in Georgia


def test_a_credit_after_a_full_stop_ends_the_sentence_before_it(tmp_path):
    # '… in May. — NHK' then the next item: the next item's past tense is its own, not 'expected'
    path = tmp_path / "desk_notes_2018_03.md"
    path.write_text(WEEKLY, encoding="utf-8")
    assert [e.date_start for e in extract_file(path) if e.venue == "Vladivostok" and e.in_passing] == ["2017-09"]


def test_what_an_act_follows_up_on_is_another_event_elsewhere(tmp_path):
    path = tmp_path / "desk_notes_2018_03.md"
    path.write_text(WEEKLY, encoding="utf-8")
    events = extract_file(path)
    assert [e.venue for e in events if e.date_start == "2018-03-16"] == ["Sapporo"]
    assert [(e.venue, e.event_type) for e in events if e.date_start == "2017-11"] == [("Da Nang", "summit")]


CREDENTIALS = """# Desk notes, June 2019

### Tuesday 4 June

- The new Japanese ambassador handed Alexander Lukashenko his letters of credence at the Palace of Independence in
  Minsk. — [President of Belarus](https://example.org/p)

### Friday 7 June

- Kono Taro visited Moscow. — [MOFA](https://example.org/m)
"""


def test_a_leaders_office_named_in_the_credit_is_no_second_leader(tmp_path):
    path = tmp_path / "desk_notes_2019_06.md"
    path.write_text(CREDENTIALS, encoding="utf-8")
    credence = [e for e in extract_file(path) if e.date_start == "2019-06-04"]
    assert [e.event_type for e in credence] == ["meeting"]
