"""Extraction rules that must hold on text nobody tuned them on: each case is a sentence of our own."""
from __future__ import annotations

import pytest

from geomap.extract import extract_document, extract_text

HEAD = "PRZEGLĄD MIESIĘCZNY\nnr 3/2023 (marzec)\n\n"
EN_HEAD = "MONTHLY REVIEW\nMarch 2023\n\n"


FILLER = {HEAD: "28 marca: ministrowie obu państw rozmawiali w Tokio.",
          EN_HEAD: "March 28: the two ministers talked in Tokyo."}


def entry(line: str, head: str = HEAD):
    """The events of one entry, in a bulletin that also holds a second one (a bulletin has several)."""
    text = head + line + "\n" + FILLER[head] + "\n"
    events = [e for e in extract_text(text, "review_2023_03.txt") if not e.in_passing and e.date_start[8:] != "28"]
    assert events, f"no event from {line!r}"
    return events


@pytest.mark.parametrize("line, venue, kind", [
    # Polish object-first order: the place comes before 'odwiedził'
    ("14 marca: W środę Pjongjang odwiedził wiceminister obrony Rosji.", "pyongyang", "visit"),
    # descriptive words between the verb or preposition and the place
    ("15 marca: delegacja obwodu amurskiego odwiedziła specjalną strefę ekonomiczną Rason.", "rason", "visit"),
    ("16 marca: delegacja przebywała w specjalnej strefie ekonomicznej Rason.", "rason", "visit"),
    # a goal named before its verb
    ("17 marca: Do Chabarowska przyleciała delegacja z Pjongjangu.", "khabarovsk", "visit"),
    # a shipment is not a visit
    ("18 marca: statek z ładunkiem pszenicy zawinął do portu w Nampo.", "nampo", "other"),
    # handing over equipment is a ceremony
    ("19 marca: ambasada Japonii przekazała szpitalowi w Homlu sprzęt diagnostyczny.", "gomel", "ceremony_forum"),
    # a legislature's act is placed at its seat
    ("20 marca: Duma Państwowa ratyfikowała umowę o współpracy z KRLD.", "moscow", "agreement"),
])
def test_polish_entries(line, venue, kind):
    e = entry(line)[0]
    assert (e.venue_id, e.event_type) == (venue, kind)


@pytest.mark.parametrize("line, venue, kind", [
    ("March 14: Deputy Foreign Minister Andrei Rudenko summoned the Japanese ambassador over the drills.",
     "moscow", "meeting"),
    ("March 15: The UN Human Rights Council adopted a resolution on North Korea; Russia dissociated itself.",
     "geneva", "statement"),
    ("March 16: Japanese and Russian officials held consultations in Moscow; the delegations set fishing quotas.",
     "moscow", "meeting"),
    ("March 17: A Belarusian delegation visited Niigata and met the governor.", "niigata", "visit"),
])
def test_english_entries(line, venue, kind):
    e = entry(line, EN_HEAD)[0]
    assert (e.venue_id, e.event_type) == (venue, kind)


def test_leaders_talking_during_a_stay_make_a_summit_and_a_named_visit_stays_a_visit():
    stay = entry("21 marca: premier Fumio Kishida przebywał w New Delhi, gdzie rozmawiał z premierem Narendrą Modim.")[0]
    visit = entry("22 marca: premier Fumio Kishida złożył wizytę w Kijowie i rozmawiał z prezydentem Zełenskim.")[0]
    assert (stay.event_type, visit.event_type) == ("summit", "visit")


def test_a_deputy_prime_minister_is_no_leader():
    e = entry("March 18: The Japanese ambassador was received in Kyiv by Deputy Prime Minister Olha Stefanishyna.",
              EN_HEAD)[0]
    assert e.event_type == "meeting"


def test_an_entry_moving_on_to_a_second_city_gives_a_second_event():
    events = entry("23 marca: ambasador Białorusi spotkał się w Seulu z wiceministrem nauki. Po południu dyplomata "
                   "udał się do Daejeon, gdzie zwiedził instytut badań jądrowych.")
    assert [(e.venue_id, e.event_type) for e in events] == [("seoul", "meeting"), ("daejeon", "visit")]


def test_a_place_named_but_unknown_is_reported_with_its_words():
    e = entry("24 marca: ambasador Ukrainy przedstawił ofertę inwestycyjną w Xyzowicach.")[0]
    assert e.venue is None and e.venue_text == "w Xyzowicach"
    assert e.why["venue"]["rule"].startswith("named, but not found")


def test_persons_in_standard_spelling_with_the_source_spelling_kept():
    e = entry("25 marca: Władimir Putin rozmawiał w Moskwie z Walentiną Matwijenko i Kim Dzong Unem.")[0]
    assert "Vladimir Putin" in e.persons
    assert e.why["persons"]["Vladimir Putin"] == "Władimir Putin"


def test_every_event_says_why():
    e = entry("26 marca: ministrowie spraw zagranicznych Japonii i Korei Południowej spotkali się w Tokio.")[0]
    assert e.why["date"].startswith("entry date line '26 marca'")
    assert e.why["venue"] == {"words": "w Tokio", "rule": "locative", "basis": "explicit", "step": "exact"}
    assert e.why["type"]["cue"] and e.why["type"]["rule"]


NEWS = """date 2024-06
Premier w Kijowie

Premier Japonii złożył we wtorek 18 czerwca wizytę w Kijowie, gdzie rozmawiał z prezydentem Ukrainy.

Z Kijowa premier poleciał do Polski. W czwartek 20 czerwca rozmawiał w Warszawie z premierem Polski.

Poprzednio premier był w Kijowie 2 czerwca. W styczniu Moskwę odwiedził minister spraw zagranicznych KRLD.
"""


def test_news_trip_stops_and_earlier_trips():
    events = extract_text(NEWS, "news.txt")
    got = {(e.date_start, e.venue_id, e.event_type, e.in_passing) for e in events}
    assert ("2024-06-18", "kyiv", "visit", False) in got
    assert ("2024-06-20", "warsaw", "summit", False) in got          # a leader's stop where leaders talk
    assert ("2024-06-02", "kyiv", "visit", True) in got              # an earlier trip, told as earlier
    assert ("2024-01", "moscow", "visit", True) in got               # object first, in passing


@pytest.mark.parametrize("text, start, end", [
    ("w piątek i sobotę delegacja przebywała w Tokio", "2024-06-21", "2024-06-22"),
    ("podczas lutowego szczytu w Hanoi", "2024-02", "2024-02"),
    ("w czwartek 20 czerwca rozmawiał w Hanoi", "2024-06-20", "2024-06-20"),
])
def test_date_expressions(text, start, end):
    from geomap.extract.mentions.dates import Anchor, find_dates
    d = find_dates(text, Anchor(2024, 6, 23))[0]
    assert (d.when.start, d.when.end) == (start, end)


def test_explain_lists_how_the_document_was_read(tmp_path):
    from click.testing import CliRunner

    from geomap.extract.command import extract_command
    path = tmp_path / "review_2023_03.txt"
    path.write_text(HEAD + "26 marca: ministrowie spotkali się w Tokio.\n" + FILLER[HEAD] + "\n", encoding="utf-8")
    r = CliRunner().invoke(extract_command, [str(path), "--explain", "-o", str(tmp_path / "o.jsonl")])
    assert r.exit_code == 0
    assert "reference date 2023-03 (strong)" in r.output and "title 'nr 3/2023 (marzec)'" in r.output
    assert "venue: 'w Tokio' (locative, look-up step exact; explicit)" in r.output


def test_a_weak_date_warns_and_names_its_evidence():
    text = ("NOTES\n\nApril 4: Prime Minister Kishida Fumio met Foreign Minister Kuleba in Tokyo.\n"
            "April 6: Foreign Minister Hayashi Yoshimasa visited Warsaw.\n")
    r = extract_document(text, "notes.txt")
    assert any("weak evidence" in w and "office-holder" in w for w in r.warnings)


@pytest.mark.parametrize("found, shown", [
    ("Władimir Putin", "Vladimir Putin"),           # the people table
    ("Kim Dzong Un", "Kim Jong Un"),
    ("Michaił Gałuzin", "Mikhail Galuzin"),         # a Russian given name in Polish transcription
    ("Andriej Kulik", "Andrey Kulik"),
    ("Mateusz Morawiecki", "Mateusz Morawiecki"),   # a Polish name stays as it is
    ("Ruslan Esin", "Ruslan Esin"),                 # nothing Polish in the spelling
    ("Moon Hee-sang", "Moon Hee-sang"),             # not President Moon Jae-in
])
def test_standard_spellings(found, shown):
    from geomap.extract.mentions.persons import known_people, standard_name
    assert standard_name(found, known_people()) == shown


def test_the_visitor_before_the_verb_is_not_the_place():
    """'W styczniu Kamikawa odwiedziła Kijów': Kamikawa is a minister (and a town in Hokkaido)."""
    text = "date 2024-02\nMinister w Tokio\n\nMinister rozmawiał w Tokio.\n\nW styczniu Kamikawa odwiedziła Kijów.\n"
    got = {(e.date_start, e.venue_id) for e in extract_text(text, "n.txt")}
    assert ("2024-01", "kyiv") in got and not any(v and "kamikawa" in v for _d, v in got)
